"""The learned reported-speech filter (#15): its weights load, and they change decisions.

Candidates are found by the cue rules; ``speech_filter`` drops those that are unlikely to be
speech. ``recording()`` turns the filter off, so each test compares the same sentence with and
without it (real spaCy model, sentences written for these tests).
"""

from __future__ import annotations

from newsread.analysis import analyze
from newsread.analysis.quotes import speech_filter


def _kept_and_candidates(nlp, text):
    kept = [q.text for q in analyze(text, nlp=nlp).quotes]
    with speech_filter.recording() as rows:
        unfiltered = [q.text for q in analyze(text, nlp=nlp).quotes]
    return kept, unfiltered, rows


def test_the_shipped_model_loads_with_weights_and_a_threshold():
    model = speech_filter.model()
    threshold, weights = model.line, model.weights
    assert 0.0 < threshold < 1.0
    assert len(weights) > 50
    # a clause after "say" is the surest sign of speech the model has seen
    assert speech_filter.probability(["cue=say", "how=clause", "first=that"]) > threshold


def test_a_tweet_embeds_markup_is_not_what_was_tweeted(nlp):
    """A page's embed left as text ('tweet pic="" author=...'): the rules take 'tweet' for a cue
    and the markup for its object; the model drops it."""
    text = 'tweet pic="" author="LenaVarga" timestamp="1461000000"'
    kept, unfiltered, rows = _kept_and_candidates(nlp, text)
    assert unfiltered == ['pic="" author="LenaVarga" timestamp="1461000000"']
    assert rows and rows[0]["p"] < speech_filter.model().line
    assert kept == []


def test_a_verb_of_saying_the_gold_leaves_out_is_still_speech(nlp):
    """The model is fitted only on cues the annotation counts as speech, so 'cautioned that ...'
    (outside that list) is kept on its own merits, not dropped to please the scorer."""
    text = "The senator cautioned that the vote could slip to May."
    kept, _, rows = _kept_and_candidates(nlp, text)
    assert kept == ["that the vote could slip to May"]
    assert "cue=caution" not in speech_filter.model().weights


def test_a_clause_of_saying_is_kept(nlp):
    text = "Mayor Ines Okafor said the new bridge would open in the spring."
    kept, unfiltered, rows = _kept_and_candidates(nlp, text)
    assert kept == unfiltered == ["the new bridge would open in the spring"]
    assert rows[0]["p"] > 0.8


def test_direct_quotes_are_never_filtered(nlp):
    text = '"We will not give up," said Ruth Calder, the union\'s leader.'
    kept, unfiltered, rows = _kept_and_candidates(nlp, text)
    assert kept == unfiltered == ["We will not give up,"]
    assert rows == []  # a direct quote is no candidate of the filter
