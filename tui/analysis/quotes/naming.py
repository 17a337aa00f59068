"""Names as speakers: the actor of a proper-name mention.

A name's actor comes from its entity; a surname alone is upgraded to the
fullest person with that surname (the title and gender decide between two Hollinses,
else the one who spoke last in the same paragraph, else the one introduced first), a familiar first name to its full form
(Pat -> Patrick); names the NER missed become pending actors, created only
when they speak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.quotes.cues import HONORIFICS
from newsread.analysis.quotes.mentions import Speaker, looks_person, name_gender, nickname_of
from newsread.analysis.quotes.names import SPEAKER_TITLE_WORDS, name_chain

if TYPE_CHECKING:
    from spacy.tokens import Token


class NameResolver:
    """Mixin for Resolver: proper names to actors."""

    def place_then_person(self, d: int, p: "Token") -> bool:
        """'(Envoy for) Syria Staffan de Mistura': a place, then a person's name, in one chain.

        Not 'aide to Governor Ray Dalton', where the name is whom the role serves.
        """
        if not looks_person(self.ix, d, p):
            return False
        doc = p.doc
        k = p.i - 1
        while k >= 0 and doc[k].pos_ == "PROPN" and p.i - k <= 6:
            e = self.ix.docs[d].ents.get(k)
            if (e is not None and e.label in ("GPE", "LOC", "NORP")) or (
                (a := self.lookup(doc[k].text)) is not None and a.label in ("GPE", "LOC")
            ):
                return True
            k -= 1
        return False

    def _domain_then_person(self, d: int, p: "Token") -> bool:
        """'(Leader of the) Opposition Martin Oakes': a person's name right after the named
        domain of a capitalised title (an institution or a place entity, then a PERSON entity).

        The caller asks only for a capitalised title: "aide to Senate Leader Mitch Harlan" has a
        lowercase role and a title between the domain and the name."""
        ents = self.ix.docs[d].ents
        person = ents.get(p.i)
        if person is None or person.label != "PERSON":
            return False
        first, _ = self.ix.token_range(d, person.start, person.end)
        if first < 1:
            return False
        domain = ents.get(first - 1)
        if domain is None:
            # the domain the model left untagged: "of the Opposition [Martin Oakes]"
            t = p.doc[first - 1]
            return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in SPEAKER_TITLE_WORDS
        return domain is not person and domain.label in ("ORG", "GPE", "LOC", "NORP")

    def _known_name(self, tok: "Token") -> bool:
        """A capitalised word the tagger missed that is a known actor or a person's surname."""
        if not tok.text[:1].isupper() or tok.pos_ == "PRON":
            return False
        return self.lookup(tok.text) is not None or self._person_by_surname(tok.text, 1) is not None

    def _title_with_name(self, d: int, tok: "Token") -> Speaker | None:
        """'the United Nations Special Envoy for Syria Staffan de Mistura' names the person."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "of"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "PROPN" and (
                        self.place_then_person(d, p) or (tok.text[:1].isupper() and self._domain_then_person(d, p))
                    ):
                        return self.resolve_name(d, p)
                    # "the UN envoy for Iraq, Maria Lindqvist,": the name hangs on the place
                    for a in p.children if p.dep_ == "pobj" else ():
                        if a.dep_ == "appos" and a.pos_ == "PROPN" and looks_person(self.ix, d, a):
                            return self.resolve_name(d, a)
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
                if not looks_person(ix, d, tok) or a.label == "GPE":
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
        label = ent.label if ent is not None else ("PERSON" if looks_person(ix, d, tok) else "ORG")
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
            actor = self.lookup(name) or (self.by_id.get(ent.actor) if ent is not None and ent.actor else None)
            if actor is not None and label == "PERSON" and actor.label != "PERSON":
                actor = None
        before = [t.lower_.rstrip(".") for t in tok.doc[max(0, i - 2) : i]]
        if len(words) == 1 and (actor is None or actor.label == "PERSON"):
            # "Dr Hollins" when the article has Mrs Margaret and Dr Neil Hollins
            actor = self._same_surname(words[0], before, d) or actor
        gender = next((HONORIFICS[b] for b in before if HONORIFICS.get(b)), None)
        if gender is None and actor is not None and len(actor.name.split()) > len(words) == 1:
            # a surname alone ("Omar" for Ilhan Omar) says nothing of gender: her first name does
            gender = name_gender(actor.name.split())
        elif gender is None:
            gender = name_gender(words) or (name_gender(actor.name.split()) if actor is not None else None)
        if actor is None:
            if ent is None and len(words) == 1 and tok.pos_ != "PROPN":
                return None
            create = label if label in ("PERSON", "ORG", "GPE", "NORP") else "PERSON"
            return Speaker(None, name, s, e, "name", label=create, gender=gender, pending=create)
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
            if nickname_of(first, parts[0].lower()) and first != parts[0].lower():
                if current is None or self.table.actors.index(a) < self.table.actors.index(current):
                    return a
        return None

    def _same_surname(self, surname: str, before: list[str], d: int | None = None):
        """Several people share a surname: the one the title and gender fit, not one the article
        calls by first name, else the paragraph's last speaker, else the one introduced first."""
        people = [
            a for a in self.table.actors
            if a.label == "PERSON" and len(a.name.split()) > 1 and a.name.split()[-1].lower() == surname.lower()
        ]
        if len(people) < 2:
            return None
        before = [b for b in before if b in SPEAKER_TITLE_WORDS]
        titled = [a for a in people if any(b in self.titles.get(a.id, ()) for b in before)]
        if len(titled) == 1:
            return titled[0]
        want = next((HONORIFICS[b] for b in before if HONORIFICS.get(b)), None)
        if want:
            fits = [a for a in people if name_gender(a.name.split()) in (None, want)]
            people = fits or people
        if len(people) > 1:
            # "Mrs Kerr" when the granddaughter is called "Fiona": a relative the article calls
            # by first name is not the one it calls by title and surname
            by_surname = [a for a in people if a.id not in self.first_named]
            if len(by_surname) == 1 and before:
                return by_surname[0]
            people = by_surname or people
        if len(people) > 1 and self.extra and d is not None and self.ix.doc_of(self.extra[-1][0]) == d:
            # "'...,' Mr Kerr said. '...,' Kerr added." in one paragraph: the Kerr who spoke goes on
            last = self.extra[-1][1].actor
            for a in people:
                if a.id == last:
                    return a
        # news style: the surname alone is the person introduced first ("Doyle" after
        # "Patrick Doyle ... his wife, Linda Doyle")
        return people[0]

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
