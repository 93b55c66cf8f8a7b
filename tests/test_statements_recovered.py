"""Statements the filters used to lose on short texts (issue 12 §2, the MLQA paragraphs): a
clause that opens with "Dort" or "Zum selben Zeitpunkt", a true statement that could only be a
copy, a text whose statements allow only a negation; and "steht nicht im Text" built from
another person of the text instead of an inserted weekday."""

from __future__ import annotations

import random
import re

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.paraphrase import is_verbatim
from quizgen.generation.statements import candidates, true_false
from quizgen.model import FALSE, TRUE
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
    the tense alone would give the answer. (Without the years: a statement naming one is not made.)"""
    analysis = _analysis(nlp, tmp_path, re.sub(r" (1\d\d\d)", "", RESEARCHERS))
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    assert FALSE in {q.answer for q in questions}  # a true copy is no statement since session 30
    for question in questions:
        for past in ("studierte", "gründete", "kehrte", "ging "):
            assert past not in question.prompt, question.prompt


def test_a_text_that_allows_only_a_negation_gets_no_statements(nlp, tmp_path):
    """MLQA's Harriet Tubman paragraph: its statements allow only "nicht" put into or taken out of
    a copy of the sentence, which readers never judged good (session 29 negates restated
    statements only); a true statement alone is no task, so the text gives none."""
    text = ("Harriet Tubman\n\nDie genaue Fluchtroute von Harriet Tubman ist nicht bekannt. Die Fluchthelfer der "
            "Underground Railroad griffen außerdem auf eine Reihe von Tricks zurück.\n")
    analysis = _analysis(nlp, tmp_path, text)
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    assert questions == [], [q.prompt for q in questions]


def test_true_statements_alone_make_no_task(nlp, tmp_path):
    """The sheet shows a true statement only after a changed one (session 29: a negation counts,
    "eine" → "keine")."""
    text = "Hurrikan Norman\n\nGünstige Umgebungsbedingungen ermöglichten eine rasche Intensivierung.\n"
    analysis = _analysis(nlp, tmp_path, text)
    assert candidates(analysis)
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    assert all(q.answer != TRUE for q in questions[:1])
    assert [q.prompt for q in questions] in ([], ["Günstige Umgebungsbedingungen haben keine rasche Intensivierung ermöglicht."])


def test_another_person_doing_a_shared_activity_makes_no_statement(nlp, tmp_path):
    """"Anna Weber studierte in Wien Chemie" → "Paul Krause hat in Wien Chemie studiert" is
    neither falsch (another person may have studied there too) nor a fair "steht nicht im
    Text": the text says who did it, so a student may call the swap falsch (round 11)."""
    analysis = _analysis(nlp, tmp_path, RESEARCHERS)
    questions = true_false(analysis, extract_facts(analysis), random.Random(1), 3)
    assert not any("Paul Krause" in q.prompt and "Chemie" in q.prompt for q in questions), [q.prompt for q in questions]
