"""A definition of a person by a noun in -e or -in that names people asks "Wer?" (session 17:
"Was war Nicholas John Spykman?" asked for a Geostratege)."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.reading import read_article


@pytest.mark.parametrize(("text", "prompt"), [
    (("Nicholas John Spykman\n\nNicholas John Spykman war ein amerikanischer Geostratege. Er lehrte an der Yale "
     "University in New Haven.\n"), "Wer war Nicholas John Spykman?"),
    ("Amelia Donaghy\n\nAmelia Donaghy war eine nordirische Polizeibeamtin. Sie arbeitete viele Jahre in Belfast.\n",
     "Wer war Amelia Donaghy?"),
])
def test_a_person_defined_by_a_people_noun_is_asked_with_wer(tmp_path, nlp, text, prompt):
    path = tmp_path / "person.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    prompts = [q.prompt for q in _w_questions(analysis, extract_facts(analysis))]
    assert prompt in prompts
    assert prompt.replace("Wer", "Was", 1) not in prompts


def test_a_feminine_common_noun_the_model_calls_a_person_is_a_thing(tmp_path, nlp):
    """The entity model labelled "Chemie" a person: "Wen studierte Martin Kamen?" was asked."""
    path = tmp_path / "kamen.txt"
    path.write_text("Martin Kamen\n\nKamen war Sohn russischer Einwanderer und wuchs in Chicago auf, wo er Chemie "
                    "studierte. Danach kehrte er nach Berkeley zurück.\n", encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    prompts = [q.prompt for q in _w_questions(analysis, extract_facts(analysis))]
    assert not any(p.startswith("Wen studierte") for p in prompts), prompts
