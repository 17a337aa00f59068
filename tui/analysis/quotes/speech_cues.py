"""Lexicon of reported speech: which verbs and phrases report speech, and where each puts its content.

Data only (the logic is in ``content`` and ``reported``), so a reader can extend a list
without touching the rules. Lemmas are lowercase. Beliefs, wishes and findings ("think",
"want", "believe", "find", "show") are deliberately absent: they are not speech.
"""

from __future__ import annotations

from newsread.analysis.lexicon import SAYING_LEMMAS, SAYING_PARTICLES

# Verbs of saying, by lemma: each reports speech in any tense and voice.
SPEECH_LEMMAS = SAYING_LEMMAS | frozenset(
    """
    chant cite echo muse opine point posit proclaim quote reaffirm threaten
    """.split()
)

# Cues whose direct object is the content itself ("denied the charges", "cited fears of
# terrorism", "announced his candidacy"), unless the object is a person spoken to.
OBJECT_CONTENT = frozenset(
    """
    deny cite stress emphasize emphasise describe mention reiterate tweet quote predict promise
    pledge vow announce acknowledge admit confirm recall note claim repeat echo chant demand
    reaffirm proclaim allege
    """.split()
)

# Cues whose to-infinitive (xcomp) is the content, with the person addressed before it
# ("urged voters to stay home", "vowed to repeal the law", "called on him to resign").
XCOMP_CONTENT = frozenset("urge ask promise pledge vow threaten tell warn call claim demand".split())

# Cue + preposition whose object is the content ("called for a ban", "accused him of lying",
# "warned of a crisis", "pointed to the polls").
PREP_CONTENT = frozenset(
    (lemma, prep)
    for lemma, preps in (
        ("call", "for on"),
        ("accuse", "of"),
        ("charge", "with"),
        ("warn", "of about against"),
        ("complain", "about of"),
        ("point", "to"),
        ("ask", "about for"),
        ("boast", "about of"),
        ("joke", "about"),
        ("tell", "about of"),
        ("write", "about of"),
        ("tweet", "about"),
        ("argue", "for against"),
        ("testify", "about"),
        ("comment", "on"),
    )
    for prep in preps.split()
)

# Cues whose person object comes before the content ("accused the Democrats of ...",
# "called on Sanders to ...", "urged the voters to ..."): the object belongs to the content.
OBJECT_THEN_CONTENT = frozenset("accuse charge urge ask call tell warn describe".split())

# Cues that report speech only with a particle ("pointed out that ...").
PARTICLE_CUES = SAYING_PARTICLES

# Lemmas that report speech only when they govern a clause or a listed preposition, never
# with a bare object: "added to the list", "called the meeting", "charged a fee", "stated goals".
CLAUSE_ONLY = frozenset("add call charge state point maintain counter report write say tell ask".split())

# Phrases that attribute the clause they stand in: "according to X", "in the words of X".
ACCORDING = frozenset(("according",))

# Verbs before a to-infinitive cue that report the speech as made ("went on to say", "took to
# Twitter to announce"); after any other ("declined to say", "plans to announce", "is expected
# to argue") the speech may never have happened: not an attribution.
REALISING_HEADS = frozenset("go take continue rise use stand".split())

# Passive cues that report speech without naming the speaker ("was asked whether ...",
# "Asked about the polls, ...", "The board was told that ...", "It was reported that ..."):
# the words are reported, the one who said them is nobody in the text (the passive subject
# is the one asked or told, never the speaker).
PASSIVE_UNNAMED = frozenset(("ask", "tell", "report", "say"))

# Passive cues whose subject is the speaker ("was quoted as saying", "is on record as saying").
PASSIVE_SPEAKER = frozenset(("quote",))
