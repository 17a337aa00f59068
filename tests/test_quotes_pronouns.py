"""Pronouns and shared surnames (real spaCy model, sentences written for these tests)."""

from __future__ import annotations

from newsread.analysis import analyze


def speakers(nlp, text):
    return [q.speaker_name for q in analyze(text, nlp=nlp).direct_quotes()]


def test_pronoun_after_indefinite_person_is_not_the_earlier_named_woman(nlp):
    text = (
        "Anna Pike, the head of the school, spoke first.\n\n"
        'A teacher at the school said the pupils were shaken. "We are all heartbroken," she said.'
    )
    assert speakers(nlp, text) != ["Anna Pike"]
    assert "teacher" in speakers(nlp, text)[0]


def test_she_wrote_after_letter_written_by(nlp):
    text = (
        "Fiona Kerr found a letter in the attic last year. It was written by Agnes Kerr, her grandmother, in 1972.\n\n"
        '"I miss the sea every morning," she wrote.'
    )
    assert speakers(nlp, text) == ["Agnes Kerr"]


def test_letter_from_appositive_writer(nlp):
    text = (
        "Fiona Kerr found a letter written by her grandmother, Agnes Kerr, in the attic.\n\n"
        '"I miss the sea every morning," she wrote.'
    )
    assert speakers(nlp, text) == ["Agnes Kerr"]


def test_shared_surname_by_title_then_last_speaker_in_paragraph(nlp):
    text = (
        "Mary Kerr kept the books for forty years. Her son, John Kerr, runs the farm now.\n\n"
        '"We never thought of leaving," Mrs Kerr said.\n\n'
        '"The farm is our life," Mr Kerr said. "I grew up here," Kerr added.'
    )
    assert speakers(nlp, text) == ["Mary Kerr", "John Kerr", "John Kerr"]


def test_alternating_speakers_pronoun_by_gender(nlp):
    text = (
        '"We need the bus back," said Anna Pike. Tom Hale disagreed. '
        '"It costs too much," he said. "It is a scandal," she replied.'
    )
    assert speakers(nlp, text) == ["Anna Pike", "Tom Hale", "Anna Pike"]


def test_capitalised_kin_word_inside_quote_is_never_the_speaker(nlp):
    text = (
        "Lena Ross, 19, and her sister ran the race.\n\n"
        '"Mum thought we were mad to try," she said.\n\n'
        '"Mum cried at the finish. Grandad Joe cried too."'
    )
    assert speakers(nlp, text) == ["Lena Ross", "Lena Ross"]


def test_laughed_after_quote_is_a_cue(nlp):
    text = 'Tom Baird ran the race with his brother.\n\n"Mum said we were mad. Dad said nothing," he laughed.'
    assert speakers(nlp, text) == ["Tom Baird"]


def test_the_teenager_is_the_person_just_described(nlp):
    text = (
        "Runner Lena Ross finished third.\n\n"
        '"Mum thought we were mad to try," said the teenager, who trains in Leeds. "Aunt Mary agreed."'
    )
    assert speakers(nlp, text) == ["Lena Ross", "Lena Ross"]


def test_names_inside_a_quote_only_paragraph_never_speak(nlp):
    text = (
        "Lena Ross finished third in the final.\n\n"
        '"We lost the final." "Mum thought we were mad. Coach Dan Reed said we had no chance."'
    )
    names = speakers(nlp, text)
    assert names and all(n not in ("Mum", "Dan Reed", "Coach Dan Reed") for n in names)


def test_titled_surname_is_not_the_relative_called_by_first_name(nlp):
    text = (
        "Margaret Kerr died in 2019 aged 90. Her granddaughter, Fiona Kerr, 31, found a box of letters.\n\n"
        '"I miss the sea every morning," Mrs Kerr wrote in 1972.\n\n'
        '"Reading them was like meeting her again," Fiona said.'
    )
    assert speakers(nlp, text) == ["Margaret Kerr", "Fiona Kerr"]


def test_titled_surname_defaults_to_the_first_introduced(nlp):
    text = (
        "Margaret Kerr died in 2019 aged 90. Her granddaughter Fiona Kerr found the letters.\n\n"
        '"I miss the sea every morning," Mrs Kerr wrote in 1972.'
    )
    assert speakers(nlp, text) == ["Margaret Kerr"]
