"""Classes of personal pronouns a careful reader resolves with certainty and the resolver left
open (issue 12: a pronoun's clause is asked about only when the pronoun resolves), each on the
real sentences of a dev article."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.reference import resolve
from quizgen.model import Analysis, Article
from quizgen.reading import read_article


@pytest.fixture(scope="module")
def lindbergh(nlp, devdata) -> Analysis:
    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Charles_Lindbergh.txt"))


def _referent(analysis: Analysis, opening: str, nth: int = 0) -> str | None:
    """What the ``nth`` "er" of the sentence that begins with ``opening`` resolves to."""
    sentence = next(s for s in analysis.sentences if s.text.startswith(opening))
    pronouns = [t for t in sentence.tokens if t.text.lower() == "er"]
    return resolve(analysis, sentence.index, pronouns[nth].i)


def test_a_clause_after_its_main_clause_points_back_not_ahead(lindbergh):
    # "sondern nur Fallschirmsprünge unternahm" is no subject the "er" before it could mean
    assert _referent(lindbergh, "Einige Monate lang tat sich Lindbergh") == "Charles Lindbergh"


def test_a_thing_in_a_clause_aside_does_not_break_the_persons_chain(lindbergh):
    # the chain goes on past "Fallschirmsprünge" (the subject of a clause beside Lindbergh's)
    assert _referent(lindbergh, "Danach kaufte er sich ein eigenes Flugzeug") == "Charles Lindbergh"
    assert _referent(lindbergh, "Danach kaufte er sich ein eigenes Flugzeug", 1) == "Charles Lindbergh"
    assert _referent(lindbergh, "Nach anfänglichen Schwierigkeiten machte er") == "Charles Lindbergh"


@pytest.fixture(scope="module")
def schindler(nlp, devdata) -> Analysis:
    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Oskar_Schindler.txt"))


def test_a_copula_whose_predicative_names_a_person_has_a_person_for_subject(schindler):
    # "ein begeisterter Motorradfahrer" says the "er" is a person: the Gottesdienst before is no rival
    assert _referent(schindler, "In den Jahren 1926 bis 1929 war er") == "Oskar Schindler"
    assert _referent(schindler, "Im Alter von 19 Jahren (1928) heiratete er") == "Oskar Schindler"


def test_a_surname_the_recogniser_missed_is_the_person_it_names(schindler):
    # "Oskar Schindler" was named before; the lone "Schindler" the recogniser left out is him
    assert _referent(schindler, "Von November 1945 bis Mai 1950 wohnte er") == "Oskar Schindler"
    assert _referent(schindler, "Dann ließ er sich eine Zeit lang in San Vicente", 1) == "Oskar Schindler"


def _paragraph(nlp, devdata, words: str) -> Analysis:
    """The MLQA paragraph that holds ``words``, analysed as ``scripts/eval_qa.py`` reads it."""
    from pathlib import Path

    from quizgen.qa_evaluation import read_squad

    paragraphs = read_squad(Path(devdata) / "qa" / "mlqa-de-dev.squad.json")
    text = next(p.context for p in paragraphs if words in p.context)
    return analyze(nlp, Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),)))


def test_a_subordinate_clauses_subject_pronoun_is_its_main_clauses_named_subject(nlp, devdata):
    cameron = _paragraph(nlp, devdata, "kündigte Cameron das erste Mal offiziell an")
    assert _referent(cameron, "Im August 1996 kündigte Cameron") == "Cameron"
    assert _referent(cameron, "Im September 2006 gab Cameron bekannt") == "Cameron"
