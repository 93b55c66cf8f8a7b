"""A zu-infinitive after the question's one comma and a nominalised adjective are no defects
of a W-question (session 15): both kept the only good questions of short paragraphs out."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.generation import wellformed
from quizgen.model import Article


def _sentence(nlp, text: str):
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[0]


@pytest.mark.parametrize("prompt", [
    "Wer ist im Winter angehalten, den Nachbarn beim Holzhacken zu helfen?",
    "Wann beschloss der Stadtrat, die alte Brücke abzureißen?",
])
def test_a_zu_infinitive_after_the_comma_is_one_clause(prompt):
    assert wellformed.question_problems(prompt, word=prompt.split()[0]) == ()


@pytest.mark.parametrize(("prompt", "problem"), [
    ("Was musste, sodass der Bus fahren konnte?", "a second clause after a comma"),
    ("Wann beschloss der Stadtrat, dass er die alte Brücke abreißt?", "a second clause after a comma"),
])
def test_a_finite_clause_after_the_comma_stays_a_defect(prompt, problem):
    assert problem in wellformed.question_problems(prompt, word=prompt.split()[0])


def test_a_nominalised_adjective_is_a_noun_of_the_prompt(nlp):
    sentence = _sentence(nlp, "Im Schaltjahr sind die Frauen angehalten, ihrem Liebsten einen Maibaum zu stellen.")
    prompt = "Wann sind die Frauen angehalten, ihrem Liebsten einen Maibaum zu stellen?"
    assert "a capitalised word that is no noun" not in wellformed._prompt_problems(sentence, prompt)
    assert "comma outside an enumeration" not in wellformed._prompt_problems(sentence, prompt)


def test_a_capitalised_word_at_the_sentence_start_is_still_no_noun(nlp):
    sentence = _sentence(nlp, "Beide Organe verfügen über eine eigene Blutversorgung.")
    assert "a capitalised word that is no noun" in wellformed._prompt_problems(sentence, "Worüber verfügen Beide Organe?")
