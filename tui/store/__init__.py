"""The user's annotations: an append-only event journal and its replay over an Analysis.

No Textual and no spaCy here: the UI and the headless commands share it.

- :class:`AnnotationStore` (``store.py``): open an article's journal, edit, undo, reload.
- :func:`replay` (``replay.py``): model Analysis + events -> :class:`AnnotatedAnalysis`.
- :class:`Journal` (``journal.py``): the durable JSONL file (flock, fsync, torn lines).
- :func:`locate` (``location.py``): beside the article, in the data dir, or --annotations.
"""

from newsread.store.annotated import CORRECTED, MODEL, USER, AnnotatedAnalysis, Mark, Note
from newsread.store.events import EVENT_TYPES, SCHEMA, Event, make_event, text_sha256
from newsread.store.journal import Journal, JournalError
from newsread.store.location import Location, data_dir, is_writable_dir, locate
from newsread.store.replay import replay
from newsread.store.store import AnnotationError, AnnotationStore, load_saved

__all__ = [
    "CORRECTED",
    "EVENT_TYPES",
    "MODEL",
    "SCHEMA",
    "USER",
    "AnnotatedAnalysis",
    "AnnotationError",
    "AnnotationStore",
    "Event",
    "Journal",
    "JournalError",
    "Location",
    "Mark",
    "Note",
    "data_dir",
    "is_writable_dir",
    "load_saved",
    "locate",
    "make_event",
    "replay",
    "text_sha256",
]
