"""Session 31 (lead): a content multiple choice takes no wrong option from another question's
answer that points back with a pronoun ("Warum wurde Kasachstan ein unabhängiger Staat?" had
"Weil er zu wenig neues Wasser bekommt", the Aralsee's answer, whose "er" the option loses)."""

from __future__ import annotations

import re

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.pipeline import build_material
from quizgen.reading import read_article

POINTING = re.compile(r"\b(?:er|ihn|ihm|sie|es|dieser|diese|dieses|seine[nmrs]?|ihre[nmrs]?)\b", re.IGNORECASE)


def test_no_wrong_option_points_back_to_what_it_lost(nlp, devdata):
    analysis = analyze(nlp, read_article(devdata / "articles" / "klexikon" / "Kasachstan.txt"))
    questions = build_material(analysis, Options()).questions
    choices = [q for q in questions if q.type == "multiple_choice" and q.focus == "content"]
    assert choices
    wrong = [option for q in choices for option in q.options if option != q.answer]
    assert not [option for option in wrong if POINTING.search(option)], wrong
