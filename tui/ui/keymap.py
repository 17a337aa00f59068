"""Every binding newsread declares, by where it applies: for the help screen and the config check."""

from __future__ import annotations

from textual.binding import Binding


def catalogue() -> list[tuple[str, list[Binding]]]:
    """(context, bindings) pairs in the order the help screen lists them."""
    from newsread.ui.app import NewsreadApp
    from newsread.ui.screens.article_list import ArticleListScreen
    from newsread.ui.screens.help import HelpScreen
    from newsread.ui.screens.annotate_dialog import NoteDialog, PickerDialog
    from newsread.ui.screens.annotating import AnnotatingScreen
    from newsread.ui.screens.reader import ReaderScreen
    from newsread.ui.screens.selecting import SelectingScreen
    from newsread.ui.widgets.actor_list import ActorList
    from newsread.ui.widgets.article_view import ArticleView
    from newsread.ui.widgets.date_list import DateList
    from newsread.ui.widgets.notes_list import NotesScreen
    from newsread.ui.widgets.search_bar import SearchBar

    def own(cls) -> list[Binding]:
        return [b for b in cls.BINDINGS if isinstance(b, Binding)]

    selecting = own(SelectingScreen)
    return [
        # ReaderScreen repeats the selection's } { (see PARAGRAPH_MOTIONS): listed once, with the selection.
        ("Reader", [b for b in own(ReaderScreen) if b not in selecting]),
        ("Annotating (saved at once; u undoes)", own(AnnotatingScreen)),
        ("Selecting words (after v; a annotates them)", selecting),
        ("Annotation editors", own(PickerDialog) + own(NoteDialog)),
        ("Notes list (ctrl+n)", own(NotesScreen)),
        ("Article text", own(ArticleView)),
        ("Sidebar: actors", own(ActorList)),
        ("Sidebar: dates", own(DateList)),
        ("Search prompt", own(SearchBar)),
        ("Article list", own(ArticleListScreen)),
        ("Help", own(HelpScreen)),
        ("Everywhere", own(NewsreadApp)),
    ]


def binding_ids() -> set[str]:
    """Ids a user keymap may rebind."""
    return {b.id for _, bindings in catalogue() for b in bindings if b.id}
