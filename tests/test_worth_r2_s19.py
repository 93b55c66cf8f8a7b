"""Round-19 readers' bad items (issue 12, session 19): an empty object, the thing a naming
clause names, the title's place under its later name, copies counted without their thing, the
means of a passive and a date beside its occasion are not asked (``worth``); a long text's detail
with no mark of a main point leaves the sheet (``selection.peripheral``)."""

from __future__ import annotations

from dataclasses import replace

from test_worth_s16 import _analysis, _question

from quizgen.generation import selection
from quizgen.generation.worth import (
    empty_object,
    named_referent,
    not_worth_asking,
    occasioned_date,
    passive_means,
    renamed_topic_place,
    unnamed_count,
)
from quizgen.model import Analysis, Question


def test_an_empty_object_is_not_asked(nlp):
    analysis = _analysis(nlp, "Harvard University", [
        "Das Projekt erfuhr eine großzügige Förderung durch den puritanischen Geistlichen John Harvard."])
    question = _question(analysis, "Was erfuhr das Projekt durch den puritanischen Geistlichen John Harvard?",
                         "eine großzügige Förderung", "was")
    assert empty_object(question, analysis)
    assert not_worth_asking(question, analysis)
    analysis = _analysis(nlp, "Harriet Tubman", ["Harriet Tubman legte einen großen Teil der Strecke bei Nacht zurück."])
    question = _question(analysis, "Was legte Harriet Tubman bei Nacht zurück?", "einen großen Teil der Strecke", "was")
    assert empty_object(question, analysis)


def test_a_real_object_of_a_verb_of_undergoing_stays(nlp):
    analysis = _analysis(nlp, "Berlin", ["Im Jahr 1936 erlebte Berlin die Olympischen Spiele."])
    question = _question(analysis, "Was erlebte Berlin im Jahr 1936?", "die Olympischen Spiele", "was")
    assert not empty_object(question, analysis)


def test_the_thing_a_naming_clause_names_is_not_asked(nlp):
    analysis = _analysis(nlp, "Harvard University", ["John Harvard zu Ehren erhielt das College seinen Namen."])
    question = _question(analysis, "Was erhielt John Harvard zu Ehren seinen Namen?", "das College", "was")
    assert named_referent(question, analysis)
    analysis = _analysis(nlp, "Galapagosinseln", ["Die Inselgruppe wurde zunächst als Islas Encantadas bezeichnet."])
    question = _question(analysis, "Was wurde zunächst als Islas Encantadas bezeichnet?", "die Inselgruppe", "was")
    assert named_referent(question, analysis)


def test_a_named_thing_that_says_more_stays(nlp):
    """With an attribute the answer says which thing, and without a naming the clause says more."""
    analysis = _analysis(nlp, "Galapagosinseln", [
        "Die größte Insel des Archipels wurde nach Königin Isabella von Kastilien benannt."])
    question = _question(analysis, "Was wurde nach Königin Isabella von Kastilien benannt?",
                         "die größte Insel des Archipels", "was")
    assert not named_referent(question, analysis)
    analysis = _analysis(nlp, "Harvard University", ["Im Jahr 1764 zerstörte ein Feuer die Bibliothek."])
    question = _question(analysis, "Was zerstörte ein Feuer im Jahr 1764?", "die Bibliothek", "was")
    assert not named_referent(question, analysis)


def test_the_titles_place_under_its_later_name_is_not_asked(nlp):
    analysis = _analysis(nlp, "Londinium", ["Im heutigen London sind nur noch wenige Reste der antiken Stadt zu sehen."])
    question = _question(analysis, "Wo sind nur noch wenige Reste der antiken Stadt zu sehen?", "im heutigen London", "wo")
    assert renamed_topic_place(question, analysis)


def test_another_place_with_the_titles_stem_stays(nlp):
    """A museum in the place says more; "Frankfurt" is no later name of "Frankreich" (both compounds of "Frank")."""
    analysis = _analysis(nlp, "Londinium", ["Die Einzelfunde der Grabungen sind vor allem im Museum of London zu sehen."])
    question = _question(analysis, "Wo sind die Einzelfunde der Grabungen vor allem zu sehen?", "im Museum of London", "wo")
    assert not renamed_topic_place(question, analysis)
    analysis = _analysis(nlp, "Frankreich", ["Der Vertrag wurde im heutigen Frankfurt unterzeichnet."])
    question = _question(analysis, "Wo wurde der Vertrag unterzeichnet?", "im heutigen Frankfurt", "wo")
    assert not renamed_topic_place(question, analysis)


def test_copies_counted_without_their_thing_are_not_asked(nlp):
    analysis = _analysis(nlp, "Qin Shihuangdi", ["Innerhalb von zwei Jahren wurden 1.850.000 Exemplare verkauft."])
    question = _question(analysis, "Wie viele Exemplare wurden innerhalb von zwei Jahren verkauft?", "1.850.000",
                         "wie viele", "multiple_choice")
    assert unnamed_count(question)
    analysis = _analysis(nlp, "Qin Shihuangdi", ["Innerhalb von zwei Jahren wurden 1.850.000 Exemplare des Buches verkauft."])
    question = _question(analysis, "Wie viele Exemplare des Buches wurden innerhalb von zwei Jahren verkauft?",
                         "1.850.000", "wie viele")
    assert not unnamed_count(question)


def test_the_means_of_a_passive_is_not_asked(nlp):
    analysis = _analysis(nlp, "SMS Roon", ["Die Roon ist durch einen Nahtreffer an der Funkantenne beschädigt worden."])
    question = _question(analysis, "Wodurch ist die Roon an der Funkantenne beschädigt worden?", "durch einen Nahtreffer",
                         "wodurch")
    assert passive_means(question, analysis)


def test_a_cause_named_by_a_verb_or_an_active_means_stays(nlp):
    analysis = _analysis(nlp, "John Vane", [
        "John Vane wurde zunächst durch das Fehlen von Möglichkeiten zum Experimentieren enttäuscht."])
    question = _question(analysis, "Wodurch wurde John Vane zunächst enttäuscht?",
                         "durch das Fehlen von Möglichkeiten zum Experimentieren", "wodurch")
    assert not passive_means(question, analysis)
    analysis = _analysis(nlp, "Sax Rohmer", ["Rohmer bestritt seinen Lebensunterhalt durch das Schreiben von Sketches."])
    question = _question(analysis, "Wodurch bestritt Rohmer seinen Lebensunterhalt?", "durch das Schreiben von Sketches",
                         "wodurch")
    assert not passive_means(question, analysis)


def test_a_date_beside_its_occasion_is_not_asked(nlp):
    analysis = _analysis(nlp, "Gaetano Vestris", [
        "Mit 71 Jahren trat Gaetano Vestris anlässlich des Debüts seines Enkels noch einmal auf."])
    question = _question(analysis, "In welchem Alter trat Gaetano Vestris anlässlich des Debüts seines Enkels noch einmal auf?",
                         "mit 71 Jahren", "in-welchem-alter")
    assert occasioned_date(question)
    assert not_worth_asking(question, analysis)
    analysis = _analysis(nlp, "Gaetano Vestris", ["1749 debütierte Gaetano Vestris an der Pariser Oper."])
    question = _question(analysis, "Wann debütierte Gaetano Vestris?", "1749", "wann")
    assert not occasioned_date(question)
    assert not not_worth_asking(question, analysis)


EISENSTADT = [
    "Eisenstadt ist die Landeshauptstadt des Burgenlandes. Die Stadt liegt am Fuße des Leithagebirges.",
    "Das heutige Eisenstadt lag unter den Römern in der Provinz Pannonia.",
    "Im Jahr 1388 erhielt Eisenstadt das Marktrecht. Die Bürger bauten eine Stadtmauer.",
]


def _on(analysis: Analysis, words: str, prompt: str, answer: str, skill: str) -> Question:
    sentence = next(s for s in analysis.sentences if words in s.text)
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


def test_a_long_texts_detail_with_no_mark_of_a_main_point_leaves_the_sheet(nlp):
    """A paragraph of one sentence whose question names only the topic: no mark of a main point."""
    analysis = _analysis(nlp, "Eisenstadt", EISENSTADT)
    long_text = replace(selection._salience(analysis), long_text=True)
    romans = _on(analysis, "Pannonia", "Wo lag das heutige Eisenstadt unter den Römern?", "in der Provinz Pannonia", "wo")
    assert selection.peripheral(romans, long_text)
    assert not selection.peripheral(romans, selection._salience(analysis))  # a short text's every fact counts


def test_the_lead_and_a_lookup_stay_on_a_long_text(nlp):
    analysis = _analysis(nlp, "Eisenstadt", EISENSTADT)
    long_text = replace(selection._salience(analysis), long_text=True)
    lead = _on(analysis, "Leithagebirges", "Wo liegt die Stadt?", "am Fuße des Leithagebirges", "wo")
    assert not selection.peripheral(lead, long_text)
    market = _on(analysis, "Marktrecht", "In welchem Jahr erhielt Eisenstadt das Marktrecht?", "1388", "in-welchem-jahr")
    assert not selection.peripheral(market, long_text)  # a lookup: the budget decides (``scanned``)
