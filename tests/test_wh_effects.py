"""Reasons across sentences answered as a weil-clause, consequences ("Welche Folgen hatte …?"),
reactions ("Wie reagierte X auf Y?") and manner ("Wie …? – indem …"), from generation/wh_effects.py
through wh_causes.cause_questions, on real German sentences run through the offline pipeline."""

from __future__ import annotations

import pytest
from test_wh_causes import _asked

EFFECT_SKILLS = ("welche-folgen", "wie-reagierte", "wie")


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "written"),
    [
        # "Dadurch": the sentence before restated verb-last, the separable verb joined (Klexikon, London)
        (("Besonders im Zeitalter der Industrialisierung stiegen die Bevölkerungszahlen enorm an. Dadurch entstanden "
          "viele Armenviertel."),
         "Warum entstanden viele Armenviertel?",
         "weil besonders im Zeitalter der Industrialisierung die Bevölkerungszahlen enorm anstiegen",
         "Besonders im Zeitalter der Industrialisierung stiegen die Bevölkerungszahlen enorm an"),
        # "Deshalb" after a passive (the brief's Valentinstag example)
        (("Im Jahr 1840 wurden die Postgebühren in Großbritannien deutlich gesenkt. Deshalb stieg die Zahl der "
          "verschickten Karten stark an."),
         "Warum stieg die Zahl der verschickten Karten stark an?",
         "weil im Jahr 1840 die Postgebühren in Großbritannien deutlich gesenkt wurden",
         "Im Jahr 1840 wurden die Postgebühren in Großbritannien deutlich gesenkt"),
        # "So" before "können": thus it could (Klexikon, Fahrrad)
        (("Die Kettenschaltung bewegt die Kette am Hinterrad auf ein kleineres oder größeres Zahnrad. So kann man "
          "schneller fahren."),
         "Warum kann man schneller fahren?",
         "weil die Kettenschaltung die Kette am Hinterrad auf ein kleineres oder größeres Zahnrad bewegt",
         "Die Kettenschaltung bewegt die Kette am Hinterrad auf ein kleineres oder größeres Zahnrad"),
        # "Aus diesem Grund" after a copula (as in Wikipedia, London)
        (("Die London Bridge war bis 1739 die einzige Brücke über den Fluss. Aus diesem Grund wuchs die Stadt vor "
          "allem am nördlichen Ufer."),
         "Warum wuchs die Stadt vor allem am nördlichen Ufer?",
         "weil die London Bridge bis 1739 die einzige Brücke über den Fluss war",
         "Die London Bridge war bis 1739 die einzige Brücke über den Fluss"),
    ],
)
def test_reason_in_the_sentence_before_is_a_weil_clause(nlp, text, prompt, answer, written):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer
    assert written in question.accepted  # the sentence as the text writes it is right too
    assert question.evidence == text  # both sentences are the evidence


def test_so_of_an_example_gives_no_reason(nlp):
    # Wikipedia, Rembrandt: "So notierte …" brings an example of the fame, not its consequence
    text = ("Rembrandt erlangte schon früh überregionale Bekanntheit. So notierte der englische Reisende Peter Mundy "
            "1640 in seinem Tagebuch den Namen des Malers.")
    assert not [p for p in _asked(nlp, text) if p.startswith("Warum")]


def test_no_reason_for_a_sentence_cut_after_an_ordinal(nlp):
    # MLQA, Emirat von Kreta: "Kaiser Konstantin VII." ends no sentence; "Warum schickte Kaiser Konstantin VII?" lacks its object
    text = ("Die kretische Piraterie erreichte in den 930ern und 940ern einen neuen Höhepunkt an den Küsten "
            "Griechenlands und Kleinasiens. Deshalb schickte Kaiser Konstantin VII. (r. 913–959) eine weitere Armee.")
    assert not [p for p in _asked(nlp, text) if p.startswith("Warum")]


def test_no_reason_from_a_sentence_that_points_elsewhere(nlp):
    # "Diese" (the Soviet Union of the sentence before) cannot be read without its text (Klexikon, Kasachstan)
    asked = _asked(nlp, "Diese brach im Jahr 1991 zusammen. Dadurch wurde Kasachstan ein unabhängiger Staat.")
    assert not [p for p in asked if p.startswith("Warum")]


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill"),
    [
        # a verb of causing: the subject's consequence (MLQA, Hurrikan Norman)
        (("Das Zusammenwirken einer zyklischen Eyewallerneuerung und zunehmender Windscherung bewirkte ab dem "
          "31. August eine Abschwächung des Hurrikans."),
         "Welche Folgen hatte das Zusammenwirken einer zyklischen Eyewallerneuerung und zunehmender Windscherung?",
         "eine Abschwächung des Hurrikans", "welche-folgen"),
        # "zur Folge haben"
        ("Der Bau des Staudamms hatte die Umsiedlung von zwanzigtausend Menschen zur Folge.",
         "Welche Folgen hatte der Bau des Staudamms?", "die Umsiedlung von zwanzigtausend Menschen", "welche-folgen"),
        # "Das führte dazu, dass …": the sentence before is the cause, restated as a dass-clause
        ("Im Jahr 1840 wurden die Postgebühren gesenkt. Das führte dazu, dass viel mehr Karten verschickt wurden.",
         "Welche Folgen hatte es, dass im Jahr 1840 die Postgebühren gesenkt wurden?",
         "dass viel mehr Karten verschickt wurden", "welche-folgen"),
        # "ermöglichen" asked for its cause (MLQA, Hurrikan Norman)
        ("Günstige Umgebungsbedingungen ermöglichten eine rasche Intensivierung des Sturms.",
         "Wodurch wurde eine rasche Intensivierung des Sturms möglich?", "günstige Umgebungsbedingungen", "wodurch"),
        # reactions
        ("Die Regierung reagierte auf die Proteste mit einer Ausgangssperre.",
         "Wie reagierte die Regierung auf die Proteste?", "mit einer Ausgangssperre", "wie-reagierte"),
        ("Der Künstler antwortete auf die Kritik mit einem offenen Brief.",
         "Wie antwortete der Künstler auf die Kritik?", "mit einem offenen Brief", "wie-reagierte"),
        # manner: an indem-clause whose pronoun is the question's subject
        ("Der Bauer schützte die Felder, indem er Hecken pflanzte.",
         "Wie schützte der Bauer die Felder?", "indem er Hecken pflanzte", "wie"),
        ("Die Stadt finanzierte den Bau der Brücke, indem sie eine neue Steuer erhob.",
         "Wie finanzierte die Stadt den Bau der Brücke?", "indem sie eine neue Steuer erhob", "wie"),
        # "dadurch, dass" says the same as "indem"
        ("Der Bauer schützte die Felder dadurch, dass er Hecken pflanzte.",
         "Wie schützte der Bauer die Felder?", "indem er Hecken pflanzte", "wie"),
    ],
)
def test_consequence_reaction_and_manner(nlp, text, prompt, answer, skill):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    question = asked[prompt]
    assert question.answer == answer
    assert question.skill == skill and question.type == "wh" and question.focus == "content"


@pytest.mark.parametrize(
    "text",
    [
        # a guess of the text is no fact to ask for
        "Vermutlich bewirkte die Hitze eine Abschwächung des Sturms.",
        # a bare singular noun as cause: which one, the question would not say
        "Windscherung bewirkte eine Abschwächung des Sturms.",
        # a thing, not an event: "Welche Folgen hatte die Aare?" reads wrong (Wikipedia, Aare)
        "Die Aare verursachte viele Überschwemmungen.",
        # the parse cut "lange" from "Staus": the answer would be half the phrase
        "Der Streik der Lokführer verursachte lange Staus auf den Autobahnen.",
        # the pronoun of the indem-clause is not the main clause's subject (der Vater ≠ sie)
        "Der Vater rettete die Kinder, indem sie durch das Fenster kletterten.",
        # "vor allem dadurch, dass …": the focus would be stranded in the question
        "Die Firma senkte die Kosten vor allem dadurch, dass sie billigere Rohstoffe kaufte.",
        # "darauf" points to the sentence before: no reaction without what it reacts to
        "Die Regierung reagierte darauf mit einer Ausgangssperre.",
    ],
)
def test_no_effect_question_when_unsure(nlp, text):
    asked = _asked(nlp, text)
    assert not [q for q in asked.values() if q.skill in EFFECT_SKILLS], sorted(asked)
