NAME = "x8_protest_quarry"
PUBLISHED = "2026-04-19"
GENRE = "regional news: environmental protest (crowd chant, placards, police statement, company statement)"
QUOTE_STYLE = "curly double “...” for speech; placard slogans in curly double marks too (not speech); one straight-quoted paragraph"

TEXT = """
Hundreds march on Fennick Moor as quarry expansion decision looms

More than 800 people marched across Fennick Moor on Saturday to protest against plans to extend a limestone quarry onto one of the last stretches of blanket bog in the county, in what organisers called the largest demonstration the area had seen in a generation.

Walkers of all ages set off from the village green in Ulsby at 11am, carrying placards reading “⟦N1|Bogs Not Blasting⟧” and “⟦N2|Hands Off Our Moor⟧”. As they reached the quarry gates, the crowd chanted “⟦ch|Save the moor, not the profits!⟧” for several minutes while police officers looked on.

The march was organised by Moor Defenders, a campaign group formed last year after Gritstone Aggregates applied to the county council to extend its Fennick quarry by 42 hectares.

“⟦r1|This bog has been growing for eight thousand years. It stores more carbon than every tree in this valley put together, and they want to blow it up for road stone,⟧” said Rhiannon Pugh, 27, a spokeswoman for the group, speaking from the back of a trailer.

“⟦r2|We are not against jobs. We are against destroying something that can never be put back.⟧”

Pugh, a hydrologist who grew up in the village, said the group had gathered more than 14,000 signatures on a petition. She urged the council’s planning committee, which meets on May 6, to show “⟦r3|some courage for once⟧”.

Gritstone Aggregates says the extension would secure 60 jobs for at least 15 years. A Gritstone spokesman said the company had “⟦g1|listened carefully to local concerns⟧” and would restore the worked areas once extraction ended.

“⟦g2|Our restoration plans would leave the moor with more wildlife habitat than it has today,⟧” the spokesman said.

That claim was dismissed by Dr Owen Tranter, an ecologist at Kelderby University who has studied the moor for two decades. “⟦o1|You can restore a field. You cannot restore a peat bog on any timescale that means anything to the people alive today,⟧” he said.

Not everyone in Ulsby opposes the plan. A farmer who has grazed sheep on the moor for 40 years, and who asked not to be named, said many families in the village depended on the quarry.

“⟦f1|Half the men I went to school with worked up there. These people marching today drive home to the city tonight,⟧” he said.

Local councillor Ben Adeyemi, who joined the march, said he would ask for the decision to be deferred until an independent survey of the bog had been carried out. “⟦b1|We only get to make this decision once,⟧” he told the crowd.

Westmere Police said in a statement that the protest had been “⟦p1|overwhelmingly peaceful⟧” and that two people had been arrested on suspicion of criminal damage after paint was sprayed on a quarry vehicle.

"⟦d1|We respect the right to protest and we worked closely with the organisers to keep everyone safe. Damage to property will not be tolerated,⟧" said Chief Inspector Dawn Felton, who led the policing operation.

Both people arrested, a 22-year-old man and a 19-year-old woman, have been released on bail. Moor Defenders said it did not know the pair and condemned what it called “⟦m1|a stupid act by people who do not speak for us⟧”.

The planning committee is expected to publish its officers’ recommendation next week.
"""

G = "Gritstone Aggregates"
META = {
    "ch": dict(s="the crowd", c="chanted", r="the crowd", rt="description", b=True, alt=["Moor Defenders"],
               n="crowd chant: collective speech; borderline (counts neither way)"),
    "r1": dict(s="Rhiannon Pugh", c="said", r="Rhiannon Pugh", rt="name", g="r1", alt=["Moor Defenders"],
               n="speaker named only after the quote; named spokeswoman, group as alt"),
    "r2": dict(s="Rhiannon Pugh", c=None, r=None, rt="implicit", alt=["Moor Defenders"],
               n="follows a closed attributed quote with no cue (floating quote)"),
    "r3": dict(s="Rhiannon Pugh", c="urged", r="She", rt="pronoun", k="partial", alt=["Moor Defenders"]),
    "g1": dict(s=G, c="said", r="A Gritstone spokesman", rt="description", k="partial", n="unnamed spokesman: company is the speaker"),
    "g2": dict(s=G, c="said", r="the spokesman", rt="description"),
    "o1": dict(s="Owen Tranter", c="said", r="he", rt="pronoun"),
    "f1": dict(s="A farmer who has grazed sheep on the moor for 40 years", c="said", r="he", rt="pronoun", alt=["A farmer"],
               n="unnamed speaker; the description is the speaker"),
    "b1": dict(s="Ben Adeyemi", c="told", r="he", rt="pronoun"),
    "p1": dict(s="Westmere Police", c="said in a statement", r="Westmere Police", rt="name", k="partial"),
    "d1": dict(s="Dawn Felton", c="said", r="Chief Inspector Dawn Felton", rt="name", alt=["Westmere Police"], n="straight marks in this paragraph; speaker after the quote"),
    "m1": dict(s="Moor Defenders", c="called", r="it", rt="pronoun", k="partial", n="organisation speaker ('Moor Defenders said ... what it called')"),
}
NOTE_N = {"N1": "placard slogan (written, not speech)", "N2": "placard slogan (written, not speech)"}

ACTORS = ["Moor Defenders", "Rhiannon Pugh", G, "Owen Tranter", "Ben Adeyemi", "Westmere Police", "Dawn Felton"]
ENTITIES = {
    "people": ["Rhiannon Pugh", "Owen Tranter", "Ben Adeyemi", "Dawn Felton"],
    "organisations": ["Moor Defenders", G, "Gritstone", "Kelderby University", "Westmere Police"],
    "places": ["Fennick Moor", "Ulsby"],
}
DATES = ["Saturday", "last year", "May 6", "next week"]
NOTES = [
    "The crowd chant is listed as a borderline quote (collective speech); the placard slogans are not_quotes.",
    "'what organisers called the largest demonstration' has no quote marks: not a quote.",
    "Pugh's second paragraph (r2) is a separate, closed quote paragraph with no cue: implicit, same speaker.",
    "'Gritstone Aggregates says the extension would...' is indirect speech: not a quote.",
    "'11am' is a time; '40 years', 'two decades', 'eight thousand years' are durations.",
]
