"""Session 29: the sheet without the marginal details readers complained of most (round 26)."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation import questions as questions_module
from quizgen.generation import selection
from quizgen.pipeline import build_material
from quizgen.reading import read_article


def _build(nlp, path, monkeypatch):
    """The material of one article and the candidate pools the selection saw."""
    seen: dict[str, list] = {}
    original = questions_module.select

    def spy(pools, analysis, total, words):
        seen.update({name: list(pool) for name, pool in pools.items()})
        return original(pools, analysis, total, words)

    monkeypatch.setattr(questions_module, "select", spy)
    analysis = analyze(nlp, read_article(path))
    return analysis, build_material(analysis, Options()), seen


def test_reasons_and_the_lead_are_never_marginal(nlp, seed_path, monkeypatch):
    """The seed's reasons ("Wozu hat Kim Jong Un die Rüstungsindustrie … aufgefordert?") and its
    lead stay whatever they name; the sheet still asks them."""
    analysis, material, pools = _build(nlp, seed_path, monkeypatch)
    salience = selection._salience(analysis)
    wh = pools.get("wh", [])
    assert wh
    kept = [q for q in wh if q.skill in selection.REASON_SKILLS or q.sentence in salience.lead]
    assert kept
    assert not any(selection.marginal_detail(q, salience) for q in kept)
    prompts = [q.prompt for q in material.questions]
    assert any(p.startswith("Wozu") for p in prompts), prompts


@pytest.mark.slow
def test_a_long_article_drops_its_marginal_dates(nlp, devdata, monkeypatch):
    """Hamburger (Wikipedia, 840 words): the date of the Speedee system and the opening day of a
    Munich branch are dates the text names once, off its point (round 26: bad); they leave the
    sheet beyond its MIN_WH W-questions, which keeps its lead."""
    analysis, material, pools = _build(nlp, devdata / "articles" / "wikipedia" / "Hamburger.txt", monkeypatch)
    salience = selection._salience(analysis)
    marginal = [q for q in pools.get("wh", []) if selection.marginal_detail(q, salience)]
    assert any("1971" in q.prompt or q.skill in selection.TIME_SKILLS for q in marginal), [q.prompt for q in marginal]
    chosen = material.questions
    asked = [q for q in chosen if q.type == "wh"]
    weak = [q for q in asked if selection.marginal_detail(q, salience)]
    # a marginal W-question only where the sheet needs it to reach MIN_WH W-questions
    assert len(weak) <= max(0, selection.MIN_WH - (len(asked) - len(weak))), [q.prompt for q in asked]
    assert sum(map(selection.is_comprehension, chosen)) >= selection.MIN_ALONE
    assert any(q.sentence in salience.lead for q in chosen if selection.is_comprehension(q))
