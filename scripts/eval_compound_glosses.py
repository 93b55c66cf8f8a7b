"""Held-out precision of composed meanings (:mod:`quizgen.extraction.compound_glosses`) on Ding.

One noun in ``--step`` that Ding glosses (chosen by a hash of the lemma) is composed from its parts as if Ding lacked it (its own
entry is never read), and the composed meaning is right when it names what one of Ding's
senses of the noun names: the same words ("wind + shear" for "wind shear") or the same head
word ("crown prince + couple" for "royal couple"). Precision is counted per class; a class is
enabled in the module only when it reaches ``MIN_PRECISION``.

    .venv/bin/python scripts/eval_compound_glosses.py                   # figures
    .venv/bin/python scripts/eval_compound_glosses.py --examples 20     # and wrong examples
    .venv/bin/python scripts/eval_compound_glosses.py --update-baseline # tests/quality/compound_gloss_baseline.json
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

from quizgen.extraction.compound_glosses import MIN_PRECISION, agrees, compose
from quizgen.extraction.glossary import load_glossary

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "quality" / "compound_gloss_baseline.json"
CLASSES = frozenset(["compound", "fellow", "feminine", "loan"])
DERIVATIONS = frozenset(["fellow", "feminine", "loan"])  # few enough to compose every noun of


def evaluate(step: int, examples: int = 0) -> dict[str, dict[str, float]]:
    """Per class: how many nouns were composed, and the share whose meaning agrees with Ding's."""
    glossary = load_glossary(None)
    if glossary is None:
        sys.exit("no dictionary: install one (quizgen dictionary) to measure")
    nouns = sorted(key.split("\t", 1)[0] for key in glossary._index if key.endswith("\tNOUN"))
    counts: dict[str, list[int]] = {name: [0, 0, 0] for name in sorted(CLASSES)}  # composed, agreeing, exact
    wrong: dict[str, list[str]] = {name: [] for name in CLASSES}
    for lemma in nouns:
        # the sample by a hash of the lemma, not by its place in the index: a dictionary read
        # differently (more lines, other nouns) keeps the same held-out nouns where it has them
        found = compose(glossary, lemma, CLASSES if zlib.crc32(lemma.encode()) % step == 0 else DERIVATIONS)
        if found is None:
            continue
        name, meaning = found
        senses = [sense.english for sense in glossary.candidates(lemma, "NOUN")]
        counts[name][0] += 1
        if agrees(meaning, senses):
            counts[name][1] += 1
            counts[name][2] += any(_same(meaning, sense) for sense in senses)
        elif len(wrong[name]) < examples:
            wrong[name].append(f"{lemma}: {meaning}  ≠  {'; '.join(senses[:4])}")
    for name, lines in wrong.items():
        for line in lines:
            print(f"  wrong {name}: {line}")
    return {
        name: {"composed": composed, "precision": round(agreeing / composed, 3) if composed else 0.0,
               "exact": round(exact / composed, 3) if composed else 0.0}
        for name, (composed, agreeing, exact) in counts.items()
    }


def _same(meaning: str, sense: str) -> bool:
    return "".join(c for c in meaning.lower() if c.isalpha()) == "".join(c for c in sense.lower() if c.isalpha())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", type=int, default=10, help="compose every STEP-th noun of Ding as a compound (default 10); derivations all")
    parser.add_argument("--examples", type=int, default=0, help="print this many wrong compositions per class")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args()
    figures = evaluate(args.step, args.examples)
    for name, values in figures.items():
        enabled = "enabled" if values["precision"] >= MIN_PRECISION else "below the bar"
        print(f"{name:10} composed {values['composed']:5}  precision {values['precision']:.3f}  exact {values['exact']:.3f}  ({enabled})")
    if args.update_baseline:
        BASELINE.write_text(json.dumps({"step": args.step, "classes": figures}, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")


if __name__ == "__main__":
    main()
