"""The word classes that both analysis stages use, each defined once.

The entity stage (finding and labelling names) and the quote stage (resolving speakers) read the
same kinds of words: titles before a name, occupations, pronouns, name particles and suffixes,
nicknames, demonyms, organisation nouns, the last words of club and company names, verbs of
saying and dashes. Each class is written here once, as a base
list, and the variants a stage needs are built from the bases (as negspacy builds its termsets),
so that a word added to a class reaches every stage that uses it.

Lowercase throughout; compared with ``names.bare`` (no dots) or ``Token.lower_``. Word classes
that only one stage reads stay in that stage's table module (``cue_words``, ``quotes.cues``,
``quotes.speech_cues``).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- titles written before a name ----------------------------------------------------------------

# Forms of address, and the gender each says (None: either).
ADDRESS_GENDER = {
    "mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "madam": "f",
    "madame": "f", "mx": None, "dr": None, "prof": None, "professor": None,
}
# Titles of rank by birth or rule, and the gender each says.
NOBLE_GENDER = {
    "lord": "m", "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f", "sheikh": "m",
    "emir": "m", "sultan": "m",
}
# Titles written before a name and the gender each says, None when it says none ("Dr").
HONORIFICS = ADDRESS_GENDER | NOBLE_GENDER
# Forms of address: a span that opens with one is a person's name whatever the model thought.
# Not the noble titles, which open places and institutions too ("King's College", "Lord's").
ADDRESS_TITLES = frozenset(ADDRESS_GENDER)
# Clergy titles ("Archbishop X", "Imam X", "Father X").
CLERGY_TITLES = _words("pope cardinal bishop archbishop rabbi imam reverend rev father sister brother")
# Elected and appointed offices ("Senator X", "Foreign Minister X", "Cllr X").
OFFICE_TITLES = _words(
    """president vice prime minister secretary ambassador envoy senator sen rep representative
    congressman congresswoman congressmember governor gov mayor judge justice chancellor
    councillor councilor cllr councilman councilwoman alderman assemblyman assemblywoman
    commissioner general-secretary secretary-general"""
)
# Military ranks, abbreviations included ("Lt. Col. X").
MILITARY_RANKS = _words(
    """gen general lt lieutenant col colonel maj major capt captain cmdr commander sgt sergeant
    cpl corporal pvt private adm admiral brig brigadier marshal field officer"""
)
# Police and coroners' ranks ("Det Insp X", "DCI X").
POLICE_RANKS = _words("constable superintendent supt inspector insp detective det dci dcs pcso coroner")
# People who speak for an organisation: "a spokesman for X" is attributed to X.
SPOKES_NOUNS = _words("spokesman spokeswoman spokesperson representative")
# Posts in a company or a body ("CEO X", "Chairwoman X").
BOARD_TITLES = _words("chief chairman chairwoman chairperson chair director ceo cfo coo founder head coordinator spokesmen")
# Professions written as a title before a name ("Attorney X", "analyst X").
PROFESSION_TITLES = _words(
    """adviser advisor counselor counsellor attorney lawyer coach activist journalist reporter
    correspondent analyst researcher scientist doctor"""
)
# Departments of a government named in an office ("Health Secretary X", "Home Office").
DEPARTMENTS = _words("foreign defence defense interior finance justice health economy trade state home press")
# Words that may start a title phrase but are also ordinary name words, so they are only
# stripped when another title word follows ("Foreign Minister X", not "First X").
TITLE_MODIFIERS = DEPARTMENTS | _words(
    """vice prime deputy assistant acting interim former late special senior junior first general
    field head chair father sister brother private shadow"""
)
# Honorifics and job titles that precede a name but are not part of it (the entity stage's
# titles: stripped from a name's key, never a name's first word).
TITLE_WORDS = (
    frozenset(HONORIFICS) | CLERGY_TITLES | OFFICE_TITLES | MILITARY_RANKS | POLICE_RANKS
    | SPOKES_NOUNS | BOARD_TITLES | PROFESSION_TITLES | TITLE_MODIFIERS | {"emeritus"}
)
# Abbreviated titles and the word a later description of the holder uses ("Sen. X" ... "the
# senator", "DCI X" ... "the detective").
TITLE_ABBREVIATIONS = {
    "dr": "doctor", "prof": "professor", "sen": "senator", "rep": "representative", "gov": "governor",
    "amb": "ambassador", "pres": "president", "rev": "reverend", "cllr": "councillor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain", "cmdr": "commander",
    "sgt": "sergeant", "cpl": "corporal", "pvt": "private", "adm": "admiral", "brig": "brigadier",
    "supt": "superintendent", "det": "detective", "insp": "inspector", "di": "detective",
    "dci": "detective", "dcs": "detective", "ds": "detective", "pc": "constable", "pcso": "officer",
}
# Titles written abbreviated, with or without a dot ("Lt." and "Lt"); not "DI", "DS", "PC",
# "Amb", "Pres", which are no title before a name on their own ("di" is a name particle).
ABBREVIATED_TITLES = (frozenset(TITLE_ABBREVIATIONS) | _words("mr mrs ms mx")) & TITLE_WORDS

# Nouns for a person by trade or calling, or by the part they play in a story ("solicitor",
# "striker", "witness", "neighbour", "woman"): a cue that the name beside them is a person's
# ("solicitor X"), and a role a later description refers back to ("the solicitor said"). Not trades that are common surnames too ("Baker", "Cook",
# "Shepherd"), which only the entity stage's PERSON_NOUNS holds: as a role noun a bare "Baker"
# would be read as a description. Politics and the media name people by role too ("Fox News
# host X", "his counterpart X", "GOP pollster X"); not "rival" or "opponent", said of teams
# and firms as often, nor "nominee", "businessman", "billionaire": as a description ("the GOP
# nominee said") the quote stage would hand them to the nearest name, often the wrong one, so
# only PERSON_NOUNS holds them.
OCCUPATIONS = _words(
    """
    actor actress aide anchor author barrister biologist blogger boss campaigner candidate
    captain coach co-host columnist commentator consultant counterpart defender detective
    diplomat driver ecologist economist editor entertainer epidemiologist farmer firebrand
    firefighter footballer friend geologist goalkeeper headmaster headmistress headteacher
    historian host keeper lobbyist man mediator midfielder moderator mother negotiator neighbor
    neighbour nurse owner paramedic patient philanthropist physician pilot player pollster
    presenter principal producer prosecutor psychologist pulmonologist pundit rapper resident
    shopkeeper singer skipper solicitor staffer strategist striker student surgeon survivor
    teacher trader veteran victim virologist winger witness woman
    """
)
# Role nouns whose holder is a person ("the minister", "the envoy", "the gaffer"): the
# occupations, posts and offices, and clergy titles ("Imam X" ... "the imam"; not "sister" and
# "brother", which are kin).
ROLE_NOUNS = OCCUPATIONS | CLERGY_TITLES - {"rev", "sister", "brother"} | _words(
    """
    activist adviser advisor ambassador analyst attorney ceo chair chairman chairwoman
    chancellor chief co-star colonel commander congressman congresswoman constable correspondent
    councillor counsellor counselor director doctor envoy executive expert eyewitness father
    founder gaffer general governor inspector journalist judge king lawmaker lawyer leader
    lieutenant manager mayor minister officer official pensioner performer premier president
    prince professor queen relative reporter representative researcher scientist secretary
    senator sergeant specialist spokesman spokesperson spokeswoman star
    """
)
# Words before a speaker's name that the quote stage drops from it beyond the titles: role
# nouns, parliamentary posts, the bodies an office belongs to ("UN envoy X", "White House press
# secretary X", "Kremlin spokesman X") and more departments ("Education Secretary X").
SPEAKER_TITLE_EXTRAS = _words(
    """agent speaker leader majority minority mp mep msp delegate trustee united nations un u.n.
    white house kremlin education transport housing environment energy culture business"""
)
# Words before a name that are not part of it, for a speaker's name: the titles, each
# abbreviation also with its dot (the quote stage compares ``Token.lower_``, "lt."), the role
# nouns and the extras above.
SPEAKER_TITLE_WORDS = (
    TITLE_WORDS | {w + "." for w in ABBREVIATED_TITLES} | ROLE_NOUNS | SPEAKER_TITLE_EXTRAS
)



# -- verbs of saying -----------------------------------------------------------------------------

# Verbs of saying, by lemma, that report speech both as the cue of a direct quote and as reported
# speech ("said", "warned", "tweeted"); each stage adds the verbs only it takes.
SAYING_LEMMAS = _words(
    """
    accuse acknowledge add admit allege announce argue ask assert assure boast call caution
    charge claim comment complain concede confirm contend counter declare demand deny describe
    emphasise emphasize exclaim explain inform insist joke lament maintain mention mutter note
    pledge predict promise quip reassure recall reiterate remark repeat reply report respond
    retort say scream shout state stress suggest tell testify tweet urge vow warn whisper write
    yell
    """
)
# The forms of the commonest verbs of saying: present third person, past, "-ing" ("says" and
# "tweets" are nouns too, so a stage takes only the forms it can trust).
SAYING_FORMS = {
    "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"), "add": ("adds", "added", "adding"),
    "announce": ("announces", "announced", "announcing"), "write": ("writes", "wrote", "writing"),
    "ask": ("asks", "asked", "asking"), "reply": ("replies", "replied", "replying"),
    "tweet": ("tweets", "tweeted", "tweeting"), "insist": ("insists", "insisted", "insisting"),
    "warn": ("warns", "warned", "warning"), "explain": ("explains", "explained", "explaining"),
    "recall": ("recalls", "recalled", "recalling"),
}


def saying_forms(lemmas: str, *forms: str) -> frozenset[str]:
    """The ``forms`` ("lemma", "third", "past", "ing") of the verbs ``lemmas`` (a space-separated
    string, each a key of SAYING_FORMS): ``saying_forms("say tell", "past")`` is {"said", "told"}."""
    out: set[str] = set()
    for verb in lemmas.split():
        third, past, ing = SAYING_FORMS[verb]
        table = {"lemma": verb, "third": third, "past": past, "ing": ing}
        out |= {table[f] for f in forms}
    return frozenset(out)


# Verbs of saying only with their particle ("point out", "go on").
SAYING_PARTICLES = frozenset({("point", "out"), ("spell", "out"), ("lay", "out"), ("go", "on")})

# -- pronouns ------------------------------------------------------------------------------------

# Personal pronouns: subject, object, possessive determiner, possessive pronoun, reflexive, and
# the referent's gender or number ("m", "f", "n" for a thing, "p" for several, None: unsaid).
_PERSONAL = (
    ("i", "me", "my", "mine", "myself", None),
    ("you", "you", "your", "yours", "yourself", None),
    ("he", "him", "his", "his", "himself", "m"),
    ("she", "her", "her", "hers", "herself", "f"),
    ("it", "it", "its", "its", "itself", "n"),
    ("we", "us", "our", "ours", "ourselves", "p"),
    ("they", "them", "their", "theirs", "themselves", "p"),
)
# Subject forms ("he", "they").
SUBJECT_PRONOUNS = frozenset(row[0] for row in _PERSONAL)
# Object forms ("him", "them"): the people spoken to or about after a verb.
OBJECT_PRONOUNS = frozenset(row[1] for row in _PERSONAL)
# Pronouns for a man or a woman, every case ("he", "hers", "himself").
GENDER_PRONOUNS = frozenset(w for row in _PERSONAL if row[5] in ("m", "f") for w in row[:5])
# The gender a pronoun for a man or a woman says ("her" -> "f").
GENDER_OF_PRONOUN = {w: row[5] for row in _PERSONAL if row[5] in ("m", "f") for w in row[:5]}
# Third-person pronouns that do not say a gender ("it", "their"): a thing or a group.
UNGENDERED_PRONOUNS = frozenset(w for row in _PERSONAL if row[5] in ("n", "p") and row[0] != "we" for w in row[:5])
# Pronouns a speaker is referred to by, and the gender or number they say ("she" -> "f", "they"
# -> "p"; "i" says nothing): the subject forms but "you" (the one addressed), and the object
# forms of the third person ("him"). "Me" and "us" are the speaker naming themself inside a
# quote ("allowed me to say: '...'"), not someone to resolve.
PRONOUNS = {row[0]: row[5] for row in _PERSONAL if row[0] != "you"} | {
    row[1]: row[5] for row in _PERSONAL if row[0] in ("he", "she", "it", "they")
}
# Possessive determiners of people ("their son Alfie"; not "its").
PERSONAL_POSSESSIVES = frozenset(row[2] for row in _PERSONAL if row[5] != "n") | {"whose"}
# Relative and interrogative pronouns ("who", "whose").
WH_PRONOUNS = _words("who whom whose what which")
# Demonstratives ("this", "those").
DEMONSTRATIVES = _words("this that these those")
# Words before a noun that make the words after them a description, not a name ("the", "a fellow").
DETERMINERS = _words("the a an this that another fellow")
# Every pronoun-like word: a capitalised one is still not a name ("This", "Someone", "Mine").
PRONOUN_WORDS = (
    frozenset(w for row in _PERSONAL for w in row[:5]) | WH_PRONOUNS | DEMONSTRATIVES
    | _words("someone anyone everyone nobody")
)


# -- parts of personal names ---------------------------------------------------------------------

# Lowercase words allowed inside a personal name ("Staffan de Mistura", "Abu Bakr al-Baghdadi").
NAME_PARTICLES = _words("de da di del della der den du van von le la al el bin ibn bint ben abu ter zu y dos das")
# Generational suffixes: part of the full name, but not of the surname ("King" of "King Jr.").
GENERATIONAL_SUFFIXES = _words("jr sr ii iii iv")
# Letters after a person's name that are a degree or a calling ("Lee, M.D.", "Smith, Esq.").
POSTNOMINALS = _words("esq m.d ph.d r.n")
# Everything that may follow a person's name after a comma and belong to it ("Smith, Jr.").
NAME_SUFFIXES = GENERATIONAL_SUFFIXES | POSTNOMINALS

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



# -- kin and gendered person nouns -----------------------------------------------------------------

# Kinship nouns and the gender each says ("her mother" is she; "cousin": either).
KIN_GENDER = {
    "mother": "f", "father": "m", "wife": "f", "husband": "m", "daughter": "f", "son": "m", "sister": "f",
    "brother": "m", "grandmother": "f", "grandfather": "m", "granddaughter": "f", "grandson": "m",
    "aunt": "f", "uncle": "m", "niece": "f", "nephew": "m", "girlfriend": "f", "boyfriend": "m",
    "cousin": None, "parent": None,
}
# Stems that take "-man" and "-woman" for a post ("spokeswoman", "chairman").
_POST_STEMS = _words("spokes chair congress business")
# Nouns for a person that say the gender ("the husband", "the spokeswoman", "the actress").
PERSON_NOUN_GENDER = (
    {w: g for w, g in KIN_GENDER.items() if g}
    | {"woman": "f", "man": "m", "girl": "f", "boy": "m", "actress": "f"}
    | {s + "woman": "f" for s in _POST_STEMS} | {s + "man": "m" for s in _POST_STEMS}
)

# -- nationalities -------------------------------------------------------------------------------

# Nationality adjective -> the noun for one person of it ("Scottish" -> "the Scot"). An
# adjective not listed is its own noun ("Norwegian", "Italian", "Pakistani").
DEMONYM_NOUN = {
    "scottish": "scot", "scots": "scot", "english": "englishman", "irish": "irishman",
    "welsh": "welshman", "british": "briton", "french": "frenchman", "dutch": "dutchman",
    "spanish": "spaniard", "danish": "dane", "swedish": "swede", "finnish": "finn",
    "polish": "pole", "turkish": "turk", "icelandic": "icelander", "flemish": "fleming",
}
# Stems that take "-man" and "-woman" for a person of the nation ("Welshman", "Scotswoman").
_DEMONYM_STEMS = _words("scots welsh english irish french dutch cornish manx")
# Demonym nouns that say the gender ("the Welshwoman" is she).
DEMONYM_GENDER = {s + "man": "m" for s in _DEMONYM_STEMS} | {s + "woman": "f" for s in _DEMONYM_STEMS}
# Nouns for a person of a nation, region or city ("the Scot", "a Frenchman", "the Geordie"):
# descriptions, not names, and ones the NER may not tag NORP.
DEMONYM_NOUNS = frozenset(DEMONYM_NOUN.values()) | frozenset(DEMONYM_GENDER) | _words(
    """brit briton kiwi aussie yank scouser geordie londoner glaswegian mancunian liverpudlian
    argentine filipino filipina thai greek czech slovak swiss portuguese chinese japanese
    vietnamese lebanese sudanese senegalese congolese maltese iraqi israeli pakistani kuwaiti
    qatari saudi somali yemeni omani bangladeshi nepali afghan uzbek kazakh american mexican
    german african korean kenyan ugandan cuban chilean venezuelan dominican jamaican moroccan
    tibetan"""
)


# -- organisations -------------------------------------------------------------------------------

# Legal forms that only a company's name ends with ("X Inc", "X plc").
LEGAL_FORMS = _words("inc corp ltd llc plc gmbh")
# Legal-form words that a company's short name leaves out ("Apple Inc." is "Apple").
CORPORATE_SUFFIXES = LEGAL_FORMS | _words("corporation co ag sa nv lp llp")
# Last words of a football club's name that no place or person has ("Marlow United", "Rangers").
CLUB_HEADS = _words("united rovers athletic wanderers albion rangers fc afc")
# Last words of a place's name that a club takes too ("Halcombe Town").
TEAM_PLACE_HEADS = _words("town city county")
# Club words: the heads of a team's name ("United") and of a place that has a club ("Town").
TEAM_HEADS = TEAM_PLACE_HEADS | CLUB_HEADS
# Last words of a school's or an emergency service's name ("Linwood High", "Ashford Fire").
SCHOOL_HEADS = _words("high academy primary elementary school college university")
SERVICE_HEADS = _words("police fire ems")
# Heads that make a name before them an institution even after a person's name ("Linwood" +
# "High"); not "Rescue", "Trust" or "Media", which a title-case headline puts after a surname.
INSTITUTION_HEADS = SCHOOL_HEADS | SERVICE_HEADS | CLUB_HEADS
# Bodies of a state or a town, as nouns ("the ministry", "the council", "the army").
INSTITUTION_NOUNS = _words(
    "ministry government department agency council committee army police court parliament military navy "
    "commission office administration"
)
# Last words of a company's or an institution's name ("X Airlines", "X Foundation").
ORG_HEADS = LEGAL_FORMS | INSTITUTION_HEADS | _words(
    """line lines airlines airways group holdings partners bank motors systems technologies labs
    co company corporation foundation institute council committee commission ministry department
    agency association union party league authority board club society network news media studios
    pictures entertainment ventures trust fund hospital cathedral mosque museum library rescue
    constabulary"""
)
# Organisation nouns that refer back to the latest organisation named ("the company").
GENERIC_ORG_NOUNS = _words("company firm group organisation organization agency carrier airline bank")
# Nouns that make a definite description an organisation speaking ("the ministry said", "the
# company's spokesman said").
SPEAKING_ORG_NOUNS = INSTITUTION_NOUNS | SPOKES_NOUNS - {"representative"} | _words(
    "company firm party union bank university hospital institute embassy kremlin board"
)
# Words that make a capitalised name an organisation's, not a person's ("X Holdings", "the X
# Times", "X Church").
ORG_NAME_WORDS = ORG_HEADS | SPEAKING_ORG_NOUNS | _words(
    "organisation organization service services federation times post press international national center centre church "
    "capital consultancy"
)


# -- punctuation read as words -------------------------------------------------------------------

# Dashes that set off a clause or an aside, the doubled hyphen of plain text included.
TYPOGRAPHIC_DASHES = frozenset(("—", "–", "--", "―"))
# Dashes and the hyphen standing between spaces ("WASHINGTON - The ...").
DASHES = TYPOGRAPHIC_DASHES | {"-"}
# Possessive endings as the tokenizer splits them off ("Germany's", "Trump’s").
POSSESSIVE_ENDINGS = ("'s", "’s")
