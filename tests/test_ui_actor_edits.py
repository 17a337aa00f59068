"""Merge, split and relabel whole actors in the real reader (Pilot, #14): keys in the sidebar
(``m``, ``S``) and the entity editor's way to the actor, one journal event each, ``u`` undoes.
"""

from __future__ import annotations

import pytest

from newsread.ui.labels import plain_label
from newsread.ui.screens.annotate_dialog import PickerDialog
from newsread.ui.widgets.actor_list import ActorList

from annotate_support import (  # noqa: F401  (fixture: anyio_backend)
    ENTITY, SIZE, anyio_backend, choose, goto, journal_events, make_app, private_article, ready,
)
from test_store_actors import TEXT

pytestmark = pytest.mark.anyio


@pytest.fixture
def article(tmp_path, monkeypatch, nlp):
    return private_article(tmp_path, monkeypatch, "storm.txt", TEXT)


@pytest.fixture
def journal(article):
    return article.with_name(article.name + ".newsread.jsonl")


def named(screen, name: str):
    return next((a for a in screen.nav.analysis.actors if a.name == name), None)


async def highlight(pilot, screen, actor_id: str) -> ActorList:
    """Tab to the sidebar and move its highlight to ``actor_id``."""
    await pilot.press("tab")
    actors = screen.query_one("#actors", ActorList)
    assert screen.app.focused is actors
    for _ in range(actors.option_count):
        if actors.highlighted_option.id == actor_id:
            return actors
        await pilot.press("down")
    raise AssertionError(f"{actor_id} is not in the sidebar")


async def pick(pilot, app, key: str) -> None:
    """In the open picker, move to the choice ``key`` and take it."""
    dialog = app.screen
    assert isinstance(dialog, PickerDialog)
    target = next(i for i, c in enumerate(dialog.shown) if c.key == key)
    options = dialog.query_one("#dialog-choices")
    while options.highlighted != target:
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()


async def test_m_in_the_sidebar_merges_two_actors_and_u_undoes_it(article, journal, tmp_path):
    app = make_app(article, tmp_path / "no-config.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        amato, storm = named(screen, "Dolores Amato"), named(screen, "Lola Storm")
        assert amato.quotes == 2 and storm.quotes == 0
        actors = await highlight(pilot, screen, amato.id)
        shown = {k.description for k in screen.query("FooterKey") if k.display}
        assert {"Merge", "Split"} <= shown, "the footer names the sidebar's actor keys"

        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, PickerDialog) and "Dolores Amato" in app.screen.title_text
        await choose(pilot, "lola")

        (event,) = journal_events(journal)
        assert (event["type"], event["name"], event["into_name"]) == ("actor.merge", "Dolores Amato", "Lola Storm")
        assert named(screen, "Dolores Amato") is None
        merged = named(screen, "Lola Storm")
        assert (merged.mentions, merged.quotes) == (amato.mentions + storm.mentions, 2)
        assert {q.speaker_name for q in screen.nav.analysis.quotes if q.speaker == storm.id} == {"Lola Storm"}
        ids = {actors.get_option_at_index(i).id for i in range(actors.option_count)}
        assert amato.id not in ids and actors.highlighted_option.id == storm.id
        assert "merged “Dolores Amato” into “Lola Storm”" in screen.query_one("#annotation-bar").state_text

        await pilot.press("u")
        await pilot.pause()
        assert journal_events(journal)[-1]["type"] == "undo"
        back = named(screen, "Dolores Amato")
        assert back is not None and (back.mentions, back.quotes) == (amato.mentions, 2)
        assert named(screen, "Lola Storm").quotes == 0


async def test_S_in_the_sidebar_splits_a_form_off_with_the_quotes_it_names(article, journal, tmp_path):
    app = make_app(article, tmp_path / "no-config.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        amato = named(screen, "Dolores Amato")
        await highlight(pilot, screen, amato.id)
        await pilot.press("S")
        await pilot.pause()
        await pick(pilot, app, "form:Amato")

        (event,) = journal_events(journal)
        assert event["type"] == "actor.split" and [m["text"] for m in event["mentions"]] == ["Amato"]
        new, old = named(screen, "Amato"), named(screen, "Dolores Amato")
        assert (new.mentions, new.quotes) == (1, 2) and (old.mentions, old.quotes) == (amato.mentions - 1, 0)

        await pilot.press("u")
        await pilot.pause()
        assert named(screen, "Amato") is None and named(screen, "Dolores Amato").quotes == 2


async def test_the_entity_editor_relabels_every_mention_of_its_actor(article, journal, tmp_path):
    app = make_app(article, tmp_path / "no-config.toml")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        ferryman = named(screen, "Wiersma")
        label = "PERSON" if ferryman.label != "PERSON" else "ORG"
        await goto(pilot, screen, ENTITY, lambda e: e.text == "Wiersma")
        await pilot.press("a")
        await pilot.pause()
        await pick(pilot, app, "actor")
        assert isinstance(app.screen, PickerDialog) and "Wiersma" in app.screen.title_text
        await pick(pilot, app, f"label:{label}")

        (event,) = journal_events(journal)
        assert (event["type"], event["label"], event["old_label"]) == ("actor.relabel", label, ferryman.label)
        (now,) = [a for a in screen.nav.analysis.actors if a.name == "Wiersma"]
        assert (now.id, now.label, now.mentions, now.quotes) == (ferryman.id, label, 2, 1)
        assert {e.label for e in screen.nav.entities if e.text == "Wiersma"} == {label}
        assert f"→ {plain_label(label)}" in screen.query_one("#annotation-bar").state_text

        await pilot.press("u")
        await pilot.pause()
        assert named(screen, "Wiersma").label == ferryman.label
