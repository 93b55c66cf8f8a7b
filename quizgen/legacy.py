"""The first JSON layout (no ``"format"`` field) brought to the current one, for ``render``.

That layout had the sentences as plain strings but not the article's text, its paragraphs or
the sentences' places. The places come back from the character offsets it does carry
(entities, facts, vocabulary occurrences): each sentence is put where most of them say it
starts, so those offsets stay right. What cannot come back: a line break between two
paragraphs looks like the space between two sentences (both one character), so sentences are
joined into one paragraph unless the offsets show a wider gap or a sentence is a headline
(no final punctuation); and there are no tokens (a separable verb's particle is not bold in
the deck's example) and no stored GUIDs (a reworded question makes a new card).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

_SENTENCE_END = re.compile(r"[.!?:;…“\"»)]\s*$")


def looks_like_heading(sentence: str) -> bool:
    """A short line without final punctuation: "Besorgnis der USA über nordkoreanische Waffen"."""
    return not _SENTENCE_END.search(sentence) and len(sentence.split()) <= 12


def _anchors(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(sentence, start, text) of every span the file places in the original text."""
    found: list[tuple[int, int, str]] = []
    for key in ("entities", "facts"):
        for item in record.get(key) or []:
            if isinstance(item, dict) and {"sentence", "start", "text"} <= item.keys():
                found.append((item["sentence"], item["start"], str(item["text"])))
    for item in record.get("vocabulary") or []:
        for occurrence in (item.get("occurrences") or []) if isinstance(item, dict) else []:
            if isinstance(occurrence, dict) and {"sentence", "start", "form"} <= occurrence.keys():
                found.append((occurrence["sentence"], occurrence["start"], str(occurrence["form"]).split(" … ")[0]))
    return [anchor for anchor in found if isinstance(anchor[0], int) and isinstance(anchor[1], int)]


def sentence_starts(sentences: list[str], record: dict[str, Any]) -> list[int | None]:
    """Where each sentence started in the original text, by a vote of the spans in it."""
    votes: list[Counter[int]] = [Counter() for _ in sentences]
    for index, start, text in _anchors(record):
        if 0 <= index < len(sentences) and text:
            position = sentences[index].find(text)
            if position >= 0 and start - position >= 0:
                votes[index][start - position] += 1
    return [vote.most_common(1)[0][0] if vote else None for vote in votes]


def rebuild(sentences: list[str], starts: list[int | None], title: str) -> dict[str, Any]:
    """The article's text, paragraphs, headings and sentence records from placed sentences."""
    first = starts[0] if starts and starts[0] is not None else 0
    title_span = None
    if title and first >= len(title) + 1:
        text, title_span = title + " " * (first - len(title) - 1) + "\n", [0, len(title)]
    else:
        text = " " * first
    paragraphs: list[list[int]] = [title_span] if title_span else []
    headings: list[int] = []
    records: list[dict[str, Any]] = []
    previous_heading = False
    for index, sentence in enumerate(sentences):
        earliest = len(text) + (1 if index else 0)
        wanted = starts[index]
        start = wanted if wanted is not None and wanted >= earliest else earliest
        gap = start - len(text)
        heading = looks_like_heading(sentence)
        new_paragraph = index == 0 or gap >= 2 or heading or previous_heading
        text += ("\n" * min(gap, 2) + " " * max(gap - 2, 0)) if new_paragraph else " " * gap
        text += sentence
        if new_paragraph:
            paragraphs.append([start, len(text)])
            if heading:
                headings.append(len(paragraphs) - 1)
        else:
            paragraphs[-1][1] = len(text)
        records.append({"start": start, "end": len(text), "paragraph": len(paragraphs) - 1,
                        "is_heading": heading, "tokens": []})
        previous_heading = heading
    return {"text": text, "paragraphs": paragraphs, "headings": headings, "title_span": title_span,
            "analysis": {"sentences": records}}


def upgrade(record: dict[str, Any], stem: str) -> dict[str, Any]:
    """A first-layout record as a current one (format 2) with the text rebuilt."""
    sentences = record.get("sentences")
    if not isinstance(sentences, list) or not sentences:
        from .loading import fail

        fail("sentences", "missing: the file has neither the text nor its sentences")
    if not all(isinstance(sentence, str) for sentence in sentences):
        from .loading import fail

        fail("sentences", "expected a list of strings")
    title = record.get("title") if isinstance(record.get("title"), str) else ""
    rebuilt = rebuild(sentences, sentence_starts(sentences, record), title or "")
    meta = {"quizgen": str(record.get("quizgen", "")), "format": "1"}
    return {**record, **rebuilt, "format": 2, "stem": stem, "meta": meta}
