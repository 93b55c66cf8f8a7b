"""Changed statements with names from other sentences of the text (issue 12, session 22): a
name the text writes with an article ("die Aare", "den Rhein") gives way to another of its kind,
the article made to fit the other name's gender in the phrase's case; of one named thing the
change is "falsch", of some things of a kind or with the other name as the doer none. A judging
adjective before a noun that judges too is not turned ("eine ungefährliche Plage"): the
opposite is said of the subject."""

from __future__ import annotations

from pathlib import Path

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation.statements import (
    _article_for,
    candidates,
    name_genders,
    opposite,
    other_named_phrase,
)
from quizgen.model import FALSE, NOT_IN_TEXT
from quizgen.reading import read_article


def _analysis(nlp, tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


def _named(nlp, tmp_path: Path, text: str) -> dict[str, tuple[str, str] | None]:
    analysis = _analysis(nlp, tmp_path, text)
    facts = extract_facts(analysis)
    return {base.text: (made[0], made[1]) if (made := other_named_phrase(analysis, base, facts)) else None
            for base in candidates(analysis)}


RIVER = """Aare

Die Aare ist der längste Fluss der Schweiz.
Sie hat früher viele Überschwemmungen verursacht.
Bei Koblenz mündet sie in den Rhein.
Zahlreiche Brücken führen über die Aare.
Der Kanton Aargau ist nach der Aare benannt.
Die Aare verläuft in Bern um die Altstadt.
"""


def test_genders_come_from_the_texts_articles(nlp, tmp_path):
    """"die Aare", "der Aare": feminine; "den Rhein": masculine; the article for the other
    name is the one its gender takes in the phrase's case, fused where German fuses it."""
    analysis = _analysis(nlp, tmp_path, RIVER)
    assert name_genders(analysis, "Aare") == {"F"}
    assert name_genders(analysis, "Rhein") == {"M"}
    assert _article_for("nach", ("dat",), {"M"}) == "nach dem"
    assert _article_for("in", ("dat",), {"M"}) == "im"
    assert _article_for("in", ("dat", "acc"), {"M"}) is None  # the case is not sure


def test_another_river_in_place_of_the_named_one(nlp, tmp_path):
    """Of one named thing the other name is falsch, the article fitted ("nach der Aare" →
    "nach dem Rhein"); of some bridges, or with the other river as the doer, nothing (round-21
    readers judged "steht nicht im Text" there a trick: test_statements2_s22)."""
    made = {m for m in _named(nlp, tmp_path, RIVER).values() if m}
    assert ("Der Kanton Aargau ist nach dem Rhein benannt.", FALSE) in made, made
    assert not any(answer == NOT_IN_TEXT for _, answer in made), made


def test_where_a_river_runs_is_not_given_to_another(nlp, tmp_path):
    """"Der Rhein verläuft in Bern …" is decided by the map, not by the text."""
    made = _named(nlp, tmp_path, RIVER)
    assert not any(m and m[0].startswith("Der Rhein verläuft") for m in made.values()), made


PLAGUE = """Galapagosinseln

Die eingeschleppte Fruchtfliege Ceratitis capitata ist eine gefährliche Plage, denn sie kann sehr viele verschiedene Kulturarten befallen.
"""


def test_a_judging_noun_keeps_its_adjective(nlp, tmp_path):
    """"eine ungefährliche Plage" contradicts itself (judged bad), "ist ungefährlich" is answered
    by common sense (round 23): no judging adjective turns since session 25."""
    analysis = _analysis(nlp, tmp_path, PLAGUE)
    made = [made[0] for base in candidates(analysis) if (made := opposite(analysis, base))]
    assert made == [], made



PLACES = """London

In der Canary Wharf entstand ein ausgedehnter Hochhauskomplex.
Die Angelsachsen gründeten eine Siedlung an der Themse.
Von den Angelsachsen stammt der Name.
"""


def test_a_plural_name_does_not_stand_in_for_a_singular_one(nlp, tmp_path):
    """"in den Angelsachsen" for "in der Canary Wharf": a people for a quarter, though the
    dative article would fit."""
    analysis = _analysis(nlp, tmp_path, PLACES)
    assert "P" in name_genders(analysis, "Angelsachsen")
    made = {m for m in _named(nlp, tmp_path, PLACES).values() if m}
    assert not any("Angelsachsen" in m[0] for m in made), made
