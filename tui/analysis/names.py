"""Name tables and pure helpers: titles, honorifics, possessives, name keys.

No spaCy here: these work on strings and token lists so that the actor table,
the entity fixes and the quote engine normalise names the same way.
"""

from __future__ import annotations

import re
import unicodedata

# The word classes, defined in the lexicon; imported here for the modules that read them as
# ``names.X``.
from newsread.analysis.lexicon import (  # noqa: F401
    GENERATIONAL_SUFFIXES,
    HYPOCORISMS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PRONOUN_WORDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)


# Words that never belong to a personal name, even capitalised in a title-case headline.
FUNCTION_WORDS = frozenset("of as in to for and or the at on with by from after before over into is are was".split())

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
)

# Words skipped when forming an acronym from an organisation name ("Bank of England" -> BOE).
_ACRONYM_STOP = frozenset("of the and for on in at & to".split())

def strip_possessive(text: str) -> str:
    """'Idlib province’s' -> 'Idlib province'; "Reuters'" -> 'Reuters'."""
    m = re.search(r"['’‘]s$", text)
    if m:
        return text[: m.start()]
    if text.endswith(("'", "’")) and len(text) > 1 and text[-2] in "sS":
        return text[:-1]
    return text


def fold(text: str) -> str:
    """Case- and accent-insensitive key for comparing names."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def bare(word: str) -> str:
    """A token as looked up in the tables: lowercase, no dots or trailing commas."""
    return fold(word).strip(".,;:")


def is_title(word: str) -> bool:
    return bare(word) in TITLE_WORDS


def leading_title_count(words: list[str]) -> int:
    """How many leading words of ``words`` are a title ("Lt. Col.", "Foreign Minister").

    Always leaves at least one word. A modifier ("Foreign", "First") counts only when a title
    word follows it; a lone capitalised nationality adjective before a title counts as part
    of the title ("Russian President ...", "Turkish Foreign Minister ...").
    """
    n = 0
    while n < len(words) - 1:
        w = bare(words[n])
        nxt = bare(words[n + 1])
        if w == "the":
            n += 1
        elif w in TITLE_WORDS and (w not in TITLE_MODIFIERS or nxt in TITLE_WORDS):
            n += 1
        elif (
            words[n][:1].isupper() and nxt in TITLE_WORDS and nxt not in TITLE_MODIFIERS and n + 2 < len(words)
        ):
            # "Russian President Vladimir Putin", "Kremlin spokesman Dmitry Peskov"
            n += 1
        elif (
            words[n][:1].isupper() and nxt in TITLE_MODIFIERS and n + 3 < len(words)
            and bare(words[n + 2]) in TITLE_WORDS
        ):
            n += 1
        else:
            break
    return n


# A nickname quoted between forename and surname: 'Patrick "Pat" Doyle'.
_QUOTED_WORD = re.compile(r"^[\"“”‘’'].+[\"“”‘’']$")

# Nicknames that are names in their own right or common words ("Jack", "Will", "the Bill"): a
# bare one is never taken for the full forename alone.
OWN_NAMES = frozenset("jack harry frank liam will bill drew ray gene hank chuck rich pat ted ed don ben sam".split())


def same_forename(a: str, b: str) -> bool:
    """'Pat' and 'Patrick' (either order, folded): one is a common nickname of the other."""
    a, b = fold(a), fold(b)
    return b in HYPOCORISMS.get(a, ()) or a in HYPOCORISMS.get(b, ())


def nickname_owner(word: str, forenames: list[str]) -> int | None:
    """The index of the one forename in ``forenames`` that the bare nickname ``word`` stands for
    ("Bea" -> "Beatrice"), None when none or several do, or when the nickname is a name of its
    own ("Jack") or a forename of the list itself."""
    w = fold(word)
    if w in OWN_NAMES or w not in HYPOCORISMS or w in {fold(f) for f in forenames}:
        return None
    hits = {i for i, f in enumerate(forenames) if fold(f) in HYPOCORISMS[w]}
    return hits.pop() if len(hits) == 1 else None


def quoted_nickname(name: str) -> str | None:
    """'Patrick "Pat" Doyle' -> 'Pat Doyle' (the nickname with the surname), else None."""
    words = name.split()
    for i, w in enumerate(words[1:-1], 1):
        if _QUOTED_WORD.match(w) and len(w) > 2:
            rest = [x for x in words[i + 1 :] if not _QUOTED_WORD.match(x)]
            return " ".join([w[1:-1], *rest]) if rest else None
    return None


def name_words(name: str, person: bool = True) -> list[str]:
    """The words of a name without a leading "the", a trailing possessive, a quoted nickname
    inside it and, for a person (``person=True``), leading titles."""
    text = strip_possessive(name.strip().strip(",;:\"“”‘’()"))
    words = text.split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _QUOTED_WORD.match(w)), words[-1]]
    if not words:
        return []
    if person:
        words = words[leading_title_count(words):]
    while len(words) > 1 and bare(words[0]) == "the":
        words = words[1:]
    return words


def strip_suffixes(words: list[str]) -> list[str]:
    """'Martin Luther King Jr.' words without the trailing 'Jr.'."""
    while len(words) > 1 and bare(words[-1]).rstrip(",") in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    return words


def clean_name(name: str, person: bool = True) -> str:
    """'the Russian President Vladimir Putin's' -> 'Vladimir Putin'."""
    return " ".join(name_words(name, person))


def name_key(name: str, person: bool = True) -> str:
    """Key under which a name is stored in the actor table."""
    return " ".join(bare(w) for w in name_words(name, person))


def initials(name: str) -> str:
    """'United Nations' -> 'UN'; 'Bank of England' -> 'BE' (stop words skipped)."""
    return "".join(w[0].upper() for w in name.replace("-", " ").split() if bare(w) not in _ACRONYM_STOP and w[:1].isalpha())


def is_acronym(name: str) -> bool:
    """'UN', 'U.N.', 'NATO' (2-6 capital letters, dots allowed)."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def looks_like_person_name(words: list[str]) -> bool:
    """Capitalised words, particles allowed inside: 'Staffan de Mistura', 'J. Alex Halderman'."""
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    for w in words:
        if w[:1].isupper():
            if bare(w) in PRONOUN_WORDS or bare(w) in WEEKDAYS or bare(w) in MONTHS:
                return False
            continue
        if bare(w) not in NAME_PARTICLES:
            return False
    return not any(bare(w) in FUNCTION_WORDS for w in words)


def looks_like_surname_with_particles(words: list[str]) -> bool:
    """'de Boer', 'van der Berg': lowercase particles, then a person's capitalised name words
    (a surname written on its own, which ``looks_like_person_name`` refuses for its lowercase
    start)."""
    k = 0
    while k < len(words) and bare(words[k]) in NAME_PARTICLES and words[k][:1].islower():
        k += 1
    return 0 < k < len(words) and looks_like_person_name(words[k:])


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance (small strings), stopping early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def spelling_variant(a: str, b: str) -> bool:
    """Transliteration variants of one surname: 'Zelensky'/'Zelenskiy', 'Gaddafi'/'Qaddafi' no.

    Both at least 6 letters, the same first 5, at most one edit apart.
    """
    a, b = fold(a), fold(b)
    return a != b and min(len(a), len(b)) >= 6 and a[:5] == b[:5] and edit_distance(a, b, 1) <= 1
