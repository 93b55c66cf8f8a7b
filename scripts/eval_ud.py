"""Analysis quality on UD German-GSD dev (`make eval`): lemma, POS, STTS, gender, sentences.

    python scripts/eval_ud.py [--conllu PATH] [--update-baseline]

Prints the figures as JSON. ``--update-baseline`` writes them to tests/quality/baseline.json,
which tests/test_quality.py holds the pipeline to (a change may raise a figure, not lower it).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quizgen.analysis import load_pipeline
from quizgen.evaluation import evaluate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "devdata" / "ud" / "de_gsd-ud-dev.conllu"
BASELINE = ROOT / "tests" / "quality" / "baseline.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    parser.add_argument("--model", default="offline")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    scores = evaluate(load_pipeline(args.model), args.conllu)
    scores["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(scores, indent=2))
    if args.update_baseline:
        kept = {key: value for key, value in scores.items() if key not in ("seconds", "tokens")}
        BASELINE.write_text(json.dumps(kept, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
