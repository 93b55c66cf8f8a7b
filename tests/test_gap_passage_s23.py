"""The Lückentext is printed from the text between its first and last sentence: no heading of the
article may stand inside it, where it would give away the answer of the heading task ("… Stromsysteme.
Gliederung Den Weg aus den Alpen …" on Aare (Wikipedia), judged in round 22; session 23, issue 12)."""

from __future__ import annotations

import random

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.generation.questions import gap_fill
from quizgen.reading import read_article


def test_no_gap_passage_runs_across_a_heading(nlp, devdata):
    analysis = analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Aare.txt"))
    article = analysis.article
    headings = [article.text[slice(*article.paragraphs[index])].strip() for index in article.headings]
    passages = gap_fill(analysis, extract_vocabulary(analysis, Options()), random.Random(0))
    assert passages, "the article has passages dense enough for a Lückentext"
    for passage in passages:
        inside = [h for h in headings if f". {h} " in passage.prompt]
        assert not inside, (inside, passage.prompt[:200])
