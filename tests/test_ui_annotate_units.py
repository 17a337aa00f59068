"""Pure parts of annotating: word selection, what ``a``/``x`` act on, cursor remapping,
up-front write checks, the controller's outcomes. Own sentences; no Textual app.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.analysis.model import Analysis, Entity, Quote
from newsread.store import AnnotationStore
from newsread.ui.annotations import ARTICLE, SPAN, Annotator, origin_marks, write_problem
from newsread.ui.navigation import DATE, ENTITY, QUOTE, SPEAKER, Item, Navigator
from newsread.ui.selection import Selection, Words, extend, select_span, start_selection, swap

TEXT = "Mara Quill said “the harbour will reopen” on Friday, and the ground-to-air crew agreed."


def analysis() -> Analysis:
    ents = [Entity(0, 10, "PERSON", "Mara Quill"), Entity(46, 52, "DATE", "Friday")]
    q = Quote(17, 40, TEXT[17:40], speaker=None, speaker_name="Mara Quill", speaker_start=0, speaker_end=10)
    return Analysis(text=TEXT, entities=ents, quotes=[q])


# -- selection ----------------------------------------------------------------------
def test_words_skip_punctuation_and_keep_inner_marks():
    words = Words(TEXT)
    texts = [TEXT[s:e] for s, e in words.spans]
    assert texts[:4] == ["Mara", "Quill", "said", "the"]
    assert "ground-to-air" in texts and "“the" not in texts and "Friday," not in texts


def test_selection_grows_both_ways_from_the_anchor():
    words = Words(TEXT)
    sel = start_selection(words, TEXT.index("harbour"))
    assert TEXT[slice(*sel.span(words))] == "harbour"
    sel = extend(extend(sel, words, +1), words, +1)
    assert TEXT[slice(*sel.span(words))] == "harbour will reopen"
    sel = extend(swap(sel), words, -1)  # o then b: the other end moves back over "the"
    assert TEXT[slice(*sel.span(words))] == "the harbour will reopen"
    assert sel.count() == 4


def test_selection_stops_at_the_ends_and_between_words():
    words = Words(TEXT)
    sel = start_selection(words, 0)
    assert extend(sel, words, -1) == sel
    last = Selection(len(words) - 1, len(words) - 1)
    assert extend(last, words, +1) == last
    # An offset on punctuation or space starts on the next word.
    assert TEXT[slice(*start_selection(words, TEXT.index("“")).span(words))] == "the"
    assert start_selection(Words("  ... "), 0) is None
    assert TEXT[slice(*select_span(words, 16, 41).span(words))] == "the harbour will reopen"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab -’.,“”\n"), max_size=60), st.integers(0, 70),
       st.lists(st.sampled_from([1, -1, 0]), max_size=12))
def test_selection_spans_start_and_end_on_words(text, offset, moves):
    words = Words(text)
    sel = start_selection(words, offset)
    if sel is None:
        assert not words.spans
        return
    for m in moves:
        sel = swap(sel) if m == 0 else extend(sel, words, m)
        s, e = sel.span(words)
        assert 0 <= s < e <= len(text)
        assert (s, words.spans[sel.first][1]) in words.spans and (words.spans[sel.last][0], e) in words.spans


# -- targets and remapping ------------------------------------------------------------
def make_annotator(tmp_path) -> tuple[Annotator, Navigator]:
    ann = Annotator.open(str(tmp_path / "a.txt"), TEXT)
    nav = Navigator(TEXT, ann.apply(analysis()).analysis)
    return ann, nav


def test_target_follows_the_reader_cursor(tmp_path):
    ann, nav = make_annotator(tmp_path)
    assert ann.target(nav).kind == ARTICLE
    nav.cursor = Item(SPEAKER, 0, 10, 0)  # on a quote's speaker mention: the quote
    assert (ann.target(nav).kind, ann.target(nav).span) == (QUOTE, (17, 40))
    nav.cursor = Item(DATE, 46, 52, 0)  # a date mention is its DATE entity
    assert (ann.target(nav).kind, ann.target(nav).entity.text) == (ENTITY, "Friday")
    assert ann.target(nav, (60, 63)).kind == SPAN  # a selection wins over the cursor


def test_after_a_rejection_the_cursor_goes_to_the_next_item(tmp_path):
    ann, nav = make_annotator(tmp_path)
    nav.cursor = Item(ENTITY, 0, 10, 0)
    ann.store.remove_entity(0, 10, "PERSON")
    nav.set_analysis(ann.apply().analysis)  # as the reader does after an edit
    assert nav.cursor == Item(ENTITY, 46, 52, 0)  # gone: the next one, so x again rejects it
    assert nav.refind(Item(SPEAKER, 0, 10, 0)) == Item(SPEAKER, 0, 10, 0)  # still the quote's speaker mention


def test_outcomes_saved_only_after_the_store_returned(tmp_path):
    ann, nav = make_annotator(tmp_path)
    nav.cursor = Item(ENTITY, 0, 10, 0)
    out = ann.relabel(ann.target(nav), "ORG")
    assert out.saved and out.message == "saved: Person → Organisation “Mara Quill”" and out.focus == (ENTITY, 0, 10)
    lines = (tmp_path / "a.txt.newsread.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["type"] == "entity.relabel"
    assert ann.relabel(ann.target(Navigator(TEXT, ann.view.analysis)), "ORG").saved is False  # already ORG
    assert origin_marks(ann.view, ann.store.events) == [(0, 10, "corrected")]
    assert ann.add_note(ann.target(nav), "   ").saved is False  # empty note: nothing written
    assert len(ann.store.events) == 1
    assert ann.undo().saved and ann.view.analysis.entities[0].label == "PERSON"
    assert ann.undo().message == "nothing to undo"


def test_write_problem_is_found_before_any_edit(tmp_path):
    assert write_problem(tmp_path / "new" / "deeper" / "j.jsonl") is None  # the store creates folders
    assert "/proc is not writable" in write_problem(Path("/proc/newsread-x/j.jsonl"))  # even for root
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert write_problem(blocker / "j.jsonl") is not None  # a file where a folder should be
    ann = Annotator.open(str(tmp_path / "a.txt"), TEXT, override="/proc/nope/j.jsonl")
    assert ann.read_only and ann.where().startswith("READ-ONLY")
    out = ann.add_entity(ann.target(Navigator(TEXT), (0, 4)), "PERSON")
    assert not out.saved and out.message.startswith("NOT SAVED") and not ann.store.events


def test_session_undo_skips_another_sessions_edits(tmp_path):
    ann, nav = make_annotator(tmp_path)
    ann.add_entity(ann.target(nav, (60, 63)), "ORG")  # "the" ... any span will do
    other = AnnotationStore.open(str(tmp_path / "a.txt"), TEXT)  # same user, second login
    other.remove_entity(46, 52, "DATE")
    ann.reload()
    out = ann.undo()
    assert out.saved and "added Organisation" in out.message
    assert any(e.start == 46 for e in ann.view.analysis.entities) is False  # the other's edit stands


def test_reader_cli_annotations_flag(tmp_path, capsys):
    from newsread.cli import _reader_parser, main

    assert _reader_parser().parse_args(["a.txt", "--annotations", "j.jsonl"]).annotations == "j.jsonl"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Mara Quill spoke.\n", encoding="utf-8")
    code = main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--annotations", str(tmp_path / "j.jsonl")])
    assert code == 2
    assert capsys.readouterr().err.strip() == "newsread: --annotations applies to a single article"
    assert not (tmp_path / "j.jsonl").exists()
