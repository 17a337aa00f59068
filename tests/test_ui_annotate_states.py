"""Annotation states around the edits (Pilot, real app and model): read-only journals, a save
that fails, edits from another session arriving (polling and ctrl+r), notes on the whole
article and deleting a note, the help screen and the non-colour cues of user marks.
"""

from __future__ import annotations

import asyncio

import pytest
from rich.console import Console
from textual.widgets import Static

from newsread.article import load_article
from newsread.store import AnnotationStore
from newsread.ui.screens.annotate_dialog import NoteDialog
from newsread.ui.screens.help import HelpScreen
from newsread.ui.widgets.notes_list import NotesScreen

from annotate_support import ENTITY, SIZE, bar, choose, copy_seed, goto, journal_events, make_app, marks, ready, toasts
from annotate_support import anyio_backend, app_for, article, journal  # noqa: F401  (fixtures)

pytestmark = pytest.mark.anyio


async def test_unwritable_location_is_read_only_and_refuses_edits(app_for):
    # /proc refuses file creation even for root: nowhere to write this journal.
    app = app_for(annotations="/proc/newsread-test/annotations.jsonl")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        b = bar(screen)
        assert b.has_class("-read-only")
        assert b.where_text.startswith("READ-ONLY") and "/proc" in b.where_full
        assert b.state_text.startswith("⚠ READ-ONLY")
        entity = await goto(pilot, screen, ENTITY, lambda e: True)
        count = len(screen.nav.entities)
        await pilot.press("x")
        assert len(screen.nav.entities) == count
        assert any((entity.start, entity.end) == (e.start, e.end) for e in screen.nav.entities)
        assert bar(screen).state_text.startswith("✗ NOT SAVED") and "read-only" in bar(screen).state_text
        await pilot.press("a")  # the editor does not even open: nothing typed would be lost
        assert not isinstance(app.screen, NoteDialog) and app.screen is screen
        assert "read-only" in toasts(app)


async def test_foreign_file_is_left_untouched(app_for, journal):
    journal.write_text("my shopping list\n", encoding="utf-8")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert bar(screen).has_class("-read-only")
        assert "not a newsread annotation journal" in bar(screen).where_full
        await goto(pilot, screen, ENTITY, lambda e: True)
        await pilot.press("x", "u")
        assert "NOT SAVED" in bar(screen).state_text
    assert journal.read_text(encoding="utf-8") == "my shopping list\n"


async def test_failed_save_is_not_shown_as_saved(app_for, tmp_path):
    target = tmp_path / "sub" / "annotations.jsonl"
    app = app_for(annotations=str(target))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert not bar(screen).has_class("-read-only")
        (tmp_path / "sub").write_text("a file where the journal's folder should be", encoding="utf-8")
        entity = await goto(pilot, screen, ENTITY, lambda e: True)
        await pilot.press("x")
        assert bar(screen).state_text.startswith("✗ NOT SAVED") and bar(screen).has_class("-problem")
        assert "saved " not in bar(screen).state_text.replace("NOT SAVED", "")
        assert any((e.start, e.end) == (entity.start, entity.end) for e in screen.nav.entities)
        assert (entity.start, entity.end, "rejected") not in marks(screen)
        assert not target.exists()


async def test_edits_from_another_session_arrive(app_for, article, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        other = AnnotationStore.open(str(article), load_article(str(article)).text)
        other.user = "colleague"  # a second session, another login
        entity = screen.nav.entities[0]
        other.remove_entity(entity.start, entity.end, entity.label)
        for _ in range(40):  # the poll runs every 1.5 s
            await asyncio.sleep(0.1)
            await pilot.pause()
            if not any((e.start, e.end) == (entity.start, entity.end) for e in screen.nav.entities):
                break
        assert not any((e.start, e.end) == (entity.start, entity.end) for e in screen.nav.entities)
        assert "reloaded, 1 new annotation" in bar(screen).state_text
        assert (entity.start, entity.end, "rejected") in marks(screen)

        # ctrl+r reads at once (and says so when nothing is new).
        second = screen.nav.entities[0]
        other.remove_entity(second.start, second.end, second.label)
        await pilot.press("ctrl+r")
        assert not any((e.start, e.end) == (second.start, second.end) for e in screen.nav.entities)
        assert "reloaded, 1 new annotation" in bar(screen).state_text
        await pilot.press("ctrl+r")
        assert "reloaded, nothing new" in bar(screen).state_text
        # u undoes my own edits only: these two were the colleague's.
        await pilot.press("u")
        assert "nothing to undo" in bar(screen).state_text
        assert len(journal_events(journal)) == 2


async def test_article_note_and_deleting_a_note(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.nav.cursor is None
        await pilot.press("a")  # nothing under the cursor: a note on the whole article
        assert isinstance(app.screen, NoteDialog)
        await choose(pilot, "ask the desk")
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["body"]) for e in events] == [("note", None, "ask the desk")]
        assert "note “ask the desk” on the article" in bar(screen).state_text
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, NotesScreen)
        await pilot.press("d")
        await pilot.pause()
        events = journal_events(journal)
        assert [e["type"] for e in events] == ["note", "undo"] and events[1]["target"] == events[0]["id"]
        assert screen.annotating.annotator.view.notes == []
        await pilot.press("ctrl+n")
        assert app.screen.notes == []
        await pilot.press("escape")
        assert app.screen is screen


async def test_help_lists_the_annotation_keys(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True, color_system=None)
        console.print(app.screen.query_one("#help-table", Static).content)  # the keys as shown
        text = console.export_text()
        from newsread.ui.commands import reader_commands

        titles = [c.title for c in reader_commands(app.screen_stack[-2])]
        assert "Annotate the current item or selection: label, speaker, note" in titles
        assert "Undo your last annotation" in titles
        for needle in ("annotate.edit", "annotate.reject", "annotate.undo", "annotate.select", "annotate.notes",
                       "annotate.reload", "select.next", "select.previous", "dialog.pick", "notes.jump",
                       "Annotate the current item"):
            assert needle in text


async def test_user_marks_have_a_non_colour_cue(app_for, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.query_one("#article")

        def cue(name):
            s = view.mark_style(name)
            return (bool(s.bold), bool(s.italic), bool(s.underline), bool(s.strike), bool(s.overline), bool(s.reverse))

        model = {cue(n) for n in ("person", "org", "place", "group", "entity", "date", "speaker", "quote")}
        for name in ("corrected", "user", "rejected", "note"):
            assert any(cue(name)), f"{name} needs a text style that survives NO_COLOR"
            assert cue(name) not in model, f"{name} looks like a model mark"
        # Painted over a model mark (an ORG is bold), a correction still differs from every model style.
        combined = view.mark_style("org") + view.mark_style("corrected")
        assert (bool(combined.bold), bool(combined.italic), bool(combined.underline)) == (True, True, True)


async def test_saved_is_shown_only_after_fsync(app_for, journal, monkeypatch):
    import os

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        entity = await goto(pilot, screen, ENTITY, lambda e: True)
        seen_at_fsync: list[str] = []
        real_fsync = os.fsync

        def spy(fd):
            real_fsync(fd)
            seen_at_fsync.append(bar(screen).state_text)

        monkeypatch.setattr(os, "fsync", spy)
        await pilot.press("x")
        assert seen_at_fsync, "the journal was fsynced"
        assert not any("rejected entity" in s for s in seen_at_fsync)  # not "saved" before the fsync
        assert f"saved" in bar(screen).state_text and f"rejected entity “{entity.text}" in bar(screen).state_text

        def failing(fd):
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(os, "fsync", failing)
        await goto(pilot, screen, ENTITY, lambda e: True)
        before = len(screen.nav.entities)
        await pilot.press("x")
        assert bar(screen).state_text.startswith("✗ NOT SAVED") and "Input/output error" in bar(screen).state_text
        assert len(screen.nav.entities) == before


async def test_typed_text_is_data_not_markup(app_for, journal):
    from newsread.ui.navigation import QUOTE, SPEAKER

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        quote = await goto(pilot, screen, QUOTE, lambda q: q.speaker_start is not None)
        # On the speaker mention, x explains instead of rejecting the whole quote.
        await pilot.press("s")
        assert screen.nav.cursor.kind == SPEAKER
        await pilot.press("x")
        assert "speaker mention" in bar(screen).state_text and journal_events(journal) == []
        await pilot.press("a")  # a on the speaker mention edits the quote's speaker
        await choose(pilot, "[b]Boss[/b]")
        now = next(q for q in screen.nav.quotes if (q.start, q.end) == (quote.start, quote.end))
        assert now.speaker_name == "[b]Boss[/b]"
        assert "[b]Boss[/b]" in screen.query_one("#status").item_text
        assert "→ [b]Boss[/b]" in bar(screen).state_text
        assert [(e["type"], e["start"]) for e in journal_events(journal)] == [("quote.speaker", quote.start)]


@pytest.fixture
def immutable_seed(tmp_path):
    """The seed in a folder nobody, not even root, can create files in (chattr +i)."""
    import shutil
    import subprocess

    from conftest import require_tool

    chattr = require_tool("chattr")
    folder = tmp_path / "ro"
    folder.mkdir()
    path = copy_seed(folder)
    done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i not permitted here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)
        shutil.rmtree(folder)


async def test_unwritable_article_folder_falls_back_to_the_data_dir(immutable_seed, tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    app = make_app(immutable_seed, tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert bar(screen).where_full.startswith("annotations in data dir: ")
        entity = await goto(pilot, screen, ENTITY, lambda e: True)
        await pilot.press("x")
        assert bar(screen).state_text.startswith("✓ saved")
    saved = list((tmp_path / "data" / "newsread").glob("*.newsread.jsonl"))
    assert len(saved) == 1 and [(e["type"], e["start"]) for e in journal_events(saved[0])] == [
        ("entity.remove", entity.start)]
    assert sorted(p.name for p in immutable_seed.parent.iterdir()) == ["idlib.txt"]


async def test_nowhere_writable_is_read_only(immutable_seed, tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", "/proc/newsread-nowhere")  # /proc: no file creation, even for root
    app = make_app(immutable_seed, tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert bar(screen).has_class("-read-only") and bar(screen).where_text.startswith("READ-ONLY")
        assert "/proc" in bar(screen).where_full
        await goto(pilot, screen, ENTITY, lambda e: True)
        count = len(screen.nav.entities)
        await pilot.press("x")
        assert len(screen.nav.entities) == count and "NOT SAVED" in bar(screen).state_text
    assert sorted(p.name for p in immutable_seed.parent.iterdir()) == ["idlib.txt"]


async def test_torn_journal_and_changed_article(app_for, article, journal):
    """A crash left half a line; the article was edited since: the reader says so, keeps everything."""
    text = load_article(str(article)).text
    store = AnnotationStore.open(str(article), text)
    start = text.index("Vladimir Putin")
    store.relabel_entity(start, start + len("Vladimir Putin"), "ORG", old_label="PERSON")
    gone = text.index("last rebel stronghold")
    store.add_note("is this still true?", gone, gone + len("last rebel stronghold"))
    with journal.open("ab") as f:
        f.write(b'{"type":"entity.add","id":"torn')  # interrupted write
    # The article changes: a new first paragraph, and the noted words are rewritten.
    edited = "Update: a new paragraph at the top.\n\n" + article.read_text(encoding="utf-8")
    article.write_text(edited.replace("last rebel stronghold", "final opposition bastion"), encoding="utf-8")
    app = app_for()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        messages = toasts(app)
        assert "torn" in messages and "orphaned" in messages
        new_start = load_article(str(article)).text.index("Vladimir Putin")
        putin = next(e for e in screen.nav.entities if e.start == new_start)
        assert putin.label == "ORG"  # re-anchored by its text
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, NotesScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert "no longer in the article" in str(screen.query_one("#details").content)
    assert journal.read_bytes().endswith(b'"id":"torn')  # nothing rewritten by reading


async def test_focused_actor_emptied_by_an_edit_clears_the_focus(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        actor = next(a for a in screen.nav.analysis.actors if a.mentions == 1 and a.quotes == 0)
        screen.goto_actor(actor.id)
        await pilot.pause()
        assert screen.nav.focus is not None and screen.nav.focus.key == actor.id
        await pilot.press("x")  # the cursor is on its only mention
        assert [e["type"] for e in journal_events(journal)] == ["entity.remove"]
        assert screen.nav.analysis.actor(actor.id) is None
        assert screen.nav.focus is None and "focus:" not in screen.query_one("#status").item_text
