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


# Issue #12, item 5: a rejection whose paragraph was deleted re-anchored onto another "Paris".
PARIS_OLD = (
    "The summit opened in Paris on Monday with forty delegations.\n\n"
    "Guests at the gala included the heiress Paris Hilton and several ministers.\n\n"
    "Talks continue on Tuesday.\n"
)
PARIS_NEW = PARIS_OLD.replace("Guests at the gala included the heiress Paris Hilton and several ministers.\n\n", "")


def test_a_correction_whose_paragraph_was_deleted_is_an_orphan_not_moved(tmp_path):
    article = tmp_path / "summit.txt"
    store = AnnotationStore.open(str(article), PARIS_OLD)
    rejection = store.remove_entity(*span(PARIS_OLD, "Paris", 1), "GPE")  # "Paris" of Paris Hilton
    note = store.add_note("the heiress, not the city", *span(PARIS_OLD, "Paris", 1))
    city = span(PARIS_NEW, "Paris")
    view = AnnotationStore.open(str(article), PARIS_NEW).apply(
        Analysis(text=PARIS_NEW, entities=[Entity(*city, "GPE", "Paris")])
    )
    assert [(e.start, e.end, e.label) for e in view.analysis.entities] == [(*city, "GPE")]  # the city stays
    assert {e.id for e in view.orphans} == {rejection.id, note.id}  # listed...
    assert view.removed_entities == [] and view.reanchored == []  # ...applied to nothing
    assert [(n.body, n.orphaned, n.start) for n in view.notes] == [("the heiress, not the city", True, None)]
    assert "2 orphaned" in view.summary()
    assert len(Journal(store.path).load().events) == 2  # and kept in the journal


def test_orphan_applies_again_when_its_paragraph_comes_back(tmp_path):
    article = tmp_path / "summit.txt"
    AnnotationStore.open(str(article), PARIS_OLD).remove_entity(*span(PARIS_OLD, "Paris", 1), "GPE")
    back = "UPDATED.\n\n" + PARIS_OLD
    model = Analysis(text=back, entities=[Entity(*span(back, "Paris"), "GPE", "Paris"),
                                          Entity(*span(back, "Paris", 1), "GPE", "Paris")])
    view = AnnotationStore.open(str(article), back).apply(model)
    assert [(e.start, e.end) for e in view.analysis.entities] == [span(back, "Paris")]
    assert view.orphans == [] and len(view.reanchored) == 1


def test_context_agreement_survives_rewrapping_and_needs_a_minimum():
    before, after = "delegates travelled on to ", " by train, a spokesman said."
    rewrapped = "The delegates travelled on\nto  Paris by train,\na spokesman said."
    assert reanchor(rewrapped, "Paris", 0, before=before, after=after) == span(rewrapped, "Paris")
    # Only a few characters of chance agreement (" to " / " by "): not the same mention.
    other = "Flights to Paris by air resumed."
    assert reanchor(other, "Paris", 0, before=before, after=after) is None
    # Without recorded context (journals from before it was recorded) the nearest match still wins.
    assert reanchor(other, "Paris", 0) == span(other, "Paris")
