"""Worksheet, answer key and interactive self-check page, rendered with Jinja2.

One environment (autoescape on, ``StrictUndefined``) searches ``--templates DIR`` first and
the built-in ``templates/`` after it, so a teacher can override any one section template.
Every template receives one context, ``SheetContext`` below.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypedDict

import jinja2

from .. import __version__
from ..config import Options
from ..generation.keys import core_stem, list_rule
from ..model import FALSE, NOT_IN_TEXT, TRUE, Analysis, Material, Question, VocabItem
from .comprehension import (
    answer_variants,
    is_gist,
    is_global,
    is_word_choice,
    named_paragraph,
    without_lead,
)
from .excerpt import excerpt
from .layout import Line, line_reference, paragraph_numbers, sentence_lines, wrap
from .variants import variant_materials

__all__ = ["HtmlExporter", "build_context", "paragraph_numbers", "question_references", "reading_lines"]

SECTION_INFO: dict[str, tuple[str, str]] = {
    "vocabulary": ("Wortschatz", "Lies die Wörter. Sie helfen dir beim Lesen des Textes."),
    "text": ("Lesetext", "Lies den Text."),
    "true_false": ("Richtig oder falsch?", "Lies die Aussagen. Kreuze an: richtig oder falsch?"),
    "multiple_choice": ("Was ist richtig?", "Kreuze die richtige Antwort an. Nur eine Antwort ist richtig."),
    "wh": ("Fragen zum Text", "Beantworte die Fragen mit Informationen aus dem Text."),
    "gap_fill": ("Lückentext", "Ergänze die Lücken mit Wörtern aus dem Wortkasten."),
    "matching": ("Zuordnung", "Ordne zu. Schreib den passenden Buchstaben in das Kästchen."),
    "ordering": ("Reihenfolge", "Bringe die Sätze in die Reihenfolge des Textes."),
    # derived tasks: the gist (multiple choice, skill "global"), the global task (matching, skill
    # "global") and "Welches Wort passt?" items
    "gist": ("Worum geht es im Text?", "Lies den ganzen Text. Welche Überschrift passt am besten? Kreuze an."),
    "global": ("Worum geht es in den Absätzen?", "Ordne zu. Schreib den passenden Buchstaben in das Kästchen."),
    "word_choice": ("Wortschatz: Welches Wort passt?", "Welches Wort passt in die Lücke? Kreuze an."),
}
# the vocabulary tasks; "Welches Wort passt?" comes right before the first of them
VOCABULARY_TASKS = ("gap_fill", "matching")
# question types whose items are not numbered on the sheet (their parts are)
UNNUMBERED = ("gap_fill", "matching", "ordering")
NUMBER_WORDS = ("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOCABULARY_ROWS = 16
POS_NAMES = {"NOUN": "Nomen", "VERB": "Verb", "ADJ": "Adjektiv", "ADV": "Adverb", "MWE": "Ausdruck"}


class SheetContext(TypedDict):
    """What every template receives."""

    title: str
    source: str
    level: str
    generator: str
    key: bool  # True on the teacher's key
    show_text: bool
    lines: list[Line]
    sections: list[dict[str, Any]]  # {kind, number, heading, instruction, points, items | rows}
    total_points: int
    css: str
    paragraph_numbers: bool  # the text shows paragraph numbers: a task names paragraphs
    variant: str  # "A", "B", … with --variants (printed as "Version A"), else ""


@lru_cache(maxsize=8)
def environment(custom: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if custom is not None:
        loaders.append(jinja2.FileSystemLoader(str(custom)))
    loaders.append(jinja2.FileSystemLoader(str(builtin_templates())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["letter"] = lambda index: LETTERS[index]
    env.filters["gaps"] = render_gaps
    return env


def builtin_templates() -> Path:
    try:
        from importlib.resources import files

        folder = Path(str(files("quizgen.templates")))
        if (folder / "worksheet.html.j2").is_file():
            return folder
    except (ImportError, ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "templates"


def render_gaps(passage: str, answers: tuple[str, ...] | None = None) -> Any:
    """A gap-fill passage with equal-length gaps (or the answers, on the key), escaped."""
    from markupsafe import Markup, escape

    out = escape(passage)
    for number in range(1, 50):
        marker = f"___({number})___"
        if marker not in out:
            break
        if answers is not None and number <= len(answers):
            filled = Markup('<span class="gap filled">({}) {}</span>').format(number, answers[number - 1])
        else:
            filled = Markup('<span class="gap">({})</span>').format(number)
        out = Markup(out.replace(marker, filled))
    return out


def points(question: Question) -> int:
    """Points a teacher would give: one per box to tick or fill, two for a written answer."""
    if question.type == "wh":
        return 2
    if question.type in ("gap_fill", "matching", "ordering"):
        return max(1, len(question.answer) if not isinstance(question.answer, str) else 1)
    return 1


def evidence_sentences(question: Question, analysis: Analysis) -> list[int]:
    """Indices of the sentences the evidence quotes (a gap text or an ordering spans several);
    for an open question, its whole section, which the model answer only opens."""
    found = [question.sentence]
    if question.open_answer:
        for sentence in analysis.sentences[question.sentence + 1 :]:
            if sentence.is_heading:
                break
            found.append(sentence.index)
    if question.type in ("gap_fill", "ordering", "matching"):
        found += [s.index for s in analysis.sentences if len(s.text) > 15 and s.text in question.evidence]
    else:  # a reason given in the sentence before ("Die Kette … So kann man schneller fahren."), the
        # points a question for several gathers from the whole text ("Wofür war Rembrandt bekannt?")
        found += [s.index for s in analysis.sentences if len(s.text) > 15 and s.text in question.evidence]
    return sorted(set(found))


def evidence_lines(question: Question, analysis: Analysis, lines: dict[int, tuple[int, int]]) -> str:
    spans = [lines[index] for index in evidence_sentences(question, analysis) if index in lines]
    if not spans:
        return ""
    return line_reference((min(first for first, _ in spans), max(last for _, last in spans)))


def evidence_paragraphs(question: Question, analysis: Analysis, numbers: dict[int, int]) -> str:
    """"Abs. 3" or "Abs. 3–4": the key's reference when the sheet has no numbered text (--no-text)."""
    by_index = {sentence.index: sentence for sentence in analysis.sentences}
    found = sorted({numbers[by_index[index].paragraph] for index in evidence_sentences(question, analysis)
                    if index in by_index and by_index[index].paragraph in numbers})
    if not found:
        return ""
    return f"Abs. {found[0]}" if found[0] == found[-1] else f"Abs. {found[0]}–{found[-1]}"


def paragraph_lines(lines: list[Line]) -> dict[int, tuple[int, int]]:
    """Paragraph number (as the margin shows it) → its first and last line on the sheet."""
    found: dict[int, tuple[int, int]] = {}
    current = 0
    for line in lines:
        if line.paragraph_start:
            current = line.paragraph
        if current:
            first = found.get(current, (line.number, line.number))[0]
            found[current] = (first, line.number)
    return found


def section_kind(question: Question) -> str:
    """The worksheet task a question belongs to: its type, or a derived task (gist, global,
    word_choice)."""
    if is_gist(question):
        return "gist"
    if is_global(question):
        return "global"
    if is_word_choice(question):
        return "word_choice"
    return question.type


def section_order(kinds: tuple[str, ...]) -> list[str]:
    """The sections in the order asked for, with the derived tasks placed: the gist and the global
    task before the first question task, "Welches Wort passt?" before the first vocabulary task
    (or last)."""
    wanted = list(dict.fromkeys(kinds))
    order: list[str] = []
    for kind in wanted:
        if kind not in ("vocabulary", "text") and "gist" not in order and "multiple_choice" in wanted:
            order.append("gist")
        if kind not in ("vocabulary", "text") and "global" not in order and "matching" in wanted:
            order.append("global")
        if kind in VOCABULARY_TASKS and "word_choice" not in order and "multiple_choice" in wanted:
            order.append("word_choice")
        order.append(kind)
    if "multiple_choice" in wanted and "word_choice" not in order:
        order.append("word_choice")
    return order


def _question_view(question: Question, number: int, analysis: Analysis, reference: str,
                   paragraphs: dict[int, tuple[int, int]] | None = None) -> dict[str, Any]:
    answer = question.answer
    answer_list = [answer] if isinstance(answer, str) else list(answer)
    view: dict[str, Any] = {
        "number": number,
        "id": question.id,
        "type": question.type,
        "open": question.open_answer,  # answered in the learner's words: the page shows a model answer
        "kind": section_kind(question),
        "skill": question.skill,
        "focus": question.focus,
        "prompt": without_lead(question.prompt) if is_word_choice(question) else question.prompt,
        "options": list(question.options),
        "items": list(question.prompt_items),
        "word_bank": list(question.word_bank),
        "answer": answer if isinstance(answer, str) else "",
        "answers": answer_list,
        # what the self-check page also accepts, and the key shows as "auch richtig: …"
        "accepted": answer_variants(question)[1:] if question.type == "wh" else [],
        "list_rule": list_rule(question),  # "je drei beliebige, in beliebiger Reihenfolge: …"
        # an answer in other words with all these words is right too; the key prints them
        "core": list(question.core),
        "core_stems": [core_stem(word) for word in question.core],
        "evidence": question.evidence,
        "explanation": question.explanation,
        "lines": reference,  # "Z. 12–14", or "Abs. 3" when the sheet leaves the text off
        "points": points(question),
    }
    if question.type == "true_false":
        three_way = NOT_IN_TEXT in question.options or answer == NOT_IN_TEXT
        view["options"] = [TRUE, FALSE] + ([NOT_IN_TEXT] if three_way else [])
    view["answer_letter"] = ""
    if question.type == "multiple_choice" and isinstance(answer, str) and answer in question.options:
        view["answer_letter"] = LETTERS[question.options.index(answer)]
    if question.type == "matching":
        letters = {option: LETTERS[k] for k, option in enumerate(question.options)}
        view["pairs"] = [(item, letters.get(right, "?"), right) for item, right in zip(question.prompt_items, answer_list, strict=False)]
    if is_global(question):
        _global_view(view, question, paragraphs or {})
    if question.type == "ordering":
        view["order"] = [answer_list.index(item) + 1 if item in answer_list else 0 for item in question.prompt_items]
    return view


def _global_view(view: dict[str, Any], question: Question, paragraphs: dict[int, tuple[int, int]]) -> None:
    """The global task: each paragraph's lines ("Z. 1–4") beside its pair, and for the
    self-check page's feedback one line that lists them (the page shows no evidence sentence
    for it: the paragraphs themselves are the evidence)."""
    refs = []
    for item in question.prompt_items:
        number = named_paragraph(item)
        span = paragraphs.get(number) if number is not None else None
        refs.append(line_reference(span) if span else "")
    view["refs"] = refs
    if any(refs):  # else (no text on the sheet) the article's paragraphs, "Abs. 1–8", stay
        view["lines"] = " · ".join(f"{item}: {ref}" for item, ref in zip(question.prompt_items, refs, strict=True) if ref)
    view["leftover"] = [(LETTERS[k], option) for k, option in enumerate(question.options)
                        if option not in question.answer]


def construction_around(item: VocabItem) -> tuple[str, str]:
    """What a verb's construction (``VocabItem.construction``) writes before and after its
    headword: ("sich ", "für + Akk.") for "sich interessieren für + Akk." (the headword lacked
    its "sich"), ("", "über + Akk.") for "verfügen über + Akk."; ("", "") for other items."""
    words = item.construction.split()
    before = "sich " if words[:1] == ["sich"] else ""
    return before, " ".join(words[1:] if before else words)


def headword(item: VocabItem, word: str = "") -> str:
    """The headword (``word``, else ``item.display``) with the verb's construction: "abhängen
    von + Dat.", "sich interessieren für + Akk.": the learner learns the verb with it."""
    before, after = construction_around(item)
    return " ".join(part for part in (before + (word or item.display), after) if part)


def vocabulary_row(item: VocabItem) -> dict[str, str]:
    """A row of the vocabulary table: the headword as learners write it (auf·fordern, sich freuen),
    with its construction (abhängen von + Dat.)."""
    word = item.lemma
    if item.pos == "VERB" and item.separable_prefix and word.startswith(item.separable_prefix) and "·" not in word:
        word = f"{item.separable_prefix}·{word[len(item.separable_prefix):]}"
    if item.reflexive and not word.startswith("sich "):
        word = f"sich {word}"
    return {
        "word": headword(item, word),
        "article": item.article,
        "plural": item.plural.removeprefix("die ") if item.plural else item.number_note or ("–" if item.article else ""),
        "pos": POS_NAMES.get(item.pos, item.pos),
        "gloss": "; ".join(item.gloss),
        "forms": ", ".join(item.verb_forms),
    }


def first_line(item: VocabItem, lines: list[Line]) -> tuple[int, int]:
    """(line number, offset) of the item's first occurrence on a printed line; (0, offset of the
    first occurrence) when none is printed (an excerpt, --no-text): those rows come last."""
    starts = sorted(occurrence.start for occurrence in item.occurrences)
    for start in starts:
        for line in lines:
            if line.start <= start < line.end:
                return line.number, start
    return 0, starts[0] if starts else 1 << 30


def vocabulary_rows(items: tuple[VocabItem, ...], lines: list[Line]) -> list[dict[str, str]]:
    """The table's rows in the order the words first occur in the text, each with the line of
    that first occurrence ("" when it is not on the sheet): a reader can follow the table."""
    placed = [(first_line(item, lines), item) for item in items]
    placed.sort(key=lambda pair: (pair[0][0] == 0, pair[0][0], pair[0][1]))
    return [{**vocabulary_row(item), "line": str(number) if number else ""} for (number, _), item in placed]


def gloss_heading(rows: list[dict[str, str]]) -> str:
    """"Bedeutung", or "Bedeutung (ergänze)" when no row has a gloss: the column becomes a task."""
    return "Bedeutung" if any(row["gloss"] for row in rows) else "Bedeutung (ergänze)"


def section_info(kind: str) -> tuple[str, str]:
    """Heading and instruction; a question type added later gets a plain German default."""
    return SECTION_INFO.get(kind, (kind.replace("_", " ").capitalize(), "Bearbeite die Aufgaben zum Text."))


def instruction(kind: str, items: list[dict[str, Any]]) -> str:
    """The section's one-line instruction, with counts that match what is on the sheet."""
    text = section_info(kind)[1]
    if kind == "true_false" and any(len(item["options"]) == 3 for item in items):
        return "Lies die Aussagen. Kreuze an: richtig, falsch oder steht nicht im Text?"
    if kind == "gap_fill" and len(items) == 1:
        extra = len(items[0]["word_bank"]) - len(set(items[0]["answers"]))
        if 0 < extra < len(NUMBER_WORDS):
            word = "Ein Wort bleibt" if extra == 1 else f"{NUMBER_WORDS[extra].capitalize()} Wörter bleiben"
            return f"{text} {word} übrig."
    if kind == "ordering" and len(items) == 1 and 1 < len(items[0]["items"]) < len(NUMBER_WORDS) + 10:
        return f"{text} Nummeriere von 1 bis {len(items[0]['items'])}."
    return text


def reading_lines(material: Material, options: Options) -> tuple[list[Line], bool]:
    """The reading text's numbered lines as the worksheet prints them, and whether they are an
    excerpt. Without the text (--no-text) the lines still exist but are never shown."""
    lines = wrap(material.analysis)
    asked = asked_headings(material)
    if asked:  # the headings the task asks for become blanks; the others stay in print
        boxed = {line for question in material.questions if is_global(question) for line in question.answer}
        # the left-over heading's line goes: a blank without a box, or the heading in print,
        # would tell readers which option is left over
        lines = [replace(line, text=HIDDEN_HEADING) if line.heading and " ".join(line.text.split()) in boxed else line
                 for line in lines if not (line.heading and " ".join(line.text.split()) in asked - boxed)]
        lines = [replace(line, number=number) for number, line in enumerate(lines, start=1)]
    shortened = None if options.no_text else excerpt(material, lines)
    return (shortened or lines), shortened is not None


# What the text shows instead of a heading when the global task asks for the headings.
HIDDEN_HEADING = "Überschrift: ____________________"


def asked_headings(material: Material) -> set[str]:
    """The article's own headings that the global task asks for (its options): the text must not
    print them, or the task answers itself."""
    article = material.article
    headings = {" ".join(article.text[start:end].split()) for index, (start, end) in enumerate(article.paragraphs)
                if index in article.headings}
    for question in material.questions:
        if is_global(question) and question.options and set(question.options) <= headings:
            return set(question.options)
    return set()


def asks_for_headings(material: Material) -> bool:
    """Does the global task match the article's own headings to its sections?"""
    return bool(asked_headings(material))


def question_references(material: Material, options: Options) -> dict[str, str]:
    """Question id → the reference the key prints: "Z. 12–13", or "Abs. 3" with --no-text."""
    analysis = material.analysis
    if options.no_text:
        numbers = paragraph_numbers(analysis)
        return {q.id: evidence_paragraphs(q, analysis, numbers) for q in material.questions}
    lines, _ = reading_lines(material, options)
    by_sentence = sentence_lines(analysis, lines)
    return {q.id: evidence_lines(q, analysis, by_sentence) for q in material.questions}


def _instruction(kind: str, items: list[dict[str, Any]], questions: list[Question]) -> str:
    if kind == "global" and len(questions) == 1 and questions[0].prompt:
        return f"{questions[0].prompt} {SECTION_INFO['global'][1]}"
    return instruction(kind, items)


def build_context(material: Material, options: Options, key: bool, variant: str = "") -> SheetContext:
    analysis = material.analysis
    lines, shortened = reading_lines(material, options)
    references = question_references(material, options)
    show_text = not options.no_text and bool(lines)
    by_paragraph = paragraph_lines(lines) if show_text else {}  # no lines to cite without the text

    sections: list[dict[str, Any]] = []
    number = 0
    task = 0
    for kind in section_order(options.sections):
        heading = section_info(kind)[0]
        if kind == "text":
            if show_text:
                heading = f"{heading} (Auszug)" if shortened else heading
                sections.append({"kind": kind, "number": 0, "heading": heading, "instruction": "", "items": [], "points": 0})
            continue
        if kind == "vocabulary":
            rows = vocabulary_rows(material.vocabulary[:VOCABULARY_ROWS], lines if show_text else [])
            if rows:
                task += 1
                sections.append({"kind": kind, "number": task, "heading": heading, "instruction": SECTION_INFO[kind][1],
                                 "rows": rows, "items": [], "points": 0, "gloss_heading": gloss_heading(rows),
                                 "line_numbers": any(row["line"] for row in rows)})
            continue
        questions = [q for q in material.questions if section_kind(q) == kind]
        items = []
        for question in questions:
            # a gap text, a matching or an ordering is a task of its own, printed without a number
            shown = question.type not in UNNUMBERED
            number += shown
            items.append(_question_view(question, number if shown else 0, analysis,
                                        references.get(question.id, ""), by_paragraph))
        if items:
            task += 1
            sections.append({"kind": kind, "number": task, "heading": heading,
                             "instruction": _instruction(kind, items, questions),
                             "items": items, "points": sum(item["points"] for item in items)})
    for index, section in enumerate(sections):  # the last one carries the total and the footer
        section["last"] = index == len(sections) - 1
    has_global = any(section["kind"] == "global" for section in sections)
    return SheetContext(
        title=options.title or material.article.title,
        source=material.article.printed_source,
        level=material.level,
        generator=f"quizgen {__version__}",
        key=key,
        show_text=not options.no_text,
        lines=lines,
        sections=sections,
        total_points=sum(section["points"] for section in sections),
        css="",
        paragraph_numbers=has_global and not options.no_text,
        variant=variant,
    )


def _quiz_data(context: SheetContext) -> str:
    """The questions as JSON for the self-check page, safe inside <script>; each question
    carries its task's heading and instruction, which the page shows above a task's first one."""
    data = [{**item, "task": f"Aufgabe {section['number']}: {section['heading']}", "instruction": section["instruction"]}
            for section in context["sections"] for item in section["items"]]
    text = json.dumps({"title": context["title"], "questions": data}, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class HtmlExporter:
    name = "html"
    suffixes = (".worksheet.html", ".answers.html", ".quiz.html")

    def page(self, material: Material, options: Options, page: str, variant: str = "") -> str:
        env = environment(options.templates)
        context = build_context(material, options, key=page == "answers", variant=variant)
        context["css"] = env.get_template("sheet.css").render()
        if page == "quiz":
            return env.get_template("quiz.html.j2").render(**context, quiz_data=_quiz_data(context))
        return env.get_template("worksheet.html.j2").render(**context)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        """The worksheet, the key and the self-check page; with ``--variants N`` a worksheet
        and a key per version (``<stem>.A.worksheet.html``, ``<stem>.A.answers.html``, …)
        instead of the one pair, and the one self-check page."""
        stem = material.article.stem
        files = {
            f"{stem}.{infix}{page}.html": self.page(version, options, page, letter).encode("utf-8")
            for infix, letter, version in versions(material, options)
            for page in ("worksheet", "answers")
        }
        files[f"{stem}.quiz.html"] = self.page(material, options, "quiz").encode("utf-8")
        return files


def versions(material: Material, options: Options) -> list[tuple[str, str, Material]]:
    """(file name infix, letter, material) per version: one unlettered sheet without --variants."""
    if options.variants < 2:
        return [("", "", material)]
    return [(f"{letter}.", letter, version)
            for letter, version in variant_materials(material, options.variants, options.seed)]
