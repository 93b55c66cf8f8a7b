"""Richtig/falsch statements a teacher would set (issue 12, sessions 23 and 25): an approximate
number changed in its figure alone ("etwa 600.000 Einwohner" → "etwa 60.000 Einwohner"), a
point of the compass or a comparative turned, no quantity nor gradable adjective turned
("viele" → "nur wenige", "riesig" → "winzig": common sense answers them)."""

from __future__ import annotations

import random
from pathlib import Path

from test_statements_s22 import _analysis

from quizgen.extraction import extract_facts
from quizgen.generation.statements import (
    candidates,
    number_or_time,
    opposite,
    true_false,
)
from quizgen.model import FALSE


def _opposites(nlp, tmp_path: Path, text: str) -> dict[str, tuple[str, str] | None]:
    """Each statement's opposite (falsch), None where it has none."""
    analysis = _analysis(nlp, tmp_path, text)
    return {base.text: (made[0], made[1]) if (made := opposite(analysis, base)) else None
            for base in candidates(analysis)}


def test_no_quantity_nor_gradable_adjective_is_turned(nlp, tmp_path):
    """Since session 25 "viele" → "nur wenige" and "riesig" → "winzig" are not made: round 23
    readers judged such traps edit or bad, common sense answers them."""
    made = _opposites(nlp, tmp_path, """Scheune

Eine Scheune ist ein Gebäude auf einem Bauernhof.
Moderne Scheunen sind oft riesig.
Zahlreiche Scheunen stehen im Norden.
""")
    assert made["Moderne Scheunen sind oft riesig."] is None
    assert made["Zahlreiche Scheunen stehen im Norden."] == ("Zahlreiche Scheunen stehen im Süden.", FALSE)


def test_a_comparative_with_als_is_turned(nlp, tmp_path):
    made = _opposites(nlp, tmp_path, """Aare

Die Aare ist ein Fluss in der Schweiz.
Die Aare ist länger als die Reuss.
""")
    assert made["Die Aare ist länger als die Reuss."] == ("Die Aare ist kürzer als die Reuss.", FALSE)


def test_an_approximate_number_changed_in_its_figure(nlp, tmp_path):
    """"etwa 600.000 Einwohner": the degree word stays, the figure changes by a factor a reader
    tells apart (ten), not by one digit."""
    analysis = _analysis(nlp, tmp_path, """Kreta

Kreta ist eine Insel im Mittelmeer.
Die Insel hat etwa 600.000 Einwohner.
""")
    facts = extract_facts(analysis)
    base = next(b for b in candidates(analysis) if "Einwohner" in b.text)
    made = number_or_time(analysis, base, facts, random.Random(1))
    assert made is not None and made[1] == FALSE
    assert made[0] in ("Kreta hat etwa 60.000 Einwohner.", "Kreta hat etwa 6.000.000 Einwohner.")


def test_two_predicates_across_a_comma_make_no_statement(nlp, tmp_path):
    """"können also fehlerhaft sein, aber auch veralten": read as one clause, its statement
    ran the two together ("Informationen können fehlerhaft sein veralten")."""
    analysis = _analysis(nlp, tmp_path, """Information

Information ist Wissen über die Welt.
Informationen können also fehlerhaft sein, aber auch veralten.
""")
    assert not any("veralten" in base.text for base in candidates(analysis))


def test_a_relative_clause_states_its_fact_about_the_named_head(nlp, tmp_path):
    """"London ist eine Stadt, die viele reiche Menschen anzieht" → "London zieht viele reiche
    Menschen an": the relative clause's fact said of the name, in other words than the sentence;
    a relative clause on a common noun restricts it and makes no statement."""
    analysis = _analysis(nlp, tmp_path, """London

London ist die Hauptstadt von Großbritannien.
London ist eine Stadt, die viele reiche Menschen anzieht.
Die Blüten, die nachts blühen, locken Motten an.
""")
    texts = [base.text for base in candidates(analysis)]
    assert "London zieht viele reiche Menschen an." in texts
    assert not any(text.startswith("Die Blüten blühen") for text in texts)


def test_a_title_spelt_without_umlauts_still_names_the_noun(nlp, tmp_path):
    """A title from a file name ("Bluete") names "die Blüte": the statement needs no referent."""
    analysis = _analysis(nlp, tmp_path, """Bluete

Die Blüte ist ein Teil einer Pflanze.
""")
    assert "Die Blüte ist ein Teil einer Pflanze." in [base.text for base in candidates(analysis)]


def test_no_turned_quantity_on_the_sheet(nlp, tmp_path):
    """Two "nur wenige" on one sheet made the words the sign of a false statement; since session
    25 none (round 23 readers: "viele" → "nur wenige" is answered without reading)."""
    analysis = _analysis(nlp, tmp_path, """London

London ist die Hauptstadt von Großbritannien.
Die meisten Londoner sind Protestanten.
London ist eine Stadt, die viele reiche Menschen anzieht.
Zahlreiche Brücken führen über die Themse.
""")
    items = true_false(analysis, extract_facts(analysis), random.Random(1))
    assert not any("nur wenige" in q.prompt.lower() for q in items), [q.prompt for q in items]


def test_a_von_phrase_glued_to_the_name_makes_no_subject(nlp, tmp_path):
    """"Später erhielt Schindler von der Bundesrepublik Deutschland einen Verdienst-Orden": the
    rules read "Schindler von der Bundesrepublik Deutschland" as the subject, and the statement
    said so ("Schindler von der Bundesrepublik Deutschland hat … erhalten", printed as richtig)."""
    analysis = _analysis(nlp, tmp_path, """Oskar Schindler

Oskar Schindler war ein deutscher Unternehmer.
Später erhielt Schindler von der Bundesrepublik Deutschland einen Verdienst-Orden.
""")
    assert not any("Schindler von der" in base.text for base in candidates(analysis))
