"""Capitalised common words the model reads as people: the first word of a sentence ("Drop in
turnout hints ...", "Young Sanders supporters ..."), a gerund opening it ("Hosting Cook for the
first time, ..."), and the words of a title-case headline run into a name ("Clinton Wades In",
"Trump Said The 11 Words", "Turnout Numbers").

The evidence is the article's own spelling, never a word list: a word the article also writes in
lowercase (or a lowercase form of the same verb: "Wades" and "waded") and never capitalised in
the middle of a sentence is a common word there. A person span in such a position loses its
common words; the rest is kept when it is a name (in a headline, the run of words that names
someone named in the body), and nothing is kept when no name is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import QUOTES
from newsread.analysis.entity_state import EntityState
from newsread.analysis.names import bare
from newsread.analysis.thing_names import KNOWN_FORENAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _title_case(doc: "Doc") -> bool:
    """Most longer words of the paragraph are capitalised: a title-case headline."""
    words = [t for t in doc if t.is_alpha and len(t.text) > 3]
    caps = sum(1 for t in words if t.text[:1].isupper())
    return len(words) >= 2 and caps * 4 >= len(words) * 3


def _opens_sentence(tok: "Token") -> bool:
    """First word of its sentence, allowing opening quotation marks or a dash before it."""
    k = tok.i
    while k > 0 and (tok.doc[k - 1].is_space or tok.doc[k - 1].text in QUOTES or tok.doc[k - 1].text in ("—", "–", "-", "(")):
        k -= 1
    return k == 0 or tok.doc[k].is_sent_start or tok.doc[k - 1].text in (".", ";", "?", "!")


def _forms(word: str) -> set[str]:
    """The word and the stems of its verb or plural endings ("wades" -> "wade", "wad")."""
    out = {word}
    for end, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.add(word[: len(word) - len(end)] + repl)
    return out


class ArticleSpelling:
    """How the article writes its words: in lowercase, and capitalised mid-sentence."""

    def __init__(self, docs: list["Doc"]) -> None:
        self.lower: set[str] = set()
        self.mid_caps: set[str] = set()
        for doc in docs:
            headline = _title_case(doc)
            for t in doc:
                if not t.is_alpha:
                    continue
                if t.text.islower():
                    self.lower.add(t.lower_)
                    self.lower.add(t.lemma_.lower())
                elif t.text[:1].isupper() and not headline and not _opens_sentence(t):
                    self.mid_caps.add(t.lower_)

    def common(self, tok: "Token") -> bool:
        """The article writes this capitalised word in lowercase and never mid-sentence."""
        word = tok.lower_
        if not tok.is_alpha or word in self.mid_caps:
            return False
        return bool(_forms(word) & self.lower)


def _person_words(docs: list["Doc"], work: list) -> set[str]:
    """Lowercase words of the person names written mid-sentence in the body (not a headline)."""
    out = set()
    for w in work:
        doc = docs[w.doc]
        if w.label == "PERSON" and not _title_case(doc) and not _opens_sentence(doc[w.start]):
            out.update(t.lower_ for t in doc[w.start : w.end])
    return out


def _headline_run(doc: "Doc", w, spelling: ArticleSpelling, known: set[str]) -> tuple[int, int] | None:
    """The part of a headline span that is a name: the run of words between common words that
    holds a word of a person named in the body; the whole span when no word is common; None
    otherwise ("Exit Polls", "Turnout Numbers")."""
    runs, cur = [], []
    for k in range(w.start, w.end):
        if spelling.common(doc[k]):
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(k)
    if cur:
        runs.append(cur)
    if not runs:
        return None
    if len(runs) == 1 and len(runs[0]) == w.end - w.start:
        # No common word: a name written only in the headline, or a name of the body with the
        # headline's words after it ("Marco Rubio Responds", "Donald Trump Picks").
        return _known_name_first(doc, w.start, w.end, known)
    best = next((r for r in runs if any(doc[k].lower_ in known for k in r)), None)
    # "Exit Polls": no one's name; "[Marco Rubio Responds] To Question": the name without the verb
    return _known_name_first(doc, best[0], best[-1] + 1, known) if best else None


def _known_name_first(doc: "Doc", start: int, end: int, known: set[str]) -> tuple[int, int]:
    """The span up to its last word of a person named in the body, when it opens with one."""
    last = max((k for k in range(start, end) if doc[k].lower_ in known), default=None)
    if last is None or doc[start].lower_ not in known:
        return start, end
    return start, last + 1


def _person_in_headline_org(doc: "Doc", w, spelling: ArticleSpelling, known: set[str]) -> None:
    """'[Ortiz Warns Party] Of ...' tagged as an organisation: a headline verb splits it, and
    the run before it names a person of the body; the span becomes that person."""
    if not any(spelling.common(doc[k]) for k in range(w.start, w.end)):
        return
    run = _headline_run(doc, w, spelling, known)
    if run is not None and all(doc[k].lower_ in known for k in range(*run)):
        w.start, w.end = run
        w.label = "PERSON"


def _speaks_next(doc: "Doc", end: int) -> bool:
    """'Young said ...': a verb of saying right after the span is a person's evidence."""
    return end < len(doc) and doc[end].lemma_.lower() in ("say", "tell", "add", "write")


def trim_common_words(state: EntityState) -> None:
    """Person spans without the common words the model ran into them (see the module doc)."""
    docs, work = state.docs, state.work
    spelling = ArticleSpelling(docs)
    known = _person_words(docs, work)
    last_words: dict[str, int] = {}
    for w in work:
        if w.label == "PERSON":
            last_words[docs[w.doc][w.end - 1].lower_] = last_words.get(docs[w.doc][w.end - 1].lower_, 0) + 1
    out = []
    for w in work:
        doc = docs[w.doc]
        if w.label == "ORG" and _title_case(doc):
            _person_in_headline_org(doc, w, spelling, known)
        if w.label != "PERSON" or _speaks_next(doc, w.end):
            out.append(w)
            continue
        if _title_case(doc):
            run = _headline_run(doc, w, spelling, known)
            if run is None:
                continue
            w.start, w.end = run
        elif _opens_sentence(doc[w.start]):
            # "Bill Clinton unloaded ...": a known forename before a surname stays a forename
            while w.start < w.end and spelling.common(doc[w.start]) and not (
                w.end - w.start >= 2 and bare(doc[w.start].text) in KNOWN_FORENAMES
            ):
                w.start += 1
            first = doc[w.start] if w.start < w.end else None
            if (
                first is not None and w.end - w.start >= 2 and first.lower_.endswith("ing") and _opens_sentence(first)
                and last_words.get(doc[w.end - 1].lower_, 0) >= 2
            ):
                w.start += 1  # "Hosting Cook for the first time, ...": a gerund, then the name
            if w.start == w.end:
                continue
        out.append(w)
    state.work = out
