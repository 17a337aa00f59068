"""Word classes for the entity context cues (entity_cues.py): lexical classes, not names.

Organisation nouns, place heads, person-role nouns and the small patterns around them.
Lowercase; compared with ``names.bare`` or ``Token.lower_``. The classes the quote stage reads
too (titles, organisation and club heads, demonyms, name suffixes) are in ``analysis.lexicon``.
"""

from __future__ import annotations

import re

from newsread.analysis.lexicon import (  # noqa: F401  (shared classes, read here as cue_words.X)
    CLUB_HEADS,
    DASHES,
    DEMONYM_NOUNS,
    INSTITUTION_HEADS,
    KIN_GENDER,
    NAME_SUFFIXES,
    OCCUPATIONS,
    ORG_HEADS,
    PERSONAL_POSSESSIVES,
    TEAM_PLACE_HEADS,
    TITLE_WORDS,
    saying_forms,
)
from newsread.analysis.lexicon import LEGAL_FORMS as LEGAL  # noqa: F401

# Common nouns naming a kind of organisation ("the carrier X", "X, the delivery app,").
ORG_NOUNS = frozenset(
    """company companies firm carrier airline retailer lender bank insurer startup start-up app
    platform chain group maker manufacturer automaker carmaker chipmaker operator newspaper paper
    magazine broadcaster network publisher outlet brand supplier developer conglomerate giant
    subsidiary website site blog daily weekly tabloid charity nonprofit non-profit union club team label
    studio distributor shipper agency consultancy watchdog regulator service organisation
    organization supermarket""".split()
) | frozenset(
    # Shops and venues: "the salon X", "X, the family bakery,".
    """salon shop store café cafe restaurant bakery pub boutique bistro diner gym hotel inn clinic
    garage florist parlour parlor barbershop takeaway deli pharmacy bookshop bookstore brewery
    distillery nightclub venue""".split()
)
# Lowercase nouns after a name that make it an organisation ("the X newspaper", "X employees").
ORG_AFTER = frozenset(
    """newspaper magazine daily tabloid broadcaster employees workers staffers shareholders
    shares stock headquarters app subscribers customers salon shop store café cafe restaurant
    bakery pub boutique bistro diner hotel brewery""".split()
)
# Last words of a place name ("Ashford Falls", "Cedar Heights").
PLACE_HEADS = frozenset(
    "falls springs heights city valley county township borough harbor harbour creek road avenue stadium".split()
)
# Nouns after "X's" that make X a place ("X's harbour", "X's mayor").
PLACE_POSSESSIONS = frozenset("port harbour harbor mayor residents streets suburbs outskirts waterfront".split())
# Office titles held over a place ("X Mayor Y"), as opposed to one held in a company.
PLACE_TITLES = frozenset("mayor governor sheriff councillor councilman councilwoman alderman".split())
# Nouns naming a person's role or relation, used as cues that a name is a person's; beyond the
# occupations, words the quote stage must not read as a description to resolve ("nominee").
PERSON_NOUNS = OCCUPATIONS | frozenset(KIN_GENDER) | frozenset(
    """accountant apprentice architect artist athlete baker banker barber barmaid batter
    billionaire bowler boxer boy broker businessman businesswoman butcher carpenter cashier
    challenger chef classmate clerk clockmaker colleague comedian composer cook coworker cyclist
    dad dancer designer electrician engineer entrepreneur fan filmmaker fisherman forward girl
    golfer grocer guard incumbent investor jockey lecturer linebacker luthier mentor miner mogul
    mom musician nominee novelist organiser organizer painter pastor photographer pitcher
    playwright plumber poet priest pupil quarterback receiver retiree rider roommate runner
    shepherd soldier swimmer tailor teammate teenager tycoon vicar volunteer waiter waitress
    watchmaker widow worker writer""".split()
) | {w for w in TITLE_WORDS if w.isalpha() and len(w) > 3}
# Nouns after "X's" that make X a person ("X's wife", "X's grandmother", "X's career").
RELATIVES = frozenset(KIN_GENDER) | frozenset("family children parents career".split())
# Verbs of saying after a name that make it a speaker ("X said", "X announced").
SPEECH_VERBS = saying_forms("say tell announce add", "lemma", "past") | saying_forms("say tell", "third")
QUOTES = frozenset('"“”‘’\'')
STATE_ABBR = re.compile(r"^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$")  # "Vt.", "Calif.", "N.Y."
DATELINE_END = frozenset((",", "(")) | DASHES

# Kinship words written as forms of address ("Mum", "Grandad"): not names, even capitalised.
KINSHIP_FORMS = frozenset(
    """mum mummy mam mammy mom mommy momma mama dad daddy nan nana nanna nanny gran granny grandma
    grandmom grandad granddad grandpa gramps grandmother grandfather auntie aunty mother uncle aunt""".split()
)
# Kinship words that may stand before a forename as a title ("Auntie Pam" -> "Pam"); not "Nana"
# or "Nan", which are forenames too ("Nana Akufo-Addo").
KINSHIP_TITLES = frozenset("auntie aunty grandad granddad grandpa grandma granny".split())
# The shape of most other demonyms ("Norwegian", "Brazilian", "Chinese"), a cue only after a
# determiner ("the Norwegian"), since forenames share it ("Brian", "Julian"); not "-an", which
# many surnames end with ("the Morgan family"): those demonyms are listed in the lexicon.
DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish)$")
# Words around a club's name in a match report: "beat X", "against X", "X's manager".
SPORT_BEFORE = frozenset("beat beating against versus vs v host hosts hosted face faces faced visit visiting".split())
SPORT_AFTER = frozenset(
    """manager boss coach goalkeeper keeper striker captain players squad fans supporters defender
    midfielder winger forward chairman beat drew""".split()
)
# A film, show or book: "the soap X", "starred in X", "the X star".
WORK_NOUNS = frozenset(
    """soap show series drama sitcom programme program film movie musical documentary serial
    podcast album novel comedy thriller franchise""".split()
)
# Works in which someone plays a character ("plays X in the soap"); not "series" or "show",
# which sport has too ("plays X in the series").
ROLE_WORKS = frozenset("soap sitcom drama film movie musical serial episode character role".split())
WORK_AFTER = frozenset("star stars actor actress cast episode episodes finale viewers spin-off".split())
WORK_VERBS = frozenset("starred starring stars star appeared appears appearing featured features".split())
# Nouns right after a place's name ("X village", "X residents").
PLACE_AFTER = frozenset("village villagers townsfolk parish residents locals".split())
# Verbs before "in X" / "to X" that make X a place: "born in X", "grew up in X", "moved to X".
RESIDE_BEFORE_IN = frozenset("born raised up lives lived living based settled resides resided".split())
MOVE_BEFORE_TO = frozenset(
    "moved moving move relocated emigrated returned returning travelled traveled home back".split()
)
# Possessives before a role noun that make the name after it a person ("their son Alfie").
POSSESSIVE_DETS = PERSONAL_POSSESSIVES
# Business cues: "owner of X", "runs X".
OWNED_OF = frozenset("owner owners co-owner founder co-founder proprietor customers regulars staff".split())
