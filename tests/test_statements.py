"""Richtig / falsch / steht nicht im Text from whole clauses, and the paraphrase helpers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.paraphrase import finite_form, is_verbatim, well_formed
from quizgen.generation.statements import (
    added_time,
    candidates,
    negation,
    opposite,
    true_false,
    verbatim_share,
)
from quizgen.model import FALSE, NOT_IN_TEXT, TRUE
from quizgen.reading import read_article

TEXT = """Ein Ausflug

Die Lehrerin besuchte am Montag mit der Klasse eine Fabrik in Hamburg. Die Fabrik stellt Fahrräder für Kunden in ganz Europa her.

Kreta ist eine Insel im Mittelmeer. Die Insel hat etwa 600.000 Einwohner. Oskar Schindler war ein deutscher Unternehmer.

Die Klasse fuhr am Nachmittag mit dem Bus zurück zur Schule. Er sagte: „Ich bin müde.“ Danach schrieben die Kinder einen Bericht über den Besuch.
"""


@pytest.fixture(scope="module")
def analysis(nlp, tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("statements")) / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = analyze(nlp, read_article(path))
    if not any(sentence.clauses for sentence in result.sentences):
        pytest.skip("the clause parser (analysis/topology.py) gives no clauses yet")
    return result


def test_is_verbatim():
    sentence = "Pjöngjang hat mehr als 100 Raketentests durchgeführt, von denen viele als Reaktion galten."
    assert is_verbatim("Pjöngjang hat mehr als 100 Raketentests durchgeführt.", sentence)
    assert not is_verbatim("Von Pjöngjang wurden mehr als 100 Raketentests durchgeführt.", sentence)
    assert not is_verbatim("Mehr als 100 Raketentests hat Pjöngjang durchgeführt.", sentence)


def test_finite_forms_follow_number_and_tense():
    assert finite_form("beschuldigen", "Sing", past=False) == ("beschuldigt", "")
    assert finite_form("beschuldigen", "Plur", past=False) == ("beschuldigen", "")
    assert finite_form("auffordern", "Sing", past=True) == ("forderte", "auf")
    assert finite_form("haben", "Plur", past=False) == ("haben", "")


def test_statements_are_self_contained(analysis):
    bases = candidates(analysis)
    assert bases
    texts = [base.text for base in bases]
    for text in texts:
        words = text.lower().rstrip(".").split()
        assert not {"er", "sie", "ich", "danach", "dort"} & set(words), text
        assert "„" not in text
    assert not any(base.sentence.text.startswith("Er sagte") for base in bases)  # first-person quote


def test_negation_is_placed_and_uses_kein(analysis):
    negated = [made[0] for base in candidates(analysis) if (made := negation(analysis, base)) is not None]
    assert negated
    for prompt in negated:
        assert "nicht ein" not in prompt  # "kein", not "nicht ein"
        assert " nicht " in f" {prompt} " or " kein" in prompt
    assert any(p in negated for p in ("Kreta ist keine Insel im Mittelmeer.", "Oskar Schindler war kein deutscher Unternehmer.",
                                      "Die Klasse fuhr am Nachmittag nicht mit dem Bus zurück zur Schule."))


def test_negations_are_at_most_a_third_of_the_changes(analysis):
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    changed = [q for q in questions if q.answer != TRUE]
    assert changed
    assert 3 * sum(q.skill == "statement-negation" for q in changed) <= len(changed)


def test_about_half_changed_and_alternating(analysis):
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    answers = [q.answer for q in questions]
    assert answers[0] != TRUE
    for n in range(1, len(answers) + 1):
        assert 2 * sum(a != TRUE for a in answers[:n]) >= n
    assert all(q.skill.startswith("statement-") for q in questions)
    assert all(q.explanation.startswith(("Richtig", "Falsch", "Steht nicht")) for q in questions)
    assert all(q.answer in (TRUE, FALSE, NOT_IN_TEXT) for q in questions)


def test_deterministic(analysis):
    facts = extract_facts(analysis)
    assert true_false(analysis, facts, random.Random(5)) == true_false(analysis, facts, random.Random(5))


def test_seed_statements(seed_analysis):
    if not any(sentence.clauses for sentence in seed_analysis.sentences):
        pytest.skip("the clause parser gives no clauses yet")
    questions = true_false(seed_analysis, extract_facts(seed_analysis), random.Random(1))
    for question in questions:
        # a swap re-inflects the verb: "Nordkorea hat die Vereinigten Staaten beschuldigt", never "Nordkorea haben"
        assert not question.prompt.startswith("Nordkorea haben")
        if question.answer == NOT_IN_TEXT:
            assert question.skill == "statement-absent"
    assert verbatim_share(questions) >= 0.5 or not questions


def test_round_trip_rejects_broken_statements():
    # a lost separable particle, a doubled verb, a verb without what it needs, a lost "so"
    assert not well_formed("Schindler trat der nationalsozialistischen Partei.", "beitreten")
    assert well_formed("Schindler trat der Partei bei.", "beitreten")
    assert not well_formed("Im Jahr wurde Oskar Schindler 1908 in Zwittau geboren wurde.", "gebären")
    assert not well_formed("Der Schneeleopard befindet sich.", "befinden")
    assert not well_formed("Kasachstan ist etwa achtmal groß wie Deutschland.", "sein")
    assert not well_formed("Die Stadt wurde zwar neu gegründet.", "gründen")
    assert well_formed("Oskar Schindler wuchs in Zwittau auf.", "aufwachsen")


OPPOSITES = """Zwei Städte

Die Stadt liegt im Westen des Landes. Die Winter sind dort mild. Der Fluss ist länger als der Rhein.
"""


def test_opposites_make_false_statements(nlp, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(OPPOSITES, encoding="utf-8")
    result = analyze(nlp, read_article(path))
    made = {m[0] for base in candidates(result) if (m := opposite(result, base)) is not None}
    assert "Die Stadt liegt im Osten des Landes." in made
    assert "Der Fluss ist kürzer als der Rhein." in made
    assert all(m.count(" ") >= 3 for m in made)


def test_an_added_weekday_is_not_in_the_text(analysis):
    facts = extract_facts(analysis)
    found = [m for base in candidates(analysis) if (m := added_time(analysis, base, facts, random.Random(2)))]
    # the text names a weekday ("am Montag"), so no weekday may be added anywhere
    assert found == []


def test_statements_never_start_a_coordination_without_its_subject(nlp, tmp_path):
    text = ("Die Steuern\n\nMan fand es unfair, dass die Vororte vom Verkehr profitierten, aber keine Steuern an die "
            "Stadt zahlen mussten. Die Stadt hat über acht Millionen Einwohner.\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = analyze(nlp, read_article(path))
    assert not any("Steuern" in base.text for base in candidates(result))
