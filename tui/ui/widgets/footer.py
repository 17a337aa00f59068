"""The key footer, rebuilt only when the keys it shows change.

Textual's Footer recomposes (new FooterKey widgets, a layout pass, a repaint
of every row of the screen) on every ``bindings_updated`` signal: each focus
change, each ``refresh_bindings()``. At startup and when the analysis arrives
that happened several times with the same keys, ~14 kB each over SSH
(benchmarks/ssh_bytes.py). This one skips a signal that changes nothing shown.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

PALETTE = "-command-palette"
# Keys left out first when the footer is too narrow for all (actions); ? help stays longest.
DROP_FIRST = ("toggle_sidebar", "back", "previous_quote", "speaker", "app.quit", "quit", "next_entity", "search")


def key_width(key: FooterKey) -> int:
    """Cells of a compact key ("] Quote") without its margin."""
    return cell_len(key.key_display) + (1 + cell_len(key.description) if key.description else 0)


class QuietFooter(Footer):
    """A :class:`Footer` that recomposes only when its visible keys differ, and shows only whole keys.

    Keys that would run under the docked palette key at a narrow width are left
    out, last first: Textual scrolls them under it, cut mid-word ("/ Searc▏").
    """

    _shown: tuple | None = None
    _fitted_width = 0

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        width = self._fitted_width = self.size.width
        keys = [w for w in widgets if isinstance(w, FooterKey)]
        if width > 0:
            # The palette key: its text, a border cell and a padding cell; every other key a margin cell.
            room = width - sum(key_width(k) + 2 for k in keys if k.has_class(PALETTE))
            shown = [k for k in keys if not k.has_class(PALETTE)]
            order = {action: i for i, action in enumerate(DROP_FIRST)}
            # Least needed first: listed actions in their order, then the rest from the right.
            drop = sorted(shown, key=lambda k: (order.get(k.action, len(order)), -shown.index(k)))
            # Every key takes a margin cell; the last one may touch the palette's border.
            dropped = []
            while drop and sum(key_width(k) + 1 for k in shown) - 1 > room:
                dropped.append(drop.pop(0))
                shown.remove(dropped[-1])
            used = sum(key_width(k) + 1 for k in shown) - 1
            for key in reversed(dropped):  # a short key dropped for a long one may still fit
                if used + key_width(key) + 1 <= room:
                    used += key_width(key) + 1
                else:
                    key.display = False
        yield from widgets

    def on_resize(self, event: events.Resize) -> None:
        if self._bindings_ready and event.size.width != self._fitted_width:
            self.call_after_refresh(self.recompose)

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
