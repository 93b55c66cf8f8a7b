"""Grammatical roles measured on a CoNLL-U treebank (UD German-GSD dev, gold dependencies).

The offline pipeline runs on the gold tokens (as in ``evaluation.py``); every clause the rules
find gives the head tokens of its constituents, which are compared with the gold relations:

- ``subj``: our ``subject`` against gold ``nsubj`` and ``nsubj:pass``;
- ``obj``: ``object_acc``, ``object_gen`` and the clause's reflexive pronoun against ``obj``
  (GSD labels "sich" and genitive objects ``obj``; a reflexive beside a sure accusative
  object, or with "sein", counts as dative, ``iobj``; beside an unsure one, as unsure);
- ``iobj``: ``object_dat`` against ``iobj`` and against a bare dative nominal (no preposition)
  labelled ``obl``/``obl:arg`` — GSD dev has no ``iobj`` at all and puts dative objects there;
- ``obl``: prepositional objects, agents and adverbials whose head is a noun, name, pronoun or
  number (not an adverb or a clause, which UD labels ``advmod``/``advcl``) against every
  other ``obl`` subtype (``obl``, ``obl:arg``, ``obl:agent``, ``obl:tmod``).

Precision counts the constituents marked ``sure`` (what the question generator uses); the
``_all`` figures count every constituent. Only the head token and the category are compared,
not the attachment. GSD quirks to keep in mind: a copula clause's subject hangs on the
predicate (fine here: heads only), names are ``flat`` with the first word as head (as our
name runs), and its conversion from an older scheme left some labels noisy.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .analysis.clauses import CLAUSES_KEY
from .analysis.sentences import PARAGRAPHS_KEY
from .model import Clause

CATEGORIES = ("subj", "obj", "iobj", "obl")
NOMINAL_TAGS = frozenset({"NN", "NE", "FM", "PPER", "PDS", "PIS", "PRELS", "PWS", "PPOSS", "PRF", "CARD", "ADJA", "PIAT", "PIDAT", "PDAT"})
ADVERBIAL_ROLES = frozenset(
    {"object_prep", "agent", "time", "place", "direction", "origin", "cause", "purpose", "manner", "quantity", "adverbial"}
)


@dataclass
class TreeSentence:
    """A gold sentence: its surface tokens and the gold categories of their head words."""

    sent_id: str
    forms: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    gold: dict[int, str] = field(default_factory=dict)  # surface index → category
    labels: dict[int, str] = field(default_factory=dict)  # surface index → gold deprel
    text: str = ""


def _category(deprel: str, feats: str, upos: str, has_case: bool) -> str:
    if deprel in ("nsubj", "nsubj:pass"):
        return "subj"
    if deprel == "obj":
        return "obj"
    if deprel == "iobj":
        return "iobj"
    if deprel.startswith("obl"):
        if not has_case and "Case=Dat" in feats and upos in ("NOUN", "PROPN", "PRON") and deprel != "obl:agent":
            return "iobj"
        return "obl"
    return ""


def read_treebank(path: Path) -> Iterator[TreeSentence]:
    """Sentences with surface tokens (multi-word tokens kept whole) and gold categories."""
    block: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            yield _sentence(block)
        block = []


def _sentence(lines: list[str]) -> TreeSentence:
    sentence = TreeSentence("")
    words: list[list[str]] = []
    surface_of: dict[int, int] = {}
    skip_until = 0
    for line in lines:
        if line.startswith("# sent_id = "):
            sentence.sent_id = line[12:]
        elif line.startswith("# text = "):
            sentence.text = line[9:]
        elif not line.startswith("#"):
            columns = line.split("\t")
            index = columns[0]
            if "." in index:
                continue
            if "-" in index:
                first, last = (int(n) for n in index.split("-"))
                for word_id in range(first, last + 1):
                    surface_of[word_id] = len(sentence.forms)
                skip_until = last
                sentence.forms.append(columns[1])
                sentence.spaces.append("SpaceAfter=No" not in columns[9])
                continue
            words.append(columns)
            if skip_until and int(index) <= skip_until:
                continue
            surface_of[int(index)] = len(sentence.forms)
            sentence.forms.append(columns[1])
            sentence.spaces.append("SpaceAfter=No" not in columns[9])
    has_case = {int(c[6]) for c in words if c[7] == "case"}
    for columns in words:
        word_id = int(columns[0])
        category = _category(columns[7], columns[5], columns[3], word_id in has_case)
        if category:
            sentence.gold[surface_of[word_id]] = category
        sentence.labels[surface_of[word_id]] = columns[7]
    return sentence


def predicted(clauses: list[Clause], tags: list[str]) -> tuple[dict[int, str], dict[int, str]]:
    """Head token → category for the sure constituents, and for all of them."""
    sure: dict[int, str] = {}
    every: dict[int, str] = {}
    for clause in clauses:
        items: list[tuple[int, str, bool]] = []
        if clause.reflexive is not None:  # "sich" is obj in GSD, a dative one (beside an object) obl:arg
            accusatives = [c for c in clause.constituents if c.role == "object_acc"]
            dative = clause.lemma == "sein" or any(c.sure for c in accusatives)
            decided = dative or not accusatives
            items.append((clause.reflexive, "iobj" if dative else "obj", clause.sure and decided))
        for constituent in clause.constituents:
            if constituent.detail == "expletive":  # the Vorfeld's placeholder "es": no role of any category
                continue
            category = _predicted_category(constituent.role, tags[constituent.head], constituent.clause)
            if category:
                items.append((constituent.head, category, constituent.sure and clause.sure))
        for head, category, is_sure in items:
            every.setdefault(head, category)
            if is_sure:
                sure.setdefault(head, category)
    return sure, every


def _predicted_category(role: str, tag: str, clause: int | None) -> str:
    if clause is not None:
        return ""
    if role == "subject":
        return "subj"
    if role in ("object_acc", "object_gen"):
        return "obj"
    if role == "object_dat":
        return "iobj"
    if role in ADVERBIAL_ROLES and tag in NOMINAL_TAGS:
        return "obl"
    return ""


def _doc(nlp: Language, sentence: TreeSentence) -> Doc:
    doc = Doc(nlp.vocab, words=sentence.forms, spaces=sentence.spaces)
    doc.user_data[PARAGRAPHS_KEY] = [(0, len(doc.text))]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _scores(counts: Counter, suffix: str) -> dict[str, float]:
    result: dict[str, float] = {}
    for category in (*CATEGORIES, "objects"):
        hit, pred, gold = counts[f"{category}_hit{suffix}"], counts[f"{category}_pred{suffix}"], counts[f"{category}_gold"]
        precision = hit / pred if pred else 0.0
        recall = hit / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[f"{category}_p{suffix}"] = round(precision, 4)
        result[f"{category}_r{suffix}"] = round(recall, 4)
        result[f"{category}_f1{suffix}"] = round(f1, 4)
    return result


def evaluate_roles(nlp: Language, path: Path, limit: int | None = None, errors: list[str] | None = None) -> dict[str, float]:
    """P/R/F1 per category (sure constituents, and ``_all`` with the unsure ones)."""
    counts: Counter = Counter()
    started = time.perf_counter()
    sentences = list(read_treebank(path))[:limit]
    for sentence in sentences:
        doc = _doc(nlp, sentence)
        clauses = [c for found in doc.user_data.get(CLAUSES_KEY, {}).values() for c in found]
        tags = [token.tag_ for token in doc]
        sure, every = predicted(clauses, tags)
        for head, category in sentence.gold.items():
            counts[f"{category}_gold"] += 1
            if category in ("obj", "iobj"):
                counts["objects_gold"] += 1
        for suffix, found in (("", sure), ("_all", every)):
            for head, category in found.items():
                counts[f"{category}_pred{suffix}"] += 1
                hit = sentence.gold.get(head) == category
                counts[f"{category}_hit{suffix}"] += hit
                if category in ("obj", "iobj"):
                    counts[f"objects_pred{suffix}"] += 1
                    counts[f"objects_hit{suffix}"] += hit
                if errors is not None and suffix == "" and not hit:
                    errors.append(f"FP {category} {sentence.forms[head]!r} gold={sentence.labels.get(head, '-')} | {sentence.sent_id}: {sentence.text}")
        if errors is not None:
            for head, category in sentence.gold.items():
                if sure.get(head) != category:
                    errors.append(f"FN {category} {sentence.forms[head]!r} pred={every.get(head, '-')}{'' if head in sure else '?'} | {sentence.sent_id}: {sentence.text}")
    result = {**_scores(counts, ""), **_scores(counts, "_all")}
    result["sentences"] = len(sentences)
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result
