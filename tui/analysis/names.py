"""Name tables and pure helpers: titles, honorifics, possessives, name keys.

No spaCy here: these work on strings and token lists so that the actor table,
the entity fixes and the quote engine normalise names the same way.
"""

from __future__ import annotations

import re
import unicodedata

# Honorifics and job titles that precede a name but are not part of it.
# Lowercase, without dots ("Lt." -> "lt"). Multi-word titles are stripped word by word.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lady lord madam madame mister
    president vice prime minister secretary ambassador envoy senator sen rep representative
    congressman congresswoman congressmember governor gov mayor judge justice chancellor
    king queen prince princess sheikh emir sultan pope cardinal bishop archbishop rabbi imam
    reverend rev father sister brother
    gen general lt lieutenant col colonel maj major capt captain cmdr commander sgt sergeant
    cpl corporal pvt private adm admiral brig brigadier marshal field officer
    chief chairman chairwoman chairperson chair director ceo cfo coo founder head
    spokesman spokeswoman spokesperson spokesmen
    adviser advisor counselor counsellor attorney lawyer
    councillor councilor cllr councilman councilwoman alderman assemblyman assemblywoman coach
    constable superintendent supt inspector insp detective det dci dcs pcso coroner emeritus shadow
    commissioner coordinator representative deputy assistant acting interim former late
    special senior junior foreign defence defense interior finance justice health
    economy trade state home press first general-secretary secretary-general
    activist journalist reporter correspondent analyst researcher scientist doctor
    """.split()
)

# Words that may start a title phrase but are also ordinary name words, so they are only
# stripped when another title word follows ("Foreign Minister X", not "First X").
TITLE_MODIFIERS = _TITLE_MODIFIERS = frozenset(
    "vice prime deputy assistant acting interim former late special senior junior foreign "
    "defence defense interior finance justice health economy trade state home press first general "
    "field head chair father sister brother private shadow".split()
)

# Lowercase words allowed inside a personal name ("Staffan de Mistura", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset(
    "de da di del della der den du van von le la al el bin ibn bint ben ter zu y dos das".split()
)

# Words that never belong to a personal name, even capitalised in a title-case headline.
FUNCTION_WORDS = frozenset("of as in to for and or the at on with by from after before over into is are was".split())

PRONOUNS = frozenset(
    "i me my mine you your he him his she her hers it its we us our they them their "
    "who whom whose this that these those someone anyone everyone nobody".split()
)

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
        elif w in TITLE_WORDS and (w not in _TITLE_MODIFIERS or nxt in TITLE_WORDS):
            n += 1
        elif (
            words[n][:1].isupper() and nxt in TITLE_WORDS and nxt not in _TITLE_MODIFIERS and n + 2 < len(words)
        ):
            # "Russian President Vladimir Putin", "Kremlin spokesman Dmitry Peskov"
            n += 1
        elif (
            words[n][:1].isupper() and nxt in _TITLE_MODIFIERS and n + 3 < len(words)
            and bare(words[n + 2]) in TITLE_WORDS
        ):
            n += 1
        else:
            break
    return n


# A nickname quoted between forename and surname: 'Patrick "Pat" Doyle'.
_QUOTED_WORD = re.compile(r"^[\"“”‘’'].+[\"“”‘’']$")

# Common English hypocorisms (nickname -> full forenames): data, so that "Bill Hart" and
# "William Hart" in one article are one person.
HYPOCORISMS = {
    "pat": ("patrick", "patricia"), "patty": ("patricia",), "bill": ("william",), "will": ("william",),
    "billy": ("william",), "liam": ("william",), "bob": ("robert",), "rob": ("robert",), "bobby": ("robert",),
    "robbie": ("robert",), "mike": ("michael",), "mick": ("michael",), "jim": ("james",), "jimmy": ("james",),
    "jamie": ("james",), "tom": ("thomas",), "tommy": ("thomas",), "liz": ("elizabeth",),
    "beth": ("elizabeth",), "betty": ("elizabeth",), "lizzie": ("elizabeth",), "dick": ("richard",),
    "rick": ("richard",), "rich": ("richard",), "ricky": ("richard",), "bert": ("albert", "herbert"),
    "ted": ("edward", "theodore"), "ed": ("edward", "edwin", "edmund"), "eddie": ("edward",),
    "ned": ("edward",), "tony": ("anthony",), "andy": ("andrew",), "drew": ("andrew",),
    "dave": ("david",), "dan": ("daniel",), "danny": ("daniel",), "joe": ("joseph",), "joey": ("joseph",),
    "chris": ("christopher", "christine", "christina"), "kate": ("katherine", "catherine", "kathryn"),
    "katie": ("katherine", "catherine"), "cathy": ("catherine",), "kathy": ("katherine", "kathleen"),
    "sue": ("susan",), "susie": ("susan",), "jenny": ("jennifer",), "jen": ("jennifer",),
    "meg": ("margaret",), "maggie": ("margaret",), "peggy": ("margaret",), "debbie": ("deborah",),
    "matt": ("matthew",), "nick": ("nicholas",), "steve": ("stephen", "steven"), "sam": ("samuel", "samantha"),
    "ben": ("benjamin",), "alex": ("alexander", "alexandra"), "greg": ("gregory",), "jeff": ("jeffrey",),
    "jerry": ("gerald", "jerome"), "larry": ("lawrence",), "harry": ("henry", "harold"), "hank": ("henry",),
    "jack": ("john",), "johnny": ("john",), "charlie": ("charles",), "chuck": ("charles",),
    "fred": ("frederick",), "frank": ("francis", "franklin"), "gene": ("eugene",), "ken": ("kenneth",),
    "ron": ("ronald",), "don": ("donald",), "doug": ("douglas",), "phil": ("philip", "phillip"),
    "pete": ("peter",), "ray": ("raymond",), "walt": ("walter",), "wally": ("walter",),
    "abby": ("abigail",), "becky": ("rebecca",), "vicky": ("victoria",), "tina": ("christina",),
    "bea": ("beatrice", "beatrix"), "trish": ("patricia",), "tricia": ("patricia",), "bex": ("rebecca",),
    "becca": ("rebecca",), "jo": ("joanne", "joanna", "josephine"), "dom": ("dominic",), "tim": ("timothy",),
    "jon": ("jonathan",), "josh": ("joshua",), "zach": ("zachary",), "theo": ("theodore",),
    "nate": ("nathan", "nathaniel"), "tash": ("natasha",), "mandy": ("amanda",), "fran": ("frances", "francesca"),
    "izzy": ("isabel", "isabella", "isobel"), "ellie": ("eleanor", "elinor"), "libby": ("elizabeth",),
    "gill": ("gillian",), "jackie": ("jacqueline",), "jess": ("jessica",), "steph": ("stephanie",),
    "mel": ("melanie", "melissa"), "nicky": ("nicola", "nicholas"), "chrissie": ("christine",), "kath": ("katherine", "kathleen"),
}
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


# Generational suffixes: part of the full name, but not of the surname ("King" of "King Jr.").
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def strip_suffixes(words: list[str]) -> list[str]:
    """'Martin Luther King Jr.' words without the trailing 'Jr.'."""
    while len(words) > 1 and bare(words[-1]).rstrip(",") in NAME_SUFFIXES:
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
            if bare(w) in PRONOUNS or bare(w) in WEEKDAYS or bare(w) in MONTHS:
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
