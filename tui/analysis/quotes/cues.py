"""Word tables only the quote engine reads: cue verbs, guards, forenames, role families, groups.

Data only, in module-level tables (as spaCy does), so a reader can extend a
list without touching the logic. The classes the entity stage reads too (titles, role nouns,
pronouns, demonyms, organisation nouns) are in ``analysis.lexicon`` and imported here.
"""

from __future__ import annotations

from newsread.analysis.lexicon import (  # noqa: F401  (shared classes, read here as cues.X)
    DEMONYM_GENDER,
    DEMONYM_NOUN,
    DEMONYM_NOUNS,
    GENERIC_ORG_NOUNS,
    HONORIFICS,
    PRONOUNS,
    ROLE_NOUNS,
    SAYING_LEMMAS,
    SAYING_PARTICLES,
    SPEAKING_ORG_NOUNS,
    SPOKES_NOUNS,
)
from newsread.analysis.lexicon import TITLE_ABBREVIATIONS as ROLE_ABBREVIATIONS  # noqa: F401

# Reporting verbs, by lemma. A quote attached to one of these (or next to it)
# is attributed to its subject: the verbs of saying, and the reactions and verdicts a direct
# quote may hang on ("laughed", "slammed").
CUE_LEMMAS = SAYING_LEMMAS | frozenset(
    """
    advise affirm agree answer assail beam bemoan blast blog brand characterise characterize
    chuckle conclude condemn confess criticise criticize cry decry depose disagree dismiss dub
    estimate gasp grin groan grumble hail instruct interject interrupt introduce label laugh
    object observe order plead post praise protest recollect recount reject remember reveal
    scoff sigh slam smile snap sneer sob tout welcome wonder
    """.split()
)

# Lemmas that are cues only with a particle ("point out", "sum up").
CUE_PARTICLES = SAYING_PARTICLES | {("sum", "up"), ("fire", "back"), ("shoot", "back"), ("chime", "in")}

# Verbs that introduce a quoted TERM, not speech, when they govern the quote
# without a speaking subject ("diagnosed with", "so-called", "known as").
TERM_WORDS = frozenset(
    "called so-called dubbed termed named known labelled labeled nicknamed titled entitled "
    "diagnosed branded christened".split()
)

# Lemmas that look like cues but usually govern terms in news copy when the
# quote is a bare noun phrase and the verb is passive.
NON_SPEECH_LEMMAS = frozenset("diagnose know name title entitle".split())

# A small list of common first names with a clear gender (cheap pronoun help).
MALE_NAMES = frozenset(
    """
    john james robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy
    jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
    samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry
    nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald
    carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie
    gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
    johnny boris vladimir sergei dmitry mohammed muhammad ahmed ali omar hassan abdullah ibrahim
    recep mevlut mevlüt emmanuel rudy kurt gordon owen vince tim hunter mike bernie kevin
    brian gary ian neil stuart graham colin alan alastair nigel simon martin hugh rishi keir
    nicolas francois olaf jens pedro carlos luis miguel diego javier antonio marco giuseppe
    hans klaus jurgen ahmad mahmoud khalid yusuf mustafa tariq rahul amit raj sanjay vijay
    wei jun hiroshi kenji takeshi ivan igor oleg andrei mikhail yuri viktor volodymyr dmitri
    cammy mick tom dan ben matt nick steve andy bill bob jim ted jack fred luke
    liam oliver harry charlie leo max finn oscar archie dave phil rob tony ray rick
    """.split()
)
FEMALE_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
    rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
    samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
    virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
    andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
    doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
    brittany natalie isabella charlotte rose alexis kayla fiona theresa nancy hillary kamala
    pauline tamara judith gul sara angela ursula marine nicola jacinda greta melissa kate katie
    susan lena camila fatima aisha mariam leila sofia lucia carmen elena ana ines isabel
    priya anjali sunita mei yuki keiko olga natalia svetlana tatiana irina anna maria
    claire sophie chloe lucy ellie amelia mia ava isla freya zoe holly jade gemma kirsty
    joanne alison lindsay ruth eileen maureen sheila margaret kathleen bridget siobhan
    nadia yasmin amal hana noura layla lisa laura helena carla joan jane emily
    """.split()
)

# Nouns for a group of people that speaks as one ("the team", "researchers").
GROUP_NOUNS = frozenset(
    """
    team researchers scientists authors investigators experts group scholars economists analysts
    doctors engineers officials activists residents witnesses lawmakers campaigners organisers
    organizers students workers police prosecutors
    """.split()
)

# Role nouns that name the same post: "Rovers boss X" ... "the gaffer"; "actress X" ... "the actor".
_ROLE_FAMILIES = (
    "manager boss gaffer coach",
    "headteacher headmaster headmistress principal head",
    "actor actress star co-star performer",
    "captain skipper",
    "detective inspector",
    "lawyer attorney solicitor barrister",
    "doctor physician",
    "chairman chairwoman chair",
    "goalkeeper keeper",
    "player footballer striker winger midfielder defender goalkeeper",
)
ROLE_FAMILY: dict[str, frozenset[str]] = {}
for _fam in _ROLE_FAMILIES:
    for _w in _fam.split():
        ROLE_FAMILY[_w] = ROLE_FAMILY.get(_w, frozenset({_w})) | frozenset(_fam.split())


# Gendered forms of one post: "the actor" is not the woman introduced as "actress X".
GENDERED_ROLE_PAIRS = frozenset(
    frozenset(p.split()) for p in ("actor actress", "headmaster headmistress", "chairman chairwoman")
)


def role_family(role: str) -> frozenset[str]:
    """The role nouns that may name the same post as ``role`` (itself included)."""
    return ROLE_FAMILY.get(role, frozenset({role}))


# Nouns for a person by age or stage of life: "the teenager" is the person just
# described, like "the 17-year-old" (value: the gender the noun says, if any).
AGE_NOUNS = {
    "teenager": None, "teen": None, "youngster": None, "pensioner": None, "octogenarian": None,
    "nonagenarian": None, "centenarian": None, "toddler": None, "schoolboy": "m", "schoolgirl": "f",
    "grandmother": "f", "grandfather": "m", "grandmother-of-two": "f", "widow": "f", "widower": "m",
}


# Description heads that name a person whom the article may never name
# ("the patient"): they become the speaker_name when no actor fits.
PERSON_DESCRIPTION_HEADS = ROLE_NOUNS | GROUP_NOUNS

NON_SPEAKER_HEADS = frozenset(
    """report study statement paper document article letter poll survey data agreement deal memo
    email filing transcript record records minutes documents reports analysis figures estimate
    estimates website post notice profile obituary review editorial""".split()
)

# Determiners dropped from a description used as a speaker name.
ARTICLES = ("the ", "a ", "an ", "The ", "A ", "An ")
