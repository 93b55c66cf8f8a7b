"""Item kinds round-17 readers judged bad (issue 12, session 18): a date beside the reason its
sentence gives, a lookup that copies a list of names, the topic as answer, a partner named once
(``worth.reasoned_date``, ``listed_names``, ``topic_answer``, ``marginal_partner``), and two items
of one sentence that mirror each other (``selection._mirrors``)."""

from __future__ import annotations

from test_worth_s16 import _analysis, _question

from quizgen.generation import selection
from quizgen.generation.worth import (
    listed_names,
    marginal_partner,
    not_worth_asking,
    reasoned_date,
    topic_answer,
)

TOGO = [
    "Traditioneller Nationalsport Togos ist der Ringkampf, ebenfalls eine bedeutende Rolle kommt dem Fußball zu.",
    "2006 konnte sich die togoische Mannschaft für die Fußball-Weltmeisterschaft in Deutschland qualifizieren.",
    "Bei der Fußball-Afrikameisterschaft 2013 gelangte die togoische Nationalmannschaft erstmals in das Viertelfinale.",
    "Die togoische Fußballnationalmannschaft nahm bereits mehrmals an Afrikameisterschaften teil.",
]
ROHMER = [
    "Der in Birmingham geborene Rohmer publizierte 1903 seine erste Kurzgeschichte.",
    "Seinen ersten Roman veröffentlichte er anonym 1910.",
    "Weitere Geschichten um Fu Manchu machten Rohmer zu einem erfolgreichen Autor.",
    "Nach dem Zweiten Weltkrieg siedelte Rohmer nach New York um.",
    "1909 heiratete er Rose Knox.",
]


def test_a_date_beside_the_reason_of_its_clause_is_not_asked(nlp):
    analysis = _analysis(nlp, "Lamb of God", [
        "Die Aufnahmen wurden im Sommer unterbrochen, da die Band mit Slayer durch Nordamerika reiste."])
    question = _question(analysis, "Wann wurden die Aufnahmen unterbrochen?", "im Sommer", "wann")
    assert reasoned_date(question, analysis.sentences[-1])
    assert not_worth_asking(question, analysis)


def test_a_date_with_a_reason_in_a_phrase_or_none_stays(nlp):
    """ "wegen eines Unfalls" is no clause of its own; a sentence without a reason has the date as its point."""
    for text in ("Die Aufnahmen wurden im Sommer wegen eines Unfalls unterbrochen.",
                 "Die Aufnahmen wurden im Sommer unterbrochen."):
        analysis = _analysis(nlp, "Lamb of God", [text])
        question = _question(analysis, "Wann wurden die Aufnahmen unterbrochen?", "im Sommer", "wann")
        assert not reasoned_date(question, analysis.sentences[-1])


def test_a_date_lookup_that_copies_a_list_of_names_is_not_asked(nlp):
    analysis = _analysis(nlp, "Lamb of God", [
        "Im September 2006 nahmen Lamb of God zusammen mit Opeth, Arch Enemy und Overkill an der Tour teil."])
    question = _question(analysis, "Wann nahmen Lamb of God zusammen mit Opeth, Arch Enemy und Overkill an der Tour teil?",
                         "im September 2006", "wann")
    assert listed_names(question)
    assert not_worth_asking(question, analysis)


def test_a_date_lookup_with_one_name_and_a_list_question_for_people_stay(nlp):
    analysis = _analysis(nlp, "Lamb of God", ["Im September 2006 nahmen Lamb of God zusammen mit Opeth an der Tour teil."])
    question = _question(analysis, "Wann nahmen Lamb of God zusammen mit Opeth an der Tour teil?", "im September 2006",
                         "wann")
    assert not listed_names(question)
    people = _question(analysis, "Wer spielte mit Opeth, Arch Enemy und Overkill?", "Lamb of God", "wer")
    assert not listed_names(people)


def test_a_date_of_what_a_list_names_stays(nlp):
    """The list is what the sentence dates, not the company of its subject."""
    analysis = _analysis(nlp, "Internet", ["Facebook, MySpace und YouTube folgten um das Jahr 2005."])
    question = _question(analysis, "Wann folgten Facebook, MySpace und YouTube?", "um das Jahr 2005", "wann")
    assert not listed_names(question)


def test_the_topic_as_answer_is_not_asked(nlp):
    analysis = _analysis(nlp, "Sport in Togo", [" ".join(TOGO)])
    question = _question(analysis, "Was nahm bereits mehrmals an Afrikameisterschaften teil?",
                         "die togoische Fußballnationalmannschaft", "was")
    assert topic_answer(question, analysis)
    assert not_worth_asking(question, analysis)


def test_a_subject_that_names_the_title_once_or_says_more_than_the_topic_stays(nlp):
    """The team is named in this sentence only: it is no topic the reader knows beforehand; "der
    Einfluss der deutschen Sprache" names the title's "Sprache" but asks about something else."""
    analysis = _analysis(nlp, "Sport in Togo", [" ".join([TOGO[0], TOGO[3]])])
    question = _question(analysis, "Was nahm bereits mehrmals an Afrikameisterschaften teil?",
                         "die togoische Fußballnationalmannschaft", "was")
    assert not topic_answer(question, analysis)
    analysis = _analysis(nlp, "Ungarische Sprache", [
        "Der Einfluss der deutschen Sprache wuchs unter den Habsburgern.",
        "Der Einfluss des Lateinischen ging zurück.",
        "Der Einfluss der Kirche blieb groß.",
        "Der Einfluss der deutschen Sprache stammt aus der Zeit der Herrschaft der Habsburger in Ungarn."])
    question = _question(analysis, "Was stammt aus der Zeit der Herrschaft der Habsburger in Ungarn?",
                         "der Einfluss der deutschen Sprache", "was")
    assert not topic_answer(question, analysis)


def test_a_partner_named_once_is_not_asked(nlp):
    analysis = _analysis(nlp, "Sax Rohmer", [" ".join(ROHMER)])
    question = _question(analysis, "Wen heiratete Rohmer 1909?", "Rose Knox", "wen")
    assert marginal_partner(question, analysis)
    assert not_worth_asking(question, analysis)


def test_a_partner_the_text_returns_to_stays(nlp):
    analysis = _analysis(nlp, "Sax Rohmer", [" ".join([*ROHMER[:3], "Knox schrieb später seine Biografie.", ROHMER[4]])])
    question = _question(analysis, "Wen heiratete Rohmer 1909?", "Rose Knox", "wen")
    assert not marginal_partner(question, analysis)


MIRRORED = ("Auf Grund dieses Rückzugs vom Afrika-Cup wurde die Nationalmannschaft Togos vom Afrikanischen "
            "Fußballverband CAF zunächst für die nächsten zwei Turniere gesperrt.")


def test_a_reason_and_its_consequence_mirror_each_other_and_the_reason_stays(nlp):
    analysis = _analysis(nlp, "Sport in Togo", [MIRRORED])
    why = _question(analysis, "Warum wurde die Nationalmannschaft Togos vom Afrikanischen Fußballverband CAF zunächst "
                    "für die nächsten zwei Turniere gesperrt?", "auf Grund des Rückzugs vom Afrika-Cup", "warum")
    then = _question(analysis, "Welche Folgen hatte der Rückzug vom Afrika-Cup?", "dass die Nationalmannschaft Togos vom "
                     "Afrikanischen Fußballverband CAF zunächst für die nächsten zwei Turniere gesperrt wurde",
                     "welche-folgen")
    assert selection._gives_away(then, [why]) and selection._gives_away(why, [then])
    assert selection._mirrored_consequences([why, then]) == {id(then)}


def test_two_items_that_ask_different_parts_of_a_sentence_do_not_mirror(nlp):
    analysis = _analysis(nlp, "Sport in Togo", [MIRRORED])
    why = _question(analysis, "Warum wurde die Nationalmannschaft Togos zunächst gesperrt?",
                    "auf Grund des Rückzugs vom Afrika-Cup", "warum")
    who = _question(analysis, "Von wem wurde die Nationalmannschaft Togos zunächst gesperrt?",
                    "vom Afrikanischen Fußballverband CAF", "von wem")
    assert not selection._gives_away(who, [why]) and not selection._gives_away(why, [who])
    assert not selection._mirrored_consequences([why, who])


def test_the_date_of_an_event_with_a_partner_named_once_is_not_asked(nlp):
    analysis = _analysis(nlp, "Sax Rohmer", [" ".join(ROHMER)])
    question = _question(analysis, "In welchem Jahr heiratete Rohmer Rose Knox?", "1909", "in-welchem-jahr")
    assert marginal_partner(question, analysis)


def test_a_date_beside_a_reason_someone_claimed_stays(nlp):
    """ "weil sie den Valentinstag gefeiert hätten" is the charge, in Konjunktiv; the date was judged good."""
    analysis = _analysis(nlp, "Valentinstag", [
        "Im Jahre 2012 wurden mehr als 140 Muslime verhaftet, weil sie den Valentinstag gefeiert hätten."])
    question = _question(analysis, "Wann wurden mehr als 140 Muslime verhaftet?", "Im Jahre 2012", "wann")
    assert not reasoned_date(question, analysis.sentences[-1])


def test_a_date_beside_an_um_zu_purpose_stays(nlp):
    """An effects company is engaged to make the film: the purpose adds nothing the verb does not say."""
    analysis = _analysis(nlp, "Avatar", [
        "Im August 2006 wurde die Firma Weta Digital engagiert, um Avatar mit zu realisieren."])
    question = _question(analysis, "Wann wurde die Firma Weta Digital engagiert?", "Im August 2006", "wann")
    assert not reasoned_date(question, analysis.sentences[-1])
