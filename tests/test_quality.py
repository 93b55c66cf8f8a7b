"""Quality gate: the analysis on UD German-GSD dev may improve, never silently get worse.

The figures are kept in tests/quality/baseline.json; `python scripts/eval_ud.py
--update-baseline` writes new ones after a change that raises them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.evaluation import evaluate

BASELINE = Path(__file__).parent / "quality" / "baseline.json"
TOLERANCE = 0.002  # rounding; anything larger is a real loss


@pytest.fixture(scope="module")
def scores(nlp, devdata):
    return evaluate(nlp, devdata / "ud" / "de_gsd-ud-dev.conllu")


@pytest.mark.devdata
@pytest.mark.parametrize("name", sorted(json.loads(BASELINE.read_text(encoding="utf-8"))))
def test_figure_is_not_below_its_baseline(scores, name):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    assert scores[name] >= baseline - TOLERANCE, f"{name}: {scores[name]} < baseline {baseline}"


@pytest.mark.devdata
def test_absolute_floors(scores):
    """Floors from the project's targets, independent of the baseline file."""
    assert scores["lemma"] >= 0.95
    assert scores["lemma_VERB"] >= 0.95
    assert scores["gender_precision"] >= 0.94
    assert scores["sentence_f1"] >= 0.98
    assert scores["upos"] >= 0.93
