"""The ``/`` search prompt, docked under the article; hidden until asked for."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Posts :class:`SearchBar.Search` on enter and :class:`SearchBar.Cancelled` on escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel search", id="search.cancel", tooltip="Close the search prompt")]

    class Search(Message):
        def __init__(self, query: str) -> None:
            self.query = query
            super().__init__()

    class Cancelled(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search (plain text, case-insensitive); enter finds, esc cancels", id=id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Search(event.value))

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
