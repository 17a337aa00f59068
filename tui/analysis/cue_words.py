"""Word classes for the entity context cues (entity_cues.py): lexical classes, not names.

Organisation nouns and heads, place heads, person-role nouns and the small patterns around
them. Lowercase; compared with ``names.bare`` or ``Token.lower_``.
"""

from __future__ import annotations

import re

from newsread.analysis.names import TITLE_WORDS

# Common nouns naming a kind of organisation ("the carrier X", "X, the delivery app,").
ORG_NOUNS = frozenset(
    """company companies firm carrier airline retailer lender bank insurer startup start-up app
    platform chain group maker manufacturer automaker carmaker chipmaker operator newspaper paper
    magazine broadcaster network publisher outlet brand supplier developer conglomerate giant
    subsidiary website daily weekly tabloid charity nonprofit non-profit union club team label
    studio distributor shipper agency consultancy""".split()
)
# Lowercase nouns after a name that make it an organisation ("the X newspaper", "X employees").
ORG_AFTER = frozenset(
    """newspaper magazine daily tabloid broadcaster employees workers staffers shareholders
    shares stock headquarters app subscribers customers""".split()
)
# Last words of a company or institution name.
ORG_HEADS = frozenset(
    """line lines airlines airways group holdings partners bank motors systems technologies labs
    inc corp ltd llc plc gmbh co company corporation foundation institute university college
    council committee commission ministry department agency association union party league
    authority board club society network news media studios pictures entertainment ventures
    trust fund high school academy hospital cathedral mosque museum library""".split()
)
# Last words of a place name ("Ashford Falls", "Cedar Heights").
PLACE_HEADS = frozenset("falls springs heights city valley county township borough harbor harbour creek".split())
# Nouns after "X's" that make X a place ("X's harbour", "X's mayor").
PLACE_POSSESSIONS = frozenset("port harbour harbor mayor residents streets suburbs outskirts waterfront".split())
# Office titles held over a place ("X Mayor Y"), as opposed to one held in a company.
PLACE_TITLES = frozenset("mayor governor sheriff councillor councilman councilwoman alderman".split())
# Nouns naming a person's role or relation, used as cues that a name is a person's.
PERSON_NOUNS = frozenset(
    """quarterback coach player captain striker goalkeeper pitcher midfielder defender forward
    runner athlete student pupil teacher principal resident neighbour neighbor farmer owner worker
    nurse surgeon physician pastor priest vicar lecturer economist historian author writer
    novelist poet artist painter singer musician actor actress producer witness victim survivor
    mother son daughter wife husband grandmother grandfather friend colleague mentor apprentice
    detective engineer watchmaker baker carpenter volunteer organiser organizer campaigner
    candidate fan veteran widow retiree shopkeeper cook chef guard linebacker receiver winger
    keeper batter bowler jockey boxer swimmer cyclist rider golfer clockmaker luthier plumber
    electrician driver pilot soldier miner fisherman shepherd grocer tailor barber butcher waiter
    waitress cashier clerk accountant banker broker trader investor entrepreneur designer
    architect photographer filmmaker playwright composer dancer comedian presenter anchor editor
    columnist teenager boy girl man woman mom dad grandson granddaughter nephew niece cousin
    uncle aunt girlfriend boyfriend parent coworker classmate teammate roommate patient""".split()
) | {w for w in TITLE_WORDS if w.isalpha() and len(w) > 3}
RELATIVES = frozenset("wife husband son daughter mother father sister brother family children parents career".split())
SPEECH_VERBS = frozenset("say says said tell tells told announce announced add added".split())
QUOTES = frozenset('"“”‘’\'')
STATE_ABBR = re.compile(r"^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$")  # "Vt.", "Calif.", "N.Y."
# Abbreviations after a comma that belong to a person, not a state ("Smith, Jr.", "Lee, M.D.").
NAME_SUFFIXES = frozenset(("jr", "sr", "esq", "m.d", "ph.d", "r.n"))
DASHES = frozenset(("—", "–", "-", "--"))
DATELINE_END = frozenset((",", "(")) | DASHES
# Corporate words that end a span so "X Inc" is a company (checked on the token after the span).
LEGAL = frozenset("inc corp ltd llc plc gmbh".split())
