"""Checks that refused questions people ask (MLQA, session 22): how often or the how-manieth time
is no second time phrase beside the asked date."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation import wh
from quizgen.generation.wellformed import occasion
from quizgen.model import Article


def _prompts(nlp, text: str) -> dict[str, str]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in wh.wh_questions(analysis, extract_facts(analysis))}


def test_an_occasion_is_no_time_of_its_own():
    assert all(map(occasion, ["zum ersten Mal", "erstmals", "jährlich", "jedes Jahr", "wieder"]))
    assert not any(map(occasion, ["im Jahr 1990", "1963", "am Montag", "im Sommer", "nach dem Krieg"]))


def test_a_date_is_asked_beside_zum_ersten_mal(nlp):
    prompts = _prompts(nlp, "Dian Fossey reiste 1963 zum ersten Mal nach Ostafrika.")
    assert prompts.get("Wann reiste Dian Fossey zum ersten Mal nach Ostafrika?") == "1963"


def test_two_dates_still_make_no_wann_question(nlp):
    prompts = _prompts(nlp, "Dian Fossey reiste im Sommer 1963 am Montag nach Ostafrika.")
    assert not any(prompt.startswith("Wann") for prompt in prompts)


def test_the_word_after_a_question_word_is_the_finite_verb(nlp):
    text = "Wem gewährte König Friedrich Wilhelm IV. ein jährliches Einkommen?"
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    tokens = analyze(nlp, article).sentences[0].tokens
    assert tokens[1].tag == "VVFIN" and tokens[1].lemma == "gewähren"
    text = "Welche große Stadt liegt am Rhein?"  # a determiner W-word: the adjective stays one
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    assert analyze(nlp, article).sentences[0].tokens[1].tag == "ADJA"
