"""Inverted copies and empty answers (issue 12, round 19's readers): the subject of a measured
change (``worth.measured_change``), a thing the sentence before introduced asked back
(``worth.known_subject``) and a law named only by its class (``worth.empty_instrument``)."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.generation.worth import (
    empty_instrument,
    known_subject,
    measured_change,
    not_worth_asking,
)
from quizgen.model import Analysis, Article, Question


def _analysis(nlp, title: str, paragraphs: list[str]) -> Analysis:
    text, spans = "", []
    for paragraph in paragraphs:
        spans.append((len(text), len(text) + len(paragraph)))
        text += paragraph + "\n\n"
    return analyze(nlp, Article(title=title, text=text, source="test", stem="test", paragraphs=tuple(spans)))


def _question(analysis: Analysis, prompt: str, answer: str, skill: str = "was") -> Question:
    """The question on the text's last sentence."""
    sentence = analysis.sentences[-1]
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


def test_the_subject_of_a_measured_change_is_not_asked(nlp):
    analysis = _analysis(nlp, "Aare", [("Die Wassertemperatur in Bern zeigt einen typischen Tagesgang. "
                                       "Sie steigt im Laufe des Tages um ein Grad.")])
    question = _question(analysis, "Was steigt im Laufe des Tages um ein Grad?", "die Wassertemperatur")
    assert measured_change(question, analysis.sentences[-1])
    assert known_subject(question, analysis)
    assert not_worth_asking(question, analysis)


def test_a_measured_change_with_a_figure_is_not_asked(nlp):
    analysis = _analysis(nlp, "Miniatur Wunderland", [
        "Im Jahr 2020 reduzierte sich die Gesamtzahl der Besucher um rund 1 Million."])
    question = _question(analysis, "Was reduzierte sich im Jahr 2020 um rund 1 Million?", "die Gesamtzahl der Besucher")
    assert measured_change(question, analysis.sentences[-1])


def test_a_change_without_its_amount_and_another_part_stay(nlp):
    """No amount in the clause, or the question asks the time: nothing to leave out."""
    analysis = _analysis(nlp, "Aare", ["Im Sommer steigt die Wassertemperatur der Aare stark an."])
    what = _question(analysis, "Was steigt im Sommer stark an?", "die Wassertemperatur der Aare")
    assert not measured_change(what, analysis.sentences[-1])
    when = _question(analysis, "Wann steigt die Wassertemperatur der Aare stark an?", "im Sommer", "wann")
    assert not measured_change(when, analysis.sentences[-1])


def test_a_thing_the_sentence_before_introduced_is_not_asked_back(nlp):
    analysis = _analysis(nlp, "Hamburger", [
        ("Am 4. Dezember 1971 eröffnete die erste deutsche Filiale in der Martin-Luther-Straße in München. "
        "Die erste Filiale in den Neuen Bundesländern wurde am 21. Dezember 1990 im sächsischen Plauen eröffnet.")])
    question = _question(analysis, "Was wurde am 21. Dezember 1990 im sächsischen Plauen eröffnet?",
                         "die erste Filiale in den Neuen Bundesländern")
    assert known_subject(question, analysis)


def test_a_new_thing_an_indefinite_one_and_a_person_stay(nlp):
    """A subject the sentence before does not name, an indefinite one ("ein Bit") and a person."""
    new = _analysis(nlp, "Blüte", [("Der Name kommt daher, dass der Pollen fein ist wie Staub. "
                                   "Nach der Bestäubung wachsen die Samen.")])
    assert not known_subject(_question(new, "Was wächst nach der Bestäubung?", "die Samen"), new)
    indefinite = _analysis(nlp, "Information", [("Die kleinste Einheit ist das Bit. "
                                                "Ein Bit unterscheidet nur zwischen zwei möglichen Zuständen.")])
    bit = _question(indefinite, "Was unterscheidet nur zwischen zwei möglichen Zuständen?", "ein Bit")
    assert not known_subject(bit, indefinite)
    person = _analysis(nlp, "Galapagosinseln", [("Die UNESCO erklärte die Inseln 1978 zum Weltnaturerbe. "
                                                "Im Juni 2007 setzte die UNESCO die Inseln auf die Rote Liste.")])
    who = _question(person, "Wer setzte im Juni 2007 die Inseln auf die Rote Liste?", "die UNESCO", "wer")
    assert not known_subject(who, person)


def test_a_law_named_only_by_its_class_is_not_asked(nlp):
    analysis = _analysis(nlp, "Organtransplantation in China", [
        "Im Mai 2007 trat erneut eine Verordnung des Gesundheitsministeriums Chinas in Kraft."])
    question = _question(analysis, "Was trat im Mai 2007 erneut in Kraft?", "eine Verordnung des Gesundheitsministeriums Chinas")
    assert empty_instrument(question, analysis.sentences[-1])
    assert not_worth_asking(question, analysis)


def test_a_law_named_by_its_matter_stays(nlp):
    analysis = _analysis(nlp, "Rauchen", ["Im Jahr 2008 trat ein Gesetz zum Schutz der Nichtraucher in Kraft."])
    question = _question(analysis, "Was trat im Jahr 2008 in Kraft?", "ein Gesetz zum Schutz der Nichtraucher")
    assert not empty_instrument(question, analysis.sentences[-1])
    compound = _analysis(nlp, "Rauchen", ["Im Jahr 2008 trat das Nichtraucherschutzgesetz in Kraft."])
    assert not empty_instrument(_question(compound, "Was trat im Jahr 2008 in Kraft?", "das Nichtraucherschutzgesetz"),
                                compound.sentences[-1])
