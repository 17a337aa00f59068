"""Span repairs between neighbouring entities: a name cut at a non-breaking space, and a role
noun closing a span right before a person's name: two passes of the entity stage
(``entities.ENTITY_PASSES``)."""

from __future__ import annotations

from newsread.analysis.cue_words import PERSON_NOUNS
from newsread.analysis.entity_state import EntityState
from newsread.analysis.model import ACTOR_LABELS
from newsread.analysis.names import TITLE_WORDS, bare


def _nbsp(tok) -> bool:
    """A token of whitespace holding a non-breaking space (the model makes one token of it)."""
    return tok.is_space and "\xa0" in tok.text


def join_across_nbsp(state: EntityState) -> None:
    """'Anna\xa0Kowalczyk': a non-breaking space inside a name is not the end of it.

    The model cuts the name at the space token ('Anna\xa0' + 'Kowalczyk', or leaves the forename
    out): two actor spans meeting at such a space are one (a person if either is), a span never
    ends on the space, and a capitalised word just before it joins a person's span."""
    docs, out = state.docs, []
    for w in state.work:
        doc = docs[w.doc]
        while w.end - w.start > 1 and doc[w.end - 1].is_space:
            w.end -= 1
        prev = out[-1] if out else None
        gap = range(prev.end, w.start) if prev is not None and prev.doc == w.doc else range(0)
        if (
            prev is not None and len(gap) == 1 and _nbsp(doc[gap[0]])
            and prev.label in ACTOR_LABELS and w.label in ACTOR_LABELS
        ):
            prev.end = w.end
            prev.label = "PERSON" if "PERSON" in (prev.label, w.label) else prev.label
            continue
        if (
            w.label == "PERSON" and w.start >= 2 and _nbsp(doc[w.start - 1])
            and doc[w.start - 2].pos_ == "PROPN" and doc[w.start - 2].text[:1].isupper()
            and not (prev is not None and prev.doc == w.doc and prev.end > w.start - 2)
        ):
            w.start -= 2
        out.append(w)
    state.work = out


def title_phrase_before_person(state: EntityState) -> None:
    """'[Sandy Hook Elementary Principal] [Dawn Hochsprung]': a person span that ends in a role
    noun right before another person's name is the role's institution and the role, not a
    person; it becomes the institution (an organisation) without the role word."""
    docs, work = state.docs, state.work
    for a, b in zip(work, work[1:]):
        if a.label != "PERSON" or b.label != "PERSON" or a.doc != b.doc or a.end != b.start or a.end - a.start < 2:
            continue
        last = docs[a.doc][a.end - 1]
        if last.text[:1].isupper() and (last.lower_ in PERSON_NOUNS or bare(last.text) in TITLE_WORDS):
            a.end -= 1
            a.label = "ORG"
