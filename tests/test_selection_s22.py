"""Of two W-questions on one sentence the one that repeats less of it ranks higher (readers of every
round: a question answered by matching words)."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.generation.selection import COPYING_GAP, _copying
from quizgen.model import Article, Question

TEXT = "In Bern, der Hauptstadt der Schweiz, macht der Fluss einen Bogen um die Altstadt herum."


def _question(prompt: str, answer: str) -> Question:
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=0, evidence=TEXT)


def test_the_question_that_copies_more_of_its_sentence_ranks_lower(nlp):
    analysis = analyze(nlp, Article(title="Aare", text=TEXT, source="t", stem="t", paragraphs=((0, len(TEXT)),)))
    where = _question("Wo macht die Aare einen Bogen um die Altstadt herum?", "in Bern")
    what = _question("Was macht die Aare in Bern?", "einen Bogen um die Altstadt")
    penalties = _copying([where, what], analysis)
    assert penalties.get(id(where), 0.0) > 0.0
    assert id(what) not in penalties


def test_questions_that_copy_alike_keep_their_rank(nlp):
    analysis = analyze(nlp, Article(title="Aare", text=TEXT, source="t", stem="t", paragraphs=((0, len(TEXT)),)))
    one = _question("Wo macht die Aare einen Bogen um die Altstadt herum?", "in Bern")
    other = _question("Was macht die Aare in Bern um die Altstadt herum?", "einen Bogen")
    assert COPYING_GAP > 0 and _copying([one, other], analysis) == {}
