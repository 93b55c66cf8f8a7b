"""Clause parses that kept unseen paragraphs from getting sound questions (session 18): an
extended attribute between the article and its noun, a year before a noun it does not count, a
foreign name before a German noun, a Roman numeral inside a name, and the antecedent a relative
pronoun can agree with."""

from __future__ import annotations

import pytest
from test_clause_splits_s16 import _clauses, _roles, _sentences
from test_parse_s17 import _sure_roles


@pytest.mark.parametrize(("text", "role", "phrase"), [
    ("Die im Jahr 1990 von der Regierung gegründete Firma stellt Autos her.", "subject",
     "Die im Jahr 1990 von der Regierung gegründete Firma"),
    ("Die in Berlin lebenden Menschen feiern das Fest.", "subject", "Die in Berlin lebenden Menschen"),
    (("Zur Rechtfertigung des Krieges wurden zuvor einige – später als Fälschung entlarvte – Gräuelberichte in die "
      "Massenmedien lanciert."), "subject", "einige – später als Fälschung entlarvte – Gräuelberichte"),
])
def test_an_extended_attribute_stays_inside_its_noun_phrase(nlp, text, role, phrase):
    assert (role, phrase) in _sure_roles(_clauses(nlp, text)[0])


def test_an_article_read_as_a_pronoun_before_an_extended_attribute_opens_the_noun_phrase(nlp):
    clauses = _clauses(nlp, "Der Protest begann, als der neu ins Gefängnis gekommene 19-jährige Kieran Nugent sich "
                            "weigerte, eine Uniform zu tragen.")
    weigern = next(c for c in clauses if c.lemma == "weigern")
    assert ("subject", "der neu ins Gefängnis gekommene 19-jährige Kieran Nugent") in _sure_roles(weigern)


@pytest.mark.parametrize(("text", "role", "phrase"), [
    ("Er half den Kindern in den großen Städten.", "object_dat", "den Kindern"),  # the noun after the article is its own
    ("Er half den Kindern in den großen Städten.", "place", "in den großen Städten"),
])
def test_a_noun_right_after_the_article_ends_no_attribute(nlp, text, role, phrase):
    assert (role, phrase) in _roles(_clauses(nlp, text)[0])


def test_a_year_after_a_preposition_does_not_count_the_noun_after_it(nlp):
    (clause,) = _clauses(nlp, "Er studierte ab 1944 Chemie an der Universität von Birmingham.")
    assert ("time", "ab 1944") in _roles(clause)
    assert ("object_acc", "Chemie") in _sure_roles(clause)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Um 1900 Einwohner lebten damals in dem Dorf.", "Um 1900 Einwohner"),  # a plural: counted
    ("Er spendete ab 2000 Euro im Monat.", "ab 2000 Euro"),  # a unit: counted
])
def test_a_number_before_a_plural_or_a_unit_still_counts_it(nlp, text, phrase):
    assert phrase in [text for _, text in _roles(_clauses(nlp, text)[0])]


def test_a_german_noun_after_a_foreign_name_is_a_phrase_of_its_own(nlp):
    (clause,) = _clauses(nlp, "Er studierte dann ab 1946 an der University of Oxford Pharmakologie bei Harold Burn.")
    assert ("place", "an der University of Oxford") in _roles(clause)
    assert ("object_acc", "Pharmakologie") in _sure_roles(clause)


def test_a_german_name_goes_on_with_its_noun(nlp):
    (clause,) = _clauses(nlp, "Er arbeitete viele Jahre an der New Yorker Börse.")
    assert ("place", "an der New Yorker Börse") in _roles(clause)


def test_a_roman_numeral_inside_a_name_keeps_the_name_whole(nlp):
    (clause,) = _clauses(nlp, "Er ging auf die King Edward XIV Highschool in Birmingham.")
    assert not any(role == "object_acc" for role, _ in _roles(clause))
    assert any(text.startswith("auf die King Edward XIV Highschool") for _, text in _roles(clause))


def _antecedent(nlp, text: str) -> str:
    (sentence,) = _sentences(nlp, text)
    relative = next(c for c in sentence.clauses if c.kind == "relative")
    return next(t.text for t in sentence.tokens if t.i == relative.antecedent)


@pytest.mark.parametrize(("text", "antecedent"), [
    ("Eine Goldmedaille besteht aus reinem Silber, die mit mindestens 6 Gramm Gold überzogen ist.", "Goldmedaille"),
    ("Er sah die Kinder des Dorfes, die auf der Straße spielten.", "Kinder"),
    ("Er kaufte das Buch der Frau, die er liebte.", "Frau"),  # agrees: the nearest noun stays
    ("Das Kind fand einen Stein, den es behielt.", "Stein"),
])
def test_a_relative_pronoun_refers_to_a_noun_it_agrees_with(nlp, text, antecedent):
    assert _antecedent(nlp, text) == antecedent


def test_together_with_before_the_clause_particle_is_no_particle(nlp):
    clauses = _clauses(nlp, "Im September 2006 nahmen Lamb of God zusammen mit Opeth, Arch Enemy und Overkill an der "
                            "Tour von Megadeth teil, bevor die Band durch Australien tourte.")
    main = next(c for c in clauses if c.kind == "main")
    assert main.lemma == "teilnehmen"
    assert [c.kind for c in clauses].count("main") == 1  # the list after "mit" is no verbless clause of its own


def test_together_as_the_only_particle_stays_one(nlp):
    (clause,) = _clauses(nlp, "Die beiden Firmen schlossen sich zusammen.")
    assert clause.lemma == "zusammenschließen"


def test_a_phrase_after_a_finished_list_belongs_to_the_clause(nlp):
    (clause,) = _clauses(nlp, "Sie kaufte Brot, Käse und Wein im Supermarkt.")
    assert ("object_acc", "Brot, Käse und Wein") in _roles(clause)


def test_a_relative_pronoun_and_its_subject_open_no_attribute(nlp):
    clauses = _clauses(nlp, "Danach kaufte er sich ein eigenes Flugzeug, mit der er die noch fehlende Erfahrung "
                            "erwarb und bis 1924 als Kunstflieger durchs Land zog.")
    erwerben = next(c for c in clauses if c.lemma == "erwerben")
    assert ("subject", "er") in _roles(erwerben) and ("object_acc", "die noch fehlende Erfahrung") in _roles(erwerben)


def test_an_object_pronoun_inside_an_attribute_stays(nlp):
    (clause,) = _clauses(nlp, "Er las das ihm von der Mutter geschenkte Buch.")
    assert ("object_acc", "das ihm von der Mutter geschenkte Buch") in _sure_roles(clause)
