"""The discourse state of speaker resolution: what changes as the caller reads the quotes.

The caller (``carry.assemble``, then ``speech``) goes through the article in text order and
registers each quote's speaker; every resolution step reads the state only *before* the mention's
position, so an answer is the same whenever it is asked. What the state holds:

- the quote speakers registered so far (antecedents for later pronouns and descriptions),
- the organisations that spoke ("a spokesman" may speak for them),
- genders learnt from the pronouns those speakers were reached by ("she" once, "she" throughout),
- the actor table, which grows when a speaker the NER missed speaks (``add_actor``); each actor
  added so carries the position where the text introduced it, and a read for a mention at ``pos``
  (``lookup``, ``actors_at``) sees only those introduced at or before ``pos``: the reported-speech
  pass, run after every direct quote, must not name an early mention after a speaker the text
  introduces only later. The article's own (NER) actors are visible everywhere.

Every change bumps ``version`` and empties the memo of ``follow``, which holds answers of the
current version only, and only those computed without cutting a cycle: it saves time without
changing any answer.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Callable

from newsread.analysis.names import bare
from newsread.analysis.thing_names import GOVERNMENT_SEATS

if TYPE_CHECKING:
    from newsread.analysis.actors import Actor, ActorTable
    from newsread.analysis.quotes.mentions import Mention, Speaker
    from newsread.analysis.quotes.tables import ResolverTables

Dispatch = Callable[["ResolverTables", "DiscourseState", "Mention"], "Speaker | None"]


class DiscourseState:
    """Quote speakers, learnt genders and actors so far; passed forward in text order."""

    def __init__(self, actors: "ActorTable", dispatch: Dispatch):
        self.actors = actors
        self.by_id: dict[str, Actor] = {a.id: a for a in actors.actors}
        self.introduced: dict[str, int] = {}  # actor id -> where the text introduced it (added ones only)
        self.speakers: list[tuple[int, Speaker]] = []  # (position, speaker), in registration order
        self.spoken_orgs: list[tuple[int, str]] = []  # (position, actor id), sorted
        self.genders: dict[str, list[tuple[int, str]]] = {}  # actor id -> (position, gender) learnt
        self.version = 0
        self._dispatch = dispatch
        self._lookups: dict[tuple[str, frozenset[str]], object] = {}
        self._views: dict[frozenset[str], ActorTable] = {}  # the table without actors introduced later
        self._memo: dict[tuple[int, int], Speaker | None] = {}  # answers at this version
        self._busy: set[tuple[int, int]] = set()
        self._cuts = 0  # cycles cut so far: an answer computed across a cut is not memoised

    # ---- changes (the caller's, in text order) ---------------------------------------------
    def register(self, pos: int, sp: "Speaker") -> None:
        """A quote's resolved speaker becomes an antecedent for what follows ``pos``."""
        self.speakers.append((pos, sp))
        if sp.label == "ORG" and sp.actor:
            # an organisation that spoke is one "a spokesman" may speak for
            bisect.insort(self.spoken_orgs, (pos, sp.actor))
        if sp.via == "pronoun" and sp.actor and sp.label == "PERSON" and sp.gender in ("m", "f"):
            self.genders.setdefault(sp.actor, []).append((sp.start, sp.gender))
        self._changed()

    def add_actor(self, name: str, label: str, pos: int) -> "Actor":
        """The actor for a speaker that now speaks at ``pos`` (created, or merged into an existing one)."""
        if " ".join(w for w in map(bare, name.split()) if w != "the") in GOVERNMENT_SEATS:
            label = "ORG"  # "Downing Street said" is the government speaking, whatever the guess
        a = self.actors.add(name, label)
        if a.id not in self.by_id or a.id in self.introduced:
            # a new actor, or one added before by a later mention: introduced at the earliest
            self.introduced[a.id] = min(pos, self.introduced.get(a.id, pos))
        self.by_id[a.id] = a
        self._lookups.clear()
        self._views.clear()
        self._changed()
        return a

    def _changed(self) -> None:
        self.version += 1
        self._memo.clear()  # answers of the previous version

    # ---- reads -------------------------------------------------------------------------------
    def lookup(self, name: str, pos: int):
        """ActorTable.lookup among the actors known at ``pos``, memoised until the table changes
        (it is asked for many tokens)."""
        hidden = self._hidden(pos)
        key = (name, hidden)
        if key not in self._lookups:
            self._lookups[key] = self._table(hidden).lookup(name)
        return self._lookups[key]

    def actors_at(self, pos: int) -> list["Actor"]:
        """The actors a mention at ``pos`` may name: the article's own and those added so far that
        the text introduced at or before ``pos``."""
        return self._table(self._hidden(pos)).actors

    def _hidden(self, pos: int) -> frozenset[str]:
        return frozenset(a for a, p in self.introduced.items() if p > pos)

    def _table(self, hidden: frozenset[str]) -> "ActorTable":
        if not hidden:
            return self.actors
        if hidden not in self._views:
            self._views[hidden] = self.actors.without(hidden)
        return self._views[hidden]

    def speakers_before(self, pos: int) -> list[tuple[int, "Speaker"]]:
        return [x for x in self.speakers if x[0] < pos]

    def last_speaker_before(self, pos: int) -> tuple[int, "Speaker"] | None:
        """The speaker registered last among those said before ``pos``."""
        return next((x for x in reversed(self.speakers) if x[0] < pos), None)

    def gender(self, actor: str | None, pos: int) -> str | None:
        """The gender a pronoun before ``pos`` gave the actor (the first one learnt)."""
        return next((g for p, g in self.genders.get(actor or "", ()) if p < pos), None)

    def latest_org(self, mentioned: list[tuple[int, str]], pos: int) -> tuple[int, str] | None:
        """The latest organisation before ``pos``: named outside quotes (``mentioned``) or that spoke."""
        best = None
        for table in (mentioned, self.spoken_orgs):
            k = bisect.bisect_left(table, (pos, ""))
            if k > 0 and (best is None or table[k - 1] > best):
                best = table[k - 1]
        return best

    # ---- resolution of another mention under this state --------------------------------------
    def follow(self, tables: "ResolverTables", m: "Mention") -> "Speaker | None":
        """The speaker of mention ``m`` now: what a step asks of an antecedent or a part.

        A mention met again while it is being resolved (a cycle) resolves to None."""
        key = (m.d, m.tok.i)
        if key in self._memo:
            return self._memo[key]
        if key in self._busy:
            self._cuts += 1
            return None
        cuts = self._cuts
        self._busy.add(key)
        try:
            sp = self._dispatch(tables, self, m)
        finally:
            self._busy.discard(key)
        if self._cuts == cuts:
            self._memo[key] = sp
        return sp
