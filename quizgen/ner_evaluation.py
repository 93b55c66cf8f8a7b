"""Entity quality on GermEval 2014 (outer spans, exact match), for scripts/eval_ner.py.

Gold ``-deriv`` and ``-part`` tags (nordkoreanisch, Nordkorea-Besuch) count as O: quizgen
tags names, not words derived from them. GermEval's OTH is quizgen's MISC.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .analysis.sentences import PARAGRAPHS_KEY

LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
SUBSET = 700  # sentences re-scored by tests/test_entities.py (a few seconds)


def read_germeval(path: Path) -> list[tuple[list[str], set[tuple[int, int, str]]]]:
    sentences: list[tuple[list[str], set[tuple[int, int, str]]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append((words, _spans(tags)))
            words, tags = [], []
            continue
        columns = line.split("\t")
        words.append(columns[1])
        tags.append(columns[2])
    return sentences


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, ""
    for index, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if len(tag) > 2 else ""
        if start is not None and not (tag.startswith("I-") and kind == label):
            if label in LABELS:
                spans.add((start, index, LABELS[label]))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = index, kind
    return spans


def evaluate_ner(nlp: Language, path: Path, limit: int | None = None) -> dict[str, float]:
    counts: Counter = Counter()
    for words, gold in read_germeval(path)[:limit]:
        doc = Doc(nlp.vocab, words=words)
        doc.user_data[PARAGRAPHS_KEY] = [(0, len(doc.text))]
        starts = {token.idx: token.i for token in doc}
        ends = {token.idx + len(token): token.i + 1 for token in doc}
        for _, component in nlp.pipeline:
            doc = component(doc)
        # by characters: the pipeline may split a token ("1973." at a sentence end)
        predicted = {
            (starts.get(ent.start_char, -1), ends.get(ent.end_char, -1), ent.label_) for ent in doc.ents
        }
        for label in ("PER", "LOC", "ORG", "MISC"):
            p = {s for s in predicted if s[2] == label}
            g = {s for s in gold if s[2] == label}
            counts[f"{label}_tp"] += len(p & g)
            counts[f"{label}_fp"] += len(p - g)
            counts[f"{label}_fn"] += len(g - p)
    scores: dict[str, float] = {}
    for group, labels in (("PER_LOC_ORG", ("PER", "LOC", "ORG")), ("all", ("PER", "LOC", "ORG", "MISC")),
                          *((label, (label,)) for label in ("PER", "LOC", "ORG", "MISC"))):
        tp = sum(counts[f"{label}_tp"] for label in labels)
        fp = sum(counts[f"{label}_fp"] for label in labels)
        fn = sum(counts[f"{label}_fn"] for label in labels)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[f"{group}_p"], scores[f"{group}_r"], scores[f"{group}_f1"] = (round(precision, 4), round(recall, 4), round(f1, 4))
    return scores
