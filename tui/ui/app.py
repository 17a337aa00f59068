"""The newsread Textual app: screens, the background analysis, config. Kept small."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sys
from pathlib import Path
from typing import Iterable, Sequence

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.signal import Signal
from textual.worker import Worker, WorkerState

from newsread import startup_gc
from newsread.article.model import Article
from newsread.article.sanitize import safe_display
from newsread.resources import styles_dir
from newsread.ui.analysis_runner import AnalysisUpdate, Queue, Result, analyse_all, run_detached
from newsread.ui.commands import ActorCommands, reader_commands
from newsread.ui.config import load_config


# Characters from which an article's analysis is kept out of the cyclic collector's scans.
BIG_ARTICLE = 200_000


class NewsreadApp(App[int]):
    """One article opens the reader; several open the article list first."""

    TITLE = "newsread"
    CSS_PATH = [styles_dir() / "app.tcss", styles_dir() / "reader.tcss", styles_dir() / "annotate.tcss"]
    COMMANDS = App.COMMANDS | {ActorCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit newsread"),
        Binding("question_mark", "help", "Help", id="app.help", tooltip="This list of keys"),
        Binding("ctrl+l", "redraw", "Redraw", id="app.redraw", show=False, tooltip="Send the whole screen again"),
    ]

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        model: str | None = None,
        published: str | None = None,
        config_path: Path | None = None,
        use_cache: bool = True,
        annotations: str | Path | None = None,
        notes: Sequence[str] = (),
    ) -> None:
        """``notes``: what loading skipped ("folder: skipped 2 files ..."), shown on screen at start."""
        super().__init__()
        from newsread.analysis.pipeline import DEFAULT_MODEL
        from newsread.ui.keymap import binding_ids

        self.articles = list(articles)
        self.model = model or DEFAULT_MODEL
        self.published = published
        self.use_cache = use_cache  # False: --no-cache, neither read nor write the analysis cache
        self.annotations_path = annotations  # --annotations PATH (one article only); None: the article's own
        self.results: dict[int, Result] = {}
        self.load_notes = list(notes)
        # (quotes, actors) of each article as the reader last showed it, the user's edits
        # applied: the article list shows these rather than the model's counts.
        self.shown_counts: dict[int, tuple[int, int]] = {}
        self.sidebar_hinted = False  # the one-line sidebar hint is shown once per run
        self.analysis_state = "analysing…"
        self.analysis_changed: Signal[AnalysisUpdate] = Signal(self, "analysis-changed")
        self._queue = Queue(len(self.articles))
        # Set once the first frame of our own screen has been written: the analysis
        # (spaCy import and load, or even a cache hit) waits for it, so the text paints first.
        self._first_frame = asyncio.Event()
        # Used over SSH: no smooth scrolling or animations anywhere.
        self.animation_level = "none"
        self.config = load_config(config_path, known_ids=binding_ids)
        for error in self.config.errors:
            print(f"newsread: config: {error}", file=sys.stderr)
        if self.config.send_only_changes:
            from newsread.ui.wire_driver import lean_driver_class

            self.driver_class = lean_driver_class(self.driver_class)

    def run(self, *args, **kwargs):
        """Run the app; keys come from the terminal even when the article came on stdin."""
        from newsread.ui.terminal import attach_terminal_input

        attach_terminal_input()
        return super().run(*args, **kwargs)

    async def run_async(self, *args, **kwargs):
        """Run the app (``run`` comes here too) with the cyclic collector off until the first frame.

        The app owns that setting: it pauses the collector (the CLI may have paused it
        already, before its imports: then this changes nothing), the first frame resumes
        it (:meth:`post_display_hook`), and however the app ends, before any frame, by an
        exception or by ctrl+c, it is on again when this returns.
        """
        startup_gc.pause()
        try:
            return await super().run_async(*args, **kwargs)
        finally:
            startup_gc.resume(freeze=False)

    def on_mount(self) -> None:
        if self.config.theme:
            if self.config.theme in self.available_themes:
                self.theme = self.config.theme
            else:
                self.config.errors.append(f"unknown theme {self.config.theme!r}; using {self.theme}")
        if self.config.keys:
            self.set_keymap(self.config.keys)
        for error in self.config.errors:
            self.notify(error, title="Config", severity="warning", markup=False, timeout=8)
        for note in self.load_notes:  # on stderr too, but that is hidden until the reader quits
            self.notify(safe_display(note), title="Not opened", severity="warning", markup=False, timeout=15)
        self._analyse()

    def get_default_screen(self) -> Screen:
        """Our first screen is the bottom of the stack, not pushed over Textual's blank one.

        Textual repaints the whole screen above whenever the screen below it has
        anything to draw; the blank default screen's first layout did, right after
        our first frame: ~10 kB more over SSH at every start for nothing.
        """
        if len(self.articles) == 1:
            return self._reader(0)
        from newsread.ui.screens.article_list import ArticleListScreen

        return ArticleListScreen()

    def _reader(self, index: int, from_list: bool = False) -> Screen:
        from newsread.ui.screens.reader import ReaderScreen

        return ReaderScreen(self.articles[index], index, from_list=from_list)

    def open_article(self, index: int) -> None:
        """Open article ``index`` from the list; its analysis goes first in the queue."""
        self._queue.prioritise(index)
        self.push_screen(self._reader(index, from_list=True))

    # -- background analysis ------------------------------------------------------
    def post_display_hook(self) -> None:
        """After each frame: the first one showing our screen lets the analysis start."""
        super().post_display_hook()
        if not self._first_frame.is_set() and self.screen_stack and self.screen.id != "_default":
            self._first_frame.set()
            startup_gc.resume()  # paused by run_async (or the CLI) until the first frame

    # An async worker (so app.workers sees it until the analysis is done) that runs the
    # analysis in a daemon thread: quitting never waits for spacy.load (run_detached).
    @work(exclusive=True, exit_on_error=False, group="analysis")
    async def _analyse(self) -> None:
        """Analyse every article in a thread; results come back as AnalysisUpdate messages.

        Nothing starts before the first frame is on screen: the thread's imports and
        a cached analysis applied before the first paint delayed the text by a second.
        """
        with contextlib.suppress(asyncio.TimeoutError):  # no frame in 3 s (hidden app?): start anyway
            await asyncio.wait_for(self._first_frame.wait(), timeout=3.0)

        def run(cancelled) -> None:
            analyse_all(
                self.articles, self._queue, self.post_message, cancelled,
                model=self.model, published=self.published, use_cache=self.use_cache,
            )

        try:
            await run_detached(run)
        except Exception as error:  # reported here: the worker itself ends cleanly (tests wait on it)
            self._analysis_crashed(error)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            self._analysis_crashed(event.worker.error)

    def _analysis_crashed(self, error: BaseException | None) -> None:
        """A crash outside the per-article guard: every article still waiting gets the message."""
        message = f"analysis stopped: {type(error).__name__}: {error}"
        for index in [*self._queue.drain(), *(i for i in range(len(self.articles)) if i not in self.results)]:
            if index not in self.results:
                self.on_analysis_update(AnalysisUpdate("analysis failed", index, Result(error=message)))

    def on_analysis_update(self, update: AnalysisUpdate) -> None:
        if update.index is not None and update.result is not None:
            self.results[update.index] = update.result
            if not update.result.partial and len(self.articles[update.index].text) >= BIG_ARTICLE:
                # A book's analysis is millions of objects that live as long as the
                # app; a full collection over them froze a key press for ~240 ms
                # (benchmarks/large_document.py, G p95). Frozen, they are not scanned.
                gc.freeze()
        self.analysis_state = update.state
        self.analysis_changed.publish(update)

    def action_redraw(self) -> None:
        """Repaint every cell: for a screen garbled by another program writing to the terminal."""
        redraw = getattr(self._driver, "redraw", None)
        if redraw is not None:
            redraw()
        self.screen.refresh()

    # -- help and palette ------------------------------------------------------------
    def action_help(self) -> None:
        from newsread.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.config.keys))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from newsread.ui.screens.reader import ReaderScreen

        if isinstance(screen, ReaderScreen):
            yield from reader_commands(screen)
        yield SystemCommand("Help", "List every key binding", self.action_help)
        yield from super().get_system_commands(screen)
