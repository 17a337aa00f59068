"""What the sentence around a date says about it: the tense of its clause, and quotation.

- ``clause_direction``: -1 when the clause the date belongs to is in the past ("was arrested
  in April", "met on Monday", "has risen since March"), +1 when it looks ahead ("will vote in
  April", "is expected to meet Monday", "could come as soon as Tuesday"), 0 when nothing
  says (a noun phrase, a present tense). It climbs from the date to the verb it modifies;
  an infinitive or a participle without its own tense takes its governor's ("plans to vote
  Friday"); a clause opened by "after/when/once/until/before/if" in the present tense takes
  its governor's too, since English puts the future there in the present ("after the
  November results have been tallied" is about the coming November).
- ``quotation_spans``: the stretches of a paragraph between quotation marks, so that
  "today" in a quote from an earlier hearing is not read as the publication day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_FUTURE_AUX = frozenset(("will", "'ll", "’ll", "shall", "wo", "would"))
# Modals that put an event ahead: "could come as soon as Tuesday", "may vote in March".
_MODAL_AHEAD = frozenset(("could", "may", "might", "should", "must", "ca", "can"))
_PAST_AUX = frozenset(("was", "were", "did", "had", "has", "have", "'d", "’d"))
# Governing words that look ahead: "is due to meet Monday", "plans to vote Friday".
_FUTURE_HEADS = frozenset(("due", "scheduled", "expected", "slated", "poised", "plan", "plans", "planned", "planning", "intend", "intends", "going", "set"))
# Present-tense reporting verbs say nothing about when the reported event is ("says Monday").
_REPORTING = frozenset("say tell add note write explain argue claim insist warn report show find suggest confirm".split())
_DEFERRING_MARKS = frozenset(("after", "when", "once", "until", "till", "before", "if", "unless", "as"))
_CLAUSE_LINKS = frozenset(("xcomp", "ccomp", "advcl", "conj", "acl", "pcomp", "relcl"))


def clause_direction(tok: "Token") -> int:
    """-1 past, +1 future, 0 unknown for the clause governing ``tok`` (see the module doc)."""
    verb = _governing_verb(tok)
    # The date is an adverbial of this verb ("meets [on] Thursday"), not inside one of its
    # noun phrases ("his victory in Tuesday's primary is ...").
    adverbial = verb is not None and (tok.head.i == verb.i or tok.head.dep_ == "prep" and tok.head.head.i == verb.i)
    for _ in range(4):
        if verb is None:
            return 0
        direction = _verb_direction(verb, adverbial)
        adverbial = False
        if direction is not None:
            return direction
        if verb.dep_ in _CLAUSE_LINKS and verb.head.i != verb.i:
            verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else _governing_verb(verb.head)
            continue
        return 0
    return 0


def _governing_verb(tok: "Token") -> "Token | None":
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _verb_direction(verb: "Token", adverbial: bool = False) -> int | None:
    """The tense of one verb, or None when it has none of its own (infinitive, participle
    in a deferring clause)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lower_ in _FUTURE_HEADS or verb.lemma_ in _FUTURE_HEADS:
        if verb.lemma_ != "set" or any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children):
            return 1
    if any(a in _FUTURE_AUX or a in _MODAL_AHEAD for a in auxes):
        return 1
    if "to" in auxes or (verb.tag_ == "VB" and not auxes):
        return None  # an infinitive: "plans [to vote] Friday" takes its governor's tense
    deferring = any(c.dep_ == "mark" and c.lower_ in _DEFERRING_MARKS for c in verb.children)
    if any(a in _PAST_AUX for a in auxes) or verb.tag_ == "VBD":
        if deferring and any(a in ("has", "have") for a in auxes):
            return None  # "after the results have been tallied": the governor says when
        return -1
    if verb.tag_ == "VBN" and not auxes:
        # "a man arrested in April", "Asked during a January debate why": a past participle
        # clause; but "with the candidate focused on June" is a state, its governor says when.
        return -1 if verb.dep_ in ("acl", "advcl", "relcl", "ROOT") else None
    if deferring:
        return None
    if verb.tag_ == "VBG" and not auxes:
        return None  # "Speaking on Monday, she said": the main verb's tense
    present = verb.tag_ in ("VBZ", "VBP") or any(a in ("is", "are", "am", "'s", "'re") for a in auxes)
    if adverbial and present and verb.lemma_ not in _REPORTING:
        return 1  # a present tense dated by the date is a schedule: "the committee meets Thursday"
    return 0


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Offsets (in ``text``, one paragraph) between quotation marks: curly pairs, straight
    double quotes and the doubled apostrophes some outlets use (''...'')."""
    spans = []
    for rx in (r"“[^”]*”?", r"(?<![A-Za-z])''.*?(?:''|$)", r'"[^"]*"?', r"«[^»]*»?"):
        spans += [(m.start(), m.end()) for m in re.finditer(rx, text)]
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < start and end <= e for s, e in spans)
