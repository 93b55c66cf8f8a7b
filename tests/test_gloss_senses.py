"""Classes of wrong senses the readers of judged round 4 found on the cards (issue 13,
tests/judged/cards.md), each checked on German sentences like those of the judged texts: an
English idiom of a light verb ranked by the light verb's frequency, a noun given the meaning of
Ding's phrase with its genitive."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizgen.extraction.glossary import load_glossary

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


def _analysed(nlp, text: str, lemma: str, form: str = ""):
    """The analysed sentence of a one-sentence text and the Token.i of the word with this lemma
    (or this form, for a participle the vocabulary cards as its verb)."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    sentence = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),))).sentences[0]
    return sentence, next(token.i for token in sentence.tokens if token.lemma == lemma or token.text == form)


@pytest.fixture(scope="module")
def ding():
    load_glossary.cache_clear()
    return load_glossary(DING)


def _first(glossary, nlp, text: str, lemma: str, pos: str, form: str = "") -> str:
    sentence, token = _analysed(nlp, text, lemma, form)
    senses = glossary.senses(lemma, pos, sentence=sentence, token_i=token)
    return senses[0] if senses else ""


@needs_ding
def test_an_english_idiom_of_a_light_verb_is_not_as_common_as_the_verb(ding, nlp):
    """"to go back to" is no more common than "to resort to" because "go" is: auf etw.
    zurückgreifen is to resort to / to fall back on."""
    text = "Die Fluchthelfer griffen außerdem auf eine Reihe von Tricks zurück, um die Fliehenden zu schützen."
    assert _first(ding, nlp, text, "zurückgreifen", "VERB") in ("to resort to", "to fall back on")


@needs_ding
def test_the_meaning_of_a_phrase_with_its_genitive_is_not_the_nouns(ding, nlp):
    """"Einbruch der Nacht :: nightfall" renders the phrase: Einbruch alone is neither nightfall
    nor a break-in there; a compound's head stays ("mit Einbruch des Winters" = Wintereinbruch)."""
    text = "Nach Einbruch der Dunkelheit versteckte die Familie sie auf einem Wagen."
    assert _first(ding, nlp, text, "Einbruch", "NOUN") == ""
    text = "Die Diebe verübten einen Einbruch in das Gemeindeamt."
    assert _first(ding, nlp, text, "Einbruch", "NOUN") in ("break-in", "burglary")
