"""Richtig / falsch / steht nicht im Text from whole clauses, and the paraphrase helpers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.paraphrase import finite_form, is_verbatim, well_formed
from quizgen.generation.statements import (
    candidates,
    clearly_different,
    is_copy,
    number_or_time,
    opposite,
    plausible_time,
    true_false,
    verbatim_share,
)
from quizgen.model import FALSE, NOT_IN_TEXT, TRUE
from quizgen.reading import read_article

TEXT = """Ein Ausflug

Frau Berger besuchte am Montag mit der Klasse 5b eine Fabrik in Hamburg. Die Fabrik stellt Fahrräder für Kunden in ganz Europa her.

Kreta ist eine Insel in Griechenland. Die Insel hat 600.000 Einwohner. Oskar Schindler war ein deutscher Unternehmer.

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


def test_at_most_one_statement_is_changed_by_nicht(analysis):
    """Of 22 statements with an added or removed "nicht" readers judged, none was good on sheets
    of them: "nicht" gives the answer away when every false statement has it. Session 29: one a
    sheet (issue 12 asks for negation), after the content changes."""
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    changed = [q for q in questions if q.answer != TRUE]
    assert changed
    assert sum(q.skill == "statement-negation" for q in changed) <= 1


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

Bonn liegt im Westen von Deutschland. Die Winter sind dort mild. Der Rhein ist länger als der Main.
"""


def test_opposites_make_false_statements(nlp, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(OPPOSITES, encoding="utf-8")
    result = analyze(nlp, read_article(path))
    made = {m[0] for base in candidates(result) if (m := opposite(result, base)) is not None}
    assert "Bonn liegt im Osten von Deutschland." in made
    assert "Der Rhein ist kürzer als der Main." in made
    assert all(m.count(" ") >= 3 for m in made)


def test_no_statement_is_made_by_inserting_a_weekday(analysis):
    """A judged-bad "steht nicht im Text" ("Karl Johan Schuster experimentierte an einem Sonntag
    schon als Zehnjähriger …"): a copied sentence with an arbitrary phrase put in tests spotting
    the insertion, not reading. No statement adds a weekday the text does not give."""
    for question in true_false(analysis, extract_facts(analysis), random.Random(2)):
        assert "an einem" not in question.prompt, question.prompt


def test_statements_never_start_a_coordination_without_its_subject(nlp, tmp_path):
    text = ("Die Steuern\n\nMan fand es unfair, dass die Vororte vom Verkehr profitierten, aber keine Steuern an die "
            "Stadt zahlen mussten. Die Stadt hat über acht Millionen Einwohner.\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = analyze(nlp, read_article(path))
    assert not any("Steuern" in base.text for base in candidates(result))


JUDGED = """Zahlen und Flüsse

Pjöngjang hat mehr als 100 Raketentests durchgeführt. Die Galapagosinseln liegen ca. 1000 km westlich der Küste.
Die 1.089 Unternehmen Eisenstadts beschäftigten 13.581 Mitarbeiter. Die Woche ist eine Zeiteinheit.
Die Aare ist der wasserreichste Fluss, der in den Rhein strömt. Jede Stelle der Nachricht muss 27 Zustände abbilden können.
Andere Schätzungen gehen von 7 Millionen Sprechern aus. In den Hallen stecken rund 3,5 Millionen Euro an Kosten.
"""


@pytest.fixture(scope="module")
def judged(nlp, tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("judged")) / "article.txt"
    path.write_text(JUDGED, encoding="utf-8")
    return analyze(nlp, read_article(path))


def test_approximate_numbers_and_statistics_are_never_changed(judged):
    facts = extract_facts(judged)
    made = [m[0] for base in candidates(judged) if (m := number_or_time(judged, base, facts, random.Random(3)))]
    assert not any("mehr als" in m or "ca." in m or "Unternehmen" in m for m in made), made
    assert clearly_different("100", "200") and clearly_different("600.000", "900.000")
    assert not clearly_different("1000", "990") and not clearly_different("1.089", "3.089")


def test_restricted_unreferenced_and_split_clauses_are_skipped(judged):
    texts = [base.text for base in candidates(judged)]
    for word in ("Aare", "Nachricht", "Schätzungen", "rund", "Kosten"):
        assert not any(word in text for text in texts), (word, texts)


def test_copula_keeps_the_subject_first(judged):
    texts = [base.text for base in candidates(judged) if base.clause.lemma == "sein"]
    assert not any(text.startswith("Eine Zeiteinheit") for text in texts)
    questions = true_false(judged, extract_facts(judged), random.Random(1))
    assert not any(q.prompt.startswith("Eine Zeiteinheit") or "Euro stecken" in q.prompt for q in questions)


def test_true_copies_are_not_printed(judged, analysis):
    for result in (judged, analysis):
        for q in true_false(result, extract_facts(result), random.Random(1)):
            # session 29: a short true statement may be the text's words (issue 12: "a copied
            # sentence is acceptable only when short")
            assert q.answer != TRUE or not is_copy(q.prompt, q.evidence) or len(q.prompt.split()) <= 7, q.prompt
    assert is_copy("Ein Bärenpark liegt am Aare-Ufer in Bern.", "Am Aare-Ufer in Bern liegt ein Bärenpark.")
    assert not is_copy("Von Pjöngjang wurden 100 Raketentests durchgeführt.", "Pjöngjang hat 100 Raketentests durchgeführt.")


# --- round 2 of the teachers' verdicts -------------------------------------------------------------

ROUND2 = """Inseln

Die Ankünfte per Flugzeug verteilten sich 2019 auf die Flughäfen Baltra (72 %) und San Cristobal (28 %).

Die Arbeiter in Malawi verdienen sehr wenig Geld. Sie haben keine Alternative zum Tabakanbau.

Die eingeschleppte Fruchtfliege frisst viele Früchte. Sie ist eine enorme Bedrohung für die Galapagosinseln.

In Eisenstadt wurde eine katholische Verwaltung errichtet, um die Burgenländer nicht mehr einem ungarischen Bischof unterzuordnen.
"""


@pytest.fixture(scope="module")
def round2(nlp, tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("statements2")) / "article.txt"
    path.write_text(ROUND2, encoding="utf-8")
    result = analyze(nlp, read_article(path))
    if not any(sentence.clauses for sentence in result.sentences):
        pytest.skip("the clause parser (analysis/topology.py) gives no clauses yet")
    return result


def test_changed_years_stay_plausible():
    source = "Die Schweiz hatte 2015 einen Selbstversorgungsgrad von 3,2 Prozent."
    assert not plausible_time("2015", "2027", source, this_year=2026)  # the future
    assert not plausible_time("2015", "1915", source, this_year=2026)  # another century
    assert not plausible_time("2015", "2013", source, this_year=2026)  # too close
    assert plausible_time("2015", "2005", source, this_year=2026)
    ordered = "Der Bau begann 1950 und endete 1960."
    assert not plausible_time("1950", "1965", ordered, this_year=2026)  # would end before it began
    assert plausible_time("1950", "1942", ordered, this_year=2026)
    assert not plausible_time("am 15. Februar", "am 30. Februar", "Er kam am 15. Februar.")
    assert plausible_time("am 15. Februar", "am 25. Februar", "Er kam am 15. Februar.")


def test_no_statement_from_shares_or_guessed_pronouns(round2):
    texts = [base.sentence.text for base in candidates(round2)]
    assert not any("%" in text for text in texts)  # a share enumeration comes out garbled
    assert not any(text.startswith("Sie ") for text in texts)  # plural "sie", a common noun: guessed


def test_true_statement_is_no_copy_of_its_clause(round2):
    questions = true_false(round2, extract_facts(round2), random.Random(1))
    for question in questions:
        if question.answer == TRUE:
            assert not is_copy(question.prompt, question.evidence)
            assert "Verwaltung wurde in Eisenstadt errichtet" not in question.prompt


def test_no_one_digit_trap(nlp, tmp_path):
    """A changed year or number differs in more than one digit: "1363" for "1373" tests the eye,
    not understanding (readers judged every such statement bad)."""
    path = tmp_path / "eisenstadt.txt"
    path.write_text("Eisenstadt\n\n1373 kam Eisenstadt in den Besitz der ungarischen Adelsfamilie Kanizsai. "
                    "Die Stadt wurde 1648 zur königlichen Freistadt erhoben.\n", encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    facts = extract_facts(analysis)
    changed = []
    for seed in range(8):
        for base in candidates(analysis):
            change = number_or_time(analysis, base, facts, random.Random(seed))
            if change is not None:
                changed.append(change[0])
    assert changed, "the years can be changed"
    for prompt in changed:
        year = next(word for word in prompt.split() if word.isdigit() and len(word) == 4)
        original = "1373" if "Kanizsai" in prompt else "1648"
        assert sum(a != b for a, b in zip(year, original, strict=True)) > 1, prompt


def test_the_year_of_a_measured_state_is_not_changed(nlp, tmp_path):
    """Wikipedia, Tabak: "Die Schweiz hatte 2015 einen Selbstversorgungsgrad von 3,2 Prozent" made
    "… 2020 …" falsch, which the text cannot prove (round 8 reader); a dated event still changes."""
    path = tmp_path / "tabak.txt"
    path.write_text("Tabak\n\nDie Schweiz hatte 2015 einen Selbstversorgungsgrad von 3,2 Prozent. "
                    "Der Tabakanbau in der Schweiz wurde 1683 erstmals erwähnt.\n", encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    facts = extract_facts(analysis)
    changed = [change[0] for seed in range(8) for base in candidates(analysis)
               if (change := number_or_time(analysis, base, facts, random.Random(seed))) is not None]
    assert not [p for p in changed if "Selbstversorgungsgrad" in p], changed
    assert [p for p in changed if "erwähnt" in p], changed


def test_a_statement_ending_in_an_abbreviation_keeps_one_point(nlp, tmp_path):
    """A clause that ends in an abbreviation ("Inc.", "Dr.") ends the statement with that point,
    not a second one ("… bei DAS Communications Inc.." on the Kesha sheet)."""
    path = tmp_path / "kesha.txt"
    path.write_text("Kesha\n\nKesha sang zu Anfang ihrer Karriere im Hintergrund. Das Label Warner Bros. Records meldete "
                    "sich im Jahr 2008 bei DAS Communications Inc. und zeigte Interesse für Kesha.\n", encoding="utf-8")
    bases = candidates(analyze(nlp, read_article(path)))
    label = [base.text for base in bases if "Warner" in base.text]
    # restated in the Perfekt ("hat sich … bei DAS Communications Inc. gemeldet") or ending in "Inc."
    assert label and all(text.endswith(("Inc.", "gemeldet.")) and ".." not in text for text in label), label
