"""What the reader says in words: its title, the sidebar's notes and hint, the status line.

Plain functions of the reader's state, so that the screen (``screens/reader.py``) only
puts them where they go and the wording lives in one place.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets.option_list import Option

from newsread.article.model import Article
from newsread.ui.navigation import Navigator
from newsread.ui.fit import Part
from newsread.words import counted

# What the reader says while the analysis runs: on the status line, the details pane, the sidebar.
READING = "Reading (analysis in progress)"
WAITING = "waiting for the analysis…"
READABLE_NOW = "The text is readable now; entities and quotes appear when the analysis is done."
ANALYSING = "analysing…"

# The first time the sidebar takes the focus: what its columns say and what enter does.
SIDEBAR_HINT = ("Sidebar: 4m 2q 1r = 4 mentions, 2 direct quotes, 1 reported in this article · enter focuses "
                "an actor or date (] [ then walk its speech) · esc clears · ? explains the colours")


def article_title(article: Article) -> str:
    """The title to show: the article's own, else its file name."""
    if article.title:
        return article.title
    if article.source and article.source != "-":
        # A file name may hold ESC/BEL ("\x1b]0;title\x07.txt"): shown as visible escapes, never sent raw.
        from newsread.article.sanitize import display_path

        return display_path(Path(article.source).name)
    return "(standard input)"


def sidebar_note(message: str, show: bool) -> list[Option]:
    """A sidebar list's one-line note (analysing…) as its initial content."""
    return [Option(Text(message, style="dim italic"), disabled=True)] if show else []


def status_item(nav: Navigator, error: str | None, waiting_jumps: int) -> list[Part] | str:
    """The status line's left part: the cursor's item, else what the reader waits for."""
    if nav.ready or error or nav.cursor:
        return nav.status_parts()
    if waiting_jumps:
        return f"{counted(waiting_jumps, 'jump')} typed: done when the analysis is ready"
    return READING


def status_state(nav: Navigator, error: str | None, analysis_state: str | None, partial: bool) -> str:
    """The status line's right part: how the analysis went, then what it found."""
    if error:
        return "analysis failed"
    if not nav.ready:
        return analysis_state or WAITING
    a = nav.analysis
    if partial:  # a long article, highlighted part by part
        return f"{analysis_state} · {counted(len(a.quotes), 'quote')} so far"
    return f"{counted(len(a.quotes), 'quote')} · {counted(len(a.actors), 'actor')}"
