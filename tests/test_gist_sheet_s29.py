"""The gist task (which heading fits the whole text, multiple choice with skill "global") is printed
as the sheet's first comprehension task, "Worum geht es im Text?", and numbered first — not among
the detail multiple choice (session 29: the exporters knew only the paragraph matching as global)."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.exporters.comprehension import is_gist, stage
from quizgen.exporters.html import build_context, section_order
from quizgen.exporters.variants import task_of
from quizgen.model import Question
from quizgen.pipeline import build_material
from quizgen.reading import read_article


@pytest.fixture(scope="module")
def sofia(nlp, devdata):
    return build_material(analyze(nlp, read_article(devdata / "articles" / "klexikon" / "Sofia.txt")), Options())


@pytest.mark.slow
def test_the_gist_opens_the_sheet(sofia):
    gists = [q for q in sofia.questions if is_gist(q)]
    assert len(gists) == 1, [q.prompt for q in sofia.questions]
    assert sofia.questions[0] is gists[0]  # numbered first
    sections = [s for s in build_context(sofia, Options(), key=False)["sections"] if s["items"]]
    assert sections[0]["kind"] == "gist" and sections[0]["heading"] == "Worum geht es im Text?"
    assert sections[0]["items"][0]["number"] == 1
    assert all(item["kind"] != "gist" for section in sections[1:] for item in section["items"])


def test_the_gist_is_a_task_of_its_own_before_the_detail_questions():
    order = section_order(("vocabulary", "text", "true_false", "multiple_choice", "wh", "matching"))
    assert order.index("gist") < order.index("global") < order.index("true_false")
    assert "gist" not in section_order(("text", "wh"))  # no multiple choice asked for, no gist


def test_gist_kind_and_stage():
    gist = Question(id="q01", type="multiple_choice", prompt="Welche Überschrift passt am besten zum ganzen Text?",
                    answer="a", sentence=0, evidence="", options=("a", "b", "c", "d"), skill="global")
    detail = Question(id="q02", type="multiple_choice", prompt="Wer?", answer="a", sentence=0, evidence="",
                      options=("a", "b", "c", "d"))
    assert is_gist(gist) and not is_gist(detail)
    assert (stage(gist), stage(detail)) == (0, 1)
    assert (task_of(gist), task_of(detail)) == ("gist", "multiple_choice")
