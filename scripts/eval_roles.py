"""Grammatical roles on UD German-GSD dev (`make eval`): head-token P/R/F1 of subjects, objects, obliques.

    python scripts/eval_roles.py [--conllu PATH] [--update-baseline] [--errors N]

Prints the figures as JSON (``_all``: unsure constituents counted too). ``--update-baseline``
writes them to tests/quality/roles_baseline.json, which tests/test_role_quality.py holds the
rules to. ``--errors N`` prints N false positives and negatives to read.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from quizgen.analysis import load_pipeline
from quizgen.role_evaluation import evaluate_roles

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "devdata" / "ud" / "de_gsd-ud-dev.conllu"
BASELINE = ROOT / "tests" / "quality" / "roles_baseline.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    parser.add_argument("--update-baseline", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors (a random sample)")
    parser.add_argument("--grep", default="", help="only errors containing this text")
    args = parser.parse_args()
    errors: list[str] | None = [] if args.errors else None
    scores = evaluate_roles(load_pipeline("offline"), args.conllu, errors=errors)
    print(json.dumps(scores, indent=2))
    if errors:
        chosen = [e for e in errors if args.grep in e]
        random.Random(0).shuffle(chosen)
        print("\n".join(chosen[: args.errors]))
    if args.update_baseline:
        kept = {key: value for key, value in scores.items() if key not in ("seconds", "sentences")}
        BASELINE.write_text(json.dumps(kept, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
