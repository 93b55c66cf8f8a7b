"""Statements the filters used to lose on short texts (issue 12 §2, the MLQA paragraphs): a
clause that opens with "Dort" or "Zum selben Zeitpunkt", a true statement that could only be a
copy, a text whose statements allow only a negation; and "steht nicht im Text" built from
another person of the text instead of an inserted weekday."""

from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.paraphrase import is_verbatim
from quizgen.generation.statements import absent_actor, candidates, other_entity, true_false
from quizgen.model import FALSE, NOT_IN_TEXT, TRUE
from quizgen.reading import read_article

RESEARCHERS = """Zwei Forscher

Anna Weber studierte in Wien Chemie. Paul Krause gründete 1950 eine Firma in Hamburg. Paul Krause ging nach Berkeley.
Dort entdeckte Krause 1940 ein neues Isotop. Anna Weber kehrte 1960 nach Berlin zurück. Der Vater von Anna Weber wurde 1938 verhaftet.
"""


def _analysis(nlp, tmp_path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = analyze(nlp, read_article(path))
    if not any(sentence.clauses for sentence in result.sentences):
        pytest.skip("the clause parser gives no clauses")
    return result


def test_a_past_event_is_restated_in_the_perfect(nlp, tmp_path):
    """A clause the text tells in the Präteritum is restated in the Perfekt, not copied: active
    with haben or sein as the verb takes it, a separable verb whole again, a passive with "worden"."""
    texts = [base.text for base in candidates(_analysis(nlp, tmp_path, RESEARCHERS))]
    assert "Anna Weber hat in Wien Chemie studiert." in texts
    assert "Anna Weber ist 1960 nach Berlin zurückgekehrt." in texts
    assert "Der Vater von Anna Weber ist 1938 verhaftet worden." in texts
    assert not any(is_verbatim(text, RESEARCHERS) for text in texts), texts


def test_a_pointing_adverb_of_an_event_is_left_out(nlp, tmp_path):
    """"Dort entdeckte Krause 1940 …": without "dort" the event stays true; the statement names
    no place the sheet does not show."""
    texts = [base.text for base in candidates(_analysis(nlp, tmp_path, RESEARCHERS))]
    isotope = [text for text in texts if "Isotop" in text]
    assert isotope and not any("dort" in text.lower().split() for text in isotope), texts


def test_a_state_keeps_its_pointing_adverb_and_is_not_stated(nlp, tmp_path):
    """"Die Winter sind dort mild" without "dort" would be a general claim the text never makes."""
    texts = [base.text for base in candidates(_analysis(nlp, tmp_path, "Bonn\n\nBonn liegt am Rhein. Die Winter sind dort mild.\n"))]
    assert not any("Winter" in text for text in texts), texts


def test_changed_statements_are_told_in_the_tense_of_the_true_ones(nlp, tmp_path):
    """Were the true statements in the Perfekt and the changed ones in the text's Präteritum,
    the tense alone would give the answer."""
    analysis = _analysis(nlp, tmp_path, RESEARCHERS)
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    assert {q.answer for q in questions} >= {TRUE, FALSE}
    for question in questions:
        for past in ("studierte", "gründete", "kehrte", "ging "):
            assert past not in question.prompt, question.prompt


def test_another_person_doing_a_shared_activity_is_not_in_the_text(nlp, tmp_path):
    """"Anna Weber studierte in Wien Chemie": that Paul Krause did is neither said nor ruled
    out (steht nicht im Text), and never keyed falsch; a unique deed ("gründete 1950 eine
    Firma") gives no such statement."""
    analysis = _analysis(nlp, tmp_path, RESEARCHERS)
    facts = extract_facts(analysis)
    bases = {base.text: base for base in candidates(analysis)}
    study = bases["Anna Weber hat in Wien Chemie studiert."]
    made = absent_actor(analysis, study, facts)
    assert made is not None and made[:2] == ("Paul Krause hat in Wien Chemie studiert.", NOT_IN_TEXT)
    assert made[2].startswith("Steht nicht im Text")
    entity = other_entity(analysis, study, facts)
    assert entity is None or "Paul Krause" not in entity[0]
    founded = next(base for text, base in bases.items() if "Firma" in text)
    assert absent_actor(analysis, founded, facts) is None


def test_no_absent_statement_without_another_person(nlp, tmp_path):
    text = "Anna Weber\n\nAnna Weber studierte in Wien Chemie. Anna Weber kehrte 1960 nach Berlin zurück.\n"
    analysis = _analysis(nlp, tmp_path, text)
    facts = extract_facts(analysis)
    assert all(absent_actor(analysis, base, facts) is None for base in candidates(analysis))


def test_a_text_that_allows_only_a_negation_gets_one(nlp, tmp_path):
    """MLQA's Harriet Tubman paragraph: its statements allow only "nicht"; one negated statement
    (and a true one after it) is better than no task, a list of negations is not."""
    text = ("Harriet Tubman\n\nDie genaue Fluchtroute von Harriet Tubman ist nicht bekannt. Die Fluchthelfer der "
            "Underground Railroad griffen außerdem auf eine Reihe von Tricks zurück.\n")
    analysis = _analysis(nlp, tmp_path, text)
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    assert [q.answer for q in questions] == [FALSE, TRUE], [q.prompt for q in questions]
    assert questions[0].skill == "statement-negation"
    assert not is_verbatim(questions[1].prompt, text)


def test_no_absent_actor_for_a_dated_event(nlp, tmp_path):
    """"1835 besuchte Charles Darwin die Inseln" → "… von Christoph Kolumbus besucht": a date
    puts the other person in a time they may not have lived in (world knowledge decides)."""
    text = ("Zwei Forscher\n\nAnna Weber studierte 1936 in Wien Chemie. Paul Krause gründete 1950 eine Firma in Hamburg. "
            "Die Firma von Paul Krause baute Fahrräder für die Stadt.\n")
    analysis = _analysis(nlp, tmp_path, text)
    facts = extract_facts(analysis)
    bases = [base for base in candidates(analysis) if "Chemie" in base.text]
    assert bases and all(absent_actor(analysis, base, facts) is None for base in bases)


def test_true_statements_alone_make_no_task(nlp, tmp_path):
    """The sheet shows a true statement only after a changed one; a text whose statements allow
    no change gives none, so that the task's place goes to another kind of item."""
    text = "Hurrikan Norman\n\nGünstige Umgebungsbedingungen ermöglichten eine rasche Intensivierung.\n"
    analysis = _analysis(nlp, tmp_path, text)
    assert candidates(analysis)
    assert true_false(analysis, extract_facts(analysis), random.Random(1)) == []
