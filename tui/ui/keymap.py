"""Every binding newsread declares, by where it applies: for the help screen and the config check.

The reader's own tables are here; the widgets and dialogs write theirs with :func:`bindings` too.
"""

from __future__ import annotations

from textual.binding import Binding

HIDDEN, PRIORITY = "hidden", "priority"  # a row's options: not in the footer / before the focused widget's


def bindings(*rows: tuple[str, ...]) -> list[Binding]:
    """Bindings from table rows, how every list of keys is written: ``(keys, action, footer
    text, id, help text, *options)``; the options are :data:`HIDDEN` and :data:`PRIORITY`.

    The id lets a user keymap rebind the key; the help text is also the palette's title.
    """
    return [Binding(keys, action, text, show=HIDDEN not in options, priority=PRIORITY in options, id=id, tooltip=tip)
            for keys, action, text, id, tip, *options in rows]


# -- the reader's keys: one table each for the reader screen, its annotation keys, its word
# selection (ReaderScreen binds all three, in this order: selection, annotation, reader).
# } and { move between entities in the reader; while selecting they grow the selection by a
# paragraph (vi's motions). The reader lists them ahead of its own } and {: the first enabled
# binding for a key runs.
_WHILE = "While selecting: move the selection's end "  # how each motion's help begins
PARAGRAPH_MOTIONS = bindings(
    ("right_curly_bracket", "select_paragraph_next", "Paragraph", "select.para_next",
     _WHILE + "to the end of the paragraph (again: the next one)"),
    ("left_curly_bracket", "select_paragraph_previous", "Paragraph ←", "select.para_prev",
     _WHILE + "to the start of the paragraph (again: the one before)", HIDDEN),
)
# Enabled only while selecting (the reader's check_action). Non-priority like every other key,
# so keys typed at once are handled in order, except b, which the article view binds (page up):
# a priority binding is checked before the focused widget's. (Priority keys run ahead of the
# non-priority ones still queued, so b alone gets it.)
SELECTION_BINDINGS = [
    *bindings(
        ("w,shift+right", "select_next", "Word →", "select.next", _WHILE + "one word right"),
        ("shift+left", "select_previous", "Word ←", "select.previous", _WHILE + "one word left"),
        ("b", "select_previous", "Word ←", "select.back", _WHILE + "one word left (vi's b)", PRIORITY),
        ("o", "select_swap", "Other end", "select.swap", "While selecting: move the other end of the selection instead",
         HIDDEN),
        ("right_parenthesis", "select_sentence_next", "Sentence", "select.sent_next",
         _WHILE + "to the end of the sentence (again: the next one)"),
        ("left_parenthesis", "select_sentence_previous", "Sentence ←", "select.sent_prev",
         _WHILE + "to the start of the sentence (again: the one before)", HIDDEN),
    ),
    *PARAGRAPH_MOTIONS,
    *bindings(
        ("quotation_mark", "select_to_mark", "To mark", "select.to_mark",
         _WHILE + "to the last word before the next quotation mark"),
    ),
]
SELECTION_ACTIONS = frozenset(b.action for b in SELECTION_BINDINGS)  # enabled only while selecting

# Not in the footer (full at 80 columns): the annotation line names a, x, v instead.
ANNOTATION_BINDINGS = bindings(
    ("a", "annotate", "Annotate", "annotate.edit", "Annotate the current item or selection: label, speaker, note", HIDDEN),
    ("x", "reject", "Reject", "annotate.reject", "Reject the current entity or quote (the model got it wrong)", HIDDEN),
    ("u", "undo", "Undo", "annotate.undo", "Undo your last annotation", HIDDEN),
    ("c", "confirm", "Confirm", "annotate.confirm",
     "Confirm the current quote's speaker (a doubtful one stops being doubtful)", HIDDEN),
    ("v", "select", "Select", "annotate.select",
     "Start (or stop) selecting words at the cursor, to add a missing entity or quote", HIDDEN),
    ("ctrl+n", "notes", "Notes", "annotate.notes", "List the notes; enter jumps to one", HIDDEN),
    ("ctrl+r", "reload_annotations", "Reload", "annotate.reload",
     "Reload annotations saved by other sessions (also automatic)", HIDDEN),
)

# The reader's own keys. Short descriptions fit the footer at 80 columns; tooltips are the help text.
READER_BINDINGS = bindings(
    ("right_square_bracket", "next_quote", "Quote", "quote.next",
     "Next quote: direct or reported speech (r: direct only); the focused actor's only, while one is focused"),
    ("left_square_bracket", "previous_quote", "Prev", "quote.previous",
     "Previous quote: direct or reported speech (r: direct only); the focused actor's only, while one is focused"),
    ("r", "speech_mode", "Reported", "quote.mode",
     "Cycle what ] and [ walk and what is highlighted: all speech (direct quotes and "
     "reported speech) / direct quotes only (the words in quotation marks)"),
    ("s", "speaker", "Speaker", "quote.speaker", "Go to the mention naming the current quote's speaker"),
    ("backspace", "back", "Back", "jump.back", "Go back to where the last jump came from"),
    # (} { grow a selection while there is one: PARAGRAPH_MOTIONS above.)
    ("right_curly_bracket", "next_entity", "Entity", "entity.next", "Next entity mention"),
    ("left_curly_bracket", "previous_entity", "Prev entity", "entity.previous", "Previous entity mention", HIDDEN),
    ("slash", "search", "Search", "search.start", "Search the text (plain, case-insensitive)"),
    ("n", "next_match", "Next match", "search.next", "Next search match", HIDDEN),
    ("N", "previous_match", "Prev match", "search.previous", "Previous search match", HIDDEN),
    ("escape", "clear_focus", "Clear focus", "focus.clear",
     "Cancel the selection, else clear the actor/date focus or the search; back to the article list", HIDDEN),
    ("ctrl+b", "toggle_sidebar", "Sidebar", "sidebar.toggle", "Show or hide the sidebar"),
    ("tab", "app.focus_next", "Next pane", "pane.next", "Move focus: article, actors, dates", HIDDEN),
    ("shift+tab", "app.focus_previous", "Previous pane", "pane.previous", "Move focus back: dates, actors, article", HIDDEN),
)


def catalogue() -> list[tuple[str, list[Binding]]]:
    """(context, bindings) pairs in the order the help screen lists them."""
    from newsread.ui.app import NewsreadApp
    from newsread.ui.screens.article_list import ArticleListScreen
    from newsread.ui.screens.help import HelpScreen
    from newsread.ui.screens.annotate_dialog import NoteDialog, PickerDialog
    from newsread.ui.widgets.actor_list import ActorList
    from newsread.ui.widgets.article_view import ArticleView
    from newsread.ui.widgets.date_list import DateList
    from newsread.ui.widgets.notes_list import NotesScreen
    from newsread.ui.widgets.search_bar import SearchBar

    def own(cls) -> list[Binding]:
        return [b for b in cls.BINDINGS if isinstance(b, Binding)]

    return [
        # The reader screen binds all three lists; each is listed once, under what it is for.
        ("Reader", READER_BINDINGS),
        ("Annotating (saved at once; u undoes)", ANNOTATION_BINDINGS),
        ("Selecting words (after v; a annotates them)", SELECTION_BINDINGS),
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
