"""Session 31 (lead): "Wer" for a subject that the copula's predicative calls a thing. The
entity model takes an unknown name with an article for a person ("Der Mono ist ein Fluss in
Westafrika" → "Wer ist ein Fluss in Westafrika? – der Mono"); the predicative's noun says what
the subject is."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.model import Article


def _prompts(nlp, text: str) -> dict[str, str]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q.answer for q in _w_questions(analysis, extract_facts(analysis))}


def test_wer_is_not_asked_for_a_river(nlp):
    prompts = _prompts(nlp, "Der Mono ist ein Fluss in Westafrika. Er fließt durch Togo und Benin.")
    assert not any(prompt.startswith("Wer ist ein Fluss") for prompt in prompts), prompts


def test_wer_stays_for_a_person_the_predicative_names(nlp):
    prompts = _prompts(nlp, "Angela Merkel war die erste Bundeskanzlerin Deutschlands. "
                            "Sie regierte 16 Jahre lang.")
    assert prompts.get("Wer war die erste Bundeskanzlerin Deutschlands?", "").endswith("Angela Merkel"), prompts
