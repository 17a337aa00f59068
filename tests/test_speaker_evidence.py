"""The evidence behind speaker_confidence that separates right from wrong speakers on PolNeAR
train (#14): the speaker's standing among the article's voices, a date taken for a speaker, and
a speaker no entity names but the text writes in full. The analysis data is built by hand (no
model): evidence reads the analysis as data, exactly as it reads a saved extract --json."""

from __future__ import annotations

from newsread.analysis.model import Entity, Quote
from newsread.analysis.quotes.confidence import features
from newsread.analysis.quotes.evidence import gather

TEXT = (
    "Mayor Ann Cole opened the bridge on Monday. Engineer Raj Patel watched.\n\n"
    '"It took ten years," Cole said. "We never gave up," she added.\n\n'
    '"The steel came from Ohio," Patel said.'
)


def _quote(words: str, speaker: str | None, name: str | None, mention: str, via: str, after: int = 0) -> Quote:
    s = TEXT.index(words)
    m = TEXT.index(mention, after)
    return Quote(s, s + len(words), words, speaker, name, m, m + len(mention), "said", via)


def _entities():
    out = []
    for words, actor in (("Ann Cole", "a1"), ("Raj Patel", "a2")):
        s = TEXT.index(words)
        out.append(Entity(s, s + len(words), "PERSON", words, actor))
    return out


def test_the_main_voice_is_told_from_one_quoted_once():
    labels = {"a1": "PERSON", "a2": "PERSON"}
    quotes = [
        _quote("It took ten years", "a1", "Ann Cole", "Cole", "name", TEXT.index("years")),
        _quote("We never gave up", "a1", "Ann Cole", "she", "pronoun"),
        _quote("The steel came from Ohio", "a2", "Raj Patel", "Patel", "name", TEXT.index("Ohio")),
    ]
    evs = gather(TEXT, _entities(), labels, quotes)
    assert [ev.standing for ev in evs] == ["main", "main", "single"]
    assert "via=pronoun&standing=main" in features(evs[1])
    assert not any("standing" in f for f in features(evs[2]))  # a name is evidence enough


def test_a_date_taken_for_a_speaker_is_evidence():
    labels = {"a1": "PERSON"}
    monday = TEXT.index("Monday")
    entities = [*_entities()[:1], Entity(monday, monday + 6, "DATE", "Monday")]
    (ev,) = gather(TEXT, entities, labels, [_quote("It took ten years", None, "Monday", "Monday", "description")])
    assert ev.timeword and "mention=time" in features(ev)
    (ev,) = gather(TEXT, entities, labels, [_quote("It took ten years", "a1", "Ann Cole", "Cole", "name", 60)])
    assert not ev.timeword and "mention=time" not in features(ev)


def test_a_speaker_no_entity_names_is_named_where_the_text_writes_it():
    # "Raj Patel" is no entity here (the model missed him); the text still names him before "he"
    labels = {"a2": "PERSON"}
    text = TEXT.replace('"The steel came from Ohio," Patel said.', '"The steel came from Ohio," he said.')

    def evidence(text):
        s, m = text.index("The steel"), text.index("he said")
        q = Quote(s, s + 24, text[s : s + 24], "a2", "Raj Patel", m, m + 2, "said", "pronoun")
        (ev,) = gather(text, [], labels, [q])
        return ev

    assert evidence(text).gap < 4  # named (in the first paragraph), not "never named"
    assert evidence(text.replace("Raj Patel", "the engineer")).gap == 4
