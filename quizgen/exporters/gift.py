"""Moodle GIFT (<stem>.gift.txt): multiple choice, true/false, short answer, missing word,
matching. GIFT has no ordering type (Moodle XML has one). The characters ~ = # { } : in text
are escaped with a backslash, as GIFT requires.
"""

from __future__ import annotations

from ..config import Options
from ..model import Material, Question

_SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    text = " ".join(text.split())
    return "".join("\\" + char if char in _SPECIAL else char for char in text)


def question_text(question: Question) -> str | None:
    title = f"::{escape(question.id)}::"
    prompt = escape(question.prompt)
    explanation = f"####{escape(question.explanation)}" if question.explanation else ""
    if question.type == "multiple_choice":
        options = " ".join(("=" if option == question.answer else "~") + escape(option) for option in question.options)
        return f"{title}{prompt} {{{options}{explanation}}}"
    if question.type == "true_false":
        return f"{title}{prompt} {{{'TRUE' if question.answer == 'richtig' else 'FALSE'}{explanation}}}"
    if question.type == "wh":
        return f"{title}{prompt} {{={escape(str(question.answer))}{explanation}}}"
    if question.type == "gap_fill":
        parts = question.prompt.split("___(")
        text = escape(parts[0])
        for number, part in enumerate(parts[1:], start=1):
            _, _, rest = part.partition(")___")
            answer = question.answer[number - 1]
            wrong = [w for w in question.word_bank if w != answer][:3]
            text += "{=" + escape(answer) + "".join(" ~" + escape(w) for w in wrong) + "}" + escape(rest)
        return f"{title}{text}"
    if question.type == "matching":
        pairs = " ".join(f"={escape(left)} -> {escape(right)}" for left, right in zip(question.prompt_items, question.answer, strict=False))
        return f"{title}{prompt} {{{pairs}}}"
    return None  # ordering: only in Moodle XML


class GiftExporter:
    name = "gift"
    suffixes = (".gift.txt",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        title = escape(options.title or material.article.title)
        blocks = [f"// quizgen: {material.article.title}", f"$CATEGORY: $course$/quizgen/{title}"]
        blocks += [text for question in material.questions if (text := question_text(question))]
        return {f"{material.article.stem}.gift.txt": ("\n\n".join(blocks) + "\n").encode("utf-8")}
