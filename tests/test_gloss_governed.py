"""What a verb's construction governs selects its sense (issue 13 §1, card round 7 on new texts):
a preposition's person ("mit allen gut ausgekommen": to get along with, not "to make do with"),
a dative person ("verlieh Jolie … die Staatsbürgerschaft": not "etw. etw. verleihen :: to add
sth. to sth.", nor "etw. an jdn. verleihen :: to loan" for the date "am 12. August"), and an
object no narrower than Ding's collocation ("Steuern erheben" is no "Einkommensteuer erheben
:: to tax income"), a noun's preposition any of those Ding lists ("Bestimmungen über":
"Bestimmung (für/über/zu etw.) :: rule", not "determination")."""

from __future__ import annotations

from test_gloss_constructions import DING, _analysed, needs_ding

from quizgen.extraction.ding import _english_glosses, _valency
from quizgen.extraction.senses import Context

GRANTED = "Kambodschas König verlieh Jolie am 12. August 2005 die kambodschanische Staatsbürgerschaft als Dank für ihre Arbeit."


def test_ding_marks_what_a_verbs_construction_governs():
    assert "q" in _valency("mit jdm. auskommen", "vi")
    assert "r" in _valency("mit etw. auskommen", "vi")
    assert not {"q", "r"} & set(_valency("auskommen", "vi"))
    assert "d" in _valency("etw. etw. verleihen", "vt")
    assert "d" in _valency("einer Sache etw. verleihen", "vt")
    assert "d" not in _valency("jdm. etw. verleihen", "vt")


def test_two_english_prepositions_of_one_construction_keep_the_first():
    glosses = _english_glosses("to bestow sth. on/upon sb. (right, office, honour) [formal]", "VERB", "+dat")
    assert [gloss for gloss, _ in glosses] == ["to bestow on"]


def test_a_date_is_no_construction_of_the_verb(nlp):
    sentence, token = _analysed(nlp, GRANTED, "verleihen")
    context = Context.of(sentence, "verleihen", token)
    assert "an" not in context.prepositions
    assert "+dat:person" in context.governed


@needs_ding
def test_a_person_after_the_preposition_selects_the_persons_sense(fresh_glossary, nlp):
    from quizgen.extraction.glossary import load_glossary

    sentence, token = _analysed(nlp, "Er sei schüchtern gewesen und sei mit allen gut ausgekommen.", "auskommen")
    assert load_glossary(DING).senses("auskommen", "VERB", sentence=sentence, token_i=token) == ("to get along with",)


@needs_ding
def test_citizenship_given_to_a_person_is_not_lent(fresh_glossary, nlp):
    from quizgen.extraction.glossary import load_glossary

    sentence, token = _analysed(nlp, GRANTED, "verleihen")
    senses = load_glossary(DING).senses("verleihen", "VERB", sentence=sentence, token_i=token)
    assert senses[:1] in (("to confer",), ("to award",), ("to bestow on",))


@needs_ding
def test_taxes_raised_are_not_income_taxed(fresh_glossary, nlp):
    from quizgen.extraction.glossary import load_glossary

    sentence, token = _analysed(nlp, "Georg glaubte, er verteidige das Recht des Parlaments, Steuern zu erheben.", "erheben")
    senses = load_glossary(DING).senses("erheben", "VERB", sentence=sentence, token_i=token)
    assert senses[:1] in (("to raise",), ("to levy",))
    sentence, token = _analysed(nlp, "Der Staat wollte auch Einkommensteuer erheben.", "erheben")
    assert load_glossary(DING).senses("erheben", "VERB", sentence=sentence, token_i=token)[:1] == ("to tax income",)


def test_a_construction_with_several_prepositions_keeps_them_all():
    from quizgen.extraction.ding import _german_headword

    assert _german_headword("Bestimmung {f} (für/über/zu etw.) [adm.]", "NOUN") == ("Bestimmung", "für/über/zu?", False)


@needs_ding
def test_regulations_about_something_are_rules_not_a_determination(fresh_glossary, nlp):
    from quizgen.extraction.glossary import load_glossary

    text = "Das Ministerium veröffentlichte im März 2006 vorläufige Bestimmungen über die klinische Anwendung menschlicher Organe."
    sentence, token = _analysed(nlp, text, "Bestimmung")
    assert load_glossary(DING).senses("Bestimmung", "NOUN", sentence=sentence, token_i=token)[:1] == ("rule",)
