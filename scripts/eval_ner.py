"""Entity quality on GermEval 2014 dev (`make eval`): P/R/F1 per class, exact outer spans.

    python scripts/eval_ner.py [--tsv PATH] [--update-baseline]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quizgen.analysis import load_pipeline
from quizgen.ner_evaluation import evaluate_ner

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "devdata" / "ner" / "germeval2014-dev.tsv"
BASELINE = ROOT / "tests" / "quality" / "ner_baseline.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, default=DEFAULT)
    parser.add_argument("--model", default="offline")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    scores = evaluate_ner(load_pipeline(args.model), args.tsv)
    print(json.dumps({**scores, "seconds": round(time.perf_counter() - started, 1)}, indent=2))
    if args.update_baseline:
        BASELINE.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
