"""Richtig/falsch that needs reading (issue 12, session 25): what the text says held "früher"
said of today (falsch), a time-bound statement keeps its "früher", and no antonym trap a reader
answers by common sense ("Moderne Scheunen sind oft winzig")."""

from __future__ import annotations

import random
from pathlib import Path

from test_statements_s22 import _analysis

from quizgen.extraction import extract_facts
from quizgen.generation.statements import _timed, candidates, then_now, true_false
from quizgen.model import FALSE

AARE = """Aare

Die Aare ist ein Fluss in der Schweiz.
Unterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland.
Sie hat viele Überschwemmungen verursacht.
Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr.
"""


def _base(analysis, text: str):
    return next(base for base in candidates(analysis) if base.text == text)


def test_what_held_earlier_said_of_today_is_false(nlp, tmp_path):
    analysis = _analysis(nlp, tmp_path, AARE)
    made = then_now(analysis, _base(analysis, "Die Aare hat viele Überschwemmungen verursacht."))
    assert made is not None
    assert made[:2] == ("Die Aare verursacht heute viele Überschwemmungen.", FALSE)
    assert "schlängelte sich die Aare früher wild" in made[2]  # the key shows where the text says "früher"


def test_a_statement_of_earlier_times_keeps_its_frueher(nlp, tmp_path):
    analysis = _analysis(nlp, tmp_path, AARE)
    base = _base(analysis, "Die Aare hat viele Überschwemmungen verursacht.")
    assert _timed(analysis, base, base.text) == "Die Aare hat früher viele Überschwemmungen verursacht."


def test_a_statement_of_the_present_is_not_turned_into_then_and_now(nlp, tmp_path):
    analysis = _analysis(nlp, tmp_path, """Scheune

Eine Scheune ist ein Lagerraum auf einem Bauernhof.
Moderne Scheunen sind oft riesig.
Zahlreiche Scheunen stehen frei auf dem Bauernhof.
""")
    assert all(then_now(analysis, base) is None for base in candidates(analysis))
    statements = true_false(analysis, extract_facts(analysis), random.Random(0))
    assert not any(word in q.prompt for q in statements for word in ("winzig", "klein", "wenige", "selten"))


def test_no_quantity_turned_round(nlp, tmp_path: Path):
    analysis = _analysis(nlp, tmp_path, AARE)
    statements = true_false(analysis, extract_facts(analysis), random.Random(0))
    assert statements and not any("wenige" in q.prompt for q in statements)


def test_the_praeteritum_and_the_passive_turn_to_the_present(nlp, tmp_path):
    """"Früher" becomes "heute" and the finite verb its present, a passive's "wurde" "wird"."""
    analysis = _analysis(nlp, tmp_path, """Tabak

Tabak ist eine Pflanze aus Amerika.
Früher wurde Tabak in Europa als Medizin verwendet.
Früher fuhren Schiffe auf der Aare bis nach Basel.
""")
    made = {made[0] for base in candidates(analysis) if (made := then_now(analysis, base))}
    assert made == {"Heute wird Tabak in Europa als Medizin verwendet.", "Heute fahren Schiffe auf der Aare bis nach Basel."}
