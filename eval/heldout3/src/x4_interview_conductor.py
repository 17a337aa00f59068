NAME = "x4_interview_conductor"
PUBLISHED = "2026-05-30"
GENRE = "weekend magazine interview feature (Q&A converted to prose, first-person interviewer)"
QUOTE_STYLE = "curly double “...” for speech, curly single ‘...’ for nested speech and a title inside quotes; italics-free titles in curly double marks"

TEXT = """
‘⟦hd|I never wanted to be the loudest person in the room⟧’: Leonie Marchetti on thirty years with the baton

Leonie Marchetti is late, and apologises twice before she has sat down. The conductor, who steps down from the Westholme Philharmonic next month after three decades as its music director, has spent the morning rehearsing Brahms with a youth orchestra and still has the score under her arm.

“⟦l1|They played it much too fast, which is exactly how I played everything at seventeen,⟧” she says, laughing. “⟦l2|You can’t teach patience. You can only hope they catch it from you.⟧”

Marchetti, 66, was born in Trieste and came to Westholme in 1996, when the orchestra was close to bankruptcy and played most of its concerts in a converted tram depot. When I ask what she remembers of her first season, she answers at length.

“⟦l3|I remember being cold. The depot had no proper heating, and in January the strings would go out of tune between the first movement and the second. We wore gloves with the fingertips cut off.⟧

“⟦l4|But I also remember that the audience came anyway. Two hundred people, sometimes three hundred, sitting in their coats. I thought: if they will do this for us, we have no excuse to play badly.⟧

“⟦l5|My teacher in Milan, Aurelio Banfi, used to tell me, ‘⟦b1|The orchestra plays for the hall you are in, not the hall you want.⟧’ I understood that sentence only in Westholme.⟧”

The orchestra moved into the new Riverside Hall in 2004. Its recording of the little-known “⟦N1|Salt Symphony⟧” by the local composer Edith Crane was nominated for an international prize, and ticket sales have roughly tripled since she arrived.

Is she proud of that? She considers the question for a long time.

“⟦l6|Proud is a dangerous word for a conductor. The musicians make the sound. I stand in front of them and wave my arms, and people give me flowers at the end.⟧

“⟦l7|What I am proud of is that nobody has ever been afraid in my rehearsals. When I was young, conductors shouted. I was shouted at a great deal. I decided very early that I never wanted to be the loudest person in the room.⟧”

Her husband, the cellist Pavel Horak, who died in 2019, played in the orchestra for 21 years. She speaks of him easily, with a kind of amused tenderness.

“⟦l8|Pavel was the only person who was allowed to tell me I was wrong in front of everyone. He would raise his bow and say, ‘⟦p1|Maestra, with respect, that is nonsense,⟧’ and the whole section would wait to see what I would do. Usually he was right.⟧”

Not everyone has been an admirer. In a review of her final season, the critic Julian Sayle called her programming “⟦j1|safe to the point of sleepiness⟧”. Marchetti shrugs when I mention it.

“⟦l9|Julian has been writing that review since 1998. I have kept all of them. One day I will have them bound.⟧”

Her successor, the 38-year-old Finnish conductor Aino Rautio, takes over in September. The orchestra’s chief executive, Graham Pell, said the board had chosen “⟦g1|someone who will argue with the past, not copy it⟧”. Marchetti approves.

“⟦l10|She should change everything she wants to change,⟧” she says. “⟦l11|That is the only advice I have given her, and she didn’t ask for it.⟧”

And after the final concert on 21 June?

“⟦l12|I am going to sleep for a week. Then I will learn to cook properly. Pavel did all the cooking, and for six years I have been eating like a student.⟧”

Her memoir, “⟦N2|The Hall You Are In⟧”, is published in the autumn.
"""

L = "Leonie Marchetti"
META = {
    "hd": dict(s=L, c=None, r="Leonie Marchetti", rt="name", loc="headline", n="headline quote in curly single marks, speaker named after the colon; the words recur inside l7"),
    "l1": dict(s=L, c="says", r="she", rt="pronoun", g="l1", n="present-tense feature cue"),
    "l2": dict(s=L, c="says", r="she", rt="pronoun", g="l1"),
    "l3": dict(s=L, c="answers", r="she", rt="pronoun", g="l3", n="colon-less lead-in: 'she answers at length.' then a three-paragraph quote"),
    "l4": dict(s=L, c=None, r=None, rt="continuation", g="l3"),
    "l5": dict(s=L, c=None, r=None, rt="continuation", g="l3", n="contains nested speech by Aurelio Banfi"),
    "b1": dict(s="Aurelio Banfi", c="tell", r="Aurelio Banfi", rt="name", nested=True, b=True, n="nested quote inside Marchetti's quote"),
    "l6": dict(s=L, c=None, r=None, rt="implicit", g="l6", n="answer to a question; no cue; speaker from context (previous sentence 'She considers the question')"),
    "l7": dict(s=L, c=None, r=None, rt="continuation", g="l6"),
    "l8": dict(s=L, c="speaks", r="She", rt="pronoun", n="no speech verb; quote follows 'She speaks of him'; nested speech by Pavel Horak inside"),
    "p1": dict(s="Pavel Horak", c="say", r="he", rt="pronoun", nested=True, b=True, n="nested quote inside Marchetti's quote"),
    "j1": dict(s="Julian Sayle", c="called", r="the critic Julian Sayle", rt="name", k="partial"),
    "l9": dict(s=L, c="shrugs", r="Marchetti", rt="name", n="implicit answer after 'Marchetti shrugs when I mention it.'"),
    "g1": dict(s="Graham Pell", c="said", r="The orchestra’s chief executive, Graham Pell", rt="name", k="partial", alt=["Westholme Philharmonic"]),
    "l10": dict(s=L, c="says", r="she", rt="pronoun", g="l10", n="'she' is Marchetti; the preceding sentences mention Aino Rautio (also 'she')"),
    "l11": dict(s=L, c="says", r="she", rt="pronoun", g="l10"),
    "l12": dict(s=L, c=None, r=None, rt="implicit", n="answer to the interviewer's question; no cue"),
}
NOTE_N = {"N1": "title of a symphony", "N2": "book title"}

ACTORS = [L, "Westholme Philharmonic", "Aurelio Banfi", "Pavel Horak", "Julian Sayle", "Graham Pell", "Aino Rautio"]
ENTITIES = {
    "people": [L, "Aurelio Banfi", "Edith Crane", "Pavel Horak", "Julian Sayle", "Aino Rautio", "Graham Pell", "Brahms"],
    "organisations": ["Westholme Philharmonic", "Riverside Hall"],
    "places": ["Trieste", "Westholme", "Milan"],
}
DATES = ["next month", "1996", "January", "2004", "2019", "1998", "September", "21 June", "the autumn"]
NOTES = [
    "The headline is a quote in curly single marks with the speaker named after a colon (no verb); the same words recur in the body inside l7.",
    "Nested speech (Banfi, Horak) is nested + borderline.",
    "\"Brahms\" is a composer named by surname only; listed under people.",
    "Implicit quotes: answers to the interviewer's questions with no cue (l6-l7, l9, l12).",
]
