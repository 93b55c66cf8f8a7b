"""Moodle XML (<stem>.moodle.xml): multichoice, truefalse, shortanswer, gapselect for the gap
text, matching, and ordering (Moodle's ordering question type).

The global task comes first, its paragraphs named with their first words (the quiz shows no
numbered text); a short answer lists every accepted variant as a 100 % answer (case ignored);
the vocabulary items ("Welches Wort passt?") go into their own category, ``…/<title>/Wortschatz``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..config import Options
from ..model import FALSE, NOT_IN_TEXT, TRUE, Analysis, Material, Question
from .comprehension import answer_variants, export_order, global_labels, is_global

MULTI_PART = ("gap_fill", "matching", "ordering")  # one point per gap / pair / place


def _text(parent: ET.Element, tag: str, value: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = value
    return element


def _question(quiz: ET.Element, kind: str, question: Question, prompt: str | None = None) -> ET.Element:
    element = ET.SubElement(quiz, "question", {"type": kind})
    _text(element, "name", question.id)
    _text(element, "questiontext", prompt if prompt is not None else question.prompt, format="plain_text")
    if question.explanation:
        _text(element, "generalfeedback", question.explanation, format="plain_text")
    ET.SubElement(element, "defaultgrade").text = str(max(1, len(question.answer)) if question.type in MULTI_PART else 1)
    return element


def _multichoice(quiz: ET.Element, question: Question, options: tuple[str, ...], shuffle: bool) -> None:
    element = _question(quiz, "multichoice", question)
    ET.SubElement(element, "single").text = "true"
    ET.SubElement(element, "shuffleanswers").text = "true" if shuffle else "false"
    ET.SubElement(element, "answernumbering").text = "abc"
    for option in options:
        _text(element, "answer", option, fraction="100" if option == question.answer else "0", format="plain_text")


def _category(quiz: ET.Element, path: str) -> None:
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text(category, "category", path)


def add_question(quiz: ET.Element, question: Question, analysis: Analysis | None = None) -> None:
    """One question; with the analysis, a global task's paragraphs carry their first words."""
    answer = question.answer
    if question.type == "multiple_choice":
        _multichoice(quiz, question, question.options, shuffle=True)
    elif question.type == "true_false" and (answer == NOT_IN_TEXT or NOT_IN_TEXT in question.options):
        _multichoice(quiz, question, (TRUE, FALSE, NOT_IN_TEXT), shuffle=False)
    elif question.type == "true_false":
        element = _question(quiz, "truefalse", question)
        _text(element, "answer", "true", fraction="100" if answer == TRUE else "0")
        _text(element, "answer", "false", fraction="100" if answer == FALSE else "0")
    elif question.open_answer:  # an essay, graded by the teacher with the model answer beside it
        element = _question(quiz, "essay", question)
        ET.SubElement(element, "responseformat").text = "editor"
        ET.SubElement(element, "responserequired").text = "1"
        ET.SubElement(element, "responsefieldlines").text = "5"
        _text(element, "graderinfo", f"Musterantwort: {question.answer}", format="plain_text")
    elif question.type == "wh":
        element = _question(quiz, "shortanswer", question)
        ET.SubElement(element, "usecase").text = "0"
        for variant in answer_variants(question):
            _text(element, "answer", variant, fraction="100", format="plain_text")
    elif question.type == "gap_fill":
        bank = list(dict.fromkeys([*question.word_bank, *answer]))
        prompt = question.prompt
        for number, word in enumerate(answer, start=1):
            prompt = prompt.replace(f"___({number})___", f"[[{bank.index(word) + 1}]]")
        element = _question(quiz, "gapselect", question, prompt)
        ET.SubElement(element, "shuffleanswers").text = "true"
        for word in bank:
            option = ET.SubElement(element, "selectoption")
            ET.SubElement(option, "text").text = word
            ET.SubElement(option, "group").text = "1"
    elif question.type == "matching":
        element = _question(quiz, "matching", question)
        ET.SubElement(element, "shuffleanswers").text = "true"
        lefts = global_labels(question, analysis) if is_global(question) and analysis else question.prompt_items
        for left, right in zip(lefts, answer, strict=False):
            pair = _text(element, "subquestion", left, format="plain_text")
            ET.SubElement(ET.SubElement(pair, "answer"), "text").text = right
        for extra in (o for o in question.options if o not in answer):
            pair = _text(element, "subquestion", "", format="plain_text")
            ET.SubElement(ET.SubElement(pair, "answer"), "text").text = extra
    elif question.type == "ordering":
        element = _question(quiz, "ordering", question)
        ET.SubElement(element, "layouttype").text = "VERTICAL"
        ET.SubElement(element, "selecttype").text = "ALL"
        ET.SubElement(element, "selectcount").text = "0"
        ET.SubElement(element, "gradingtype").text = "ABSOLUTE_POSITION"
        # qtype_ordering keeps the right order in the answers' fraction: 1, 2, 3, …
        for position, item in enumerate(answer, start=1):
            _text(element, "answer", item, fraction=str(position), format="plain_text")


class MoodleXmlExporter:
    name = "moodle"
    suffixes = (".moodle.xml",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        quiz = ET.Element("quiz")
        path = f"$course$/quizgen/{options.title or material.article.title}"
        _category(quiz, path)
        vocabulary = False
        for question in export_order(material.questions):
            if question.focus == "vocabulary" and not vocabulary:
                _category(quiz, f"{path}/Wortschatz")
                vocabulary = True
            add_question(quiz, question, material.analysis)
        ET.indent(quiz)
        data = ET.tostring(quiz, encoding="utf-8", xml_declaration=True)
        return {f"{material.article.stem}.moodle.xml": data + b"\n"}
