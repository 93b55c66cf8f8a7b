"""Session 28 (issue 13, round 24's card readers): an example full of names is as long to read as
a longer one, and a relative clause after the bare infinitive of lassen or a modal is its noun's."""

from __future__ import annotations

from test_cloze_s13 import _analysis

from quizgen.extraction.vocabulary import _example

NAMED = ('Lindbergh ließ sich für diese Herausforderung vom Hersteller Ryan Aeronautical ein Flugzeug bauen, '
         'das er "Spirit of St. Louis" nannte.')


def _example_of(nlp, text: str, word: str) -> str:
    sentence = _analysis(nlp, text).sentences[0]
    return _example(sentence, text.index(word))


def test_an_example_full_of_names_loses_the_relative_clause_that_does_not_hold_the_word(nlp):
    """Round 24: the 20 words with six of names were "too long and full of names"."""
    assert _example_of(nlp, NAMED, "Herausforderung") == (
        "Lindbergh ließ sich für diese Herausforderung vom Hersteller Ryan Aeronautical ein Flugzeug bauen.")


def test_a_short_example_without_names_keeps_its_relative_clause(nlp):
    text = "Die Bauern ließen sich für die neue Scheune ein großes Tor bauen, das sie im Winter schließen konnten."
    assert _example_of(nlp, text, "Scheune") == text


def test_the_relative_clause_of_a_demonstrative_stays_however_many_names(nlp):
    """"für denjenigen, der …" cannot end after denjenigen: the sentence stays whole."""
    text = ("Im Jahr 1919 bot der Millionär Raymond Orteig ein Preisgeld von 25.000 US-Dollar für denjenigen, "
            "der alleine mit einem Flugzeug den Atlantik überquerte.")
    assert _example_of(nlp, text, "Preisgeld") == text

