NAME = "x1_court_trench_sentencing"
PUBLISHED = "2026-06-13"
GENRE = "British regional court report: verdict and sentencing remarks"
QUOTE_STYLE = "British curly single ‘...’ throughout (closing mark is the same character as the apostrophe; apostrophes inside quotes)"

TEXT = """
Builder jailed for six years over trench collapse that killed apprentice

A builder who ignored repeated warnings about an unsupported trench has been jailed for six years for the manslaughter of a 19-year-old apprentice who was buried when its walls gave way.

Darren Pryce, 41, the director of Pryce & Sons Groundworks, was convicted by a jury at Kingsmere Crown Court last month after a three-week trial. He was sentenced on Friday.

Callum Bell died on a housing development in Ashcombe in March last year when nearly two tonnes of wet clay collapsed on him as he laid drainage pipes at the bottom of a 2.4-metre excavation.

Passing sentence, Judge Margaret Ellery told Pryce he had treated safety as ‘⟦j1|an optional extra⟧’.

‘⟦j2|You were told, not once but three times, that the trench needed shoring. You chose not to spend the money and you chose not to spend the time,⟧’ she said.

‘⟦j3|Callum Bell was 19. He had been in your employment for seven weeks. He trusted you to know what he did not yet know.⟧

‘⟦j4|Nothing this court can do will return him to his family. But the sentence must make plain to every employer that a worker’s life is not a cost to be trimmed.⟧’

The judge said she had taken into account Pryce’s previous good character, but added that his ‘⟦j5|belated remorse⟧’ carried little weight because it had surfaced only after the verdict.

During the trial, the jury heard that the site manager, Ryan Tulley, had raised the lack of trench supports at a morning briefing two days before the collapse. Mr Tulley told the court that Pryce had replied: ‘⟦t1|We’ve dug deeper than that without boxes. Get on with it.⟧’

‘⟦o1|This was not a freak accident. It was the predictable result of a decision,⟧’ Nadia Okafor, prosecuting, said in her closing speech. The prosecutor told jurors the boxes needed to shore the trench could have been hired for ‘⟦o2|less than the price of a family holiday⟧’.

Tom Haverley, mitigating, said his client was ‘⟦d1|a broken man⟧’ who had not worked since the accident.

‘⟦d2|He thinks about that morning every day. He would give anything he has to change it,⟧’ Mr Haverley said. ‘⟦d3|He does not ask for sympathy. He asks only that the court accepts his sorrow is real.⟧’

In a victim personal statement read to the court, Callum’s mother, Lorraine Bell, said the family had been ‘⟦l1|hollowed out⟧’.

‘⟦l2|He was saving for a van. He wanted his own business one day, his name on the side of it. Now I have his tools in the shed and I can’t open the door,⟧’ she wrote.

Pryce, of Mill Lane, Ashcombe, showed no emotion as the sentence was read out. The 41-year-old was also disqualified from acting as a company director for ten years. His firm, whose vans carried the slogan ‘⟦N1|Built Right, Built Once⟧’, went into liquidation in the autumn.

Speaking outside court, Health and Safety Executive inspector Gemma Rawle, who led the investigation with Kingsmere Police, said: ‘⟦g1|Trench collapses are sudden and they are unforgiving. The precautions are well known and they are not expensive.⟧’

Detective Inspector Craig Munro said Callum’s family had shown ‘⟦c1|extraordinary dignity⟧’ throughout what he called ‘⟦c2|a long and painful process⟧’.

A spokesperson for the Health and Safety Executive said the case should serve as ‘⟦h1|a warning to the whole construction industry⟧’ and confirmed that a second company involved in the development, Larchfield Homes, had been issued with an improvement notice.

Larchfield Homes said it had ‘⟦f1|cooperated fully⟧’ with the investigation and had since changed its procedures for approving subcontractors.
"""

P = "Darren Pryce"
J = "Margaret Ellery"
META = {
    "j1": dict(s=J, c="told", r="Judge Margaret Ellery", rt="name", k="partial"),
    "j2": dict(s=J, c="said", r="she", rt="pronoun", g="j2"),
    "j3": dict(s=J, c=None, r=None, rt="continuation", g="j2", n="second paragraph of the judge's remarks; no closing mark"),
    "j4": dict(s=J, c=None, r=None, rt="continuation", g="j2"),
    "j5": dict(s=J, c="added", r="The judge", rt="description", k="partial"),
    "t1": dict(s=P, c="replied", r="Pryce", rt="name", alt=["Ryan Tulley"],
               n="Pryce's words as reported in evidence by Ryan Tulley (\"Mr Tulley told the court that Pryce had replied:\"); Tulley is an alt speaker"),
    "o1": dict(s="Nadia Okafor", c="said", r="Nadia Okafor", rt="name", g="o1", n="speaker named only after the quote, with the court role 'prosecuting' as apposition"),
    "o2": dict(s="Nadia Okafor", c="told", r="The prosecutor", rt="description", k="partial"),
    "d1": dict(s="Tom Haverley", c="said", r="Tom Haverley", rt="name", k="partial"),
    "d2": dict(s="Tom Haverley", c="said", r="Mr Haverley", rt="name", g="d2"),
    "d3": dict(s="Tom Haverley", c="said", r="Mr Haverley", rt="name", g="d2"),
    "l1": dict(s="Lorraine Bell", c="said", r="Callum’s mother, Lorraine Bell", rt="name", k="partial"),
    "l2": dict(s="Lorraine Bell", c="wrote", r="she", rt="pronoun"),
    "g1": dict(s="Gemma Rawle", c="said", r="Health and Safety Executive inspector Gemma Rawle", rt="name",
               alt=["Health and Safety Executive"]),
    "c1": dict(s="Craig Munro", c="said", r="Detective Inspector Craig Munro", rt="name", k="partial", alt=["Kingsmere Police"]),
    "c2": dict(s="Craig Munro", c="called", r="he", rt="pronoun", k="partial", alt=["Kingsmere Police"]),
    "h1": dict(s="Health and Safety Executive", c="said", r="A spokesperson for the Health and Safety Executive",
               rt="description", k="partial", n="unnamed spokesperson: the organisation is the speaker"),
    "f1": dict(s="Larchfield Homes", c="said", r="Larchfield Homes", rt="name", k="partial"),
}
NOTE_N = {"N1": "company slogan painted on vans, not speech"}

ACTORS = [J, P, "Ryan Tulley", "Nadia Okafor", "Tom Haverley", "Lorraine Bell", "Gemma Rawle", "Craig Munro",
          "Health and Safety Executive", "Larchfield Homes"]
ENTITIES = {
    "people": [P, "Callum Bell", J, "Ryan Tulley", "Nadia Okafor", "Tom Haverley", "Lorraine Bell", "Gemma Rawle", "Craig Munro"],
    "organisations": ["Pryce & Sons Groundworks", "Kingsmere Crown Court", "Health and Safety Executive", "Kingsmere Police",
                      "Larchfield Homes"],
    "places": ["Ashcombe", "Mill Lane"],
}
DATES = ["last month", "Friday", "March last year", "the autumn"]
NOTES = [
    "The judge's remarks run over three paragraphs (one group): the first closes with ’ she said; the second has no closing mark; the third opens with ‘ and closes.",
    "All apostrophes (worker’s, Pryce’s, We’ve, can’t, Callum’s) use the same character as the closing single quote.",
    "\"Callum\" alone and \"The 41-year-old\" (= Pryce) are references back; Callum Bell never speaks.",
    "Ryan Tulley reports Pryce's words: speaker Pryce, Tulley alt.",
    "\"the trial\" / \"the verdict\" and durations (\"three weeks\", \"seven weeks\", \"ten years\") are not dates.",
]
