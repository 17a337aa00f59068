"""The quote engine never fails an article: stray marks, odd paragraphs, any text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.analysis import analyze

WORDS = ["Smith", "said", "the", "minister", "he", "told", "reporters", "It's", "companies'",
         "'90s", "we", "will", "win", "according", "to", "Jones", ":", ",", ".", "\n\n", "—"]
MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "''", "``"]


def check(analysis):
    ids = {a.id for a in analysis.actors}
    n = len(analysis.text)
    for q in analysis.direct_quotes():
        assert 0 <= q.start <= q.end <= n
        assert analysis.text[q.start : q.end] == q.text
        assert q.speaker is None or q.speaker in ids
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= n
        assert q.resolved_via in (None, "name", "pronoun", "description", "continuation", "inherited")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS + MARKS), max_size=40))
def test_random_token_soup_never_fails(nlp, toks):
    check(analyze(" ".join(toks), nlp=nlp))


def test_unbalanced_marks_keep_the_pairable_quotes(nlp):
    text = (
        'He said " and then nothing.\n\n'
        '“This one is fine,” said Ana Ruiz. ”\n\n'
        "The workers' union and the companies' profits were discussed in the '90s."
    )
    a = analyze(text, nlp=nlp)
    check(a)
    assert [(q.text, q.speaker_name) for q in a.direct_quotes()] == [("This one is fine,", "Ana Ruiz")]


def test_empty_and_quote_only_articles(nlp):
    check(analyze("", nlp=nlp))
    a = analyze("“Just a quote with nobody named.”", nlp=nlp)
    check(a)
    assert len(a.direct_quotes()) == 1 and a.direct_quotes()[0].speaker is None
