NAME = "x6_medical_migraine_study"
PUBLISHED = "2026-10-14"
GENRE = "US health-news story on a clinical trial (study authors, independent expert, patient)"
QUOTE_STYLE = "straight double \"...\" throughout (US style, Dr. with a period); straight apostrophes"

TEXT = """
Cheap blood pressure pill cut migraine days by a third, trial finds

A generic blood pressure drug that costs a few cents a day reduced the number of days people spent with migraine by about a third, according to a clinical trial published Wednesday.

The study, which followed 612 adults with frequent migraine at 14 hospitals in the Midwest and Canada for six months, found that those who took a low dose of the drug, candesartan, had on average 3.9 fewer migraine days a month than before, compared with 1.6 fewer days among those given a placebo.

"These findings suggest that an inexpensive, widely available medicine could be offered much earlier to patients who cannot afford or tolerate newer treatments," the study's authors wrote in the Northern Journal of Neurology.

The trial was led by Dr. Rosalind Achebe, a neurologist at Lakeshore University Medical Center in Millbrook, Ohio. In an interview, she said the team had been "pleasantly surprised" by the size of the effect.

"We expected a modest benefit. What we saw was a benefit that held up at every site, in men and women, in younger and older patients," Achebe said. "That consistency is what makes me optimistic."

She cautioned that the drug lowers blood pressure and was not suitable for everyone. "People should not go and raid a relative's medicine cabinet. This needs to be a conversation with a doctor," she said.

Side effects, mostly dizziness and tiredness, were reported by 14% of those on the drug and 9% of those on placebo, the researchers said. They described the side effects as "generally mild and short-lived."

Kevin Marsh, 52, a bus mechanic from Millbrook who took part in the trial, said he had suffered migraines two or three times a week since his twenties.

"I'd lose whole weekends. My kids learned to close the curtains and tiptoe around the house," he said. The father of three said that by the third month of the study his attacks had fallen to about one a week.

"It's not a miracle. I still get them. But I got my Saturdays back," Marsh said.

Migraine affects roughly one in seven adults worldwide and is among the leading causes of disability in people under 50. Many patients also describe a "brain fog" that lingers for a day or more after the headache has passed.

Dr. Samuel Ortiz, a headache specialist at Crestview Hospital in Toledo who was not involved in the study, called the results "genuinely useful" but said longer trials were needed.

"Six months is a good start. Migraine is a condition people live with for decades, so we need to know whether the benefit lasts and whether it is safe over years," Ortiz said.

He noted that the drug, which is already taken by millions of people for high blood pressure, is not approved for migraine in the United States, although doctors can prescribe it "off label." Several European guidelines already list it as an option.

The study was funded by the Halvorsen Foundation, a private charity that supports research into neurological conditions. The foundation said in a statement that it had "no role in the design of the trial or the analysis of its results."

According to Achebe, the team is now planning a two-year follow-up study, which is expected to begin recruiting patients early next year.
"""

A = "Rosalind Achebe"
AUTH = "the study's authors"
META = {
    "a1": dict(s=AUTH, c="wrote", r="the study's authors", rt="description", alt=[A],
               n="group speaker (authors writing in the journal); lead author named in the next paragraph is an alt"),
    "a2": dict(s=A, c="said", r="she", rt="pronoun", k="partial"),
    "a3": dict(s=A, c="said", r="Achebe", rt="name", g="a3"),
    "a4": dict(s=A, c="said", r="Achebe", rt="name", g="a3"),
    "a5": dict(s=A, c="said", r="she", rt="pronoun", n="'She cautioned' opens the paragraph; quote then 'she said'"),
    "rs": dict(s="the researchers", c="described", r="They", rt="pronoun", k="partial", alt=[AUTH, A],
               n="'They' = the researchers in the previous sentence"),
    "m1": dict(s="Kevin Marsh", c="said", r="he", rt="pronoun"),
    "m2": dict(s="Kevin Marsh", c="said", r="Marsh", rt="name"),
    "o1": dict(s="Samuel Ortiz", c="called", r="Dr. Samuel Ortiz", rt="name", k="partial"),
    "o2": dict(s="Samuel Ortiz", c="said", r="Ortiz", rt="name"),
    "f1": dict(s="Halvorsen Foundation", c="said in a statement", r="The foundation", rt="description", k="partial"),
}
NOTE_N = {"N1": "informal symptom term, not speech", "N2": "technical term ('off label'), not speech; period inside the marks US-style"}

TEXT = TEXT.replace('"These findings', '"⟦a1|These findings').replace('newer treatments,"', 'newer treatments,⟧"')
TEXT = TEXT.replace('"pleasantly surprised"', '"⟦a2|pleasantly surprised⟧"')
TEXT = TEXT.replace('"We expected', '"⟦a3|We expected').replace('older patients,"', 'older patients,⟧"')
TEXT = TEXT.replace('"That consistency', '"⟦a4|That consistency').replace('optimistic."', 'optimistic.⟧"')
TEXT = TEXT.replace('"People should', '"⟦a5|People should').replace('with a doctor,"', 'with a doctor,⟧"')
TEXT = TEXT.replace('"generally mild and short-lived."', '"⟦rs|generally mild and short-lived.⟧"')
TEXT = TEXT.replace('"I\'d lose', '"⟦m1|I\'d lose').replace('around the house,"', 'around the house,⟧"')
TEXT = TEXT.replace('"It\'s not a miracle', '"⟦m2|It\'s not a miracle').replace('Saturdays back,"', 'Saturdays back,⟧"')
TEXT = TEXT.replace('"brain fog"', '"⟦N1|brain fog⟧"')
TEXT = TEXT.replace('"genuinely useful"', '"⟦o1|genuinely useful⟧"')
TEXT = TEXT.replace('"Six months', '"⟦o2|Six months').replace('safe over years,"', 'safe over years,⟧"')
TEXT = TEXT.replace('"off label."', '"⟦N2|off label.⟧"')
TEXT = TEXT.replace('"no role in', '"⟦f1|no role in').replace('of its results."', 'of its results.⟧"')

ACTORS = [AUTH, A, "Kevin Marsh", "Samuel Ortiz", "Halvorsen Foundation"]
ENTITIES = {
    "people": [A, "Kevin Marsh", "Samuel Ortiz"],
    "organisations": ["Northern Journal of Neurology", "Lakeshore University Medical Center", "Crestview Hospital", "Halvorsen Foundation"],
    "places": ["Midwest", "Canada", "Millbrook", "Ohio", "Toledo", "United States"],
}
DATES = ["Wednesday", "early next year"]
NOTES = [
    "\"the study's authors wrote\" / \"the researchers said\": group speakers; the lead author is an alt speaker.",
    "\"according to a clinical trial\" and \"According to Achebe\" introduce no quoted words.",
    "\"off label.\" is a term in scare quotes with a US-style period inside: not_quotes.",
    "Durations (\"six months\", \"two-year\", \"decades\") and \"his twenties\" are not dates; \"Saturdays\" inside a quote is not a date.",
    "Descriptions: \"The father of three\" = Kevin Marsh (no quote attached); \"The foundation\" = Halvorsen Foundation.",
]
