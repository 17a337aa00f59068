"""The key footer, rebuilt only when the keys it shows change.

Textual's Footer recomposes (new FooterKey widgets, a layout pass, a repaint
of every row of the screen) on every ``bindings_updated`` signal: each focus
change, each ``refresh_bindings()``. At startup and when the analysis arrives
that happened several times with the same keys, ~14 kB each over SSH
(benchmarks/ssh_bytes.py). This one skips a signal that changes nothing shown.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class QuietFooter(Footer):
    """A :class:`Footer` that recomposes only when its visible keys differ."""

    _shown: tuple | None = None

    def _signature(self, screen: Screen) -> tuple:
        """What compose() would draw: every shown binding, its key display, state and tooltip."""
        return tuple(
            (binding.action, self.app.get_key_display(binding), binding.description, enabled, tooltip)
            for (_, binding, enabled, tooltip) in screen.active_bindings.values()
            if binding.show
        )

    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and self.app.app_focus:
            signature = self._signature(screen)
            if self._bindings_ready and signature == self._shown:
                return
            self._shown = signature
        super().bindings_changed(screen)
