"""The reader: article pane, sidebar (actors, dates), details, status line, footer.

The screen owns the :class:`Navigator` and is the only place that coordinates
its widgets: it hands them state (attributes down) and reacts to their
messages (messages up). It owns two components too, no base classes: the word
selection (``ui/selection.py``) and the annotation keys (``screens/annotating.py``),
which ask the screen for what they need through :class:`AnnotationHost`.
"""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Label

from newsread.analysis.model import Analysis
from newsread.article.model import Article
from newsread.ui.analysis_runner import AnalysisUpdate, Result
from newsread.ui.keymap import ANNOTATION_BINDINGS, READER_BINDINGS, SELECTION_ACTIONS, SELECTION_BINDINGS
from newsread.ui.marks import analysis_marks, cursor_marks
from newsread.ui.navigation import Item, Navigator
from newsread.ui.reader_text import (
    ANALYSING,
    READABLE_NOW,
    READING,
    SIDEBAR_HINT,
    WAITING,
    article_title,
    sidebar_note,
    status_item,
    status_state,
)
from newsread.ui.screens.annotating import POLL_SECONDS, Annotating
from newsread.ui.selection import Selection, WordSelection
from newsread.ui.widgets.actor_list import ActorList
from newsread.ui.widgets.article_view import ArticleView
from newsread.ui.widgets.date_list import DateList
from newsread.ui.widgets.footer import QuietFooter
from newsread.ui.widgets.item_details import ItemDetails
from newsread.ui.widgets.search_bar import SearchBar
from newsread.ui.widgets.status_line import StatusLine


def _motion(move: Callable[..., Selection | None], *args: object) -> Callable[[ReaderScreen], None]:
    """A selection key's action: ``move`` (a :class:`WordSelection` motion) shown on the screen."""

    def action(screen: ReaderScreen) -> None:
        screen._set_selection(move(screen.selecting, *args))

    return action


class ReaderScreen(Screen):
    """Read one article and walk its quotes, speakers, entities and dates."""

    # The selection's } { come before the reader's own (the first enabled binding for a key runs).
    BINDINGS = [*SELECTION_BINDINGS, *ANNOTATION_BINDINGS, *READER_BINDINGS]

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide"), (160, "-very-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    def __init__(self, article: Article, index: int = 0, *, from_list: bool = False) -> None:
        super().__init__()
        self.article = article
        self.index = index
        self.from_list = from_list
        self.nav = Navigator(article.text)
        self.selecting = WordSelection(article)
        self.annotating = Annotating(self, article, self.nav, self.selecting)
        self.error: str | None = None
        self._waiting_moves: list[Callable[[], Item | None]] = []  # jumps typed before the analysis

    # -- layout --------------------------------------------------------------
    # Everything the first frame shows is built here, not set in on_mount: each
    # change after mounting cost a layout pass (a full repaint over SSH) and
    # delayed the first paint of the text.
    AUTO_FOCUS = "#article"

    def compose(self) -> ComposeResult:
        waiting = self.app.results.get(self.index) is None
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield Label(article_title(self.article), id="title", markup=False)
                yield ArticleView(self.article, id="article")
                yield ItemDetails(Text(READABLE_NOW, "dim") if waiting else "", id="details")
                search = SearchBar(id="search")
                search.display = False  # before mounting: no layout pass for hiding it
                yield search
            with Vertical(id="sidebar"):
                yield Label("Actors", classes="section")
                yield ActorList(*sidebar_note(ANALYSING, waiting), id="actors")
                yield Label("Dates", classes="section")
                yield DateList(*sidebar_note(ANALYSING, waiting), id="dates")
        yield self.annotating.bar
        yield StatusLine(READING if waiting else "", (self.app.analysis_state or WAITING) if waiting else "", id="status")
        yield QuietFooter(compact=True)

    def on_mount(self) -> None:
        self.app.analysis_changed.subscribe(self, self._on_analysis_changed)
        result = self.app.results.get(self.index)
        if result is not None:
            self._apply(result)
            self._refresh_status(self.app.analysis_state)
        for warning in self.article.warnings:
            self.notify(warning, severity="warning", markup=False)
        self.call_after_refresh(self.annotating.refresh_status)
        self.call_after_refresh(self.annotating.say_where_once)
        self.set_interval(POLL_SECONDS, self.annotating.poll, name="annotations-poll")

    def on_screen_resume(self) -> None:
        """Drop the repaint Textual queues after a resume that already drew everything.

        Screen._on_screen_resume (run after this handler) lays out and draws the whole
        screen when its size changed, the first time included, then also calls
        refresh(): a second full frame (~10-14 kB over SSH, benchmarks/ssh_bytes.py)
        sent when the screen next handles a message, identical to the first.
        """
        if self.is_attached and self._size != self.app.size:
            self.call_next(self._drop_queued_repaint)

    def _drop_queued_repaint(self) -> None:
        self._repaint_required = False  # Textual's own flag: the frame just drawn is complete

    # -- analysis arrives ------------------------------------------------------
    def _on_analysis_changed(self, update: AnalysisUpdate) -> None:
        # One batch: the sidebar, marks, details and status change in a single frame.
        with self.app.batch_update():
            if update.index == self.index and update.result is not None:
                self._apply(update.result)
            self._refresh_status(update.state)

    def _apply(self, result: Result) -> None:
        if result.error is not None:
            self.error = result.error
            self._waiting_moves = []  # nothing to jump to: the keys are answered by the status line
            self._details().show_text(f"Analysis failed: {result.error}", "bold")
            self.query_one("#actors", ActorList).show_message("no analysis")
            self.query_one("#dates", DateList).show_message("no analysis")
            self.notify(result.error, title="Analysis failed", severity="error", markup=False, timeout=10)
            return
        analysis = self.annotated(result.analysis)
        self.nav.set_analysis(analysis)
        self.app.shown_counts[self.index] = (len(analysis.quotes), len(analysis.actors))
        if analysis.published:
            # Relative dates resolve against this, so the reader should see it.
            heading = f"{article_title(self.article)}  ·  published {analysis.published}"
            self.query_one("#title", Label).update(Text(heading))
        self.query_one("#actors", ActorList).show(analysis.actors, analysis.quotes)
        self.query_one("#dates", DateList).show(self.nav.dates)
        self._set_marks()
        self._show_details()
        self._repaint()
        if self._waiting_moves:
            self.call_after_refresh(self._run_waiting_moves)  # once laid out: scrolling needs the rows

    def annotated(self, model: Analysis) -> Analysis:
        """The analysis this reader shows: the model's with the user's corrections applied.

        (The corpus's reader, screens/speaker_quotes.py, shows the model's as it is: its
        annotations were applied when the corpus was built.)
        """
        return self.annotating.corrected(model)

    # -- helpers ---------------------------------------------------------------
    def _view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    def _details(self) -> ItemDetails:
        return self.query_one("#details", ItemDetails)

    def _scroll_y(self) -> int:
        return int(self._view().scroll_offset.y)

    def _origin(self) -> int | None:
        """Start a step from the top of the view when the cursor has scrolled out of it."""
        view = self._view()
        cursor = self.nav.cursor
        if cursor is not None and view.is_row_visible(cursor.start):
            return None
        return view.top_offset()

    def _refresh_status(self, state: str | None = None) -> None:
        item = status_item(self.nav, self.error, len(self._waiting_moves))
        if not self.nav.ready and not self.error:
            state = state or ""
        else:
            result = self.app.results.get(self.index)
            partial = result is not None and result.partial
            state = status_state(self.nav, self.error, self.app.analysis_state, partial)
        self.query_one("#status", StatusLine).show(item, state)
        self.annotating.refresh_status()

    def _set_marks(self) -> None:
        """The marks of the analysis (as the speech mode shows it) and of the user's annotations."""
        self._view().set_marks(analysis_marks(self.nav) + self.annotating.marks())

    def _repaint(self) -> None:
        self._view().set_overlay(cursor_marks(self.nav) + self.selecting.marks())

    def _moved(self, item: Item | None) -> None:
        """After any jump: scroll the target into view, redraw marks, name it."""
        cursor = self.nav.cursor
        self._view().current = None if cursor is None else (cursor.start, cursor.end)  # kept in view on resize
        if item is not None:
            self._view().scroll_to_span(item.start, item.end)
        self._repaint()
        self._show_details()
        self._refresh_status()

    def _show_details(self) -> None:
        """The current item's details; the article's summary when there is none (never a stale item)."""
        if self.nav.ready:
            self._details().show_cursor(self.nav)

    # -- actions ---------------------------------------------------------------
    def _jump(self, step: Callable[[], Item | None]) -> None:
        """Make a jump now, or keep it when typed before the analysis is ready: it runs, in order, once it is.

        ``]]]]`` typed as the highlights appeared stopped at quote 1 or 2 when the
        first keys came before the analysis: those were answered "not ready yet" and lost.
        """
        if self.nav.ready or self.error is not None:
            self._moved(step())
            return
        self._waiting_moves.append(step)
        self._refresh_status(self.app.analysis_state)

    def _run_waiting_moves(self) -> None:
        moves, self._waiting_moves = self._waiting_moves, []
        for step in moves:
            self._moved(step())

    def action_next_quote(self) -> None:
        self._jump(lambda: self.nav.step_quote(+1, self._scroll_y(), self._origin()))

    def action_previous_quote(self) -> None:
        self._jump(lambda: self.nav.step_quote(-1, self._scroll_y(), self._origin()))

    def action_speaker(self) -> None:
        self._jump(lambda: self.nav.to_speaker(self._scroll_y()))

    def action_back(self) -> None:
        mark = self.nav.back()
        if mark is not None:
            view = self._view()
            view.scroll_to(y=mark.scroll_y, animate=False, force=True)
            if mark.item is not None:
                view.scroll_to_span(mark.item.start, mark.item.end)
        self._moved(None)

    def action_next_entity(self) -> None:
        self._jump(lambda: self.nav.step_entity(+1, self._scroll_y(), self._origin()))

    def action_previous_entity(self) -> None:
        self._jump(lambda: self.nav.step_entity(-1, self._scroll_y(), self._origin()))

    def action_next_match(self) -> None:
        self._moved(self.nav.step_match(+1, self._scroll_y(), self._origin()))

    def action_previous_match(self) -> None:
        self._moved(self.nav.step_match(-1, self._scroll_y(), self._origin()))

    def action_search(self) -> None:
        bar = self.query_one("#search", SearchBar)
        bar.display = True
        bar.value = self.nav.query
        bar.focus()

    def action_clear_focus(self) -> None:
        if self.cancel_selection():  # a word selection (v) first
            return
        if self.nav.clear_focus():
            self._moved(None)
        elif self.nav.query:  # a search that found nothing is cleared too, with its note
            self.nav.search("")
            self._moved(None)
        elif self.from_list:
            self.app.pop_screen()

    def action_speech_mode(self) -> None:
        """All speech / direct quotes only: what ] and [ walk and what the text highlights."""
        self.nav.cycle_speech_mode()
        if self.nav.ready:
            self._set_marks()
        self._moved(None)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one("#sidebar")
        sidebar.display = not sidebar.display
        if not sidebar.display and self.focused is not None and sidebar in self.focused.ancestors:
            self._view().focus()

    def goto_actor(self, actor_id: str) -> None:
        """Focus ``actor_id`` and put the cursor on its first mention (palette, sidebar)."""
        if self.nav.focus_actor(actor_id) is None:
            return
        self._moved(self.nav.to_actor(actor_id, self._scroll_y()))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, (ActorList, DateList)) and not self.app.sidebar_hinted:
            self.app.sidebar_hinted = True  # once per run, in whichever reader comes first
            self._details().show_text(SIDEBAR_HINT)

    # -- widget messages ---------------------------------------------------------
    def on_actor_list_chosen(self, message: ActorList.Chosen) -> None:
        self.goto_actor(message.actor_id)

    def on_date_list_chosen(self, message: DateList.Chosen) -> None:
        self.nav.focus_date(message.index)
        self._moved(self.nav.to_date(message.index, self._scroll_y()))

    def on_search_bar_search(self, message: SearchBar.Search) -> None:
        bar = self.query_one("#search", SearchBar)
        bar.display = False
        self._view().focus()
        self.nav.search(message.query)
        self._moved(self.nav.step_match(+1, self._scroll_y(), self._origin()))

    def on_search_bar_cancelled(self, message: SearchBar.Cancelled) -> None:
        self.query_one("#search", SearchBar).display = False
        self._view().focus()

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        """A click puts the cursor on the entity (or else the quote) under the mouse."""
        item = self.nav.item_at(message.offset) if self.nav.ready else None
        if item is not None:
            self._moved(self.nav.select(item, self._scroll_y()))

    def on_actor_list_edit(self, message: ActorList.Edit) -> None:
        message.stop()
        self.annotating.edit_actor(message.actor_id, message.what)

    def on_article_view_dragged(self, message: ArticleView.Dragged) -> None:
        """A mouse drag over the text selects the words it covers, as v and the motions would."""
        selection = self.selecting.dragged(message.start, message.end)
        if selection is not None:
            self._set_selection(selection, scroll=False)  # the pointer is on the text: no jump under it

    # -- the annotation keys: screens/annotating.py does the work ---------------------
    def action_annotate(self) -> None:
        self.annotating.annotate()

    def action_reject(self) -> None:
        self.annotating.reject()

    def action_confirm(self) -> None:
        self.annotating.confirm()

    def action_undo(self) -> None:
        self.annotating.undo()

    def action_notes(self) -> None:
        self.annotating.notes()

    def action_reload_annotations(self) -> None:
        self.annotating.reload(explicit=True)

    # -- AnnotationHost: what the annotation component asks of the screen -------------
    def show_annotated(self, focus: tuple[str, int, int] | None = None, follow: bool = True) -> None:
        """Apply the journal again; ``follow``: scroll to the cursor (after the user's own edit).

        Edits arriving from another session keep the view where the user is reading.
        """
        model = self.annotating.model
        if model is None:
            return
        self._apply(Result(analysis=model))
        if focus is not None:
            self.nav.follow(*focus)
        self._moved(self.nav.cursor if follow else None)

    def go_to(self, item: Item) -> None:
        self._set_selection(None, scroll=False)
        self._moved(self.nav.select(item, self._scroll_y()))

    def show_words(self, start: int, end: int) -> None:
        self._set_selection(self.selecting.covering(start, end))

    def show_text(self, text: str) -> None:
        self._details().show_text(text)

    def highlight_actor(self, actor_id: str) -> None:
        self.query_one("#actors", ActorList).highlight_actor(actor_id)

    def drop_word_selection(self) -> None:
        self._set_selection(None)

    # -- the word selection (v and its motions): ui/selection.py -----------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTION_ACTIONS:
            return self.selecting.active and not isinstance(self.focused, Input)
        return True

    def action_select(self) -> None:
        if self.cancel_selection():
            return
        c = self.nav.cursor
        offset = c.start if c is not None else self._view().top_offset() + 1
        self._set_selection(self.selecting.start(offset))

    # The motions (SELECTION_BINDINGS): the selection works out its new extent, the screen shows it.
    action_select_next = _motion(WordSelection.extend, +1)
    action_select_previous = _motion(WordSelection.extend, -1)
    action_select_swap = _motion(WordSelection.swap)
    action_select_sentence_next = _motion(WordSelection.to_end, "sentence", +1)
    action_select_sentence_previous = _motion(WordSelection.to_end, "sentence", -1)
    action_select_paragraph_next = _motion(WordSelection.to_end, "paragraph", +1)
    action_select_paragraph_previous = _motion(WordSelection.to_end, "paragraph", -1)
    action_select_to_mark = _motion(WordSelection.to_mark)

    def cancel_selection(self) -> bool:
        """Drop the selection (escape); False when there was none."""
        if not self.selecting.active:
            return False
        self._set_selection(None)
        return True

    def _set_selection(self, selection: Selection | None, scroll: bool = True) -> None:
        self.selecting.current = selection
        head = self.selecting.head_span()
        if head is not None and scroll:
            self._view().scroll_to_span(*head)
        self._repaint()
        self.annotating.refresh_status()
        self.refresh_bindings()
