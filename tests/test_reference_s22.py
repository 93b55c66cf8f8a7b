"""Pronoun resolution, session 22 (MLQA paragraph Jennifer Lee, comprehension round 20): the
entity model ran "Lee" on into "Flöte", and "beginnen" read as a thing's verb left "Sie begann ein
Englisch-Studium" without its referent, so no question could ask about Lee's life."""

from __future__ import annotations

from test_reference_s17 import _resolved_in

LEE = ("# Jennifer Lee (Drehbuchautorin)\n\nIn ihrer Jugend spielte Lee Flöte und war als Cheerleaderin aktiv. Sie "
       "begann ein Englisch-Studium an der Universität in New Hampshire.\n")


def test_a_person_who_begins_something_is_the_sie_of_the_next_sentence(nlp, tmp_path):
    found = dict(_resolved_in(nlp, tmp_path, LEE))
    assert found["Sie"] == "Jennifer Lee"


def test_a_thing_that_begins_stays_a_thing(nlp, tmp_path):
    text = ("Woche\n\nDie Stadt baut eine neue Schule. Sie beginnt am Montag.\n")
    found = _resolved_in(nlp, tmp_path, text)
    assert ("Sie", "die Stadt") not in found


def test_the_model_does_not_run_a_known_surname_on_into_a_noun(nlp, tmp_path):
    from quizgen.analysis import analyze
    from quizgen.reading import read_article

    path = tmp_path / "lee.txt"
    path.write_text(LEE, encoding="utf-8")
    tokens = analyze(nlp, read_article(path)).sentences[1].tokens
    assert next(t for t in tokens if t.text == "Flöte").ent_label == ""
