"""Transcripts, quote lists and headings in capitals (#14, error classes seen on real news).

Interview Q&A turns ("JAKE TAPPER: Do you ...?" / "FALLIN: Well, ...") are speech by the named
person, and the label in capitals is that person, never a new actor; a quote-only paragraph
signed by a dash line ("— Name, Outlet") is the signer's; a heading in capitals ("UPDATE:")
speaks for nobody. Real spaCy model; articles written for these tests after those classes."""

from __future__ import annotations

from newsread.analysis import analyze

INTERVIEW = (
    "Senator defends vote in tense interview\n\n"
    "Senator Maria Alvarez defended her vote on the spending bill in an interview with CNN's Jake Tapper "
    "on Sunday.\n\n"
    "Partial transcript as follows:\n\n"
    "JAKE TAPPER: Do you regret the vote, Senator?\n\n"
    'ALVAREZ: Well, I think the bill was the best we could get. I said at the time, "This is not perfect," '
    "and I stand by that.\n\n"
    "(BEGIN VIDEO CLIP)\n\n"
    "TAPPER: Your own party says it was a mistake. Many of your colleagues voted against it.\n\n"
    "And I have heard from voters in your state who agree with them. What do you tell them?\n\n"
    'ALVAREZ: "They are wrong, and they know it."\n\n'
    "TAPPER: Will you run again?\n\n"
    "ALVAREZ: I have not decided.\n\n"
    "The senator's office did not respond to a request for comment."
)


def test_every_turn_is_the_named_speakers_speech(nlp):
    an = analyze(INTERVIEW, nlp=nlp, published="2016-07-10")
    by_text = {q.text: q for q in an.quotes}
    turns = {
        "Do you regret the vote, Senator?": "Jake Tapper",
        "Will you run again?": "Jake Tapper",
        "I have not decided.": "Maria Alvarez",
        "They are wrong, and they know it.": "Maria Alvarez",
    }
    for words, who in turns.items():
        assert words in by_text, words
        assert by_text[words].speaker_name == who, words
        assert by_text[words].cue == ":"
    # a turn that goes on in the next paragraph, after a stage direction is skipped
    going_on = next(q for q in an.quotes if q.text.startswith("And I have heard from voters"))
    assert going_on.speaker_name == "Jake Tapper"
    assert not any(q.text.startswith("(BEGIN") or "did not respond" in q.text for q in an.quotes)


def test_a_quote_inside_a_turn_said_by_i_is_the_turn_speakers(nlp):
    an = analyze(INTERVIEW, nlp=nlp, published="2016-07-10")
    parts = [(q, p) for q in an.quotes for p in q.quoted]
    said = [q for q, p in parts if INTERVIEW[p["start"] : p["end"]].startswith("This is not perfect")]
    said += [q for q in an.quotes if q.kind == "direct" and q.text.startswith("This is not perfect")]
    assert said and all(q.speaker_name == "Maria Alvarez" for q in said)


def test_capitalised_labels_are_the_people_of_the_article_not_new_actors(nlp):
    an = analyze(INTERVIEW, nlp=nlp, published="2016-07-10")
    people = [a.name for a in an.actors if a.label == "PERSON"]
    assert sorted(people) == ["Jake Tapper", "Maria Alvarez"]


def test_a_label_named_only_in_the_transcript_still_speaks_when_it_recurs(nlp):
    # "FALLIN" is never named outside the labels, but the transcript has a named interviewer
    # and her label recurs: she is a speaker, and one actor
    text = (
        "Governor backs nominee\n\nOn Sunday the governor spoke to Jake Tapper about the race.\n\n"
        "JAKE TAPPER: Do you think he has campaigned as a healer?\n\n"
        "FALLIN: I think he is trying to campaign as a healer.\n\n"
        "TAPPER: And the voters who doubt him?\n\n"
        "FALLIN: I think we all need to work together."
    )
    an = analyze(text, nlp=nlp, published="2016-07-10")
    answers = [q for q in an.quotes if q.text.startswith("I think")]
    assert len(answers) == 2 and {q.speaker_name for q in answers} == {"Fallin"}
    assert len({q.speaker for q in answers}) == 1


def test_headings_in_capitals_are_not_speakers(nlp):
    text = (
        "Council approves budget\n\n"
        "UPDATE: The council voted 7-2 on Tuesday night to approve the budget.\n\n"
        "The mayor welcomed the vote.\n\n"
        "EXCLUSIVE: Documents show the plan was drafted last spring.\n\n"
        "STAT OF THE WEEK: $43 million, the amount the city will borrow."
    )
    an = analyze(text, nlp=nlp, published="2016-07-10")
    assert not any(q.cue == ":" for q in an.quotes)
    assert not any(a.name.lower() in ("update", "exclusive") for a in an.actors)


def test_a_quote_list_signed_by_dash_lines_gives_each_quote_its_signer(nlp):
    text = (
        "What the critics said about the stadium plan\n\n"
        "The city council approved the stadium plan on Tuesday after a long debate. Critics were quick "
        "to respond.\n\n"
        '"This is a giveaway to billionaires and the taxpayers will pay for it."\n\n'
        "— Laura Chen, The Daily Ledger\n\n"
        '"The numbers do not add up, and the council knows it."\n\n'
        "— Mark Devlin, City Watch\n\n"
        '"I will look into it. I don\'t know the status."\n\n'
        "- Hillary Clinton.\n\n"
        "The mayor said the plan would create jobs."
    )
    an = analyze(text, nlp=nlp, published="2016-07-10")
    assert [q.speaker_name for q in an.direct_quotes()] == ["Laura Chen", "Mark Devlin", "Hillary Clinton"]


def test_a_quote_under_a_heading_in_capitals_is_not_the_headings(nlp):
    text = (
        "Council approves budget\n\nThe council approved the budget on Tuesday.\n\n"
        'EXCLUSIVE: "We were never consulted about the cuts."\n\n'
        'Mayor Ann Cole spoke later. COLE: "This is a historic day."'
    )
    an = analyze(text, nlp=nlp, published="2016-07-10")
    by_text = {q.text: q.speaker_name for q in an.direct_quotes()}
    assert by_text["We were never consulted about the cuts."] != "EXCLUSIVE"
    assert by_text["This is a historic day."] == "Ann Cole"  # a label the article names is a speaker
    assert not any(a.name == "EXCLUSIVE" for a in an.actors)
