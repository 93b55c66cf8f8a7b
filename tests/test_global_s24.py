"""Issue 12, round 22: a global task on the sheets of texts without headings (Klexikon).

Readers found no Klexikon sheet with a global task. Each paragraph now gets a topic line (since
session 26 a noun phrase made of the paragraph's clauses, "Lage und Klima"), matched to its
paragraph with one line left over; the sheet keeps its W-questions beside the task.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation.global_task import KIND_CUES, PARAGRAPH_PROMPT, global_task
from quizgen.generation.reparse import names_of
from quizgen.reading import read_article

KLEXIKON = Path(__file__).resolve().parent.parent.parent / "shared" / "devdata" / "articles" / "klexikon"


def _klexikon(nlp, name: str):
    path = KLEXIKON / f"{name}.txt"
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    return analyze(nlp, read_article(path))


def test_aare_paragraphs_get_their_topics_and_one_left_over(nlp):
    """Klexikon's Aare (six paragraphs, no headings): one line per paragraph with a topic, each
    from that paragraph, and a left-over line that fits no paragraph."""
    analysis = _klexikon(nlp, "Aare")
    with names_of(analysis):
        (question,) = global_task(analysis, random.Random(1), topic_lines=True)
    assert question.prompt.startswith(PARAGRAPH_PROMPT) and question.skill == "global"
    assert len(question.options) == len(question.prompt_items) + 1 >= 4
    texts = analysis.article.paragraph_texts()
    numbers = {n: k for k, n in analysis.article.paragraph_numbers().items()}
    for label, line in zip(question.prompt_items, question.answer, strict=True):
        own = texts[numbers[int(label.split()[-1])]].lower()
        assert line.split()[0] not in ("Was", "Wo", "Wohin", "Woher", "Warum", "Wozu", "Wie"), line  # a topic, no question
        words = [w.lower()[:5] for w in line.split() if len(w) > 3 and w not in ("Aare", "Geschichte") and w not in KIND_CUES]
        aspects = [w for w in line.split() if w in KIND_CUES]  # an aspect (session 30: "Der Verlauf"), shown by its cues
        assert any(w in own for w in words) or any(KIND_CUES[w].search(texts[numbers[int(label.split()[-1])]]) for w in aspects), (
            line, label)  # it is about its own paragraph
    (extra,) = set(question.options) - set(question.answer)
    assert f"Übrig bleibt die Zeile „{extra}“: sie passt zu keinem Absatz" in question.explanation


def test_the_sheet_of_a_klexikon_text_starts_with_the_task_and_keeps_its_w_questions(nlp):
    """Badminton (four paragraphs): the sheet's first task matches topic lines to paragraphs, and
    the sheet still asks W-questions beside it (the task takes at most one place of theirs)."""
    from quizgen.pipeline import build_material

    material = build_material(_klexikon(nlp, "Badminton"), Options())
    overall = [q for q in material.questions if q.skill == "global"]
    assert len(overall) == 1 and material.questions[0] is overall[0]
    assert overall[0].prompt.startswith(PARAGRAPH_PROMPT)
    assert sum(q.type == "wh" for q in material.questions) >= 3
