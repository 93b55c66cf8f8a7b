"""W-questions whose answer is a general noun with its relative clause (generation/wh.py):
"Was zeigen Miniaturen? – Dinge, die normalerweise viel größer sind" (a readers' key question of
round 5, Klexikon Miniatur-Welt), on real sentences run through the offline pipeline, and the
sentences where the general noun must not be asked or kept alone."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh import wh_questions
from quizgen.model import Article


def _asked(nlp, text: str) -> dict[str, str]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: str(q.answer) for q in wh_questions(analysis, extract_facts(analysis))}


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # Klexikon, Miniatur-Welt: both plurals open to either case, read subject first; "solche" left out
        (("Eine Miniatur-Welt ist ein Park oder ein Haus mit Miniaturen oder Modellen. Solche Miniaturen zeigen "
          "Dinge, die normalerweise viel größer sind: eine Landschaft, den Eiffelturm oder eine Eisenbahn."),
         "Was zeigen Miniaturen?", "Dinge, die normalerweise viel größer sind"),
        # a sure subject and object, the general noun "Gegenstände" with its relative clause
        ("Der Park zeigt Gegenstände, die normalerweise viel größer sind.",
         "Was zeigt der Park?", "Gegenstände, die normalerweise viel größer sind"),
    ],
)
def test_general_noun_asked_with_its_relative_clause(nlp, text: str, prompt: str, answer: str) -> None:
    asked = _asked(nlp, text)
    assert asked.get(prompt) == answer, asked


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # the general noun stays in the prompt without what says what it is (was asked before)
        ("Ein Miniaturpark zeigt Dinge, die normalerweise viel größer sind.", "Was zeigt Dinge?"),
        # no relative clause: "Dinge" alone answers nothing
        ("Solche Miniaturen zeigen Dinge.", "Was zeigen Miniaturen?"),
        ("Solche Miniaturen zeigen Dinge.", "Was zeigen solche Miniaturen?"),
    ],
)
def test_general_noun_not_asked_alone(nlp, text: str, prompt: str) -> None:
    assert prompt not in _asked(nlp, text)


def test_specific_noun_keeps_its_own_answer(nlp) -> None:
    """Only a general noun takes its relative clause into the answer: with "Landschaften" the
    two plurals stay open to either case, and no answer is widened to its relative clause."""
    asked = _asked(nlp, "Solche Miniaturen zeigen Landschaften, die normalerweise viel größer sind.")
    assert not any(answer.startswith("Landschaften, die") for answer in asked.values()), asked


def test_examples_after_the_colon_are_accepted(nlp) -> None:
    """The list after the colon names examples of the "Dinge": a reader who gives them is right too."""
    text = ("Eine Miniatur-Welt ist ein Park oder ein Haus mit Miniaturen oder Modellen. Solche Miniaturen zeigen "
            "Dinge, die normalerweise viel größer sind: eine Landschaft, den Eiffelturm oder eine Eisenbahn.")
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    question = next(q for q in wh_questions(analysis, extract_facts(analysis)) if q.prompt == "Was zeigen Miniaturen?")
    assert question.accepted == ("eine Landschaft, den Eiffelturm oder eine Eisenbahn",)
