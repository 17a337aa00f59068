"""Command palette (``ctrl+p``): every reader action, and "Go to actor …" by name."""

from __future__ import annotations

from functools import partial
from typing import Iterable

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from newsread.ui.labels import plain_label


def reader_commands(screen) -> Iterable[SystemCommand]:
    """One palette command per reader binding that has its own action."""
    from newsread.ui.widgets.article_view import ArticleView
    from newsread.ui.widgets.date_list import DateList

    from newsread.ui.keymap import ANNOTATION_BINDINGS, READER_BINDINGS

    # The reader's keys, then the annotation keys (a, x, u, v, ctrl+n, ctrl+r); the selection
    # motions only mean something while selecting: left out.
    targets = [(screen, [*READER_BINDINGS, *ANNOTATION_BINDINGS])]
    for selector, cls in (("#article", ArticleView), ("#dates", DateList)):
        targets.append((screen.query_one(selector, cls), [b for b in cls.BINDINGS if b.action != "select"]))
    for node, bindings in targets:
        for b in bindings:
            if "." in b.action:
                continue  # app.focus_next and friends: Textual's own
            method = getattr(node, f"action_{b.action}", None)
            if method is not None:
                title = b.tooltip or b.description
                yield SystemCommand(title, f"key: {b.key}  (id {b.id})", method)


class ActorCommands(Provider):
    """"Go to actor NAME": focus that actor and jump to its first mention."""

    def _actors(self):
        screen = self.screen
        nav = getattr(screen, "nav", None)
        if nav is None or not nav.ready:
            return []
        return [(a, partial(screen.goto_actor, a.id)) for a in nav.analysis.actors]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for actor, callback in self._actors():
            title = f"Go to actor {actor.name}"
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _literal_highlight(matcher, title), callback, text=title, help=f"{plain_label(actor.label)} · {actor.mentions} mentions · {actor.quotes} quotes")

    async def discover(self) -> Hits:
        for actor, callback in self._actors():
            # Content, not str: the palette reads a str prompt as markup, and actor names are
            # article text or typed by the user ("[@click=app.quit]x[/]" must stay text).
            yield DiscoveryHit(Content(f"Go to actor {actor.name}"), callback, text=f"Go to actor {actor.name}", help=f"{plain_label(actor.label)} · {actor.quotes} quotes")


def _literal_highlight(matcher, title: str) -> Content:
    """``matcher.highlight`` without reading ``title`` as markup (it may hold "[b]" or "[@click=...]")."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
