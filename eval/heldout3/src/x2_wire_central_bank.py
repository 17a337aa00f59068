NAME = "x2_wire_central_bank"
PUBLISHED = "2026-03-12"
GENRE = "financial wire story: central bank rate decision (fictional country, Reuters-like house style)"
QUOTE_STYLE = "straight double \"...\" throughout, including a partial quote in the headline"

TEXT = """
Osterland central bank holds rates, governor calls cuts "⟦hd|premature⟧"

NORDHAVN, March 12 (Nordpress) - The Central Bank of Osterland left its main policy rate unchanged at 4.25% on Thursday for a third straight meeting, with Governor Ilse Varga saying it was "⟦v1|premature⟧" to discuss cuts while wage growth remained strong.

The decision was expected by all 19 economists polled by Nordpress last week. The krona was little changed after the announcement.

"⟦v2|Inflation is coming down, but it is not coming down fast enough, and the labour market is still tighter than we would like,⟧" Varga told a news conference. "⟦v3|We would rather be a little late than have to reverse course.⟧"

In its statement, the bank said the board "⟦b1|remains prepared to act in either direction⟧" and would "⟦b2|take decisions meeting by meeting⟧".

Deputy Governor Tomas Reinholt, seen by investors as the most dovish member of the six-member board, struck a softer tone at the same news conference.

"⟦r1|We have done a great deal already. The full effect of past increases has not yet reached households,⟧" said Reinholt, adding that the board would "⟦r2|look at every option⟧" in May.

Two members had judged in February that the risks to inflation had become "⟦m1|more balanced,⟧" according to the minutes of that meeting, which were published alongside Thursday's decision. Neither was named.

Asked about the recent weakness of the krona, the governor said the exchange rate was "⟦v4|not a target in itself, but it is part of the picture.⟧" The 61-year-old, a former head of the finance ministry's budget department, has led the bank since 2021.

The bank's chief economist, Jonas Ekberg, presented new forecasts showing inflation falling to the 2% target "⟦e1|in the second half of next year, not before⟧". Growth is seen at 1.1% this year.

Finance Minister Petra Lind welcomed the decision. In a written statement, she said: "⟦p1|The government and the central bank share the same goal. Stable prices are the foundation for real wage gains, and we will not put that at risk.⟧"

The minister has been under pressure from her own coalition partners to expand housing subsidies before next year's election. The opposition Liberal Party's finance spokesman, Anders Holm, accused her of "⟦a1|hiding behind the central bank⟧" and said households were "⟦a2|paying for the government's mistakes twice⟧".

Economists have increasingly spoken of a "⟦N1|soft landing⟧" for Osterland's economy, which narrowly avoided recession last year.

"⟦s1|They are buying time,⟧" said Sune Aaberg, chief economist at Nordhavn Bank. "⟦s2|The statement is still hawkish on paper, but the tone at the press conference was noticeably softer. We keep our call for a first cut in June.⟧"

Marit Dahle, head of fixed income research at Ostbank Markets, said the split on the board was the bigger story.

"⟦d1|Two dissenters is a signal. This board does not usually air its disagreements in public,⟧" she wrote in a note to clients. "⟦d2|Varga is holding the line, but she is holding it with fewer people behind her.⟧"

According to Nordpress calculations based on money market prices, traders now see a roughly 60% chance of a cut by June, up from 45% before the meeting.

The bank's next policy decision is due on May 7.

(Reporting by Nordpress staff; editing by the business desk)
"""

V = "Ilse Varga"
B = "Central Bank of Osterland"
META = {
    "hd": dict(s=V, c="calls", r="governor", rt="description", k="partial", loc="headline"),
    "v1": dict(s=V, c="saying", r="Governor Ilse Varga", rt="name", k="partial"),
    "v2": dict(s=V, c="told", r="Varga", rt="name", g="v2"),
    "v3": dict(s=V, c="told", r="Varga", rt="name", g="v2"),
    "b1": dict(s=B, c="said", r="the bank", rt="description", k="partial"),
    "b2": dict(s=B, c="said", r="the bank", rt="description", k="partial"),
    "r1": dict(s="Tomas Reinholt", c="said", r="Reinholt", rt="name", n="inverted cue \"said Reinholt\"; full name in the previous paragraph"),
    "r2": dict(s="Tomas Reinholt", c="adding", r="Reinholt", rt="name", k="partial"),
    "m1": dict(s=B, c="according to", r="the minutes of that meeting", rt="description", k="partial",
               n="the judgment of two unnamed board members as recorded in the bank's minutes; the bank (author of the minutes) is the speaker"),
    "v4": dict(s=V, c="said", r="the governor", rt="description", k="partial"),
    "e1": dict(s="Jonas Ekberg", c="presented", r="The bank's chief economist, Jonas Ekberg", rt="name", k="partial", alt=[B]),
    "p1": dict(s="Petra Lind", c="said", r="she", rt="pronoun", n="colon lead-in; 'she' = Finance Minister Petra Lind in the previous sentence"),
    "a1": dict(s="Anders Holm", c="accused", r="Anders Holm", rt="name", k="partial", alt=["Liberal Party"]),
    "a2": dict(s="Anders Holm", c="said", r="Anders Holm", rt="name", k="partial", alt=["Liberal Party"]),
    "s1": dict(s="Sune Aaberg", c="said", r="Sune Aaberg", rt="name", g="s1", n="speaker named only after the quote"),
    "s2": dict(s="Sune Aaberg", c="said", r="Sune Aaberg", rt="name", g="s1"),
    "d1": dict(s="Marit Dahle", c="wrote", r="she", rt="pronoun", g="d1"),
    "d2": dict(s="Marit Dahle", c="wrote", r="she", rt="pronoun", g="d1", n="mentions Varga inside the quote; Varga is not the speaker"),
}
NOTE_N = {"N1": "economic term (scare quote), not speech"}

ACTORS = [B, V, "Tomas Reinholt", "Jonas Ekberg", "Petra Lind", "Anders Holm", "Sune Aaberg", "Marit Dahle", "Liberal Party"]
ENTITIES = {
    "people": [V, "Tomas Reinholt", "Jonas Ekberg", "Petra Lind", "Anders Holm", "Sune Aaberg", "Marit Dahle"],
    "organisations": [B, "Nordpress", "Liberal Party", "Nordhavn Bank", "Ostbank Markets"],
    "places": ["Osterland", "NORDHAVN"],
}
DATES = ["March 12", "Thursday", "last week", "May", "February", "2021", "next year", "this year", "last year", "June", "May 7"]
NOTES = [
    "Headline partial quote repeats the body's \"premature\"; speaker referred to only as \"governor\".",
    "Descriptions referring back to Varga: \"the governor\", \"The 61-year-old\"; to Lind: \"The minister\".",
    "\"according to the minutes\" attributes a partial quote to the bank (two unnamed members).",
    "\"According to Nordpress calculations\" introduces no quote.",
    "Named spokesman for a party (Anders Holm) gets the party as alt speaker; the bank's chief economist gets the bank.",
]
