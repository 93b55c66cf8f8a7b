"""What the exporters need to know about the comprehension questions, in one place.

- The global task (a ``matching`` item with skill "global") names paragraphs ("Absatz 3");
  :func:`paragraph_label` adds the paragraph's first words for formats without the numbered
  text (Anki, Moodle), so that the item can be answered there too.
- "Welches Wort passt?" items (``multiple_choice`` with focus "vocabulary") form the vocabulary
  task; :func:`export_order` puts global first, the detail questions after it and the
  vocabulary items last (the classic order of a reading worksheet).
- W-questions accept variants of their answer (``Question.accepted``); :func:`answer_variants`
  lists the model answer first and every different variant after it.
"""

from __future__ import annotations

import re

from ..model import Analysis, Question
from .layout import paragraph_numbers

WORD_CHOICE_LEAD = "Welches Wort passt in die Lücke?"
OPENING_WORDS = 8


def is_global(question: Question) -> bool:
    """The global task: statements matched to numbered paragraphs."""
    return question.type == "matching" and question.skill == "global"


def is_gist(question: Question) -> bool:
    """The gist task: which heading fits the whole text (multiple choice with skill "global")."""
    return question.type == "multiple_choice" and question.skill == "global"


def is_word_choice(question: Question) -> bool:
    """A "Welches Wort passt?" item: multiple choice that tests vocabulary, not content."""
    return question.type == "multiple_choice" and question.focus == "vocabulary"


def stage(question: Question) -> int:
    """0 global (the gist or the paragraphs), 1 detail comprehension, 2 vocabulary: the order a
    worksheet presents them."""
    if is_global(question) or is_gist(question):
        return 0
    return 2 if question.focus == "vocabulary" else 1


def export_order(questions: tuple[Question, ...]) -> list[Question]:
    """Global first, then the detail questions, then the vocabulary items; stable within each."""
    return sorted(questions, key=stage)


def without_lead(prompt: str) -> str:
    """A "Welches Wort passt?" prompt without its lead question, which the task's instruction asks."""
    stripped = prompt.removeprefix(WORD_CHOICE_LEAD).strip()
    return stripped or prompt


def answer_variants(question: Question) -> list[str]:
    """The model answer, then every accepted variant that differs from what came before."""
    answer = question.answer if isinstance(question.answer, str) else ""
    variants: list[str] = []
    for value in (answer, *question.accepted):
        if value.strip() and value not in variants:
            variants.append(value)
    return variants


def named_paragraph(item: str) -> int | None:
    """The paragraph number an item such as "Absatz 3" names, or None."""
    match = re.search(r"\d+", item)
    return int(match.group()) if match else None


def named_paragraphs(item: str) -> list[int]:
    """Every paragraph number an item names: "Absatz 3" → [3], "Absätze 15–17" → [15, 16, 17]."""
    match = re.search(r"(\d+)\s*[–-]\s*(\d+)", item)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        return list(range(first, last + 1)) if first <= last else [first]
    number = named_paragraph(item)
    return [number] if number is not None else []


def paragraphs_by_number(analysis: Analysis) -> dict[int, int]:
    """Reader's paragraph number → paragraph index (the inverse of ``paragraph_numbers``)."""
    return {number: index for index, number in paragraph_numbers(analysis).items()}


def paragraph_opening(analysis: Analysis, number: int, words: int = OPENING_WORDS) -> str:
    """The first words of paragraph ``number`` in German quotes: „Der Aufruf von Kim Jong Un …“."""
    index = paragraphs_by_number(analysis).get(number)
    if index is None:
        return ""
    start, end = analysis.article.paragraphs[index]
    parts = analysis.article.text[start:end].split()
    if not parts:
        return ""
    shown = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    return f"„{shown}“"


def paragraph_label(item: str, analysis: Analysis) -> str:
    """ "Absatz 3 („Seine Äußerungen erfolgen …“)": the item with the paragraph's first words."""
    number = named_paragraph(item)
    opening = paragraph_opening(analysis, number) if number is not None else ""
    return f"{item} ({opening})" if opening else item


def global_labels(question: Question, analysis: Analysis) -> tuple[str, ...]:
    """The left-hand items of a global task as formats without the numbered text show them."""
    return tuple(paragraph_label(item, analysis) for item in question.prompt_items)
