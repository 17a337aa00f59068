"""Resolve a speaker mention to an actor: names, pronouns, descriptions, groups.

Built once per article (role table, group table, subject candidates), then
asked for each quote's mention. Mentions inside quotes are never antecedents.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsread.analysis.model import Entity
from newsread.analysis.quotes.cues import (
    FEMALE_NAMES,
    GROUP_NOUNS,
    HONORIFICS,
    MALE_NAMES,
    NICKNAMES,
    GENERIC_ORG_NOUNS,
    SPOKES_NOUNS,
    ORG_NOUNS,
    PRONOUNS,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
)
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.names import TITLE_WORDS, name_chain, strip_article

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.actors import ActorTable


@dataclass
class Speaker:
    """A resolved speaker: actor id (or None), display name, the mention used, how."""

    actor: str | None
    name: str
    start: int
    end: int
    via: str  # name / pronoun / description
    label: str = "PERSON"  # PERSON, ORG, GPE, NORP or GROUP
    gender: str | None = None


class Resolver:
    """Per-article speaker resolution."""

    def __init__(self, ix: ArticleIndex, entities: list[Entity], table: "ActorTable"):
        self.ix = ix
        self.table = table
        self.by_id = {a.id: a for a in table.actors}
        self._cache: dict[tuple[int, int], Speaker | None] = {}
        self._busy: set[tuple[int, int]] = set()
        self.roles: list[tuple[int, str, set[str], Speaker]] = []  # pos, role noun, modifiers
        self.groups: list[tuple[int, Speaker]] = []
        self.norps: list[tuple[int, str]] = []  # nationality adjectives outside quotes
        self.cands: list[tuple[int, int, int]] = []  # (global pos, doc, token) subject candidates
        self.extra: list[tuple[int, Speaker]] = []  # quote speakers, registered in order
        self.orgs: list[tuple[int, str]] = []  # (pos, actor id) of ORG mentions outside quotes
        self.mentions: dict[str, list[tuple[int, str]]] = {}
        for e in entities:
            if e.actor:
                self.mentions.setdefault(e.actor, []).append((e.start, e.actor))
        # one-word mentions count for the person whose surname they are
        for a in table.actors:
            if a.label == "PERSON" and len(a.name.split()) > 1:
                for b in table.actors:
                    if b is not a and b.name == a.name.split()[-1] and b.id in self.mentions:
                        self.mentions.setdefault(a.id, []).extend(self.mentions[b.id])
        for e in entities:
            if e.label == "ORG" and e.actor and ix.doc_of(e.start) is not None:
                d = ix.doc_of(e.start)
                i, _ = ix.token_range(d, e.start, e.end)
                if i < len(ix.docs[d].depth) and not ix.docs[d].depth[i] and not e.text[:1].islower():
                    self.orgs.append((e.start, e.actor))
        self._build()

    # ---- tables -----------------------------------------------------------
    def _build(self) -> None:
        ix = self.ix
        for d, info in enumerate(ix.docs):
            doc = info.doc
            for t in doc:
                if info.depth[t.i]:
                    continue
                e = info.ents.get(t.i)
                if e is not None and e.label == "NORP" and t.pos_ in ("ADJ", "PROPN") and t.i == _ent_last(ix, d, e):
                    self.norps.append((info.starts[t.i], e.text))
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in ("who", "which", "that", "this", "there", "it"):
                    h = t.head
                    if h.dep_ in ("ROOT", "conj", "ccomp") or h.head is h:
                        self.cands.append((info.starts[t.i], d, t.i))
                elif t.lower_ in ("it",) and t.dep_ == "nsubj" and t.head.dep_ == "ROOT":
                    self.cands.append((info.starts[t.i], d, t.i))
                low = t.lower_
                role = ROLE_ABBREVIATIONS.get(low.rstrip("."), low)
                if role in ROLE_NOUNS and t.pos_ in ("NOUN", "PROPN"):
                    self._role_from_title(d, t, role)
                    if any(c.lower_ == "senate" for c in t.lefts):
                        self._role_from_title(d, t, "senator")
                if t.lemma_.lower() in GROUP_NOUNS or low in GROUP_NOUNS:
                    sp = self._named_group(d, t)
                    if sp:
                        self.groups.append((info.starts[t.i], sp))
        self.cands.sort()
        self._cand_pos = [c[0] for c in self.cands]

    def _role_from_title(self, d: int, t: "Token", role: str) -> None:
        """'Foreign Minister X', 'X, the UN envoy', 'the Envoy for Syria X': role -> person."""
        ix = self.ix
        person = None
        # pre-nominal title: the role noun is part of the name's compound chain
        if t.dep_ in ("compound", "nmod") and t.head.pos_ == "PROPN" and t.head.i > t.i:
            person = t.head
        for c in t.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                person = c
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "of"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "PROPN":
                        chain = name_chain(ix, d, p)
                        if chain and len(chain[1]) >= 2 and _looks_person(ix, d, p):
                            person = p
        if t.dep_ == "appos" and t.head.pos_ == "PROPN":
            person = t.head
        if person is None:
            return
        sp = self.resolve_name(d, person)
        if sp is None or sp.label != "PERSON":
            return
        mods = {c.lower_ for c in t.lefts if c.dep_ in ("amod", "compound", "nmod")}
        self.roles.append((ix.docs[d].starts[t.i], role, mods | {t.lower_}, sp))

    def _named_group(self, d: int, t: "Token") -> Speaker | None:
        """'University of Michigan researchers': a group noun with a proper-name modifier."""
        ix = self.ix
        doc = ix.docs[d].doc
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("at", "from", "of", "with") and p.i == t.i + 1:
                objs = [o for o in p.children if o.dep_ == "pobj" and ix.entity(d, o) is not None]
                if objs and ix.entity(d, objs[0]).label in ("ORG", "GPE"):
                    lo = t.i - 1 if t.i and doc[t.i - 1].dep_ == "det" else t.i
                    lo = lo + 1 if doc[lo].dep_ == "det" else lo
                    hi = objs[0].i + 1
                    actor = self.table.add(doc[lo:hi].text, "ORG")
                    self.by_id[actor.id] = actor
                    s, e = ix.gspan(d, lo, hi)
                    return Speaker(actor.id, actor.name, s, e, "description", label="GROUP")
        left = [c for c in t.subtree if c.i < t.i]
        if not left:
            return None
        lo = min(c.i for c in left)
        if doc[lo].dep_ == "det":
            lo += 1
        toks = doc[lo : t.i + 1]
        if not any(x.pos_ == "PROPN" for x in toks) or any(x.is_punct and x.text != "." for x in toks):
            return None
        if len(toks) > 6:
            return None
        name = toks.text
        actor = self.table.add(name, "ORG")
        self.by_id[actor.id] = actor
        s, e = ix.gspan(d, lo, t.i + 1)
        return Speaker(actor.id, actor.name, s, e, "description", label="GROUP")

    # ---- resolution -------------------------------------------------------
    def resolve(self, d: int, i: int) -> Speaker | None:
        """The speaker a mention (doc d, head token i) refers to."""
        key = (d, i)
        if key in self._cache:
            return self._cache[key]
        if key in self._busy:
            return None
        self._busy.add(key)
        try:
            sp = self._resolve(d, i)
        finally:
            self._busy.discard(key)
        self._cache[key] = sp
        return sp

    def _resolve(self, d: int, i: int) -> Speaker | None:
        tok = self.ix.docs[d].doc[i]
        low = tok.lower_
        if low in PRONOUNS and tok.pos_ == "PRON":
            return self.resolve_pronoun(d, tok)
        if low in ("old", "year-old") and tok.i >= 2 and "year" in tok.doc[tok.i - 2 : tok.i + 1].text:
            # "the 43-year-old said": the latest person, like a pronoun
            sp = self.resolve_pronoun(d, tok, want="m?")
            if sp is not None:
                lo = _desc_start(tok)
                s, e = self.ix.gspan(d, lo, tok.i + 1)
                return Speaker(sp.actor, sp.name, s, e, "description", sp.label, sp.gender)
        dateline = _is_dateline(tok)
        # an apposition that names the speaker: "another witness, ..., Fiona Hill";
        # a dateline parsed as subject: "WASHINGTON (AP) — Leader Mitch Harlan ..."
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and (tok.pos_ != "PROPN" or dateline) and not _is_dateline(c):
                if dateline and c.text.isupper():
                    continue
                sp = self.resolve_name(d, c)
                if sp:
                    return sp
        if dateline:
            return None
        # "Rojas and her colleagues described": the named one of a coordinated subject
        if tok.pos_ != "PROPN" and not tok.text[:1].isupper():
            for c in tok.children:
                if c.dep_ == "conj" and (c.pos_ == "PROPN" or self._known_name(c)):
                    return self.resolve(d, c.i)
            lo = _desc_start(tok)
            if lo >= 2 and tok.doc[lo - 1].lower_ == "and":
                x = tok.doc[lo - 2]
                if x.pos_ == "PROPN" or self._known_name(x):
                    return self.resolve_name(d, x, force=True)
        elif tok.pos_ not in ("PROPN", "PRON") and self._known_name(tok):
            return self.resolve_name(d, tok, force=True)
        if low in ROLE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS:
            named = self._title_with_name(d, tok)
            if named:
                return named
        if (tok.pos_ == "PROPN" and self.ix.entity(d, tok) is not None and self.ix.entity(d, tok).label == "NORP"
                and tok.doc[_desc_start(tok)].lower_ == "the"):
            # "the Kentucky Republican said": a person described by party or nationality
            sp = self.resolve_pronoun(d, tok, want="m?")
            if sp is not None:
                s, e = self.ix.gspan(d, _desc_start(tok), tok.i + 1)
                return Speaker(sp.actor, sp.name, s, e, "description", sp.label, sp.gender)
        if tok.pos_ == "PROPN" and (low in ROLE_NOUNS or low in TITLE_WORDS) and tok.dep_ != "compound":
            return self.resolve_description(d, tok)
        if tok.pos_ == "PROPN" and not _generic_org(self.ix, d, tok):
            return self.resolve_name(d, tok)
        return self.resolve_description(d, tok)

    def _known_name(self, tok: "Token") -> bool:
        """A capitalised word the tagger missed that is a known actor or a person's surname."""
        if not tok.text[:1].isupper() or tok.pos_ == "PRON":
            return False
        return self.table.lookup(tok.text) is not None or self._person_by_surname(tok.text, 1) is not None

    def _title_with_name(self, d: int, tok: "Token") -> Speaker | None:
        """'the United Nations Special Envoy for Syria Staffan de Mistura' names the person."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "of"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "PROPN" and _looks_person(self.ix, d, p):
                        return self.resolve_name(d, p)
        return None

    def resolve_name(self, d: int, tok: "Token", force: bool = False) -> Speaker | None:
        """A proper name: the actor of its entity, upgraded to the fullest same-surname person."""
        ix = self.ix
        ent = ix.entity(d, tok)
        if ent is not None and ent.actor and ent.label != "PERSON" and ent.actor in self.by_id:
            a = self.by_id[ent.actor]
            first = ent.text.split()[0] if ent.text.split() else ""
            if first.lower() in ("the",) or len(ent.text.split()) > 1 or a.label != "ORG":
                # an organisation or place named by its entity ("the Department of Defense")
                if not _looks_person(ix, d, tok) or a.label == "GPE":
                    return Speaker(a.id, a.name, ent.start, ent.end, "name", label=a.label)
        chain = name_chain(ix, d, tok)
        if chain is None and force:
            chain = ((tok.i, tok.i + 1), [tok.text])
        if chain is None:
            return None
        (i, j), words = chain
        name = " ".join(words)
        s, e = ix.gspan(d, i, j)
        actor = None
        if ent is not None and ent.actor and ent.label == "PERSON":
            actor = self.by_id.get(ent.actor)
        label = ent.label if ent is not None else ("PERSON" if _looks_person(ix, d, tok) else "ORG")
        if actor is None or len(actor.name.split()) == 1:
            fuller = self._person_by_surname(words[-1], len(words))
            if fuller is not None and (label == "PERSON" or ent is None or ent.label in ("ORG", "GPE")):
                if label == "PERSON" or len(words) == 1:
                    actor = fuller
        if actor is not None and actor.label == "PERSON":
            nick = self._person_by_nickname(words, actor)
            if nick is not None:
                actor = nick
        elif actor is None and label == "PERSON":
            actor = self._person_by_nickname(words, None)
        if actor is None:
            actor = self.table.lookup(name) or (self.by_id.get(ent.actor) if ent is not None and ent.actor else None)
            if actor is not None and label == "PERSON" and actor.label != "PERSON":
                actor = None
        if actor is None:
            if ent is None and len(words) == 1 and tok.pos_ != "PROPN":
                return None
            actor = self.table.add(name, label if label in ("PERSON", "ORG", "GPE", "NORP") else "PERSON")
            self.by_id[actor.id] = actor
        before = [t.lower_.rstrip(".") for t in tok.doc[max(0, i - 2) : i]]
        gender = next((HONORIFICS[b] for b in before if HONORIFICS.get(b)), None) or _gender(words)
        return Speaker(actor.id, actor.name, s, e, "name", label=actor.label, gender=gender)

    def _person_by_nickname(self, words: list[str], current):
        """'Pat' or 'Pat Murphy' for an earlier 'Patrick Murphy': the fuller, earlier name."""
        first = words[0].lower()
        for a in self.table.actors:
            if a is current or a.label != "PERSON":
                continue
            parts = a.name.split()
            if len(parts) < 2 or len(parts) < len(words):
                continue
            if len(words) > 1 and parts[-1].lower() != words[-1].lower():
                continue
            if _nickname_of(first, parts[0].lower()) and first != parts[0].lower():
                if current is None or self.table.actors.index(a) < self.table.actors.index(current):
                    return a
        return None

    def _person_by_surname(self, surname: str, n_words: int):
        best = None
        for a in self.table.actors:
            if a.label != "PERSON":
                continue
            parts = a.name.split()
            if len(parts) > n_words and parts[-1].lower() == surname.lower():
                if best is None or len(parts) > len(best.name.split()):
                    best = a
        return best

    def resolve_pronoun(self, d: int, tok: "Token", want: str | None = None) -> Speaker | None:
        """Nearest preceding compatible subject or quote speaker, outside quotes."""
        ix = self.ix
        pos = ix.docs[d].starts[tok.i]
        want = want or PRONOUNS.get(tok.lower_)
        k = bisect.bisect_left(self._cand_pos, pos)
        extra = [x for x in self.extra if x[0] < pos]
        ei = len(extra) - 1
        ci = k - 1
        tries = 0
        while (ci >= 0 or ei >= 0) and tries < 40:
            tries += 1
            if ei >= 0 and (ci < 0 or extra[ei][0] >= self.cands[ci][0]):
                sp = extra[ei][1]
                ei -= 1
            else:
                _, cd, cti = self.cands[ci]
                ci -= 1
                if (cd, cti) == (d, tok.i):
                    continue
                sp = self.resolve(cd, cti)
            if sp is not None and _compatible(want, sp):
                s, e = ix.gspan(d, tok.i, tok.i + 1)
                return Speaker(sp.actor, sp.name, s, e, "pronoun", sp.label, sp.gender)
        return None

    def resolve_description(self, d: int, tok: "Token") -> Speaker | None:
        """'the minister', 'the team', 'the foreign ministry', 'the patient'."""
        ix = self.ix
        doc = ix.docs[d].doc
        lemma = tok.lemma_.lower()
        low = tok.lower_
        lo = _desc_start(tok)
        s, e = ix.gspan(d, lo, tok.i + 1)
        pos = ix.docs[d].starts[tok.i]
        desc = strip_article(doc[lo : tok.i + 1].text)
        mods = {c.lower_ for c in doc[lo : tok.i] if c.dep_ != "det"}
        if lemma in GROUP_NOUNS or low in GROUP_NOUNS:
            own = self._named_group(d, tok)
            if own is not None:
                return own
            g = self._latest(self.groups, pos)
            if g is not None:
                return Speaker(g.actor, g.name, s, e, "description", "GROUP")
            return Speaker(None, desc, s, e, "description", "GROUP")
        if lemma in ORG_NOUNS or low in ORG_NOUNS:
            sp = self._org(d, tok, lo, desc, mods, pos)
            if sp is not None:
                return Speaker(sp.actor, sp.name, s, e, "description", sp.label)
            if lemma not in ROLE_NOUNS:
                return Speaker(None, desc, s, e, "description", "ORG")
        if lemma in SPOKES_NOUNS:
            org = self._spokes_org(d, tok)
            if org is None and doc[lo].lower_ in ("a", "an", "the"):
                # "The Department said ... A spokesman added:": the organisation just named
                k = bisect.bisect_left(self.orgs, (pos, ""))
                if k > 0 and self.orgs[k - 1][0] >= ix.blocks[max(0, d - 1)][0]:
                    a = self.by_id.get(self.orgs[k - 1][1])
                    if a is not None:
                        org = Speaker(a.id, a.name, 0, 0, "description", "ORG")
            if org is not None:
                return Speaker(org.actor, org.name, s, e, "description", "ORG")
        if lemma in ROLE_NOUNS or low in ROLE_NOUNS:
            holders = [r for r in self.roles if r[0] < pos and r[1] == lemma]
            if holders and tok.tag_ not in ("NNS", "NNPS"):
                fit = [r for r in holders if mods & r[2]] or holders
                # the holder mentioned most recently ("the senator" after a paragraph about Harlan)
                sp = max(fit, key=lambda r: (self._last_mention(r[3], pos), r[0]))[3]
                return Speaker(sp.actor, sp.name, s, e, "description", "PERSON", sp.gender)
            if doc[lo].lower_ in ("a", "an", "another"):
                nxt = self._next_person(pos)
                if nxt is not None:
                    return Speaker(nxt.actor, nxt.name, s, e, "description", "PERSON", nxt.gender)
            return Speaker(None, desc, s, e, "description", "GROUP" if tok.tag_ in ("NNS", "NNPS") else "PERSON")
        if tok.pos_ == "PROPN" or ix.entity(d, tok) is not None:
            return self.resolve_name(d, tok)
        if tok.pos_ == "NOUN":
            plural = tok.tag_ in ("NNS", "NNPS")
            # an unknown noun: a speaker when a cue says so, never a pronoun's antecedent
            return Speaker(None, desc, s, e, "description", "GROUP" if plural else "OTHER")
        return None

    def _spokes_org(self, d: int, tok: "Token") -> Speaker | None:
        """'a spokesman for the Department of Energy', 'a Kremlin spokeswoman': the organisation."""
        ix = self.ix
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "at"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        e = ix.entity(d, o)
                        if e is not None and e.label in ("ORG", "GPE", "NORP"):
                            return self.resolve_name(d, o)
            if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i:
                e = ix.entity(d, c)
                if e is not None and e.label == "ORG":
                    return self.resolve_name(d, c)
        return None

    def _org(self, d, tok, lo, desc, mods, pos) -> Speaker | None:
        """An organisation description: NORP + noun names it; else the matching ORG actor."""
        ix = self.ix
        doc = ix.docs[d].doc
        norp = [c for c in doc[lo : tok.i] if (e := ix.docs[d].ents.get(c.i)) is not None and e.label == "NORP"]
        words = [w for w in desc.split()]
        if norp:
            name = " ".join(words)
            a = self.table.add(name, "ORG")
            self.by_id[a.id] = a
            return Speaker(a.id, a.name, 0, 0, "description", "ORG")
        want = {w.lower() for w in words}
        for a in reversed(self.table.actors):
            if a.label == "ORG" and want <= {w.lower() for w in a.name.split()}:
                return Speaker(a.id, a.name, 0, 0, "description", "ORG")
        if tok.lemma_.lower() in GENERIC_ORG_NOUNS and not mods:
            k = bisect.bisect_left(self.orgs, (pos, ""))
            if k > 0 and (a := self.by_id.get(self.orgs[k - 1][1])) is not None:
                return Speaker(a.id, a.name, 0, 0, "description", "ORG")
        k = bisect.bisect_left(self.norps, (pos, ""))
        if k > 0 and tok.lemma_.lower() in ("ministry", "government", "embassy", "military", "army", "police"):
            name = f"{self.norps[k - 1][1]} {' '.join(words)}"
            a = self.table.add(name, "ORG")
            self.by_id[a.id] = a
            return Speaker(a.id, a.name, 0, 0, "description", "ORG")
        return None

    def _last_mention(self, sp: Speaker, pos: int) -> int:
        """Offset of the latest mention of the speaker's actor before ``pos`` (-1 if none)."""
        best = -1
        for p, aid in self.mentions.get(sp.actor, ()):
            if p < pos and p > best:
                best = p
        for p, x in self.extra:
            if p < pos and x.actor == sp.actor and p > best:
                best = p
        return best

    def _latest(self, items: list[tuple[int, Speaker]], pos: int) -> Speaker | None:
        before = [sp for p, sp in items if p < pos]
        if before:
            return before[-1]
        return items[0][1] if items else None

    def _next_person(self, pos: int) -> Speaker | None:
        """Cataphora: 'a career Army officer ...' named as the next subject."""
        k = bisect.bisect_right(self._cand_pos, pos)
        for p, cd, cti in self.cands[k : k + 6]:
            tok = self.ix.docs[cd].doc[cti]
            if tok.pos_ == "PROPN":
                sp = self.resolve(cd, cti)
                if sp is not None and sp.label == "PERSON" and sp.actor:
                    return sp
        return None

    def register(self, pos: int, sp: Speaker) -> None:
        """A quote's resolved speaker becomes an antecedent for later pronouns."""
        self.extra.append((pos, sp))


def _ent_last(ix: ArticleIndex, d: int, e: Entity) -> int:
    i, j = ix.token_range(d, e.start, e.end)
    return j - 1


def _nickname_of(short: str, full: str) -> bool:
    """Is ``short`` a familiar form of the first name ``full`` (Pat/Patrick, Bill/William)?"""
    if NICKNAMES.get(short) == full:
        return True
    return len(short) >= 3 and len(full) > len(short) and full.startswith(short[:3]) and full[: len(short) - 1] == short[:-1]


def _is_dateline(tok: "Token") -> bool:
    """'WASHINGTON (AP) —' at the start of a block."""
    if not tok.text.isupper() or len(tok.text) < 2:
        return False
    sent_start = tok.sent.start
    if tok.i - sent_start > 3:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in ("(", "—", "–", "-", ",", "--")


def _desc_start(tok: "Token") -> int:
    """First token of a description noun phrase (det/amod/compound to the left)."""
    lo = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss") and not c.is_punct:
            lo = min(lo, c.left_edge.i)
    return lo


def _gender(words: list[str]) -> str | None:
    if not words:
        return None
    first = words[0].lower().rstrip(".")
    if first in HONORIFICS:
        return HONORIFICS[first]
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None


def _compatible(want: str | None, sp: Speaker) -> bool:
    if want == "m?":
        return sp.label == "PERSON" and sp.actor is not None
    if want in ("m", "f"):
        if sp.label != "PERSON":
            return False
        return sp.gender in (None, want)
    if want == "p":
        return sp.label in ("GROUP", "ORG", "NORP")
    if want == "n":
        return sp.label in ("ORG", "GPE")
    return True


def _looks_person(ix: ArticleIndex, d: int, tok: "Token") -> bool:
    e = ix.docs[d].ents.get(tok.i)
    if e is not None and e.label == "PERSON":
        return True
    chain = name_chain(ix, d, tok)
    if chain is None:
        return False
    words = chain[1]
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("de", "van", "von", "al", "bin", "da", "del", "la", "le") for w in words)


def _generic_org(ix: ArticleIndex, d: int, tok: "Token") -> bool:
    """'the foreign ministry' tagged as a proper name: treat as a description."""
    e = ix.docs[d].ents.get(tok.i)
    if e is None:
        return tok.lemma_.lower() in ORG_NOUNS and not tok.text[:1].isupper()
    words = e.text.split()
    return words[0].lower() == "the" and all(w.islower() for w in words[1:])


__all__ = ["Resolver", "Speaker", "TITLE_WORDS"]
