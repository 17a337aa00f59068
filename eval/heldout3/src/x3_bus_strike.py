NAME = "x3_bus_strike"
PUBLISHED = "2026-09-21"
GENRE = "regional daily: transport strike with union, operator and ministry spokespeople (named and unnamed)"
QUOTE_STYLE = "curly double “...” throughout; apostrophes are ’"

TEXT = """
Bus drivers walk out across Calderbridge as pay talks collapse

Tens of thousands of commuters in Calderbridge were left stranded on Monday as bus drivers began a five-day strike after last-ditch talks over pay broke down late on Sunday night.

Almost 1,400 drivers employed by Redline Buses, which runs 80% of routes in the city, walked out at 4am. Only a handful of school services and the airport shuttle were running by mid-morning.

The Transport and Allied Workers’ Union (TAWU) said its members had been left with “⟦u1|no choice⟧” after the company refused to improve an offer of 3.5%, which the union says falls well below inflation.

Gary Lomax, the union’s regional organiser, spoke to reporters on the picket line outside the Harlow Road depot. “⟦g1|Nobody here wants to be standing in the rain instead of driving,⟧” he said. “⟦g2|But our members have had one real-terms pay cut after another, and they have said enough.⟧”

“⟦g3|The door is open. It has always been open,⟧” said Lomax, 52, who drove the number 14 route for 22 years before becoming a union official. “⟦g4|Redline knows exactly what it would take to settle this.⟧”

Drivers on the picket line handed out copies of what they have dubbed the “⟦N1|take-it-or-leave-it letter⟧”, in which the company set out its offer last month.

Priya Nandakumar, a spokeswoman for Redline Buses, said the company was “⟦p1|disappointed⟧” by the walkout.

“⟦p2|We have made a fair offer in a very difficult financial climate, and we remain ready to talk at any time,⟧” she said. The company later said in a statement that it had arranged “⟦r1|a limited emergency timetable⟧” for hospital routes from Wednesday.

A spokesperson for the Department for Regional Transport said ministers were “⟦m1|urging both sides to get back around the table⟧”. The department said it would not intervene directly in what it described as “⟦m2|a matter for the employer and its staff⟧”.

But the regional transport minister, Helen Achterberg, faced criticism from opposition councillors, who accused her of “⟦o1|sitting on her hands⟧” while the city ground to a halt. The minister has previously said the strike would “⟦h1|not be solved by press releases⟧”.

At the central interchange, queues for taxis stretched along the length of the bus station.

Sophie Garrity, 34, a nurse at Calderbridge General Hospital, said she had walked more than four miles to start her shift. “⟦s1|I support the drivers, I really do. But I’ve got patients waiting and there’s no way for me to get there except on foot,⟧” she said.

“⟦c1|It’s the second strike this year. My boss is starting to lose patience,⟧” said a commuter who works in a city-centre call centre and gave only her first name, Dana.

One driver, who asked not to be named because he feared disciplinary action, said the mood on the picket line was “⟦d1|angry but solid⟧”.

“⟦d2|People think we’re on good money. Half the lads on this line are doing second jobs to pay their rent,⟧” he said.

The strike is due to end at midnight on Friday. The union has warned that a further week of action could follow in October if no agreement is reached.

Redline said the Calderbridge network carried an average of 210,000 passenger journeys on a weekday. The operator’s chief executive, Martin Gosse, was not available for comment.
"""

U = "Transport and Allied Workers’ Union"
R = "Redline Buses"
META = {
    "u1": dict(s=U, c="said", r="The Transport and Allied Workers’ Union (TAWU)", rt="name", k="partial"),
    "g1": dict(s="Gary Lomax", c="said", r="he", rt="pronoun", g="g1", alt=[U]),
    "g2": dict(s="Gary Lomax", c="said", r="he", rt="pronoun", g="g1", alt=[U]),
    "g3": dict(s="Gary Lomax", c="said", r="Lomax", rt="name", g="g3", alt=[U], n="inverted cue with an age apposition and a relative clause"),
    "g4": dict(s="Gary Lomax", c="said", r="Lomax", rt="name", g="g3", alt=[U]),
    "p1": dict(s="Priya Nandakumar", c="said", r="Priya Nandakumar, a spokeswoman for Redline Buses", rt="name", k="partial", alt=[R]),
    "p2": dict(s="Priya Nandakumar", c="said", r="she", rt="pronoun", alt=[R]),
    "r1": dict(s=R, c="said in a statement", r="The company", rt="description", k="partial"),
    "m1": dict(s="Department for Regional Transport", c="said", r="A spokesperson for the Department for Regional Transport",
               rt="description", k="partial", n="unnamed spokesperson: organisation is the speaker"),
    "m2": dict(s="Department for Regional Transport", c="described", r="it", rt="pronoun", k="partial",
               n="cue \"The department said ... what it described as\""),
    "o1": dict(s="opposition councillors", c="accused", r="opposition councillors", rt="description", k="partial",
               n="unnamed group speaker"),
    "h1": dict(s="Helen Achterberg", c="said", r="The minister", rt="description", k="partial"),
    "s1": dict(s="Sophie Garrity", c="said", r="she", rt="pronoun"),
    "c1": dict(s="Dana", c="said", r="a commuter who works in a city-centre call centre and gave only her first name, Dana", rt="description",
               alt=["a commuter"], n="speaker identified only after the quote, by first name inside a relative clause"),
    "d1": dict(s="One driver", c="said", r="One driver", rt="description", k="partial", n="unnamed speaker: the description is the speaker"),
    "d2": dict(s="One driver", c="said", r="he", rt="pronoun"),
}
NOTE_N = {"N1": "nickname for a document (label), not speech"}

ACTORS = [U, "Gary Lomax", R, "Priya Nandakumar", "Department for Regional Transport", "Helen Achterberg", "Sophie Garrity", "Dana"]
ENTITIES = {
    "people": ["Gary Lomax", "Priya Nandakumar", "Helen Achterberg", "Sophie Garrity", "Dana", "Martin Gosse"],
    "organisations": [R, U, "TAWU", "Department for Regional Transport", "Calderbridge General Hospital"],
    "places": ["Calderbridge", "Harlow Road"],
}
DATES = ["Monday", "Sunday night", "last month", "Wednesday", "this year", "midnight on Friday", "October"]
NOTES = [
    "Union name contains a plural-possessive apostrophe (Workers’) right before a parenthesis: not a quote mark.",
    "\"the company said in a statement\": no spokesperson named, organisation speaks.",
    "Dana is named only by first name; entities.people keeps \"Dana\".",
    "Martin Gosse is named but does not speak.",
    "\"4am\", \"mid-morning\" are times, not listed as dates; \"five-day\", \"22 years\" are durations.",
]
