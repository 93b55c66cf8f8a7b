"""Entity quality on GermEval 2014 dev: may improve, never silently get worse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.ner_evaluation import evaluate_ner

BASELINE = Path(__file__).parent / "quality" / "ner_baseline.json"


@pytest.mark.devdata
def test_entity_f1_is_not_below_its_baseline(nlp, devdata):
    scores = evaluate_ner(nlp, devdata / "ner" / "germeval2014-dev.tsv")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    for name in ("PER_LOC_ORG_f1", "all_f1", "PER_f1", "LOC_f1", "ORG_f1"):
        assert scores[name] >= baseline[name] - 0.005, f"{name}: {scores[name]} < {baseline[name]}"
