"""Which spans of the article the view highlights, and how (pure, no Textual).

Mark names are the ``article-view--<name>`` component classes styled in
``styles/reader.tcss``; the colour and the non-colour cue (underline, bold,
italic, reverse) for each live there.
"""

from __future__ import annotations

from newsread.ui.navigation import Navigator
from newsread.ui.speech import DIRECT, is_reported

# Entity label -> mark name. Each name has its own non-colour cue in the CSS.
LABEL_MARKS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "DATE": "date",
    "TIME": "date",
}

Span = tuple[int, int, str]


def speech_marks(nav: Navigator) -> list[Span]:
    """Direct quotes ``quote``, reported speech ``reported`` (a tint of its own and a dotted rule
    in the margin), the quoted words of a mixed item ``quote`` again, painted over its report.

    In the mode "direct quotes only" reported speech is not highlighted: the quoted words are.
    """
    marks: list[Span] = []
    for q in nav.quotes:
        if not is_reported(q):
            marks.append((q.start, q.end, "quote"))
            continue
        if nav.speech_mode != DIRECT:
            marks.append((q.start, q.end, "reported"))
        marks += [(p["start"], p["end"], "quote") for p in q.quoted]
    return marks


def analysis_marks(nav: Navigator) -> list[Span]:
    """Marks that change only with the analysis (and the speech mode): speech, entities, dates, speakers."""
    if not nav.ready:
        return []
    marks: list[Span] = speech_marks(nav)
    marks += [(e.start, e.end, LABEL_MARKS.get(e.label, "entity")) for e in nav.entities]
    marks += [(d.start, d.end, "date") for d in nav.dates]
    marks += [
        (q.speaker_start, q.speaker_end, "speaker-doubtful" if q.doubtful else "speaker")
        for q in nav.quotes
        if q.speaker_start is not None and q.speaker_end is not None
    ]
    return marks


def cursor_marks(nav: Navigator) -> list[Span]:
    """Marks that follow the user: focus, search matches, current speaker, cursor."""
    marks: list[Span] = [(s, e, "focus") for s, e in nav.focus_spans()]
    marks += [(s, e, "match") for s, e in nav.matches]
    quote = nav.current_quote()
    if quote is not None and quote.speaker_start is not None and quote.speaker_end is not None:
        marks.append((quote.speaker_start, quote.speaker_end, "speaker-current"))
    if nav.cursor is not None:
        marks.append((nav.cursor.start, nav.cursor.end, "cursor"))
    return marks
