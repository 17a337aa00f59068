"""A terminal driver whose output goes through the WireOptimizer (newsread.ui.wire).

Only the Linux terminal driver is wrapped: the headless driver (tests), the web
driver (``newsread serve``) and Windows keep Textual's own output.
"""

from __future__ import annotations

import signal
from typing import Any

from textual import events
from textual.driver import Driver

from newsread.ui.wire import WireOptimizer


def lean_driver_class(base: type[Driver]) -> type[Driver]:
    """``base`` with optimised output when it is the Linux driver, else ``base`` itself."""
    try:
        from textual.drivers.linux_driver import LinuxDriver
    except ImportError:  # not a POSIX platform
        return base
    if not issubclass(base, LinuxDriver):
        return base

    class LeanDriver(base):  # type: ignore[misc, valid-type]
        """Writes only the runs of cells that changed; forgets the screen when it may have changed."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.wire = WireOptimizer()
            self._size: tuple[int, int] | None = None
            self._resized = False  # set by SIGWINCH, which may interrupt a write half way

        def write(self, data: str) -> None:
            if "\x1b[" in data and "H" in data:  # a frame: the terminal may have been resized
                size = self._get_terminal_size()
                if self._resized or size != self._size:
                    self._resized, self._size = False, size
                    self.wire.invalidate()
            super().write(self.wire.process(data))

        def start_application_mode(self) -> None:
            self.wire.invalidate()  # first start, or back from a suspend: the screen is unknown
            super().start_application_mode()
            textual_handler = signal.getsignal(signal.SIGWINCH)

            def on_resize(signum, frame) -> None:
                self._resized = True
                if callable(textual_handler):
                    textual_handler(signum, frame)

            signal.signal(signal.SIGWINCH, on_resize)

        def stop_application_mode(self) -> None:
            super().stop_application_mode()
            self.wire.invalidate()

        def process_message(self, message) -> None:
            if isinstance(message, events.Resize):  # in-band resize reports come this way
                self._resized = True
            super().process_message(message)

        def redraw(self) -> None:
            """Forget the screen: the next frame is sent whole (the user's redraw key)."""
            self.wire.invalidate()

    return LeanDriver
