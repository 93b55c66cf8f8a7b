"""A heading task that names a range of paragraphs ("Absätze 15–17") prints all of them in the
excerpt (reader 1 of round 21: "the labels refer to paragraphs the excerpt doesn't contain")."""

from __future__ import annotations

from dataclasses import replace

from test_excerpt import long_material

from quizgen.exporters.comprehension import named_paragraphs, paragraph_numbers
from quizgen.exporters.excerpt import excerpt
from quizgen.exporters.layout import wrap
from quizgen.model import Question


def test_a_range_names_every_paragraph_in_it():
    assert named_paragraphs("Absätze 15–17") == [15, 16, 17]
    assert named_paragraphs("Absatz 3") == [3]
    assert named_paragraphs("Absätze 4-5") == [4, 5]
    assert named_paragraphs("Überschrift") == []


def test_the_excerpt_prints_every_paragraph_of_a_named_range():
    material = long_material()
    numbers = paragraph_numbers(material.analysis)
    first = next(number for index, number in numbers.items() if "Absatz 20 Satz 1" in material.analysis.article.text[
        slice(*material.analysis.article.paragraphs[index])])
    task = Question(id="g01", type="matching", skill="global", prompt="Welche Überschrift passt zu welchem Abschnitt?",
                    answer=("A",), sentence=0, evidence="", prompt_items=(f"Absätze {first}–{first + 2}",), options=("A", "B", "C"))
    material = replace(material, questions=(*material.questions, task))
    text = "\n".join(line.text for line in excerpt(material, wrap(material.analysis)))
    for paragraph in (20, 21, 22):
        assert f"Absatz {paragraph} Satz 1" in text
    assert "Absatz 23 Satz 1" not in text
