"""Names the small model tags as people that name a thing: a street, a seat of government, a
planet, a vehicle, or a common noun opening a title-case headline.

Each is recognised by the word class of the name's last word or by the words around a mention,
never by a particular article's names:

- streets: "X Street", "X Road", "X Avenue", "X Terrace" are places; "X Lane", "X Close",
  "X Drive", "X Way" (which are surnames too: "Diane Lane", "Glenn Close") only with a street
  cue ("lives on X Lane", "a house in X Close", "along X Drive") or when the first word is not
  a known forename;
- seats of government that speak for it ("Downing Street said", "the Kremlin", "No 10"):
  organisations;
- celestial bodies ("the Moon", "Mars"): places, unless "The Sun" is written as a title
  mid-sentence (a newspaper) or the word is the surname of someone named in full;
- vehicles named by a vehicle noun ("the lander, Wren,", "the Kestrel rover", "aboard
  Kestrel", "the Osprey spacecraft"): products;
- buildings and venues named after someone ("Trump Plaza", "X Airport"), a span holding a
  number ("Anderson Cooper 360", a show) and two surnames joined by a hyphen ("the
  Trump-Clinton race");
- a generic person noun opening a title-case headline ("Man Charged After ...", "Woman, 34,
  Arrested"): not a name at all.

``mark_things`` relabels every mention of such a name in the article, so that a later vote
across mentions does not turn it back into a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.entity_state import EntityState
from newsread.analysis.names import HYPOCORISMS, TITLE_WORDS, bare

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Street words that no common surname ends a person's name with.
STREET_WORDS = frozenset("street road avenue terrace crescent boulevard gardens mews st rd".split())
# Street words that are surnames too ("Diane Lane", "Glenn Close"): need a cue or a non-forename.
SURNAME_STREET_WORDS = frozenset("lane close drive way".split())
# Words before a street's name: "lives on X Lane", "a house in X Close", "along X Drive".
# Not "at", "from" or "near", which a person takes too ("a letter from Glenn Close").
STREET_BEFORE = frozenset("on in along off into down up onto".split())
# Seats of government standing for the government ("Downing Street said").
GOVERNMENT_SEATS = frozenset(
    ("downing street", "whitehall", "kremlin", "white house", "number 10", "no 10", "no. 10", "elysee", "élysée")
)
# Last words of a building's or venue's name that no common surname ends a person's name with.
VENUE_WORDS = frozenset("plaza tower towers casino arena stadium airport resort hotel motel mall".split())
# Bodies of the solar system that the model may take for a person.
CELESTIAL = frozenset("moon sun mars venus jupiter saturn mercury neptune uranus pluto".split())
# Nouns for a vehicle or a machine that is given a name ("the lander, Wren,").
VEHICLE_NOUNS = frozenset(
    """lander rover spacecraft probe capsule ship vessel yacht train boat submarine robot satellite
    telescope aircraft plane jet ferry tanker trawler liner shuttle rocket drone locomotive
    steamer dinghy barge cruiser frigate destroyer""".split()
)
# Person nouns that a title-case headline opens with ("Man Charged After Crash").
HEADLINE_PEOPLE = frozenset(
    """man woman men women boy girl boys girls teenager teen teens pensioner driver motorist
    cyclist pedestrian toddler baby child children student pupil couple family worker""".split()
)
# Verbs of a title-case headline that the model runs into a name ("Wins Lottery Jackpot").
HEADLINE_VERBS = frozenset(
    """wins dies says admits denies faces gets hits slams warns vows jailed charged arrested
    sentenced killed injured rescued hurt found missing fined banned cleared""".split()
)
# Forenames known from the nickname table ("Diane" is not there, so "Diane Lane" needs the
# model's word: a two-word name whose first word is tagged as a forename keeps the person).
KNOWN_FORENAMES = frozenset(HYPOCORISMS) | frozenset(n for full in HYPOCORISMS.values() for n in full)


def _street(doc: "Doc", start: int, end: int) -> bool:
    """``doc[start:end]`` names a street: its last word is a street word (see the module doc)."""
    if end - start < 2 or not all(t.text[:1].isupper() for t in doc[start:end]):
        return False
    last = bare(doc[end - 1].text)
    if last.endswith("s") and last[:-1] in STREET_WORDS:
        last = last[:-1]  # "at the corner of Allen and [Stanton Streets]": two streets
    if last in STREET_WORDS:
        # "Harcourt Road"; but "Jonah Street, 41," is a person unless a street cue says not.
        first = bare(doc[start].text)
        return first not in TITLE_WORDS and (first not in KNOWN_FORENAMES or _street_cue(doc, start, end))
    if last not in SURNAME_STREET_WORDS:
        return False
    if last == "drive" and not doc[end - 2].text[:1].isupper():
        return False
    if _street_cue(doc, start, end):
        return True
    first = bare(doc[start].text)
    return end - start == 2 and first not in KNOWN_FORENAMES and first not in TITLE_WORDS and _near_street_noun(doc, end)


def _street_cue(doc: "Doc", start: int, end: int) -> bool:
    """ "on X Lane", "a house in X Close": a street preposition before the name, no possessive
    after it ("in Glenn Close's new film")."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    return prev is not None and prev.lower_ in STREET_BEFORE and not (nxt is not None and nxt.text in ("'s", "’s"))


def street_names(docs) -> set[str]:
    """Lowercase names written after a street preposition anywhere in the article ("lives on
    Elm Drive"), tagged or not: the same words elsewhere ("Elm Drive had flooded") are the street."""
    out = set()
    for doc in docs:
        for t in doc:
            if bare(t.text) not in STREET_WORDS | SURNAME_STREET_WORDS or not t.text[:1].isupper():
                continue
            start = t.i
            while start > 0 and t.i - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
                start -= 1
            if start < t.i and not doc[start].is_sent_start and _street_cue(doc, start, t.i + 1):
                out.add(doc[start : t.i + 1].text.lower())
    return out


def _near_street_noun(doc: "Doc", end: int) -> bool:
    """A lowercase place noun soon after the name ("X Lane, where residents ...", "X Close
    estate") tells a street from a person called "X Lane"."""
    for t in doc[end : min(len(doc), end + 6)]:
        if t.lower_ in ("residents", "estate", "junction", "houses", "homes", "street", "road", "cul-de-sac", "neighbours"):
            return True
    return False


def _vehicle(doc: "Doc", start: int, end: int) -> bool:
    """A vehicle noun frames the name: "the X rover", "the lander, X,", "aboard X"."""
    prev = doc[start - 1] if start > 0 else None
    prev2 = doc[start - 2] if start > 1 else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text.islower() and nxt.lower_ in VEHICLE_NOUNS and prev is not None and prev.lower_ in ("the", "a", "its", "their"):
        return True  # "the Kestrel rover"
    if prev is not None and prev.lower_ == "aboard":
        return True
    if prev is not None and prev.text == "," and prev2 is not None and prev2.lower_ in VEHICLE_NOUNS and prev2.text.islower():
        return True  # "the lander, Wren,"
    if prev is not None and prev.text.islower() and prev.lower_ in VEHICLE_NOUNS and prev2 is not None and prev2.lower_ in ("the", "a", "its", "their"):
        return True  # "the lander Wren"
    if prev is not None and prev.lower_ in ("named", "called", "dubbed", "christened"):
        before = [t for t in doc[max(0, start - 4) : start - 1] if t.text.islower()]
        return any(t.lower_ in VEHICLE_NOUNS for t in before)  # "the robot, named Pip,"
    return False


def vehicle_names(docs) -> set[str]:
    """Lowercase capitalised names (one to three words) that a vehicle noun frames anywhere in
    the article, tagged or not ("the rover Perseverance"): the same words elsewhere are it."""
    out = set()
    for doc in docs:
        k = 0
        while k < len(doc):
            if not (doc[k].text[:1].isupper() and doc[k].is_alpha) or doc[k].is_sent_start:
                k += 1
                continue
            e = k
            while e < len(doc) and e - k < 3 and doc[e].text[:1].isupper() and doc[e].is_alpha:
                e += 1
            if _vehicle(doc, k, e):
                out.add(doc[k:e].text.lower())
            k = e
    return out


def _celestial(doc: "Doc", start: int, end: int) -> bool:
    """A planet, the Moon or the Sun (not "The Sun" as a newspaper's title mid-sentence)."""
    if end - start != 1 or bare(doc[start].text) not in CELESTIAL:
        return False
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.text == "The" and not prev.is_sent_start:
        return False  # "told The Sun": the newspaper
    if prev is not None and bare(prev.text) in TITLE_WORDS:
        return False  # "Mr Sun", "President Moon": a surname
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
        return False  # "Sun Yat-sen", "Mars Wrigley": part of a longer name
    return True


def _title_case(doc: "Doc") -> bool:
    """Most longer words of the paragraph are capitalised: a title-case headline."""
    words = [t for t in doc if t.is_alpha and len(t.text) > 3]
    caps = sum(1 for t in words if t.text[:1].isupper())
    return len(words) >= 2 and caps * 4 >= len(words) * 3


def _headline_words(doc: "Doc", start: int, end: int) -> bool:
    """A span of a title-case headline that is no name: a generic person noun opening it ("Man
    Charged After Crash", "Teen Jailed"), or a span holding a headline verb ("Wins Lottery
    Jackpot")."""
    if not _title_case(doc):
        return False
    words = [bare(t.text) for t in doc[start:end]]
    if start == 0 and words[0] in HEADLINE_PEOPLE and (len(words) == 1 or words[1] in HEADLINE_VERBS or words[1].endswith("ed")):
        return True
    return any(w in HEADLINE_VERBS for w in words)


def _pair(doc: "Doc", start: int, end: int, surnames: set[str] | frozenset) -> bool:
    """'Trump-Clinton': two surnames of the article joined by a hyphen."""
    words = [t for t in doc[start:end]]
    if len(words) != 3 or words[1].text != "-" or words[0].whitespace_ or words[1].whitespace_:
        return False
    return bare(words[0].text) in surnames and bare(words[2].text) in surnames


def thing_label(doc: "Doc", start: int, end: int, surnames: set[str] | frozenset = frozenset()) -> str | None:
    """The label for a mention ``doc[start:end]`` tagged as a person that names a thing:
    "FAC", "ORG", "LOC", "PRODUCT", "DROP" (not a name), or None (a person after all)."""
    span = doc[start:end]
    key = " ".join(bare(t.text) for t in span if bare(t.text) != "the")
    if key in GOVERNMENT_SEATS or any(key.endswith(" " + seat) for seat in GOVERNMENT_SEATS):
        return "ORG"  # "the Kremlin", "the Obama White House"
    if len(span) > 1 and bare(span[-1].text) in VENUE_WORDS and span[-1].text[:1].isupper():
        return "FAC"  # "Trump Plaza", "Brenford Airport": a building named after someone
    if any(t.like_num for t in span):
        return "WORK_OF_ART"  # "Anderson Cooper 360": a number is no part of a person's name
    if _pair(doc, start, end, surnames):
        return "DROP"  # "the Trump-Clinton fight": two people's names joined, a contest
    if _street(doc, start, end):
        return "FAC"
    if _celestial(doc, start, end) and bare(doc[start].text) not in surnames:
        return "LOC"
    if _vehicle(doc, start, end):
        return "PRODUCT"
    if _headline_words(doc, start, end):
        return "DROP"
    return None


def mark_things(state: EntityState) -> None:
    """Relabel the person mentions that name things (see ``thing_label``); a name found to be
    a thing (not a headline word) takes that label at every mention in the article."""
    docs, work = state.docs, state.work
    # Every word of a person named in full: "Moon" of "Moon Jae-in" is a surname written first.
    parts = state.full_name_surnames() | {
        bare(t.text) for w in work if w.label == "PERSON" and w.end - w.start >= 2 for t in docs[w.doc][w.start : w.end]
    }
    found: dict[str, str] = dict.fromkeys(vehicle_names(docs), "PRODUCT")
    found.update(dict.fromkeys(street_names(docs), "FAC"))
    keep = []
    for w in work:
        if w.label != "PERSON":
            keep.append(w)
            continue
        doc = docs[w.doc]
        verbs = [k for k in range(w.start, w.end) if bare(doc[k].text) in HEADLINE_VERBS]
        if verbs and verbs[0] - w.start >= 2 and _title_case(doc):
            w.end = verbs[0]  # "Harriet Vane Wins Award": the name ends before the verb
        lab = thing_label(doc, w.start, w.end, parts)
        if lab == "DROP":
            continue
        if lab is not None:
            found[docs[w.doc][w.start : w.end].text.lower()] = lab
            w.label = lab
        keep.append(w)
    for w in keep:
        if w.label == "PERSON":
            lab = found.get(docs[w.doc][w.start : w.end].text.lower())
            if lab:
                w.label = lab
    state.work = keep
