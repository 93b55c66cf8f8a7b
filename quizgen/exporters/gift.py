"""Moodle GIFT (<stem>.gift.txt): multiple choice, true/false, short answer, missing word,
matching. GIFT has no ordering type (Moodle XML has one). The characters ~ = # { } : in text
are escaped with a backslash, as GIFT requires.
"""

from __future__ import annotations

import re

from ..config import Options
from ..model import FALSE, NOT_IN_TEXT, TRUE, Material, Question

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


def question_text(question: Question) -> list[str]:
    """The GIFT block(s) of one question; [] for ordering (GIFT has no such type)."""
    title = f"::{escape(question.id)}::"
    prompt = escape(question.prompt)
    feedback = _feedback(question)
    if question.type == "multiple_choice":
        return [f"{title}{prompt} {{{_choices(question.options, str(question.answer))}{feedback}}}"]
    if question.type == "true_false":
        if question.answer == NOT_IN_TEXT or NOT_IN_TEXT in question.options:
            return [f"{title}{prompt} {{{_choices(TF_CHOICES, str(question.answer))}{feedback}}}"]
        return [f"{title}{prompt} {{{'TRUE' if question.answer == TRUE else 'FALSE'}{feedback}}}"]
    if question.type == "wh":
        return [f"{title}{prompt} {{={escape(str(question.answer))}{feedback}}}"]
    if question.type == "gap_fill":
        return gap_questions(question)
    if question.type == "matching":
        pairs = " ".join(f"={escape(left)} -> {escape(right)}" for left, right in zip(question.prompt_items, question.answer, strict=False))
        return [f"{title}{prompt} {{{pairs}}}"]
    return []  # ordering: only in Moodle XML


class GiftExporter:
    name = "gift"
    suffixes = (".gift.txt",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        title = escape(options.title or material.article.title)
        blocks = [f"// quizgen: {material.article.title}", f"$CATEGORY: $course$/quizgen/{title}"]
        blocks += [text for question in material.questions for text in question_text(question)]
        return {f"{material.article.stem}.gift.txt": ("\n\n".join(blocks) + "\n").encode("utf-8")}
