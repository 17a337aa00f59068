"""Descriptions as speakers: role lookups, named groups, organisations (table: roles.py).

"the minister" -> the latest holder of that role (pre-nominal titles,
appositions); "the team", "researchers" -> the latest named group
("University of Michigan researchers"); "the foreign ministry" -> a matching
organisation or one named from the nearest nationality ("Syrian foreign
ministry"); "a spokesman for X" -> X. With no named actor, the description
itself (without its article) is the speaker name.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsread.analysis.quotes.cues import (
    GENDERED_ROLE_PAIRS,
    GENERIC_ORG_NOUNS,
    GROUP_NOUNS,
    ROLE_NOUNS,
    SPEAKING_ORG_NOUNS,
    SPOKES_NOUNS,
    role_family,
)
from newsread.analysis.quotes.mentions import Speaker, desc_start, name_gender, noun_gender
from newsread.analysis.quotes.names import strip_article
from newsread.analysis.quotes.roles import personish_name
from newsread.analysis.quotes.subjects import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Token


# Roles a news story gives to people it may never name ("the victim", "the driver"): a
# definite one without a holder is not taken to be the last speaker.
_EVENT_ROLES = frozenset(
    """victim patient man woman witness eyewitness survivor resident driver pilot neighbour neighbor
    friend relative mother father owner student passenger suspect defendant""".split()
)

# Modifiers that make a title another post: a Prime Minister is not "the minister", a Vice
# President not "the president", unless the description says so too ("the deputy mayor").
_OTHER_POSTS = frozenset("prime vice deputy assistant".split())

# A person's own organisation that speaks for them ("her office", "his campaign").
_PERSONAL_OFFICES = frozenset("office campaign administration".split())

# Words in "a firefighter, who asked not to be named," that say no name will follow.
_ANONYMOUS = {"named", "identified", "anonymity", "anonymous", "anonymously"}


class DescriptionResolver:
    """Mixin for Resolver: the description tables and their lookups."""

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
                    s, e = ix.gspan(d, lo, hi)
                    org = ix.entity(d, objs[0])
                    if t.tag_ == "NNS" and org.label == "ORG":
                        # "Researchers at the Marlow Institute" -> "Marlow Institute of Ecology researchers"
                        full = self._full_org_name(org)
                        written = _proper_phrase(objs[0])  # "the Central Reserve Bank of Peru"
                        if written and len(written) > len(full) and written.startswith(strip_article(org.text)):
                            full = written
                        name = f"{full} {t.lower_}"
                        return self._pending(name, "ORG", s, e, "description", "GROUP")
                    return self._pending(doc[lo:hi].text, "ORG", s, e, "description", "GROUP")
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
        org = ix.entity(d, doc[t.i - 1])
        if org is not None and org.label == "ORG" and name.startswith(org.text + " "):
            # "Marlow Institute researchers" -> the organisation's full name + the noun
            name = f"{self._full_org_name(org)}{name[len(org.text):]}"
        s, e = ix.gspan(d, lo, t.i + 1)
        return self._pending(name, "ORG", s, e, "description", "GROUP")

    def _full_org_name(self, ent) -> str:
        """The organisation's full name: its actor's, or the one longer ORG actor that starts with
        the same words ("Marlow Institute" -> "Marlow Institute of Ecology")."""
        a = self.by_id.get(ent.actor) if ent.actor else None
        name = a.name if a is not None else strip_article(ent.text)
        words = name.split()
        longer = {b.name for b in self.table.actors
                  if b.label == "ORG" and len(b.name.split()) > len(words) and b.name.split()[: len(words)] == words}
        return longer.pop() if len(longer) == 1 else name

    # ---- resolution -------------------------------------------------------

    def resolve_description(self, d: int, tok: "Token") -> Speaker | None:
        """'the minister', 'the team', 'the foreign ministry', 'the patient'."""
        ix = self.ix
        doc = ix.docs[d].doc
        lemma = tok.lemma_.lower()
        low = tok.lower_
        lo = desc_start(tok)
        s, e = ix.gspan(d, lo, tok.i + 1)
        pos = ix.docs[d].starts[tok.i]
        desc = strip_article(doc[lo : tok.i + 1].text)
        mods = {c.lower_ for c in doc[lo : tok.i] if c.dep_ != "det"}
        of = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1]
        if of and of[0].right_edge.i - tok.i <= 4 and not any(t.is_punct for t in doc[tok.i : of[0].right_edge.i + 1]):
            # "the family of the victim", "residents of the estate": say whose
            full = strip_article(doc[lo : of[0].right_edge.i + 1].text)
            fs, fe = ix.gspan(d, lo, of[0].right_edge.i + 1)
        else:
            full, fs, fe = desc, s, e
        if lemma in GROUP_NOUNS or low in GROUP_NOUNS:
            own = self._named_group(d, tok)
            if own is not None:
                return own
            g = self._latest(self.groups, pos)
            if g is not None:
                return g.at(s, e, "description", "GROUP")
            return Speaker(None, full, fs, fe, "description", "GROUP")
        if lemma in SPEAKING_ORG_NOUNS or low in SPEAKING_ORG_NOUNS:
            sp = self._org(d, tok, lo, desc, mods, pos)
            if sp is not None:
                return sp.at(s, e, "description")
            if lemma in _PERSONAL_OFFICES:
                # "her office said", "Ruiz's office called it ...": the person speaks through it
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                if owner is not None and not ix.docs[d].depth[owner.i]:
                    sp = self.resolve(d, owner.i)
                    if sp is not None and sp.named and sp.label == "PERSON":
                        return sp.at(s, e, "description", "PERSON")
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
                out = org.at(s, e, "description", "ORG", gender=noun_gender(lemma))
                out.spokes = True
                return out
        if lemma in ROLE_NOUNS or low in ROLE_NOUNS:
            family = role_family(lemma)
            holders = [
                r for r in self.roles
                if r[0] < pos and r[1] in family and frozenset((r[1], lemma)) not in GENDERED_ROLE_PAIRS
                and self._gender_fits(r[3], noun_gender(lemma))
                and not (r[2] & _OTHER_POSTS) - mods
            ]
            if not holders and d == 0:
                # a headline's "aide" is introduced below it
                holders = [r for r in self.roles if r[1] in family][:1]
            if holders and tok.tag_ not in ("NNS", "NNPS"):
                fit = [r for r in holders if mods & r[2]] or holders
                # the holder mentioned most recently ("the senator" after a paragraph about Harlan)
                sp = max(fit, key=lambda r: (self._last_mention(r[3], pos), r[0]))[3]
                return sp.at(s, e, "description", "PERSON")
            if (
                not holders and doc[lo].lower_ == "the" and tok.tag_ not in ("NNS", "NNPS")
                and lemma not in _EVENT_ROLES and self.extra
            ):
                # '"...," said Hernán Solís Arce. "...," added the analyst.': with nobody
                # introduced in that role, the person who just spoke in this paragraph
                p, last = self.extra[-1]
                person = last.label == "PERSON" or (last.label == "ORG" and personish_name(last.name))
                if p < pos and ix.doc_of(p) == d and last.named and person:
                    return last.at(s, e, "description", "PERSON")
            if not holders and doc[lo].lower_ == "the" and tok.tag_ not in ("NNS", "NNPS") and lemma not in _EVENT_ROLES:
                # "Professor Hugh Lamb was more cautious. '...,' the ecologist said.": the
                # named person this paragraph has just been about, if the article gave them a
                # title or role (not "Tom Reed was charged ... the detective said")
                titled = {r[3].actor for r in self.roles} | set(self.titles)
                for p, cand in self._antecedents(pos, (d, tok.i)):
                    if p < ix.blocks[d][0]:
                        break
                    if cand is not None and cand.named and cand.label == "PERSON":
                        if cand.actor in titled and self._gender_fits(cand, noun_gender(lemma)):
                            return cand.at(s, e, "description", "PERSON")
                        break  # the nearest named person only
            if doc[lo].lower_ == "the" and any(
                ix.entity(d, c) is not None for c in doc[lo + 1 : tok.i]
            ) and tok.tag_ not in ("NNS", "NNPS"):
                # "the Arsenal defender", "the Labour MP": an epithet for the person just named
                sp = self.resolve_pronoun(d, tok, want="m?")
                if sp is not None:
                    return sp.at(s, e, "description", "PERSON")
            if doc[lo].lower_ in ("a", "an", "another") and any(c.dep_ == "relcl" for c in tok.children):
                # "a career Army officer who described ..." named in the next sentences
                anonymous = any(w.lower_ in _ANONYMOUS for c in tok.children if c.dep_ == "relcl" for w in c.subtree)
                end = ix.docs[d].starts[tok.right_edge.i] + len(tok.right_edge.text)
                nxt = None if anonymous else self._next_person(pos, end)
                if nxt is not None and self._gender_fits(nxt, noun_gender(lemma)):
                    return nxt.at(s, e, "description", "PERSON")
            plural = tok.tag_ in ("NNS", "NNPS")
            return Speaker(None, full, fs, fe, "description", "GROUP" if plural else "PERSON", noun_gender(lemma))
        if tok.pos_ == "PROPN" or ix.entity(d, tok) is not None:
            return self.resolve_name(d, tok)
        if tok.pos_ == "NOUN":
            plural = tok.tag_ in ("NNS", "NNPS")
            if not plural and doc[lo].lower_ in ("a", "an", "one", "another") and tok.dep_ == "nsubj" and is_cue(tok.head):
                # "One fan, who asked not to be named, said ...": a person introduced as a speaker
                # (so a following "he said" is that fan, not someone named earlier)
                return Speaker(None, full, fs, fe, "description", "PERSON", noun_gender(lemma))
            # an unknown noun: a speaker when a cue says so, never a pronoun's antecedent
            return Speaker(None, full, fs, fe, "description", "GROUP" if plural else "OTHER")
        return None

    def _gender_fits(self, sp: Speaker, want: str | None) -> bool:
        """A gendered description ("the actress") never goes to a holder known to be the other gender."""
        if want not in ("m", "f"):
            return True
        g = sp.gender or self.genders.get(sp.actor) or name_gender(sp.name.split())
        return g in (None, want)

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
            return self._pending(name, "ORG", 0, 0, "description", "ORG")
        want = {w.lower() for w in words}
        generic = None  # an actor named just "foreign ministry": used only if nothing better
        for a in reversed(self.table.actors):
            if a.label == "ORG" and want <= {w.lower() for w in a.name.split()}:
                if a.name.islower():
                    generic = generic or a
                    continue
                return Speaker(a.id, a.name, 0, 0, "description", "ORG")
        if tok.lemma_.lower() in GENERIC_ORG_NOUNS and not mods:
            k = bisect.bisect_left(self.orgs, (pos, ""))
            if k > 0 and (a := self.by_id.get(self.orgs[k - 1][1])) is not None:
                return Speaker(a.id, a.name, 0, 0, "description", "ORG")
            named = self._firm_named_in_text(pos)
            if named is not None:
                return self._pending(named, "ORG", 0, 0, "description", "ORG")
        state = self._nationality(pos)
        if state and tok.lemma_.lower() in ("ministry", "government", "embassy", "military", "army", "police"):
            name = f"{state} {' '.join(words)}"
            return self._pending(name, "ORG", 0, 0, "description", "ORG")
        if generic is not None:
            return Speaker(generic.id, generic.name, 0, 0, "description", "ORG")
        return None

    def _firm_named_in_text(self, pos: int) -> str | None:
        """'Grocery delivery firm Basketly' (a name the NER missed): the latest proper name
        written right after an organisation noun, outside quotes, before ``pos``."""
        ix = self.ix
        here = ix.doc_of(pos)
        for d in range(here if here is not None else len(ix.docs) - 1, -1, -1):
            info = ix.docs[d]
            for t in reversed(info.doc):
                if info.starts[t.i] >= pos or info.depth[t.i] or t.pos_ != "PROPN" or t.i == 0:
                    continue
                prev = info.doc[t.i - 1]
                if prev.lemma_.lower() in GENERIC_ORG_NOUNS and prev.text.islower():
                    hi = t.i
                    while hi + 1 < len(info.doc) and info.doc[hi + 1].pos_ == "PROPN" and not info.depth[hi + 1]:
                        hi += 1
                    return info.doc[t.i : hi + 1].text
        return None

    def _pending(self, name: str, create: str, s: int, e: int, via: str, label: str) -> Speaker:
        """A speaker for ``name``: its actor if one exists, else one created when used."""
        a = self.lookup(name)
        if a is not None:
            self.by_id[a.id] = a
            return Speaker(a.id, a.name, s, e, via, label)
        return Speaker(None, name, s, e, via, label, pending=create)

    def _nationality(self, pos: int) -> str | None:
        """The nationality of the latest state body named ("The Syrian government"), else the
        latest nationality adjective before ``pos``."""
        for table in (self.state_norps, self.norps):
            k = bisect.bisect_left(table, (pos, ""))
            if k > 0:
                return table[k - 1][1]
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

    def _next_person(self, pos: int, end: int) -> Speaker | None:
        """Cataphora: 'a career Army officer ...' named as the next subject. Not a person already
        named before the description ends: "A man who threatened to kill Rep. Ilhan Omar" is not
        Omar, whatever the next sentence is about."""
        k = bisect.bisect_right(self._cand_pos, pos)
        here = self.ix.doc_of(pos) or 0
        for p, cd, cti in self.cands[k : k + 6]:
            if cd > here + 1:
                break  # only the rest of this paragraph and the next one
            tok = self.ix.docs[cd].doc[cti]
            if tok.pos_ == "PROPN" and self._rank.get((cd, cti)) == 0:  # a main clause's subject
                sp = self.resolve(cd, cti)
                if sp is not None and sp.label == "PERSON" and sp.named and self._last_mention(sp, end) < 0:
                    return sp
        return None


def _proper_phrase(tok: "Token") -> str | None:
    """The whole proper name ``tok`` heads, article dropped ('Central Reserve Bank of Peru'), when
    its subtree is only proper nouns joined by 'of'/'and'/'for'."""
    toks = [t for t in tok.subtree]
    if toks and toks[0].dep_ == "det":
        toks = toks[1:]
    if not toks or toks[-1].pos_ != "PROPN":
        return None
    if not all(t.pos_ == "PROPN" or t.lower_ in ("of", "and", "for", "&") for t in toks):
        return None
    return tok.doc[toks[0].i : toks[-1].i + 1].text
