NAME = "x5_local_election_night"
PUBLISHED = "2026-05-08"
GENRE = "British local paper: council election night count report (party possessives, civic titles)"
QUOTE_STYLE = "British curly single ‘...’ throughout; possessive apostrophes (Labour’s, the Greens’) share the closing-quote character"

TEXT = """
Labour lose Hollinbrook as Greens take five seats in night of upsets

Labour lost control of Hollinbrook City Council for the first time in 24 years in the early hours of Friday, as the Green Party won five seats from them and the Liberal Democrats took two more in the city’s southern wards.

The result, declared at the Hollinbrook Leisure Centre shortly after 3am, leaves no party with an overall majority on the 54-seat council. Labour now hold 24 seats, the Liberal Democrats 14, the Greens 9 and the Conservatives 7.

Council leader Labour’s Joanne Whitfield, who held her own seat in Eastgate by just 61 votes, conceded that it had been ‘⟦w1|a bruising night⟧’ for her party.

‘⟦w2|People told us on the doorstep that they were tired, that the bins and the potholes mattered more to them than anything we said about national politics, and they were right,⟧’ she said. ‘⟦w3|We have to earn their trust back street by street.⟧’

The 57-year-old, who has led the council since 2019, refused to say whether she would stand again for the leadership at the annual meeting later this month.

The Greens’ Tariq Osei, who took the Millfield ward from Labour with a majority of more than 900, was carried shoulder-high by supporters as the result was read out.

‘⟦t1|This is what happens when you listen,⟧’ said Mr Osei, a 31-year-old secondary school science teacher. ‘⟦t2|For years we were told a vote for us was a wasted vote. Tonight it wasn’t.⟧’

His party had campaigned on the slogan ‘⟦N1|Fix Our Streets⟧’, promising to resurface every road in the city within four years, a pledge opponents described as ‘⟦o1|fantasy accounting⟧’.

Leader of the Opposition Martin Keble, whose Liberal Democrat group is now the second largest on the council, said talks with other parties would begin on Saturday.

‘⟦k1|Nobody has a mandate to run this city alone. Whoever leads it now will have to share power, and frankly that will be good for Hollinbrook,⟧’ he said.

Asked whether he would seek the leadership himself, the veteran councillor said only: ‘⟦k2|Let’s count the votes first and count the chairs afterwards.⟧’

Deputy Mayor Anita Rowe, a Conservative, lost her seat in Northgate to the Liberal Democrats by 212 votes. She said the result was ‘⟦r1|disappointing but not a surprise⟧’ and thanked the ward’s residents for ‘⟦r2|eleven good years⟧’.

The Conservatives’ group leader, Philip Danvers, blamed ‘⟦d1|a terrible national picture⟧’ for his party’s losses. ‘⟦d2|Our candidates worked harder than anyone. They deserved better,⟧’ Danvers said.

There were angry scenes during the Eastgate declaration, when a man in the public gallery shouted ‘⟦x1|Shame on you!⟧’ at the Labour leader before being escorted out by security staff.

Turnout across the city was 31.4%, down from 34.9% at the last election in 2022. The returning officer, Helen Sparks, said counting had been delayed in two wards by a recount and ‘⟦h1|a small number of ballot boxes arriving later than planned⟧’.

In a statement, the council said the new chamber would meet on May 20, when a leader and a Lord Mayor will be elected. It said all results were ‘⟦c1|final and fully verified⟧’.

Full ward-by-ward results are on page 6.
"""

W = "Joanne Whitfield"
META = {
    "w1": dict(s=W, c="conceded", r="Council leader Labour’s Joanne Whitfield", rt="name", k="partial"),
    "w2": dict(s=W, c="said", r="she", rt="pronoun", g="w2"),
    "w3": dict(s=W, c="said", r="she", rt="pronoun", g="w2"),
    "t1": dict(s="Tariq Osei", c="said", r="Mr Osei", rt="name", g="t1", n="full name 'The Greens’ Tariq Osei' in the previous paragraph"),
    "t2": dict(s="Tariq Osei", c="said", r="Mr Osei", rt="name", g="t1"),
    "o1": dict(s="opponents", c="described", r="opponents", rt="description", k="partial", n="unnamed group speaker"),
    "k1": dict(s="Martin Keble", c="said", r="he", rt="pronoun", alt=["Liberal Democrats"]),
    "k2": dict(s="Martin Keble", c="said", r="the veteran councillor", rt="description", n="colon lead-in; description refers back to Keble"),
    "r1": dict(s="Anita Rowe", c="said", r="She", rt="pronoun", k="partial"),
    "r2": dict(s="Anita Rowe", c="thanked", r="She", rt="pronoun", k="partial"),
    "d1": dict(s="Philip Danvers", c="blamed", r="The Conservatives’ group leader, Philip Danvers", rt="name", k="partial"),
    "d2": dict(s="Philip Danvers", c="said", r="Danvers", rt="name"),
    "x1": dict(s="a man in the public gallery", c="shouted", r="a man in the public gallery", rt="description",
               n="unnamed heckler; the description is the speaker"),
    "h1": dict(s="Helen Sparks", c="said", r="The returning officer, Helen Sparks", rt="name", k="partial", alt=["Hollinbrook City Council"]),
    "c1": dict(s="Hollinbrook City Council", c="said", r="It", rt="pronoun", k="partial", n="'It' = the council (previous sentence 'the council said')"),
}
NOTE_N = {"N1": "campaign slogan, not speech"}

ACTORS = [W, "Tariq Osei", "Martin Keble", "Anita Rowe", "Philip Danvers", "Helen Sparks", "Hollinbrook City Council",
          "Labour", "Green Party", "Liberal Democrats", "Conservatives"]
ENTITIES = {
    "people": [W, "Tariq Osei", "Martin Keble", "Anita Rowe", "Philip Danvers", "Helen Sparks"],
    "organisations": ["Hollinbrook City Council", "Labour", "Green Party", "Liberal Democrats", "Conservatives", "Hollinbrook Leisure Centre"],
    "places": ["Hollinbrook", "Eastgate", "Millfield", "Northgate"],
}
DATES = ["the early hours of Friday", "2019", "later this month", "Saturday", "2022", "May 20"]
NOTES = [
    "Possessive apostrophes directly before names (Labour’s Joanne Whitfield, The Greens’ Tariq Osei, The Conservatives’ group leader) use ’, the closing single quote character.",
    "Titles before names: 'Council leader', 'Leader of the Opposition', 'Deputy Mayor', 'The returning officer'.",
    "'the Labour leader' in the heckling paragraph refers to Whitfield but she is not the speaker there.",
    "The returning officer speaks for the council (alt speaker).",
    "'3am' is a time, not listed; '24 years', 'four years', 'eleven good years' are durations.",
]
