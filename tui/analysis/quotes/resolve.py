"""Resolve a speaker mention to an actor: names, pronouns, descriptions, groups.

Built once per article (role table, group table, subject candidates), then
asked for each quote's mention. Mentions inside quotes are never antecedents.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsread.analysis.model import Entity
from newsread.analysis.names import bare
from newsread.analysis.thing_names import GOVERNMENT_SEATS
from newsread.analysis.quotes.cues import (
    AGE_NOUNS,
    DEMONYM_NOUN,
    DEMONYM_NOUNS,
    GROUP_NOUNS,
    PRONOUNS,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    SPEAKING_ORG_NOUNS,
)
from newsread.analysis.quotes.describe import DescriptionResolver
from newsread.analysis.quotes.roles import CLAUSE_ROLE_WORDS, RoleResolver
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.mentions import (
    Speaker,
    compatible,
    desc_start,
    ent_last,
    generic_org,
    is_dateline,
    looks_person,
)
from newsread.analysis.quotes.names import SPEAKER_TITLE_WORDS
from newsread.analysis.quotes.naming import NameResolver
from newsread.analysis.quotes.reported import speech_lemma
from newsread.analysis.quotes.subjects import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.actors import ActorTable

__all__ = ["Resolver", "Speaker"]


class Resolver(NameResolver, DescriptionResolver, RoleResolver):
    """Per-article speaker resolution."""

    def __init__(self, ix: ArticleIndex, entities: list[Entity], table: "ActorTable"):
        self.ix = ix
        self.table = table
        self.by_id = {a.id: a for a in table.actors}
        self._cache: dict[tuple[int, int], Speaker | None] = {}
        self._lookups: dict[str, object] = {}
        self.genders: dict[str, str] = {}  # actor id -> gender learnt from names and pronouns
        self.titles: dict[str, set[str]] = {}  # actor id -> titles written before its name (dr, mrs)
        for e in entities:
            # full-name mentions only: a bare "Hollins" may be attached to the wrong Hollins
            if e.label == "PERSON" and e.actor and len(e.text.split()) > 1 and (d := ix.doc_of(e.start)) is not None:
                i, _ = ix.token_range(d, e.start, e.end)
                doc = ix.docs[d].doc
                for t in doc[max(0, i - 2) : i + 1]:  # before the name, and its first word
                    w = t.lower_.rstrip(".")
                    if w in SPEAKER_TITLE_WORDS:
                        self.titles.setdefault(e.actor, set()).add(w)
        # persons the article also calls by first name alone ("Fiona" for Fiona Kerr)
        self.first_named: set[str] = {
            e.actor for e in entities
            if e.label == "PERSON" and e.actor in self.by_id and len(e.text.split()) == 1
            and len(self.by_id[e.actor].name.split()) > 1 and self.by_id[e.actor].name.split()[0] == e.text
        }
        self._busy: set[tuple[int, int]] = set()
        self.roles: list[tuple[int, str, set[str], Speaker]] = []  # pos, role noun, modifiers
        self.groups: list[tuple[int, Speaker]] = []
        self.norps: list[tuple[int, str]] = []  # nationality adjectives outside quotes
        self.state_norps: list[tuple[int, str]] = []  # those modifying a government-like noun
        self.cands: list[tuple[int, int, int]] = []  # (global pos, doc, token) subject candidates
        self.weak: list[tuple[int, int, int]] = []  # persons named in other roles
        self.writers: list[tuple[int, int, int]] = []  # "a letter written by X", "X's diary"
        self._rank: dict[tuple[int, int], int] = {}  # 0: main-clause subject, 1: embedded
        self._sents: dict[tuple[int, int], int] = {}  # candidate -> start of its sentence
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
                if e is not None and e.label == "NORP" and t.pos_ in ("ADJ", "PROPN") and t.i == ent_last(ix, d, e):
                    self.norps.append((info.starts[t.i], e.text))
                    if t.head.lemma_.lower() in SPEAKING_ORG_NOUNS:
                        # "The Syrian government": the nationality an unnamed ministry belongs to
                        self.state_norps.append((info.starts[t.i], e.text))
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in ("who", "which", "that", "this", "there", "it"):
                    h = t.head
                    if h.dep_ in ("ROOT", "conj", "ccomp", "advcl", "parataxis") or h.head is h:
                        self.cands.append((info.starts[t.i], d, t.i))
                        main = h.dep_ == "ROOT" or (h.dep_ == "conj" and h.head.dep_ == "ROOT")
                        self._rank[(d, t.i)] = 0 if main else 1
                    elif e is not None and e.label == "PERSON":
                        self.weak.append((info.starts[t.i], d, t.i))
                elif t.lower_ in ("it",) and t.dep_ == "nsubj" and t.head.dep_ == "ROOT":
                    self.cands.append((info.starts[t.i], d, t.i))
                elif e is not None and e.label == "PERSON" and t.i == ent_last(ix, d, e) and t.dep_ not in ("compound", "poss"):
                    # a person named as object ("Police arrested Jane Doe."): a weak antecedent
                    self.weak.append((info.starts[t.i], d, t.i))
                low = t.lower_
                role = ROLE_ABBREVIATIONS.get(low.rstrip("."), low)
                if role in ROLE_NOUNS and t.pos_ in ("NOUN", "PROPN"):
                    self._role_from_title(d, t, role)
                    for c in t.lefts:
                        if c.dep_ == "compound" and (c.lower_ + role) in ROLE_NOUNS:
                            self._role_from_title(d, t, c.lower_ + role)  # "head teacher" = headteacher
                    if any(c.lower_ == "senate" for c in t.lefts):
                        self._role_from_title(d, t, "senator")
                elif low in DEMONYM_NOUNS and t.pos_ in ("NOUN", "PROPN"):
                    self._role_from_title(d, t, low)  # "Dunlop, a Scot,"
                if low in CLAUSE_ROLE_WORDS:
                    self._role_from_clause(d, t)
                if _is_writer(t):
                    self.writers.append((info.starts[t.i], d, t.i))
                if t.lemma_.lower() in GROUP_NOUNS or low in GROUP_NOUNS:
                    sp = self._named_group(d, t)
                    if sp:
                        self.groups.append((info.starts[t.i], sp))
        self.cands.sort()
        self._writer_pos = [w[0] for w in self.writers]
        self._cand_pos = [c[0] for c in self.cands]
        self._weak_pos = [c[0] for c in self.weak]

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
            if low == "i":
                return None  # the writer, not a quoted speaker
            return self.resolve_pronoun(d, tok)
        age_noun = low in AGE_NOUNS and tok.tag_ == "NN" and tok.doc[desc_start(tok)].lower_ == "the"
        if age_noun or (low in ("old", "year-old") and tok.i >= 2 and "year" in tok.doc[tok.i - 2 : tok.i + 1].text):
            # "the 43-year-old said", "the teenager said": the latest person, like a pronoun
            sp = self.resolve_pronoun(d, tok, want=AGE_NOUNS.get(low) or "m?")
            if sp is not None:
                lo = desc_start(tok)
                s, e = self.ix.gspan(d, lo, tok.i + 1)
                return sp.at(s, e, "description")
        dateline = is_dateline(tok)
        # an apposition that names the speaker: "another witness, ..., Fiona Hill";
        # a dateline parsed as subject: "WASHINGTON (AP) — Leader Mitch Harlan ..."
        # "the district GOP Chairman Chuck Williams": a capitalised title with the name after it
        title = tok.pos_ == "PROPN" and (low in ROLE_NOUNS or low in SPEAKER_TITLE_WORDS or tok.lemma_.lower() in ROLE_NOUNS)
        for c in tok.children:
            named_after = title and c.left_edge.i - tok.i <= 2 and looks_person(self.ix, d, c)
            if (c.dep_ == "appos" and c.pos_ == "PROPN" and (tok.pos_ != "PROPN" or dateline or named_after)
                    and not is_dateline(c)):
                if dateline and c.text.isupper():
                    continue
                sp = self.resolve_name(d, c)
                if sp:
                    return sp
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_NOUNS and tok.pos_ != "PROPN":
                # "Outside court, the charity's chief executive, Jane Roe, said": the parse takes
                # "court" for the subject and hangs the role, and the name on it, off it
                for g in c.children:
                    if g.dep_ == "appos" and g.pos_ == "PROPN":
                        sp = self.resolve_name(d, g)
                        if sp is not None and sp.label == "PERSON":
                            return sp
        if dateline:
            return None
        # "Rojas and her colleagues described": the named one of a coordinated subject
        if tok.pos_ != "PROPN" and not tok.text[:1].isupper():
            for c in tok.children:
                if c.dep_ == "conj" and (c.pos_ == "PROPN" or self._known_name(c)):
                    return self.resolve(d, c.i)
            lo = desc_start(tok)
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
        if self.is_demonym(d, tok):
            sp = self.resolve_demonym(d, tok)
            if sp is not None:
                return sp
        if (tok.pos_ == "PROPN" and self.ix.entity(d, tok) is not None and self.ix.entity(d, tok).label == "NORP"
                and tok.doc[desc_start(tok)].lower_ == "the" and not (low in DEMONYM_NOUN or low.endswith("ese"))):
            # "the Kentucky Republican said": a person described by party or nationality
            # (not "the French", "the Chinese": a nation)
            sp = self.resolve_pronoun(d, tok, want="m?")
            if sp is not None:
                s, e = self.ix.gspan(d, desc_start(tok), tok.i + 1)
                return sp.at(s, e, "description")
        if tok.pos_ == "PROPN" and (low in ROLE_NOUNS or low in SPEAKER_TITLE_WORDS) and tok.dep_ != "compound":
            return self.resolve_description(d, tok)
        if tok.pos_ == "PROPN" and not generic_org(self.ix, d, tok):
            return self.resolve_name(d, tok)
        return self.resolve_description(d, tok)

    def resolve_pronoun(self, d: int, tok: "Token", want: str | None = None) -> Speaker | None:
        """The antecedent of a pronoun: subjects and quote speakers outside quotes, newest first.

        Within this and the previous paragraph a named actor wins over an unnamed
        description ("her mother"), and a person named as an object ("Police
        arrested Maria Lopez") over an unnamed subject; beyond that, the newest
        compatible subject.
        """
        ix = self.ix
        pos = ix.docs[d].starts[tok.i]
        want = want or PRONOUNS.get(tok.lower_)
        window = ix.blocks[max(0, d - 1)][0]
        if want in ("m", "f", "p") and tok.head.lemma_.lower() == "write":
            # "a letter written by Agnes Kerr ... 'I miss the sea,' she wrote": the writer
            wk = bisect.bisect_left(self._writer_pos, pos)
            for p, cd, cti in reversed(self.writers[:wk]):
                if p < window:
                    break
                sp = self.resolve(cd, cti)
                if sp is not None and sp.named and compatible(want, self._gendered(sp)):
                    return self._as_pronoun(d, tok, sp, want)
        unnamed = None
        embedded = None  # a named person who is only the subject of a clause inside a sentence
        later = []  # compatible antecedents before the window, newest first
        speaking = want in ("m", "f") and tok.dep_ == "nsubj" and (is_cue(tok.head) or speech_lemma(tok.head) is not None)
        goes_on = speaking and _continues_speech(tok.head)
        for p, sp, strong in self._antecedents(pos, (d, tok.i), ranked="speakers" if goes_on else True):
            if sp is None or not compatible(want, self._gendered(sp)):
                continue
            if p < window:
                later.append(sp)
                break
            if sp.named and speaking and not strong and not self._same_sentence(p, d, tok):
                # "Omar asked for compassion. Prosecutors said Ocasio-Cortez had been threatened
                # too. She added, ...": the one who spoke, or a sentence was about, comes first
                embedded = embedded or sp
                continue
            if sp.named:
                return self._as_pronoun(d, tok, sp, want)
            if embedded is not None:
                continue
            if unnamed is None and want in ("m", "f") and self._new_referent(sp):
                # "A teacher at the school said ... 'We are heartbroken,' she said.": the
                # person just introduced, not a named one further back
                return self._as_pronoun(d, tok, sp, want)
            unnamed = unnamed or sp
        if embedded is not None:
            return self._as_pronoun(d, tok, embedded, want)
        wk = bisect.bisect_left(self._weak_pos, pos)
        for p, cd, cti in reversed(self.weak[max(0, wk - 4) : wk]):
            if p < window:
                break
            sp = self.resolve(cd, cti)
            if sp is not None and sp.named and compatible(want, self._gendered(sp)):
                return self._as_pronoun(d, tok, sp, want)
        if unnamed is not None:
            return self._as_pronoun(d, tok, unnamed, want)
        if later:
            return self._as_pronoun(d, tok, later[0], want)
        return None

    def _new_referent(self, sp: Speaker) -> bool:
        """An unnamed person introduced by an indefinite ('a teacher', 'one nurse')."""
        if sp.label != "PERSON" or sp.start >= sp.end:
            return False
        first = self.ix.text[sp.start : sp.end].split(" ", 1)[0].lower()
        if first in ("a", "an", "one", "another"):
            return True
        # the stored description may have lost its article: look just before it
        before = self.ix.text[max(0, sp.start - 9) : sp.start].split()
        return bool(before) and before[-1].lower() in ("a", "an", "one", "another")

    def _antecedents(self, pos: int, skip: tuple[int, int], ranked: bool = False):
        """(position, speaker) of subject candidates and quote speakers before ``pos``, newest first.

        Within one sentence the main clause's subject comes first ("Whitfield, who took
        over after Arjun Mehta stepped down, has pushed ..." is about Whitfield). ``ranked``
        adds whether each is strong: a quote's speaker, a main clause's subject or the subject
        of a verb of saying (not "Ocasio-Cortez" in "Prosecutors said Ocasio-Cortez had ...").
        """
        extra = [x for x in self.extra if x[0] < pos]
        ei = len(extra) - 1
        ci = bisect.bisect_left(self._cand_pos, pos) - 1
        for _ in range(60):
            if ei < 0 and ci < 0:
                return
            if ei >= 0 and (ci < 0 or extra[ei][0] >= self.cands[ci][0]):
                yield (*extra[ei], True) if ranked else extra[ei]
                ei -= 1
                continue
            sent = self._sent_of(self.cands[ci])
            group = []
            while ci >= 0 and self._sent_of(self.cands[ci]) == sent and self.cands[ci][0] < pos:
                group.append(self.cands[ci])
                ci -= 1
            group.sort(key=lambda c: (self._rank.get((c[1], c[2]), 1), -c[0]))
            for p, cd, cti in group:
                if (cd, cti) == skip:
                    continue
                if ranked:
                    yield p, self.resolve(cd, cti), self._strong(cd, cti, ranked == "speakers")
                else:
                    yield p, self.resolve(cd, cti)

    def _same_sentence(self, p: int, d: int, tok: "Token") -> bool:
        """Is position ``p`` in the pronoun's own sentence, outside its verb's clause ("Mr. Trump
        is ..., railing against what he calls ...") or before a quotation that the pronoun's verb
        attributes ('Fallon fired back: "...," he wrote')? Not in what the pronoun's speech is
        about ("If Trump is not the nominee, he said he would ...")."""
        starts = self.ix.docs[d].starts
        verb = tok.head
        if p < starts[tok.sent.start]:
            return False
        if not starts[verb.left_edge.i] <= p <= starts[verb.right_edge.i]:
            return True
        between = self.ix.text[p : starts[tok.i]]
        if any(ch in _CLAUSE_BREAKS for ch in between) or "''" in between:
            return True  # 'Fallon fired back: "..."', 'Carson seems to ... — he told the AP'
        i, _ = self.ix.token_range(d, p, p + 1)
        # the verb's content ("If Trump is not ..., he said he would") is what is said, not who
        # says it; an adverbial clause of the verb ("While Clinton has ..., she has not called")
        # is about the speaker
        return not any(c.dep_ in _CONTENT_DEPS and c.left_edge.i <= i <= c.right_edge.i for c in verb.children)

    def _strong(self, d: int, i: int, speakers: bool) -> bool:
        """The subject of a verb of saying, or (unless only ``speakers`` count) a main clause's
        or a pronoun (a chain: "The things he wants ..., but he has no plan")."""
        tok = self.ix.docs[d].doc[i]
        if not speakers and (self._rank.get((d, i), 1) == 0 or tok.pos_ == "PRON"):
            return True
        return is_cue(tok.head) or speech_lemma(tok.head) is not None

    def _sent_of(self, cand: tuple[int, int, int]) -> tuple[int, int]:
        _, cd, cti = cand
        key = (cd, cti)
        if key not in self._sents:
            self._sents[key] = self.ix.docs[cd].doc[cti].sent.start
        return cd, self._sents[key]

    def _gendered(self, sp: Speaker) -> Speaker:
        """The speaker with the gender learnt for its actor ("she" resolved to it before)."""
        if sp.gender is None and sp.actor in self.genders:
            return sp.at(sp.start, sp.end, sp.via, gender=self.genders[sp.actor])
        return sp

    def _as_pronoun(self, d: int, tok: "Token", sp: Speaker, want: str | None) -> Speaker:
        s, e = self.ix.gspan(d, tok.i, tok.i + 1)
        gender = sp.gender or self.genders.get(sp.actor) or (want if want in ("m", "f") else None)
        if sp.actor and want in ("m", "f") and sp.label == "PERSON":
            self.genders.setdefault(sp.actor, want)  # "she" once, "she" throughout
        return sp.at(s, e, "pronoun", gender=gender)

    def lookup(self, name: str):
        """ActorTable.lookup, memoised (it is called for many name tokens)."""
        if name not in self._lookups:
            self._lookups[name] = self.table.lookup(name)
        return self._lookups[name]

    def add(self, name: str, label: str):
        """ActorTable.add for a speaker that now speaks; lookups may change."""
        self._lookups.clear()
        if " ".join(w for w in map(bare, name.split()) if w != "the") in GOVERNMENT_SEATS:
            label = "ORG"  # "Downing Street said" is the government speaking, whatever the guess
        a = self.table.add(name, label)
        self.by_id[a.id] = a
        return a

    def register(self, pos: int, sp: Speaker) -> None:
        """A quote's resolved speaker becomes an antecedent for later pronouns."""
        self.extra.append((pos, sp))
        if sp.label == "ORG" and sp.actor:
            # an organisation that spoke is one "a spokesman" may speak for
            bisect.insort(self.orgs, (pos, sp.actor))


_CLAUSE_BREAKS = frozenset('"“”«»„:—–')
_CONTENT_DEPS = frozenset(("ccomp", "xcomp", "dobj", "parataxis"))


def _continues_speech(verb: "Token") -> bool:
    """'she added', 'he continued', 'she went on': the one who was speaking speaks again."""
    lemma = verb.lemma_.lower()
    if lemma in ("add", "continue"):
        # not "he continued his assault", "she added a clause"
        return not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
    return lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


# Writings whose author a later "she wrote" refers to.
_WRITINGS = frozenset("letter letters email emails note notes diary diaries message messages postcard card memo".split())


def _is_writer(t: "Token") -> bool:
    """'written by X', 'a letter from X', "X's diary": X wrote what is quoted next."""
    if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
        return t.head.head.lemma_.lower() in ("write", "sign", "pen", "send", "author")
    if t.dep_ == "pobj" and t.head.lower_ == "from":
        return t.head.head.lemma_.lower() in _WRITINGS
    return t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN") and t.head.lemma_.lower() in _WRITINGS
