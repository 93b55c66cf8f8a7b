"""Richtig/falsch statements are made again on ordinary sentences (issue 12, session 21): the
opposite of the verb ("nimmt zu" → "nimmt ab")
and of the adjective in what a clause states ("ein wichtiges Naherholungsgebiet",
"einen hohen Wert"), never of the adjective that picks out the subject ("Lange Vokale")."""

from __future__ import annotations

import random
from pathlib import Path

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation.statements import candidates, opposite, true_false
from quizgen.reading import read_article


def _analysis(nlp, tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


def _opposites(nlp, tmp_path: Path, text: str) -> dict[str, str | None]:
    analysis = _analysis(nlp, tmp_path, text)
    return {base.text: (made[0] if (made := opposite(analysis, base)) else None) for base in candidates(analysis)}


VERBS = """Woche

Nach altpersischer Tradition beginnt die Woche mit dem Samstag.
Die Wohnbevölkerung nimmt insgesamt weiter zu.
"""


def test_the_verb_turns_into_its_opposite(nlp, tmp_path):
    """Each verb becomes its opposite in the same form, a separated particle with it."""
    made = set(_opposites(nlp, tmp_path, VERBS).values())
    # not beginnen → enden: the last day is inferred, not read (judged bad in round 21, session 22)
    assert "Nach altpersischer Tradition endet die Woche mit dem Samstag." not in made, made
    assert "Die Wohnbevölkerung nimmt insgesamt weiter ab." in made, made


ATTRIBUTES = """Aare

Die Flusslandschaft entlang der Aare ist ein wichtiges Naherholungsgebiet.
Auf vielen Abschnitten hat die Aare einen hohen Wert für sportliche Aktivitäten.
Lange Vokale können in allen Wortsilben vorkommen.
"""


def test_no_adjective_turns(nlp, tmp_path):
    """Session 25: neither "wichtiges" → "unwichtig" nor "hohen" → "niedrigen" nor "Lange Vokale"
    → "Kurze" (round 23 readers: "Die Flusslandschaft … ist unwichtig" is answered by common sense)."""
    made = _opposites(nlp, tmp_path, ATTRIBUTES)
    assert len(made) == 3 and not any(made.values()), made


def test_a_sheet_gets_one_statement_from_opposites(nlp, tmp_path):
    """A verb turned into its opposite is fair alone, a sheet of them tests spotting words: one."""
    analysis = _analysis(nlp, tmp_path, VERBS + "\nDie Woche hat sieben Tage und wird in vielen Ländern verwendet.\n")
    items = true_false(analysis, extract_facts(analysis), random.Random(7))
    assert sum(q.skill == "statement-opposite" for q in items) == 1, [q.prompt for q in items]
