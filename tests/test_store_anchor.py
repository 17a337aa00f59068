"""Re-anchoring annotations after the article text changed; orphans are kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.analysis.model import Analysis, Entity
from newsread.store import AnnotationStore, Journal
from newsread.store.anchor import reanchor

OLD = "The mayor, Ann Cole, said the bridge would open in May.\n\nCole added that the bridge was safe.\n"
NEW = (
    "UPDATED: a correction was added at the top.\n\n"
    "The mayor, Ann Cole, said the new bridge would open in June.\n\nCole added that the bridge was safe.\n"
)


def span(text, sub, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def test_reanchor_prefers_the_match_nearest_the_old_offset():
    text = "bridge ... bridge ... bridge"
    assert reanchor(text, "bridge", 12) == (11, 17)
    assert reanchor(text, "bridge", 0) == (0, 6)
    assert reanchor(text, "bridge", 100) == (22, 28)
    assert reanchor(text, "tunnel", 5) is None
    assert reanchor("the  new\n bridge", "new bridge", 0) == (5, 16)  # re-wrapped text
    # Recorded context beats distance: the offsets all shifted after an edit at the top.
    text = "Intro added. Ann Cole spoke. Cole added more."
    assert reanchor(text, "Cole", 4, before="", after=" added") == (29, 33)
    assert reanchor(text, "Cole", 40, before="Ann ", after=" spoke") == (17, 21)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(min_size=1, max_size=8), st.integers(0, 80))
def test_reanchor_returns_a_span_holding_the_text_or_its_words(text, needle, old):
    found = reanchor(text, needle, old)
    if found is None:
        assert needle not in text or not needle.strip()
    else:
        s, e = found
        assert 0 <= s <= e <= len(text)
        assert text[s:e] == needle or text[s:e].split() == needle.split()


def _journal_against_old(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(OLD, encoding="utf-8")
    store = AnnotationStore.open(str(article), OLD)
    store.add_entity(*span(OLD, "Ann Cole"), "PERSON")
    store.add_entity(*span(OLD, "bridge", 1), "FAC")  # the second "bridge"
    store.add_quote(*span(OLD, "would open in May"), speaker_name="Ann Cole")
    store.add_note("check the date", *span(OLD, "May"))
    store.remove_entity(*span(OLD, "Cole", 1))
    return article, store


def test_spans_follow_the_text_after_an_edit_and_orphans_are_kept(tmp_path):
    article, _ = _journal_against_old(tmp_path)
    article.write_text(NEW, encoding="utf-8")  # the article was updated upstream
    store = AnnotationStore.open(str(article), NEW)
    model = Analysis(text=NEW, entities=[Entity(*span(NEW, "Cole", 1), "PERSON", "Cole")])
    view = store.apply(model)
    ents = {(e.start, e.end): e.label for e in view.analysis.entities}
    assert ents[span(NEW, "Ann Cole")] == "PERSON"
    # The nearest "bridge" to where the old second one was (not the first in the text).
    assert ents[span(NEW, "bridge", 1)] == "FAC"
    assert span(NEW, "Cole", 1) not in ents  # the removal re-anchored too
    # "would open in May" and the note on "May" are gone from the new text: orphans, listed.
    orphan_texts = sorted(e.text for e in view.orphans)
    assert orphan_texts == ["May", "would open in May"]
    assert [q.text for q in view.analysis.quotes] == []
    assert [(n.body, n.orphaned) for n in view.notes] == [("check the date", True)]
    assert len(view.reanchored) == 3
    # Nothing was dropped from the journal: all 5 events are still there.
    assert len(Journal(store.path).load().events) == 5


def test_orphans_come_back_when_the_text_does(tmp_path):
    article, _ = _journal_against_old(tmp_path)
    store = AnnotationStore.open(str(article), NEW)
    assert len(store.apply(Analysis(text=NEW)).orphans) == 2
    store = AnnotationStore.open(str(article), OLD)
    view = store.apply(Analysis(text=OLD))
    assert view.orphans == [] and view.reanchored == []
    assert [q.text for q in view.analysis.quotes] == ["would open in May"]


def test_new_edits_against_new_text_mix_with_old_ones(tmp_path):
    article, _ = _journal_against_old(tmp_path)
    store = AnnotationStore.open(str(article), NEW)
    store.add_quote(*span(NEW, "the new bridge would open in June"), speaker_name="Ann Cole")
    view = store.apply(Analysis(text=NEW, quotes=[]))
    (quote,) = view.analysis.quotes
    assert quote.text == "the new bridge would open in June"
    assert view.analysis.actor(quote.speaker).name == "Ann Cole"
    assert view.analysis.text[quote.start : quote.end] == quote.text


def test_a_coincidental_match_at_the_old_offset_does_not_win_over_context(tmp_path):
    old = "Ann Cole met Bob Cole."
    new = "Intro paragraph, Cole was late. Ann Cole met Bob Cole."
    assert old[17:21] == new[17:21] == "Cole"  # another Cole now sits exactly at the old offset
    store = AnnotationStore.open(str(tmp_path / "s.txt"), old)
    store.add_entity(17, 21, "PERSON")  # Bob Cole
    view = AnnotationStore.open(str(tmp_path / "s.txt"), new).apply(Analysis(text=new))
    (ent,) = view.analysis.entities
    assert new[ent.start - 4 : ent.end] == "Bob Cole"
    assert view.reanchored
