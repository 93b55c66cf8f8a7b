"""Comprehension questions against people's questions on MLQA German dev (issue 12).

    python scripts/eval_qa.py [--squad PATH] [--model offline] [--update-baseline] [--dump FILE]

Prints JSON: the share of people's questions whose answer a generated comprehension question
targets (token F1 ≥ 0.5), comprehension questions per 100 words, counts per W-word, the mean
per paragraph and the time. ``--update-baseline`` writes tests/quality/qa_baseline.json (what
tests/test_qa_quality.py holds the generator to); ``--dump FILE`` writes every paragraph with
the people's and the generated questions side by side, for reading.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from quizgen.analysis import load_pipeline
from quizgen.extraction.dictionaries import find_dictionary
from quizgen.qa_evaluation import dump, run

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "devdata" / "qa" / "mlqa-de-dev.squad.json"
BASELINE = ROOT / "tests" / "quality" / "qa_baseline.json"
WITHOUT_DICTIONARY = "without_dictionary"
BASELINE_KEYS = ("targeted_share", "per_100_words", "not_lifted_share", "people_questions", "comprehension_questions", "paragraphs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--squad", type=Path, default=DEFAULT, help="a SQuAD-format file (default: MLQA de dev)")
    parser.add_argument("--model", default="offline", help="spaCy pipeline (default: offline)")
    parser.add_argument("--update-baseline", action="store_true", help=f"write {BASELINE.relative_to(ROOT)}")
    parser.add_argument("--dump", type=Path, help="write the questions side by side to this file")
    args = parser.parse_args()
    if not args.squad.is_file():
        parser.error(f"--squad {args.squad}: no such file")
    summary, results = run(load_pipeline(args.model), args.squad)
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    if args.dump:
        args.dump.write_text(dump(results), encoding="utf-8")
        print(f"wrote {args.dump}")
    if args.update_baseline:
        # the figures depend on the dictionary (the vocabulary tasks compete with the questions):
        # a run without one updates only the block the gate uses on machines without one
        baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else {}
        figures = {key: summary[key] for key in BASELINE_KEYS}
        if find_dictionary() is None:
            baseline[WITHOUT_DICTIONARY] = figures
        else:
            baseline.update(figures)
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
