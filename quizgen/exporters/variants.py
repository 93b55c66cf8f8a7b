"""Versions A, B, … of one worksheet (``--variants N``), for a class that sits side by side.

Every version holds the same questions; B, C and D shuffle the order of the questions within
each task and the order of the options (multiple choice, the right column of a matching, the
word box, the events to put in order). Version A is the sheet as built, so that it keeps the
teacher's order (statements in the order of the text). The shuffles are seeded from
``--seed`` and the version's letter: the same on every run, different for each version (a
version that would repeat an earlier one is drawn again). Each version is a whole
``Material``, so its key is rendered from the same data as its sheet and always matches it.
"""

from __future__ import annotations

import random
from dataclasses import replace

from ..model import Material, Question
from .comprehension import is_gist, is_global, is_word_choice

VERSION_LETTERS = "ABCD"
ATTEMPTS = 50


def task_of(question: Question) -> str:
    """The worksheet task a question is printed in (questions move only within their task)."""
    if is_gist(question):
        return "gist"
    if is_global(question):
        return "global"
    if is_word_choice(question):
        return "word_choice"
    return question.type


def shuffled_question(question: Question, rng: random.Random) -> Question:
    """The question with its options (and, where they carry no order, its items) shuffled."""
    options = list(question.options)
    if question.type in ("multiple_choice", "matching"):
        rng.shuffle(options)
    items = list(question.prompt_items)
    answer = question.answer
    if question.type == "matching" and not is_global(question) and not isinstance(answer, str):
        pairs = list(zip(items, answer, strict=False))
        rng.shuffle(pairs)  # an item keeps its answer; the paragraphs of the global task keep their order
        items, answer = [item for item, _ in pairs], tuple(right for _, right in pairs)
    if question.type == "ordering":
        rng.shuffle(items)  # the answer is the text's order, which does not change
    bank = list(question.word_bank)
    rng.shuffle(bank)
    return replace(question, options=tuple(options), prompt_items=tuple(items), answer=answer, word_bank=tuple(bank))


def shuffled_questions(questions: tuple[Question, ...], rng: random.Random) -> tuple[Question, ...]:
    """Questions shuffled within each task; the tasks keep their place in the sequence."""
    groups: dict[str, list[Question]] = {}
    for question in questions:
        groups.setdefault(task_of(question), []).append(question)
    for group in groups.values():
        rng.shuffle(group)
    taken = {task: iter(group) for task, group in groups.items()}
    return tuple(shuffled_question(next(taken[task_of(question)]), rng) for question in questions)


def signature(questions: tuple[Question, ...]) -> tuple[tuple[object, ...], ...]:
    """What a learner sees of a version's order: question order and option orders."""
    return tuple((q.id, q.options, q.prompt_items, q.word_bank) for q in questions)


def variant_materials(material: Material, count: int, seed: int) -> list[tuple[str, Material]]:
    """(letter, material) for versions A … (``count`` of them, at most four)."""
    versions = [("A", material)]
    seen = {signature(material.questions)}
    for letter in VERSION_LETTERS[1:count]:
        rng = random.Random(f"quizgen-version:{seed}:{letter}")
        questions = material.questions
        for _ in range(ATTEMPTS):  # a short sheet may have few orders; then a repeat is allowed
            questions = shuffled_questions(material.questions, rng)
            if signature(questions) not in seen:
                break
        seen.add(signature(questions))
        versions.append((letter, replace(material, questions=questions)))
    return versions
