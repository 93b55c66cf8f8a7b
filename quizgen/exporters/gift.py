"""Moodle GIFT (<stem>.gift.txt): multiple choice, true/false, short answer, missing word,
matching. GIFT has no ordering type (Moodle XML has one). The characters ~ = # { } : in text
are escaped with a backslash, as GIFT requires.

The global task comes first, its paragraphs named with their first words (Moodle shows no
numbered text); a short answer lists every accepted variant as a further right answer; the
vocabulary items ("Welches Wort passt?") go into their own category, ``…/<title>/Wortschatz``.
A matching's left-over options are written as ``= -> option`` (Moodle's own GIFT export does
the same), so the extra statement stays a distractor.
"""

from __future__ import annotations

import re

from ..config import Options
from ..model import FALSE, NOT_IN_TEXT, TRUE, Analysis, Material, Question
from .comprehension import answer_variants, export_order, global_labels, is_global

_SPECIAL = "\\~=#{}:"


def escape(text: str, collapse: bool = True) -> str:
    """Backslash before GIFT's special characters; whitespace (newlines too) made single spaces."""
    if collapse:
        text = " ".join(text.split())
    return "".join("\\" + char if char in _SPECIAL else char for char in text)


TF_CHOICES = (TRUE, FALSE, NOT_IN_TEXT)
GAP = re.compile(r"___\((\d+)\)___")


def _choices(options: tuple[str, ...] | list[str], answer: str) -> str:
    return " ".join(("=" if option == answer else "~") + escape(option) for option in options)


def _feedback(question: Question) -> str:
    return f"####{escape(question.explanation)}" if question.explanation else ""


def gap_questions(question: Question) -> list[str]:
    """A gap text as one GIFT "missing word" question per gap: GIFT allows one answer set per
    question (Moodle reads the first {…} only). The other gaps stay visible as "(n) _____"."""
    blocks = []
    answers = tuple(question.answer) if not isinstance(question.answer, str) else (question.answer,)
    for number, answer in enumerate(answers, start=1):
        wrong = [word for word in question.word_bank if word not in answers][:2]
        wrong += [word for word in answers if word != answer and word not in wrong][: max(0, 3 - len(wrong))]
        choices = "{=" + escape(answer) + "".join(" ~" + escape(w) for w in wrong) + "}"
        pieces = GAP.split(" ".join(question.prompt.split()))
        text = ""
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                text += escape(piece, collapse=False)
            else:
                text += choices if int(piece) == number else f"({piece}) _____"
        blocks.append(f"::{escape(question.id)}-{number}::{text}")
    return blocks


def question_text(question: Question, analysis: Analysis | None = None) -> list[str]:
    """The GIFT block(s) of one question; [] for ordering (GIFT has no such type). With the
    analysis, a global task's paragraphs carry their first words."""
    title = f"::{escape(question.id)}::"
    prompt = escape(question.prompt)
    feedback = _feedback(question)
    if question.type == "multiple_choice":
        return [f"{title}{prompt} {{{_choices(question.options, str(question.answer))}{feedback}}}"]
    if question.type == "true_false":
        if question.answer == NOT_IN_TEXT or NOT_IN_TEXT in question.options:
            return [f"{title}{prompt} {{{_choices(TF_CHOICES, str(question.answer))}{feedback}}}"]
        return [f"{title}{prompt} {{{'TRUE' if question.answer == TRUE else 'FALSE'}{feedback}}}"]
    if question.open_answer:  # an essay: Moodle shows the model answer as feedback
        return [f"{title}{prompt} {{####{escape(f'Musterantwort: {question.answer}')}}}"]
    if question.type == "wh":
        answers = " ".join("=" + escape(variant) for variant in answer_variants(question))
        return [f"{title}{prompt} {{{answers}{feedback}}}"]
    if question.type == "gap_fill":
        return gap_questions(question)
    if question.type == "matching":
        lefts = global_labels(question, analysis) if is_global(question) and analysis else question.prompt_items
        pairs = [f"={escape(left)} -> {escape(right)}" for left, right in zip(lefts, question.answer, strict=False)]
        pairs += [f"= -> {escape(option)}" for option in question.options if option not in question.answer]
        return [f"{title}{prompt} {{{' '.join(pairs)}}}"]
    return []  # ordering: only in Moodle XML


class GiftExporter:
    name = "gift"
    suffixes = (".gift.txt",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        title = escape(options.title or material.article.title)
        blocks = [f"// quizgen: {material.article.title}", f"$CATEGORY: $course$/quizgen/{title}"]
        vocabulary = False
        for question in export_order(material.questions):
            if question.focus == "vocabulary" and not vocabulary:
                blocks.append(f"$CATEGORY: $course$/quizgen/{title}/Wortschatz")
                vocabulary = True
            blocks += question_text(question, material.analysis)
        return {f"{material.article.stem}.gift.txt": ("\n\n".join(blocks) + "\n").encode("utf-8")}
