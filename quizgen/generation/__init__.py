"""Generation: cloze notes, questions with distractors, answer keys.

Public API (used by the pipeline):
    make_clozes(analysis, vocabulary, facts, options) -> tuple[ClozeNote, ...]
    make_questions(analysis, vocabulary, facts, options) -> tuple[Question, ...]
"""

from .cloze import make_clozes
from .questions import make_questions

__all__ = ["make_clozes", "make_questions"]
