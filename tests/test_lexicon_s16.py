"""Noun lemmas of plural forms that two nouns share (session 16)."""

import pytest

from quizgen.analysis import analyze, load_pipeline
from quizgen.model import Article


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(None)


def _noun_lemmas(nlp, text: str) -> dict[str, str]:
    article = Article(title="", text=text, source="", stem="t", paragraphs=((0, len(text)),))
    sentence = analyze(nlp, article).sentences[0]
    return {t.text: t.lemma for t in sentence.tokens if t.tag == "NN"}


def test_a_plural_that_is_only_a_dative_of_one_noun_belongs_to_the_noun_whose_plural_it_is(nlp):
    # Klexikon "Scheune": the husks, not the scarves (der Schal, die Schals, den Schalen)
    assert _noun_lemmas(nlp, "Dabei werden die Körner aus den Schalen herausgeklopft.")["Schalen"] == "Schale"
    assert _noun_lemmas(nlp, "Die Schalen der Nüsse sind hart.")["Schalen"] == "Schale"
    assert _noun_lemmas(nlp, "Die Kinder spielen in den Ecken des Hofes.")["Ecken"] == "Ecke"


def test_the_commoner_noun_keeps_its_dative_plural(nlp):
    assert _noun_lemmas(nlp, "Sie trug im Winter zwei bunte Schals.")["Schals"] == "Schal"
    assert _noun_lemmas(nlp, "In den Winden der Berge fliegen Vögel.")["Winden"] == "Wind"
    assert _noun_lemmas(nlp, "Nach zehn Tagen kamen sie in der Stadt an.")["Tagen"] == "Tag"
