"""Material for a reader who judges the comprehension questions (issue 12).

    python scripts/judge_material.py ARTICLE [ARTICLE …] -o DIR

For every article, with default options (as `quizgen build` makes them), writes:
- ``<stem>.sheet.md``: the student sheet as printed (the Markdown export: text with line
  numbers and every task), what the reader judges;
- ``<stem>.key.md``: the key, one line per comprehension item (number, type, prompt, answer,
  accepted variants, evidence and its line), for checking answers without reading code.
With ``--cards`` it writes ``<stem>.cards.md`` instead: the deck's vocabulary notes (headword,
plural or verb forms, level, meaning, example, in deck order) and its cloze notes (each gap with
its hint and answer), for a reader who judges the cards (issue 13).
The reader's verdicts are kept in ``tests/judged/``; regenerating the same articles after a
change shows what changed (the output is deterministic).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from quizgen.analysis import analyze, load_pipeline
from quizgen.config import Options
from quizgen.exporters import registry
from quizgen.exporters.anki import vocab_forms
from quizgen.exporters.html import build_context, headword, question_references
from quizgen.generation.keys import list_rule
from quizgen.generation.selection import is_comprehension
from quizgen.pipeline import build_material
from quizgen.reading import read_article


def sheet_numbers(material, options: Options) -> dict[str, str]:
    """Question id → the label the student sheet prints: its number, or its task for the
    unnumbered ones (a gap text, a matching)."""
    context = build_context(material, options, key=True)
    labels = {}
    for section in context["sections"]:
        for item in section.get("items", []):
            labels[item["id"]] = str(item["number"]) if item["number"] else f"Aufgabe {section['number']}"
    return labels


def key_lines(material, options: Options) -> list[str]:
    references = question_references(material, options)
    labels = sheet_numbers(material, options)
    out = [f"# Key: {material.article.title}", "", "Numbers as on the student sheet.", ""]
    for question in material.questions:
        number = labels.get(question.id, "?")
        kind = "comprehension" if is_comprehension(question) else "vocabulary"
        answer = question.answer if isinstance(question.answer, str) else " | ".join(question.answer)
        out.append(f"{number}. [{question.type}/{question.skill or '-'}; {kind}] {question.prompt}")
        if question.options:
            out.append(f"   options: {' / '.join(question.options)}")
        out.append(f"   answer: {answer}")
        if rule := list_rule(question):
            out.append(f"   list: {rule}")
        if question.accepted:
            out.append(f"   also accepted: {' / '.join(question.accepted)}")
        if question.core:
            out.append(f"   core words: {', '.join(question.core)}")
        out.append(f"   evidence ({references.get(question.id, '')}): {question.evidence}")
        out.append("")
    return out


def card_lines(material) -> list[str]:
    """The vocabulary and cloze notes as a learner meets them in Anki, one numbered line each."""
    out = [f"# Cards: {material.article.title}", "", "## Vocabulary notes (deck order)", ""]
    for n, item in enumerate(material.vocabulary, start=1):
        facts = [vocab_forms(item)]  # what the Anki note shows: plural or number note, n-Deklination, verb forms
        if item.separable_prefix:
            facts.append("trennbar")
        meaning = "; ".join(item.gloss) or "(no meaning)"
        out.append(f"V{n}. {headword(item)} — {' · '.join(f for f in facts if f) or '-'} — {item.pos} {item.level} — {meaning}")
        out.append(f"     Beispiel: {item.example}")
    out += ["", "## Cloze notes (each gap is one card; the hint is shown in the gap)", ""]
    for n, note in enumerate(material.clozes, start=1):
        shown = re.sub(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", lambda m: f"[{m.group(1)}: ___ ({m.group(3) or 'kein Hinweis'})]", note.text)
        out.append(f"C{n}. {html.unescape(shown)}")
        out.append(f"     answers: {' | '.join(note.answers)}" + (f" — back: {note.extra}" if note.extra else ""))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--cards", action="store_true", help="write the vocabulary and cloze notes instead")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    options = Options(output=args.output, formats=("md",))
    nlp = load_pipeline("offline")
    for path in args.articles:
        material = build_material(analyze(nlp, read_article(path)), options)
        if args.cards:
            (args.output / f"{material.article.stem}.cards.md").write_text("\n".join(card_lines(material)), encoding="utf-8")
            print(f"{path}: {len(material.vocabulary)} vocabulary notes, {len(material.clozes)} cloze notes")
            continue
        files = registry()["md"].render(material, options)
        for name, data in files.items():
            (args.output / name.replace(".md", ".sheet.md")).write_bytes(data)
        (args.output / f"{material.article.stem}.key.md").write_text("\n".join(key_lines(material, options)), encoding="utf-8")
        print(f"{path}: {len(material.questions)} questions, {sum(map(is_comprehension, material.questions))} comprehension")
    return 0


if __name__ == "__main__":
    sys.exit(main())
