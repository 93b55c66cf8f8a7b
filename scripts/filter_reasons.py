"""Why W-questions are left out: the reasons of the checks in generation/wellformed.py, counted.

    python scripts/filter_reasons.py ../shared/devdata/articles/klexikon/*.txt [--top 25]

Runs the W-question generator on the articles with the three checks wrapped, and prints how many
candidates each reason removed (the first reason of each rejection) and how many were kept: where
recall is lost, so that a rule can be narrowed (or a restatement put in place of a rejection).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from quizgen.analysis import analyze, load_pipeline
from quizgen.extraction import extract_facts
from quizgen.generation import wellformed, wh
from quizgen.reading import read_article

CHECKS = ("source_problems", "reading_problems", "text_problems")


def counted(name: str, check: Callable[..., tuple[str, ...]], reasons: Counter[str]) -> Callable[..., tuple[str, ...]]:
    def wrapper(*args: Any, **kwargs: Any) -> tuple[str, ...]:
        found = check(*args, **kwargs)
        if found:
            reasons[f"{name.removesuffix('_problems')}: {re.sub(r':.*', '', found[0])}"] += 1
        return found

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    nlp = load_pipeline("offline")
    reasons: Counter[str] = Counter()
    kept = 0
    patches = [mock.patch.object(wellformed, name, counted(name, getattr(wellformed, name), reasons)) for name in CHECKS]
    for patch in patches:
        patch.start()
    try:
        for path in args.articles:
            analysis = analyze(nlp, read_article(path))
            kept += len(wh.wh_questions(analysis, extract_facts(analysis)))
    finally:
        for patch in patches:
            patch.stop()
    print(f"kept {kept} W-questions from {len(args.articles)} articles")
    for reason, count in reasons.most_common(args.top):
        print(f"{count:6d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
