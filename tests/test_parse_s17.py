"""Clause parses that kept unseen paragraphs from getting questions (session 17): a participle
that describes the subject, a phrase between dashes, a year with an apposition in the Vorfeld,
a rounding word before a number, "Anfang 1919", two definite phrases in the Mittelfeld, and a
year glued to the sentence before it."""

from __future__ import annotations

import pytest
from test_clause_splits_s16 import _clauses, _roles, _sentences

from quizgen.analysis import analyze
from quizgen.model import Clause
from quizgen.reading import read_article


def _sure_roles(clause: Clause) -> list[tuple[str, str]]:
    return [(c.role, c.text) for c in clause.constituents if c.sure]


def test_a_participle_after_a_finite_full_verb_describes_and_is_no_verb(nlp):
    (clause,) = _clauses(nlp, "Sie legten sich nackt oder in Decken gehüllt auf den Zellenboden.")
    assert clause.lemma == "legen"
    assert ("adverbial", "in Decken gehüllt") in _roles(clause)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Er hat sich nach dem langen Tag auf den Boden gelegt.", "legen"),  # auxiliary: the participle is the verb
    ("Der Brief wurde in Papier gehüllt.", "hüllen"),
    ("Er bekam das Buch von seiner Mutter geschenkt.", "schenken"),  # bekommen-passive
])
def test_a_participle_in_the_verb_complex_stays_the_verb(nlp, text, lemma):
    assert _clauses(nlp, text)[0].lemma == lemma


def test_a_phrase_between_dashes_belongs_to_the_clause_it_interrupts(nlp):
    clauses = _clauses(nlp, "Trotz seines Jobs belegte er – seinen Eltern zuliebe – einen Kurs an der Universität.")
    assert [c.kind for c in clauses] == ["main"]
    assert ("object_acc", "einen Kurs") in _sure_roles(clauses[0])
    assert ("adverbial", "seinen Eltern zuliebe") in _roles(clauses[0])


def test_a_clause_between_dashes_stays_a_clause_of_its_own(nlp):
    clauses = _clauses(nlp, "Die Band – sie war 2000 gegründet worden – spielte im Mai in Berlin.")
    assert sorted(c.lemma for c in clauses) == ["gründen", "spielen"]


def test_a_year_with_an_apposition_is_the_vorfeld(nlp):
    clauses = _clauses(nlp, "1952, im Alter von 17 Jahren, ließ er seinen Namen ändern.")
    assert len(clauses) == 1
    assert ("time", "1952") in _roles(clauses[0]) and ("subject", "er") in _sure_roles(clauses[0])


@pytest.mark.parametrize(("text", "role", "phrase"), [
    ("Berlin hatte damals rund vier Millionen Einwohner.", "object_acc", "rund vier Millionen Einwohner"),
    ("Knapp 500 Menschen kamen zum Konzert.", "subject", "Knapp 500 Menschen"),
])
def test_a_rounding_word_belongs_to_its_number(nlp, text, role, phrase):
    assert (role, phrase) in _sure_roles(_clauses(nlp, text)[0])


def test_a_rounding_word_without_a_number_stays_an_adverb(nlp):
    assert ("adverbial", "fast") in _roles(_clauses(nlp, "Er war nach dem Umzug fast fertig mit der Arbeit.")[0])


@pytest.mark.parametrize("text", [
    "Anfang 1919 erschütterte der Januaraufstand die Stadt.",
    "Ende 1918 war der Krieg in Europa endlich vorbei.",
])
def test_part_of_a_year_is_a_time(nlp, text):
    clause = _clauses(nlp, text)[0]
    assert clause.constituents[0].role == "time"
    assert not any(c.role == "object_acc" and c.text.startswith(("Anfang", "Ende")) for c in clause.constituents)


def test_two_definite_phrases_after_the_verb_subject_first(nlp):
    clause = _clauses(nlp, "Daraufhin verließen die Gefangenen ihre Zellen nicht mehr.")[0]
    assert ("subject", "die Gefangenen") in _sure_roles(clause)
    assert ("object_acc", "ihre Zellen") in _sure_roles(clause)


def test_a_person_after_a_thing_stays_unsure(nlp):
    clause = _clauses(nlp, "Im Film spielte die Hauptrolle Charles Laughton.")[0]
    assert not any(c.role == "subject" and c.sure and c.text == "die Hauptrolle" for c in clause.constituents)


def test_a_year_glued_to_the_sentence_before_opens_the_next(tmp_path, nlp):
    path = tmp_path / "berlin.txt"
    path.write_text("Berlin\n\nIn Lichtenberg starben insgesamt 1200 Menschen.1920 kam es zum Blutbad vor dem "
                    "Reichstag.\n", encoding="utf-8")
    sentences = analyze(nlp, read_article(path)).sentences
    assert [s.text for s in sentences[1:]] == ["In Lichtenberg starben insgesamt 1200 Menschen.",
                                               "1920 kam es zum Blutbad vor dem Reichstag."]


def test_an_origin_after_a_name_is_the_verbs_when_someone_comes_or_goes(nlp):
    clause = _clauses(nlp, "Nach ihrer Entlassung aus dem Gefängnis kehrte Berkman aus San Francisco zurück.")[0]
    assert ("subject", "Berkman") in _sure_roles(clause)
    assert ("origin", "aus San Francisco") in _roles(clause)


def test_a_finite_verb_the_tagger_took_for_an_adjective_before_a_name(nlp):
    clauses = _clauses(nlp, "Im Mai 2016 veröffentlichten Baekhyun und K.Will eine Volksballade mit dem Titel "
                            "„The Day“ als Teil des Projekts SM Station.")
    assert [c.lemma for c in clauses] == ["veröffentlichen"]
    assert ("object_acc", "eine Volksballade") in _sure_roles(clauses[0])


def test_a_caption_without_a_verb_gets_no_clause(nlp):
    assert _clauses(nlp, "Die im Mai 2016 veröffentlichten Lieder von Baekhyun.") == ()


@pytest.mark.parametrize("text", [
    'Im Januar 2016 veröffentlichten Baekhyun und Bae Suzy ein Duett mit dem Titel "Dream".',
    'Das Extended Play "Hey Mama!" wurde am 31. Oktober 2016 veröffentlicht.',
])
def test_a_quoted_name_after_a_naming_noun_is_a_title(nlp, text):
    (sentence,) = _sentences(nlp, text)
    titled = [t.text for t in sentence.tokens if t.feature("Title") == "Yes" and t.text.isalpha()]
    assert titled and titled[0] in ("Dream", "Hey")


def test_a_quoted_cry_after_a_verb_is_no_title(nlp):
    (sentence,) = _sentences(nlp, 'Er rief "Hilfe!" und rannte weg aus dem Haus.')
    assert not any(t.feature("Title") == "Yes" for t in sentence.tokens)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Die Bauten haben bis in die Gegenwart überdauert.", "bis in die Gegenwart"),  # "bis" tagged ADV
    ("Die Armee marschierte bis nach Rom.", "bis nach Rom"),  # "bis" tagged KON
])
def test_bis_before_a_preposition_is_one_phrase(nlp, text, phrase):
    assert phrase in [c.text for c in _clauses(nlp, text)[0].constituents]


def test_an_adverb_of_closeness_goes_with_its_conjunction(nlp):
    clauses = _clauses(nlp, "Sie schließt das Portal, unmittelbar nachdem der Held hindurchfällt.")
    assert [c.kind for c in clauses] == ["main", "subordinate"]
    assert ("time", "unmittelbar nachdem der Held hindurchfällt") in _roles(clauses[0])


def test_a_relative_pronoun_keeps_its_doubt(nlp):
    clauses = _clauses(nlp, "Das ist die Firma, die die Ware nicht liefern konnte.")
    relative = next(c for c in clauses if c.kind == "relative")
    assert not (("subject", "die Ware") in _sure_roles(relative))


@pytest.mark.parametrize(("text", "role", "phrase"), [
    ("Dazu traten der persische und der griechische Einfluss.", "subject", "der persische und der griechische Einfluss"),
    ("Sie kaufte das rote und das blaue Kleid.", "object_acc", "das rote und das blaue Kleid"),
])
def test_an_adjective_whose_noun_follows_the_coordination(nlp, text, role, phrase):
    assert (role, phrase) in _sure_roles(_clauses(nlp, text)[0])


@pytest.mark.parametrize(("text", "phrase"), [
    ("Vermutlich dienten vergängliche Materialien wie Holz und Lehm als Baustoffe.", "vergängliche Materialien wie Holz und Lehm"),
    ("Im Sommer besuchte er Städte wie Berlin und Hamburg.", "Städte wie Berlin und Hamburg"),
])
def test_wie_after_a_noun_names_its_examples(nlp, text, phrase):
    assert phrase in [c.text for c in _clauses(nlp, text)[0].constituents]


def test_wie_with_an_indefinite_compares(nlp):
    roles = _roles(_clauses(nlp, "Er spielte am Sonntag Fußball wie ein Profi.")[0])
    assert ("adverbial", "wie ein Profi") in roles
