"""A verb sense Ding gives for a construction with a second argument, a genitive or a
zu-infinitive ("jdn. (einer Sache) beschuldigen :: to accuse sb. (of sth.)"), is the sense of a
clause that has one: the seed's "haben Nordkorea beschuldigt, Russland … versorgt zu haben" was
"to incriminate" (Ding's bare line "beschuldigen {vt} :: to incriminate"). And a clause whose
one phrase before the verb the analysis split into subject and object has no object
(nachziehen, judged round 6: "to tighten up" for "andere … Süßwarenunternehmen zogen nach")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizgen.extraction.ding import _valency
from quizgen.extraction.glossary import load_glossary
from quizgen.extraction.senses import Context

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")

ACCUSED = (
    "Die Vereinigten Staaten haben Nordkorea beschuldigt, Russland für seinen Krieg in der Ukraine "
    "mit Waffen versorgt zu haben."
)


def _analysed(nlp, text: str, lemma: str):
    """The analysed sentence of a one-sentence text and the Token.i of the word with this lemma."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    sentence = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),))).sentences[0]
    return sentence, next(token.i for token in sentence.tokens if token.lemma == lemma)


def test_ding_marks_a_sense_with_a_second_argument():
    assert "g" in _valency("jdn. (einer Sache) beschuldigen", "vt")
    assert "g" in _valency("jdn. auffordern, etw. zu tun", "vt")
    assert "g" not in _valency("beschuldigen", "vt")
    assert "g" not in _valency("jdn. belasten", "vt")


def test_a_zu_infinitive_complement_is_a_second_argument(nlp):
    sentence, token = _analysed(nlp, ACCUSED, "beschuldigen")
    assert Context.of(sentence, "beschuldigen", token).second
    plain, token = _analysed(nlp, "Der Zeuge hat den Angeklagten schwer beschuldigt.", "beschuldigen")
    assert not Context.of(plain, "beschuldigen", token).second


@needs_ding
def test_accused_of_what_a_clause_says_is_to_accuse(nlp):
    glossary = load_glossary(DING)
    sentence, token = _analysed(nlp, ACCUSED, "beschuldigen")
    assert glossary.senses("beschuldigen", "VERB", sentence=sentence, token_i=token)[0] == "to accuse"


FOLLOWED = "1953 stellte man herzförmige Pralinen her, andere japanische Süßwarenunternehmen zogen nach."


def test_a_phrase_split_before_the_verb_is_no_object(nlp):
    from quizgen.extraction.senses import direct_object

    sentence, token = _analysed(nlp, FOLLOWED, "nachziehen")
    assert direct_object(sentence, "nachziehen", token) == "unseen"
    made, token = _analysed(nlp, FOLLOWED, "herstellen")
    assert direct_object(made, "herstellen", token) == "some"  # "man" after the verb: the object stands


@needs_ding
def test_companies_that_follow_suit_follow(nlp):
    glossary = load_glossary(DING)
    sentence, token = _analysed(nlp, FOLLOWED, "nachziehen")
    assert glossary.senses("nachziehen", "VERB", sentence=sentence, token_i=token)[0] == "to follow"
