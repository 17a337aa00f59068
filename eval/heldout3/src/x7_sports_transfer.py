NAME = "x7_sports_transfer"
PUBLISHED = "2026-08-27"
GENRE = "tabloid sports desk: football transfer saga (agents, nicknames, club statement, unnamed sources)"
QUOTE_STYLE = "mixed: curly double “...” in most paragraphs, straight double \"...\" in some (web-desk edits), one straight opener with a curly closer; curly single ‘...’ for nicknames"

TEXT = """
‘⟦N1|Tino⟧’ seals £38m switch to Ashford Rovers after agent’s late-night drama

Ashford Rovers have finally landed Valentino Reyes, ending a summer-long chase for the Uruguayan striker in a deal worth up to £38million.

The 24-year-old, known to fans in Spain as ‘⟦N2|El Fantasma⟧’ (The Ghost) for his habit of drifting unseen between defenders, signed a five-year contract at the club’s training ground on Tuesday night after passing a medical.

Reyes, who scored 23 goals for Deportivo Almara last season, told the club’s website: “⟦v1|This is the club I wanted from the first day. When the manager called me, I didn’t need to think.⟧”

“⟦v2|I know the fans here are demanding. Good. So am I,⟧” added the forward, who becomes the second most expensive signing in Rovers’ history.

The deal looked dead on Monday evening when Almara rejected a third bid. But Reyes’s agent, Marco Feliciani, flew to Spain overnight to rescue it.

"⟦f1|At midnight I was sure it was finished. At 3am we were drinking coffee and talking about add-ons,⟧" said Feliciani, who has represented the player since he was 16. "⟦f2|Tino wanted this move. When a player wants something this badly, you find a way.⟧"

Rovers boss Stan Kowalczyk, nicknamed ‘⟦N3|Big Stan⟧’ by supporters, was quick to play down talk of the fee.

“⟦k1|The price is not my department. My department is goals, and Tino scores goals,⟧” the Pole said. “⟦k2|He is quick, he is clever and he is hungry. Those three things you cannot buy in a shop.⟧”

The 49-year-old admitted he had texted the striker “⟦k3|every day for a month⟧” during the negotiations.

In a statement, Ashford Rovers said they were "⟦c1|delighted to welcome Valentino to the club⟧" and thanked Deportivo Almara for "⟦c2|their professionalism throughout what has been a complex process.⟧"

Almara were less gracious. Their sporting director, Ignacio Ferrer, told Spanish radio that the club had sold "⟦i1|with a heavy heart and under pressure we did not create.⟧”

"⟦i2|When an agent tells a player every morning that he is worth more somewhere else, the player starts to believe it,⟧" Ferrer said, in what was seen as a thinly veiled attack on Feliciani.

A source close to the player hit back last night. "⟦s1|Ignacio knows the truth. The club needed the money and Tino gave them five good years,⟧" the source said.

Reyes will wear the No 9 shirt and could make his debut against Castleford Town on Saturday. Rovers fans, who have taken to calling the new arrival “⟦N4|the Ghost of Ashford⟧” on social media, queued outside the club shop for replica shirts within an hour of the announcement.

Season ticket holder Dean Whitlock, 41, was among the first in line. “⟦w1|We’ve waited all summer for this. Big Stan promised us a striker and he’s delivered,⟧” he said.

Kowalczyk still wants a left-back before the window closes on Monday, and the club are understood to be in talks with Belvedere FC over their captain, Lewis Ampofo.

Asked about further signings, Kowalczyk smiled: “⟦k4|Ask me on Tuesday.⟧”
"""

R = "Valentino Reyes"
K = "Stan Kowalczyk"
C = "Ashford Rovers"
META = {
    "v1": dict(s=R, c="told", r="Reyes", rt="name"),
    "v2": dict(s=R, c="added", r="the forward", rt="description", n="inverted cue with a description"),
    "f1": dict(s="Marco Feliciani", c="said", r="Feliciani", rt="name", g="f1"),
    "f2": dict(s="Marco Feliciani", c="said", r="Feliciani", rt="name", g="f1", n="mentions 'Tino' (= Reyes) inside the quote"),
    "k1": dict(s=K, c="said", r="the Pole", rt="description", g="k1", n="nationality description refers back to Kowalczyk"),
    "k2": dict(s=K, c="said", r="the Pole", rt="description", g="k1"),
    "k3": dict(s=K, c="admitted", r="The 49-year-old", rt="description", k="partial"),
    "c1": dict(s=C, c="said", r="Ashford Rovers", rt="name", k="partial", n="club statement"),
    "c2": dict(s=C, c="thanked", r="Ashford Rovers", rt="name", k="partial"),
    "i1": dict(s="Ignacio Ferrer", c="told", r="Their sporting director, Ignacio Ferrer", rt="name", k="partial", alt=["Deportivo Almara"],
               n="straight opening mark, curly closing mark"),
    "i2": dict(s="Ignacio Ferrer", c="said", r="Ferrer", rt="name", alt=["Deportivo Almara"]),
    "s1": dict(s="A source close to the player", c="said", r="the source", rt="description", n="unnamed speaker; 'Ignacio' inside is Ferrer, not the speaker"),
    "w1": dict(s="Dean Whitlock", c="said", r="he", rt="pronoun", n="'Big Stan' inside the quote is a nickname for Kowalczyk"),
    "k4": dict(s=K, c="smiled", r="Kowalczyk", rt="name", n="non-speech cue verb with a colon"),
}
NOTE_N = {"N1": "player's nickname in the headline (not speech); = Valentino Reyes",
          "N2": "nickname", "N3": "nickname", "N4": "fans' nickname"}

ACTORS = [R, "Marco Feliciani", K, C, "Deportivo Almara", "Ignacio Ferrer", "Dean Whitlock"]
ENTITIES = {
    "people": [R, "Marco Feliciani", K, "Ignacio Ferrer", "Dean Whitlock", "Lewis Ampofo"],
    "organisations": [C, "Deportivo Almara", "Castleford Town", "Belvedere FC"],
    "places": ["Spain"],
}
DATES = ["Tuesday night", "last season", "Monday evening", "last night", "Saturday", "Monday", "Tuesday"]
NOTES = [
    "Nicknames 'Tino' (headline and inside quotes) and 'Big Stan' (inside a quote) refer to Valentino Reyes and Stan Kowalczyk; the sidebar should not make separate people of them.",
    "'El Fantasma' is followed by an English gloss in parentheses.",
    "Paragraphs with Feliciani, the club statement, Ferrer and the source use straight marks; the i1 quote opens straight and closes curly.",
    "Reyes’s (possessive ’s after a name) and Rovers’ (plural possessive) are apostrophes.",
    "'Uruguayan', 'Spanish', 'the Pole' are nationality words, not places.",
]
