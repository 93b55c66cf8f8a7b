"""The JSON export: everything generated, under stable names other tools rely on."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .. import __version__
from ..config import Options
from ..model import Material, Question, VocabItem


def vocab_record(item: VocabItem) -> dict[str, Any]:
    record = asdict(item)
    record["gloss"] = list(item.gloss)
    record["display"] = item.display
    record["occurrences"] = [asdict(occurrence) for occurrence in item.occurrences]
    return record


def question_record(question: Question) -> dict[str, Any]:
    record = asdict(question)
    answer = question.answer
    record["answer"] = answer if isinstance(answer, str) else list(answer)
    record["options"] = list(question.options)
    return record


def material_record(material: Material) -> dict[str, Any]:
    article = material.article
    return {
        "quizgen": __version__,
        "title": article.title,
        "source": article.source,
        "level": material.level,
        "model": material.analysis.model,
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
        "questions": [question_record(question) for question in material.questions],
    }


class JsonExporter:
    name = "json"
    suffixes = (".json",)

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        text = json.dumps(material_record(material), ensure_ascii=False, indent=2) + "\n"
        return {f"{material.article.stem}.json": text.encode("utf-8")}
