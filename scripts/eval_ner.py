"""Entity quality on GermEval 2014 dev (`make eval`): P/R/F1 per class, exact outer spans.

    python scripts/eval_ner.py [--tsv PATH] [--model offline] [--no-rules] [--update-baseline]

Scores: PER/LOC/ORG micro F1 (the target), all four classes (OTH = MISC), and each class;
gold -deriv/-part tags count as O. ``--update-baseline`` writes the full-dev scores and the
scores on the first SUBSET sentences (what tests/test_entities.py re-checks in CI).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quizgen.analysis import load_pipeline
from quizgen.ner_evaluation import SUBSET, evaluate_ner

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "devdata" / "ner" / "germeval2014-dev.tsv"
BASELINE = ROOT / "tests" / "quality" / "ner_baseline.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, default=DEFAULT)
    parser.add_argument("--model", default="offline")
    parser.add_argument("--no-rules", action="store_true", help="score the trained model alone")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args()
    nlp = load_pipeline(args.model)
    if args.no_rules:
        nlp = _model_only(nlp)
    started = time.perf_counter()
    scores = evaluate_ner(nlp, args.tsv)
    seconds = time.perf_counter() - started
    print(json.dumps({**scores, "seconds_whole_pipeline": round(seconds, 1)}, indent=2))
    if args.update_baseline:
        subset = evaluate_ner(nlp, args.tsv, limit=SUBSET)
        baseline = {"full": scores, "subset": {**subset, "sentences": SUBSET}}
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


def _model_only(nlp):
    """The same pipeline with the entity component using the trained model only."""
    from quizgen.analysis.entities import EntityRecognizer

    component = nlp.get_pipe("quizgen_entities")
    assert isinstance(component, EntityRecognizer)
    component.rules = False
    return nlp


if __name__ == "__main__":
    raise SystemExit(main())
