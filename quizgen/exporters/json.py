"""The JSON export: everything generated, under stable names other tools rely on.

It is also the file a teacher edits and hands to ``quizgen render`` (see ``quizgen.loading``),
so it carries everything the other formats need without a new analysis:

- ``"format"``: the version of this layout (``FORMAT``); ``"quizgen"`` stays the generator's
  version. Files without ``"format"`` are the first layout (version 1), which ``render``
  still reads.
- the article: ``text``, ``paragraphs`` (character spans), ``headings``, ``title_span`` and
  ``stem`` (the output file names), so the worksheet's line numbering and the key's line
  references are computed exactly as in ``build``;
- ``sentences`` (plain strings, as before) and ``analysis.sentences`` (their spans, paragraph
  and tokens, one token per line), for evidence references and the deck's example sentences;
- every question with its ``guid``: the Anki GUID of its note when it was generated, so that
  a deck rendered from a reworded question updates the card it came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from operator import attrgetter
from typing import Any

from .. import __version__
from ..config import Options
from ..model import Material, Question, Sentence, Token, VocabItem

FORMAT = 2
_PLACEHOLDER = re.compile(r'"\\u0000(\d+)\\u0000"')
# a token as one JSON array, in this order (the file names them once, in "token_fields")
TOKEN_FIELDS: tuple[str, ...] = (
    "i", "text", "start", "end", "lemma", "pos", "tag", "morph", "whitespace", "ent_label", "head", "dep", "particle_of",
)
_TOKEN_ROW = attrgetter(*TOKEN_FIELDS)  # one call per token: a long article has 10,000 of them


def vocab_record(item: VocabItem) -> dict[str, Any]:
    record = asdict(item)
    record["gloss"] = list(item.gloss)
    record["display"] = item.display
    record["occurrences"] = [asdict(occurrence) for occurrence in item.occurrences]
    return record


def question_record(question: Question, guid: str = "") -> dict[str, Any]:
    record = asdict(question)
    answer = question.answer
    record["answer"] = answer if isinstance(answer, str) else list(answer)
    record["options"] = list(question.options)
    if guid:
        record["guid"] = guid
    return record


def token_row(token: Token) -> list[Any]:
    return list(_TOKEN_ROW(token))


def sentence_record(sentence: Sentence) -> dict[str, Any]:
    """What the exporters read of a sentence besides its text (which ``sentences`` holds)."""
    return {
        "start": sentence.start,
        "end": sentence.end,
        "paragraph": sentence.paragraph,
        "is_heading": sentence.is_heading,
        "tokens": [token_row(token) for token in sentence.tokens],
    }


def _guids(material: Material) -> dict[str, str]:
    """Question id → the GUID of its Anki note (the stored one, else from its content)."""
    from .anki import question_guid  # genanki only when JSON is written

    return {question.id: question_guid(question, material) for question in material.questions}


def material_record(material: Material) -> dict[str, Any]:
    article = material.article
    guids = _guids(material)
    return {
        "quizgen": __version__,
        "format": FORMAT,
        "title": article.title,
        "source": article.source,
        "stem": article.stem,
        "level": material.level,
        "model": material.analysis.model,
        # the stored GUIDs are in "questions"; "modified" is the loaded file's time, not content
        "meta": {key: value for key, value in material.meta.items() if not key.startswith("guid:") and key != "modified"},
        "warnings": list(material.warnings),
        "text": article.text,
        "paragraphs": [list(span) for span in article.paragraphs],
        "headings": list(article.headings),
        "title_span": list(article.title_span) if article.title_span else None,
        "sentences": list(material.sentences),
        "entities": [asdict(entity) for entity in material.analysis.entities],
        "vocabulary": [vocab_record(item) for item in material.vocabulary],
        "facts": [asdict(fact) for fact in material.facts],
        "cloze": [
            {
                "text": note.text,
                "answers": list(note.answers),
                "hints": list(note.hints),
                "kinds": list(note.kinds),
                "lemmas": list(note.lemmas),
                "extra": note.extra,
                "sentence": note.source_sentence,
                "sentence_index": note.sentence,
            }
            for note in material.clozes
        ],
        "questions": [question_record(question, guids.get(question.id, "")) for question in material.questions],
        "analysis": {
            "token_fields": list(TOKEN_FIELDS),
            "sentences": [sentence_record(sentence) for sentence in material.analysis.sentences],
        },
    }


def dumps(record: dict[str, Any]) -> str:
    """Indented JSON, but a token on one line: readable and a third of the fully indented size."""
    rows: list[str] = []

    def placeholder(value: list[Any]) -> str:
        rows.append(json.dumps(value, ensure_ascii=False))
        return f"\x00{len(rows) - 1}\x00"

    analysis = record.get("analysis")
    if isinstance(analysis, dict):
        sentences = [{**s, "tokens": [placeholder(row) for row in s["tokens"]]} for s in analysis["sentences"]]
        record = {**record, "analysis": {**analysis, "sentences": sentences}}
    text = json.dumps(record, ensure_ascii=False, indent=2)
    return _PLACEHOLDER.sub(lambda match: rows[int(match.group(1))], text) + "\n"


class JsonExporter:
    name = "json"
    suffixes = (".json",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        return {f"{material.article.stem}.json": dumps(material_record(material)).encode("utf-8")}
