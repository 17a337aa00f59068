"""The Actors section of the sidebar: people, organisations, places, groups with counts.

Each actor's row ends with ``4m 2q 1r``: mentions, direct quotes, reported speech (mixed and
indirect items) attributed to it. On the highlighted actor, ``m`` merges it with another, ``S``
splits some of its mentions off and ``a`` offers both and a new label for all its mentions:
the list only asks (:class:`ActorList.Edit`), the screen opens the editors.
"""

from __future__ import annotations

from typing import Sequence

from rich.table import Table
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsread.analysis.model import ACTOR_LABELS, Actor, Quote
from newsread.article.sanitize import safe_display
from newsread.ui.keymap import HIDDEN, bindings
from newsread.ui.speech import speech_counts

GROUP_TITLES = {"PERSON": "People", "ORG": "Organisations", "GPE": "Places", "NORP": "Groups"}


def _row(name: Text, counts: Text) -> Table:
    """Name on the left (cut with …), counts right-aligned: one line whatever the width."""
    grid = Table.grid(expand=True, padding=(0, 1, 0, 0))
    grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    grid.add_column(justify="right", no_wrap=True)
    grid.add_row(name, counts)
    return grid


class ActorList(OptionList):
    """Actors grouped by kind; ``enter`` focuses one (posts :class:`ActorList.Chosen`)."""

    BINDINGS = bindings(
        ("enter", "select", "Focus actor", "sidebar.focus",
         "Focus this actor: highlight its mentions, ] and [ walk its speech (direct and reported)"),
        ("m", "edit('merge')", "Merge", "sidebar.merge",
         "Merge this actor into another (the same person under two names): its mentions and quotes move"),
        ("S", "edit('split')", "Split", "sidebar.split",
         "Split some of this actor's mentions off as another actor (two people under one name)"),
        ("a", "edit('annotate')", "Annotate actor", "sidebar.annotate",
         "Annotate this actor: a label for all its mentions, merge, split", HIDDEN),
    )

    class Chosen(Message):
        """The user picked actor ``actor_id`` to focus."""

        def __init__(self, actor_id: str) -> None:
            self.actor_id = actor_id
            super().__init__()

    class Edit(Message):
        """The user asks to ``what`` (merge, split, annotate) the actor ``actor_id``."""

        def __init__(self, actor_id: str, what: str) -> None:
            self.actor_id = actor_id
            self.what = what
            super().__init__()

    def action_edit(self, what: str) -> None:
        option = self.highlighted_option
        if option is not None and option.id and not option.disabled:
            self.post_message(self.Edit(option.id, what))

    def show_message(self, message: str) -> None:
        """A one-line note in place of the list (analysing…, analysis failed)."""
        self.set_options([Option(Text(message, style="dim italic"), disabled=True)])

    def show(self, actors: list[Actor], quotes: Sequence[Quote] = ()) -> None:
        """Replace the list; within a group the most mentioned come first.

        ``quotes``: the article's speech, counted per actor by kind (direct ``q``, reported ``r``).
        """
        spoken = speech_counts(quotes)
        kept = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option | None] = []
        for label in ACTOR_LABELS:
            group = sorted((a for a in actors if a.label == label), key=lambda a: (-a.mentions, -a.quotes, a.name))
            if not group:
                continue
            if options:
                options.append(None)  # separator
            title = Text(f"{GROUP_TITLES[label]} ({len(group)})", style="bold")
            options.append(Option(_row(title, Text("")), id=f"group-{label}", disabled=True))
            for a in group:
                direct, reported = spoken.get(a.id, (0, 0))
                counts = Text(f"{a.mentions:>2}m {direct:>2}q {reported:>2}r", style="" if direct or reported else "dim")
                # A user's speaker name from a shared journal becomes an actor: cleaned like article text.
                options.append(Option(_row(Text(safe_display(a.name)), counts), id=a.id))
        if not options:
            options.append(Option(Text("no actors found", style="dim"), disabled=True))
        self.set_options(options)
        # The actor highlighted before (an edit redraws the list), else the first, so enter works at once.
        first = next((i for i, o in enumerate(self.options) if not o.disabled), None)
        self.highlighted = next((i for i, o in enumerate(self.options) if o.id == kept and kept), first)

    def highlight_actor(self, actor_id: str) -> None:
        """Put the highlight on ``actor_id`` (after a merge: the actor that stays)."""
        index = next((i for i, o in enumerate(self.options) if o.id == actor_id), None)
        if index is not None:
            self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is self and event.option.id:
            event.stop()
            self.post_message(self.Chosen(event.option.id))
