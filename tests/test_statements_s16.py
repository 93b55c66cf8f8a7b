"""Statements changed in what they mean (issue 12, session 16): two names of one kind swapped
between their roles, a year the text gives to another event, and "steht nicht im Text" from
what the text says of another person of the topic's kind. Each with a case where nothing
must change."""

from __future__ import annotations

import random
from pathlib import Path

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.statements import (
    _YEAR,
    candidates,
    exchange,
    not_in_text,
    swap,
    true_false,
)
from quizgen.model import FALSE, NOT_IN_TEXT
from quizgen.reading import read_article


def _analysis(nlp, tmp_path_factory, text: str):
    path = Path(tmp_path_factory.mktemp("s16")) / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


def _base(analysis, start: str):
    return next(b for b in candidates(analysis) if b.sentence.text.startswith(start))


TABAK = """Tabak

Tabak ist eine Pflanze. In Europa wurde Tabak aus Amerika vorerst als Medizin verwendet.
Später rauchten viele Menschen Tabak.
"""


def test_two_places_change_roles(nlp, tmp_path_factory):
    analysis = _analysis(nlp, tmp_path_factory, TABAK)
    made = exchange(analysis, _base(analysis, "In Europa"), extract_facts(analysis))
    assert made is not None and made[1] == FALSE
    assert "Amerika" in made[0].split("Europa")[0] and "aus Europa" in made[0]


def test_no_swap_where_another_sentence_names_both(nlp, tmp_path_factory):
    text = TABAK + "Aus Europa kamen später auch Pflanzen nach Amerika.\n"
    analysis = _analysis(nlp, tmp_path_factory, text)
    assert exchange(analysis, _base(analysis, "In Europa"), extract_facts(analysis)) is None


def test_no_swap_with_a_verb_that_says_the_same_both_ways(nlp, tmp_path_factory):
    text = "Rembrandt\n\nRembrandt war ein Maler. Suythof heiratet am Ende Rembrandts Tochter Cornelia.\n"
    analysis = _analysis(nlp, tmp_path_factory, text)
    base = _base(analysis, "Suythof")
    facts = extract_facts(analysis)
    assert exchange(analysis, base, facts) is None and swap(analysis, base) is None


DARWIN = """Galapagosinseln

Die Galapagosinseln liegen im Pazifik. 1835 besuchte Charles Darwin die Galapagosinseln.
1872 gründete Ecuador auf den Inseln eine Strafkolonie.
"""


def test_no_year_statement_even_with_a_year_of_another_event(nlp, tmp_path_factory):
    # readers judged dated statements bad whichever year they swap in (digit spotting): the
    # sheet asks for a date with a W-question
    analysis = _analysis(nlp, tmp_path_factory, DARWIN)
    made = true_false(analysis, extract_facts(analysis), random.Random(0))
    assert not any(_YEAR.search(q.prompt) for q in made)


def test_no_year_statement_when_the_text_dates_nothing_else(nlp, tmp_path_factory):
    text = "Galapagosinseln\n\nDie Galapagosinseln liegen im Pazifik. 1835 besuchte Charles Darwin die Galapagosinseln.\n"
    analysis = _analysis(nlp, tmp_path_factory, text)
    made = true_false(analysis, extract_facts(analysis), random.Random(0))
    assert not any(_YEAR.search(q.prompt) for q in made)


LINDBERGH = """Charles Lindbergh

Charles Lindbergh war ein berühmter Pilot aus den USA. Lindbergh flog allein über den Atlantik.
Später arbeitete er mit dem Arzt Alexis Carrel. Alexis Carrel erfand eine Pumpe für Organe.
"""


def test_not_in_text_from_another_person(nlp, tmp_path_factory):
    analysis = _analysis(nlp, tmp_path_factory, LINDBERGH)
    made = not_in_text(analysis, _base(analysis, "Alexis Carrel"), extract_facts(analysis))
    assert made is not None and made[1] == NOT_IN_TEXT and made[0].startswith("Charles Lindbergh") and "Pumpe" in made[0]


def test_no_not_in_text_when_the_text_may_say_it_of_the_topic(nlp, tmp_path_factory):
    text = LINDBERGH + "Er erfand auch ein Flugzeug.\n"
    analysis = _analysis(nlp, tmp_path_factory, text)
    assert not_in_text(analysis, _base(analysis, "Alexis Carrel"), extract_facts(analysis)) is None
