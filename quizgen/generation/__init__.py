"""Generation: cloze notes, questions with distractors, answer keys.

Public API (used by the pipeline):
    make_clozes(analysis, vocabulary, facts, options) -> tuple[ClozeNote, ...]
    make_questions(analysis, vocabulary, facts, options) -> tuple[Question, ...]
    estimate_level(analysis, vocabulary) -> str
"""
