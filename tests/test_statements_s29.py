"""Session 29: richtig / falsch on every sheet — a negation as one change, an object with a relative
clause of "some" kept, short true statements, and the negations still refused."""

from __future__ import annotations

import random

import pytest
from test_statements_recovered import _analysis

from quizgen.extraction.facts import extract_facts
from quizgen.generation.paraphrase import is_verbatim
from quizgen.generation.statements import NEGATIONS, candidates, negated, true_false
from quizgen.model import FALSE, TRUE


def _denials(nlp, tmp_path, text: str) -> dict[str, str | None]:
    """Each statement the text gives → its negation (None: refused)."""
    analysis = _analysis(nlp, tmp_path, text)
    found = {}
    for base in candidates(analysis):
        made = negated(analysis, base)
        found[base.text] = made[0] if made else None
        assert made is None or made[1] == FALSE
    return found


SCHINDLER = ("Oskar Schindler\n\nOskar Schindler wurde in Zwittau geboren. Er war ein bekannter Unternehmer. "
             "Er kaufte eine Fabrik in Krakau. Er wuchs bei seinen Eltern auf.\n")


def test_negation_of_a_restated_statement(nlp, tmp_path):
    """"kein" for an indefinite predicative or object, "nicht" before the verbs at the end; the
    statement restated (the name for "er", the Perfekt)."""
    denials = _denials(nlp, tmp_path, SCHINDLER)
    made = {v for v in denials.values() if v}
    assert made & {"Oskar Schindler war kein bekannter Unternehmer.", "Oskar Schindler hat keine Fabrik in Krakau gekauft."}, denials


def test_no_negation_of_a_copy(nlp, tmp_path):
    """Round 26: "Der Kanton Aargau ist nicht nach der Aare benannt" — a text sentence with "nicht"
    put in is found by matching (bad)."""
    denials = _denials(nlp, tmp_path, "Aare\n\nDer Kanton Aargau ist nach der Aare benannt. Kreta gehört zu Griechenland.\n")
    assert all(value is None for value in denials.values()), denials


@pytest.mark.parametrize("sentence", [
    "Badminton stellt hohe Ansprüche an die Reflexe.",  # "keine hohen Ansprüche": the adjective's ending changes
    "Mit einer härteren Bespannung können Schläge präziser ausgeführt werden.",  # an adverb takes the place
    "Kim Jong Un besuchte nur eine Fabrik für Raketen.",  # "nicht nur": a focus word shares the scope
    "Die Aare verursacht nicht mehr viele Überschwemmungen.",  # negated already
    "Viele Menschen leben in der Hauptstadt Iraklion.",  # a quantifier: "nicht viele" is not the opposite
])
def test_negation_refused_where_its_scope_is_unclear(nlp, tmp_path, sentence):
    denials = _denials(nlp, tmp_path, f"Text\n\n{sentence}\n")
    assert all(value is None for value in denials.values()), denials


def test_an_object_of_some_keeps_its_statement_without_the_relative_clause(seed_analysis, nlp, tmp_path):
    """"besuchte er Munitionsfabriken, die … herstellen" → he visited munitions factories (true);
    a superlative antecedent still restricts ("der wasserreichste Fluss, der in den Rhein strömt")."""
    texts = [base.text for base in candidates(seed_analysis)]
    assert any("Munitionsfabriken" in t and "Kim Jong Un" in t and "Raketen" not in t for t in texts), texts
    text = ("Aare\n\nDie Aare ist ein Fluss in der Schweiz. "
            "Sie ist außerdem der wasserreichste Fluss, der in den Rhein strömt.\n")
    texts = [base.text for base in candidates(_analysis(nlp, tmp_path, text))]
    assert not any("wasserreichste" in t for t in texts), texts


def test_seed_gets_a_statement_task(seed_analysis):
    """The seed had no statement until session 28; now a changed one first, and a true one only
    where it is restated (session 30: no copy is a true statement)."""
    questions = true_false(seed_analysis, extract_facts(seed_analysis), random.Random(1))
    assert questions and questions[0].answer == FALSE
    assert all(not is_verbatim(q.prompt, q.evidence) for q in questions if q.answer == TRUE)
    assert sum(q.skill == "statement-negation" for q in questions) <= NEGATIONS
    denied = next(q for q in questions if q.skill == "statement-negation")
    assert "keine Munitionsfabriken" in denied.prompt


def test_a_long_copy_is_still_no_true_statement(nlp, tmp_path):
    text = ("Tabak\n\nDie Tabakpflanzen werden auf großen Feldern in vielen warmen Ländern der Erde angebaut und geerntet. "
            "Tabak ist eine Pflanze aus Amerika.\n")
    analysis = _analysis(nlp, tmp_path, text)
    for q in true_false(analysis, extract_facts(analysis), random.Random(1)):
        assert q.answer != TRUE or len(q.prompt.split()) <= 7 or q.prompt.rstrip(".") not in q.evidence, q.prompt


@pytest.mark.parametrize(("sentence", "affirmed"), [
    ("Sie war nicht reich.", "Harriet Tubman war reich."),
    ("Sie konnte nicht nur lesen, sondern auch schreiben.", None),  # "nicht nur … sondern"
])
def test_the_texts_nicht_taken_out(nlp, tmp_path, sentence, affirmed):
    """A false statement without "nicht": the sheet's "nicht" is no sign of falsch."""
    denials = _denials(nlp, tmp_path, f"Harriet Tubman\n\nHarriet Tubman wurde in Maryland geboren. {sentence}\n")
    if affirmed is None:
        assert all(value is None for value in denials.values()), denials
    else:
        assert affirmed in denials.values(), denials


def test_no_statement_closes_with_nicht_after_its_predicative(nlp, tmp_path):
    """Round 27: "Sicher ist man sich nicht." was restated as "Man ist sich sicher nicht." (a true
    statement, ungrammatical); a plain verb may still end its statement with "nicht"."""
    text = ("Hamburger\n\nEin Hamburger ist ein Brötchen mit Fleisch. Woher der Name kommt, weiß niemand genau. "
            "Sicher ist man sich nicht. Viele Menschen essen gern Hamburger.\n")
    analysis = _analysis(nlp, tmp_path, text)
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    made = [base.text for base in candidates(analysis)] + [q.prompt for q in questions]
    assert not any(p.rstrip(".").endswith("sicher nicht") for p in made), made
    from quizgen.generation.statements import _negation_after_predicative, reparse

    assert _negation_after_predicative(reparse("Man ist sich sicher nicht."))
    assert _negation_after_predicative(reparse("Eine Zeiteinheit ist eine Woche nicht."))
    assert not _negation_after_predicative(reparse("Der Zug kam nicht."))
