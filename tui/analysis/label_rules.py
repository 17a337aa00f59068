"""Label cues as data: small named rules, each weighing one mention, summed by ``weigh``.

A rule looks at the words around one mention of a name and returns label weights
(``{"PERSON": 2}``), or nothing when it does not apply. ``entity_cues.relabel_by_cues`` sums
them over every mention of a name and decides the name's label from the totals. The rules live
beside the word classes they read, in three families:

- ``context`` (``entity_cues``): organisation, place and person nouns around the name, heads,
  possessives, appositives, conjoined places;
- ``kind`` (``kind_cues``): clubs, shops, shows, small places, fictional characters, people
  framed by a role noun or an age;
- ``person`` (``person_cues``): a gender pronoun or a person's verb for the name, platforms.

Adding a rule is writing one function under ``@LABEL_RULES.rule(family)``; the order of the
rules does not matter, since their weights are summed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from newsread.analysis.cue_words import QUOTES
from newsread.analysis.names import bare

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The scores a name collects. PERSON, ORG and GPE are labels; PLACE counts the place cues that
# never fit an organisation (for turning one into a place); WORK a show or film, ROLE a
# fictional character; AGE an age after the name, NAMED a relative's forename ("their son
# Alfie"), GENDER a gender pronoun for it: evidence that a single word is a person's name.
LABELS = ("PERSON", "ORG", "GPE", "PLACE", "WORK", "ROLE", "AGE", "NAMED", "GENDER")

Weights = dict[str, int]


def no_weights() -> Weights:
    """Every score at zero: the one definition of the score dict."""
    return dict.fromkeys(LABELS, 0)


@dataclass(frozen=True)
class Mention:
    """One mention ``doc[start:end]`` of a name and what the rules read around it.

    ``places`` holds the lowercase texts and last words of the article's places."""

    doc: "Doc"
    start: int
    end: int
    places: frozenset[str] | set[str] = field(default_factory=frozenset)

    def at(self, i: int) -> "Token | None":
        """The token at ``i``, None outside the paragraph."""
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def before(self, n: int = 1) -> "Token | None":
        """The ``n``-th token before the mention."""
        return self.at(self.start - n)

    def after(self, n: int = 1) -> "Token | None":
        """The ``n``-th token after the mention."""
        return self.at(self.end + n - 1)

    def word_before(self, n: int = 1) -> str:
        """The lowercase ``n``-th word before the mention ("" at the paragraph's start)."""
        tok = self.before(n)
        return tok.lower_ if tok is not None else ""

    def possessive_after(self) -> bool:
        """"X's" (the mention owns what follows)."""
        tok = self.after()
        return tok is not None and tok.text in ("'s", "’s")

    @property
    def last(self) -> str:
        """The mention's last word as the word tables hold it."""
        return bare(self.doc[self.end - 1].text)

    @property
    def outer(self) -> "Mention":
        """The mention with the quotes around a title: 'starred in “Harbour Lights”'."""
        prev, nxt = self.before(), self.after()
        if prev is not None and nxt is not None and prev.text in QUOTES and nxt.text in QUOTES:
            return Mention(self.doc, self.start - 1, self.end + 1, self.places)
        return self


@dataclass(frozen=True)
class LabelRule:
    """A named rule: ``weigh(mention)`` returns label weights, or None when it does not apply."""

    name: str
    family: str
    weigh: Callable[[Mention], "Weights | None"]

    @property
    def reason(self) -> str:
        """The rule's one-line reason (the first line of its docstring)."""
        return (self.weigh.__doc__ or "").strip().splitlines()[0] if self.weigh.__doc__ else ""


class LabelRules:
    """The registry of label rules (``LABEL_RULES``): add one with ``@LABEL_RULES.rule(family)``."""

    def __init__(self, rules: Iterable[LabelRule] = ()) -> None:
        self._rules: list[LabelRule] = list(rules)

    def rule(self, family: str) -> Callable[[Callable[[Mention], "Weights | None"]], Callable[[Mention], "Weights | None"]]:
        """Decorator: register the function as a rule of ``family`` under its own name."""

        def register(fn: Callable[[Mention], "Weights | None"]) -> Callable[[Mention], "Weights | None"]:
            self.add(LabelRule(fn.__name__, family, fn))
            return fn

        return register

    def add(self, rule: LabelRule) -> None:
        if any(r.name == rule.name for r in self._rules):
            raise ValueError(f"a label rule named {rule.name!r} is registered already")
        self._rules.append(rule)

    def remove(self, name: str) -> LabelRule:
        """Take the rule ``name`` out of the registry and return it."""
        rule = next(r for r in self._rules if r.name == name)
        self._rules.remove(rule)
        return rule

    def family(self, family: str) -> list[LabelRule]:
        return [r for r in self._rules if r.family == family]

    def names(self) -> list[str]:
        return [r.name for r in self._rules]

    def __iter__(self) -> Iterator[LabelRule]:
        return iter(list(self._rules))

    def __len__(self) -> int:
        return len(self._rules)


LABEL_RULES = LabelRules()


def weigh(mention: Mention, rules: Iterable[LabelRule] | None = None) -> Weights:
    """The summed weights of ``rules`` (every registered rule by default) for one mention."""
    total = no_weights()
    for rule in LABEL_RULES if rules is None else rules:
        for label, n in (rule.weigh(mention) or {}).items():
            total[label] += n
    return total
