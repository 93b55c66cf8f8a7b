"""Session 29 (issue 12): an untyped prepositional adverbial whose modifier tells which one of a
class is asked "PREP welch- NOUN …?" ("In welcher Sprache …?", "Mit welchen Mitteln …?", "An
welches Eisenbahnnetz …?"), welch- in the case the preposition and its article or adjective
ending show and in the noun's gender and number; the key accepts the phrase without its
preposition and the modifier alone. Not asked: an indefinite phrase ("in einer Sendung"), a
modifier that tells no particular one ("mit großem Erfolg", "auf typische Weise"), a phrase that
may belong to the noun before it ("eine große Auswahl an karibischem Essen"). Real German
sentences through the offline pipeline, one article for all."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh import wh_questions
from quizgen.model import Article, Question

TEXT = (
    "Der Roman wurde 1950 in englischer Sprache veröffentlicht. "
    "Die Regierung reagierte mit militärischen Mitteln auf den Protest. "
    "Das Gebiet stand bis 1945 unter britischer Verwaltung. "
    "Eisenstadt wurde 1897 an das ungarische Eisenbahnnetz angeschlossen. "
    "Die Firma stellt ihre Modelle in französischer Sprache vor. "
    "Der Sänger trat in einer Sendung auf. "
    "Die Band spielte mit großem Erfolg in Roskilde. "
    "Der Markt bietet eine große Auswahl an karibischem Essen. "
    "Die Pollen werden auf typische Weise verbreitet. "
    "Das Buch wurde ursprünglich in rabbinischem Hebräisch geschrieben. "
    "Somalia hatte an militärischer Stärke gewonnen."
)


@pytest.fixture(scope="module")
def asked(nlp) -> dict[str, Question]:
    article = Article(title="Test", text=TEXT, source="test", stem="test", paragraphs=((0, len(TEXT)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in wh_questions(analysis, extract_facts(analysis))}


def _welch(asked: dict[str, Question]) -> list[str]:
    return sorted(p for p in asked if p.split()[1].startswith("welch"))


def test_a_language_is_asked_with_in_welcher_sprache(asked):
    question = asked.get("In welcher Sprache wurde der Roman 1950 veröffentlicht?")
    assert question is not None, _welch(asked)
    assert question.answer == "in englischer Sprache"
    assert "englisch" in question.accepted and "englischer Sprache" in question.accepted


def test_welch_takes_the_dative_plural_after_mit(asked):
    question = asked.get("Mit welchen Mitteln reagierte die Regierung auf den Protest?")
    assert question is not None, _welch(asked)
    assert question.answer == "mit militärischen Mitteln"


def test_a_two_way_preposition_keeps_the_case_of_its_article(asked):
    """"an das … Eisenbahnnetz" is accusative: "An welches", and the passive keeps its participle."""
    assert "An welches Eisenbahnnetz wurde Eisenstadt 1897 angeschlossen?" in asked, _welch(asked)
    assert "Unter welcher Verwaltung stand das Gebiet bis 1945?" in asked, _welch(asked)


def test_a_separable_verb_keeps_its_particle_at_the_end(asked):
    question = asked.get("In welcher Sprache stellt die Firma ihre Modelle vor?")
    assert question is not None, _welch(asked)
    assert "französisch" in question.accepted


def test_no_welch_without_a_particular_one(asked):
    """An indefinite phrase, a judging adjective, a manner noun, a phrase after an indefinite
    noun it may belong to, a language's name, the verb's "an"-object: none names one of a class
    a reader could give."""
    for noun in ("Sendung", "Erfolg", "Essen", "Weise", "Hebräisch", "Stärke"):
        assert not any(p.split()[2:3] == [noun] for p in _welch(asked)), _welch(asked)
