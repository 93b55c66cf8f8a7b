"""Item kinds round-16 readers judged bad (issue 12, session 17): a date from a paragraph told by
dates, a month or the answer inside a word of the question, a place the title names and a time
that names none (``worth.chronicle_date``, ``month_compound``, ``answer_in_compound``,
``titled_place``, ``empty_time``)."""

from __future__ import annotations

from test_worth_s16 import _analysis, _question

from quizgen.generation.worth import (
    answer_in_compound,
    chronicle_date,
    empty_time,
    everyday_definition,
    month_compound,
    not_worth_asking,
    titled_place,
)

BIOGRAPHY = [
    "Sie wuchs in Hamburg auf und studierte dort ab 1921 Physik.",
    "1925 wurde sie mit einer Arbeit über Kristalle promoviert.",
    "Danach ging sie an die Universität Göttingen.",
    "1931 erhielt sie dort eine Stelle als Assistentin.",
    "1933 verlor sie diese Stelle und wanderte nach England aus.",
    "1938 heiratete sie einen englischen Chemiker.",
    "Nach dem Krieg kehrte sie nicht mehr zurück.",
    "1952 gewann sie einen Prozess gegen eine Londoner Zeitung.",
]


def test_a_date_from_a_paragraph_told_by_dates_is_not_asked(nlp):
    analysis = _analysis(nlp, "Erna Berger", [" ".join(BIOGRAPHY)])
    question = _question(analysis, "Wann gewann Erna Berger einen Prozess gegen eine Londoner Zeitung?", "1952", "wann")
    assert chronicle_date(question, analysis)
    assert not_worth_asking(question, analysis)


def test_a_date_among_few_dates_stays(nlp):
    """Two dated sentences of four: the date is an event of the paragraph, not one of a list."""
    analysis = _analysis(nlp, "Erna Berger", [" ".join([*BIOGRAPHY[2:4], BIOGRAPHY[6], BIOGRAPHY[7]])])
    question = _question(analysis, "Wann gewann Erna Berger einen Prozess gegen eine Londoner Zeitung?", "1952", "wann")
    assert not chronicle_date(question, analysis)


def test_a_time_without_a_year_in_a_chronicle_stays(nlp):
    """ "Nach dem Krieg" relates two events; the rule is about the scanned years."""
    analysis = _analysis(nlp, "Erna Berger", [" ".join(BIOGRAPHY[:7])])
    question = _question(analysis, "Wann kehrte Erna Berger nicht mehr zurück?", "nach dem Krieg", "wann")
    assert not chronicle_date(question, analysis)


def test_a_month_in_a_word_of_the_question_gives_the_time_away(nlp):
    analysis = _analysis(nlp, "Geschichte Berlins", ["Anfang 1919 erschütterte der Januaraufstand die Stadt."])
    question = _question(analysis, "Wann erschütterte der Januaraufstand die Stadt?", "Anfang 1919", "wann")
    assert month_compound(question)
    assert not_worth_asking(question, analysis)


def test_a_word_that_begins_like_a_month_and_a_named_day_stay(nlp):
    """ "Maisfeld" is no month; the weekday a question is about gives no time away."""
    analysis = _analysis(nlp, "Mais", ["Im Herbst ernten die Bauern das Maisfeld mit großen Maschinen."])
    question = _question(analysis, "Wann ernten die Bauern das Maisfeld mit großen Maschinen?", "im Herbst", "wann")
    assert not month_compound(question)
    analysis = _analysis(nlp, "Woche", ["Seit 1976 ist der Montag in Deutschland der erste Tag der Woche."])
    question = _question(analysis, "Seit wann ist der Montag in Deutschland der erste Tag der Woche?", "1976",
                         "seit wann")
    assert not not_worth_asking(question, analysis)


def test_the_answer_inside_a_compound_of_the_question_gives_it_away(nlp):
    analysis = _analysis(nlp, "Weihrauchuhren", ["Die Räucherstäbchen wurden in Stabform oder als Spiralen verwendet."])
    question = _question(analysis, "Was wurde in Stabform oder als Spiralen verwendet?", "die Räucherstäbchen", "was")
    assert answer_in_compound(question, analysis)
    assert not_worth_asking(question, analysis)


def test_the_topic_in_a_compound_and_an_unrelated_compound_stay(nlp):
    """ "Tabakfelder" repeats the title's word, not the answer; "Setzlinge" shares no part with "Ackerfläche"."""
    analysis = _analysis(nlp, "Tabak", ["Im Frühjahr pflanzt man die Setzlinge auf die Ackerfläche."])
    planted = _question(analysis, "Was pflanzt man im Frühjahr auf die Ackerfläche?", "die Setzlinge", "was")
    assert not answer_in_compound(planted, analysis)
    analysis = _analysis(nlp, "Tabak", ["Tabak ist sehr anfällig für Schimmel, deshalb bespritzt man die Tabakfelder."])
    topic = _question(analysis, "Was ist sehr anfällig für Schimmel?", "Tabak", "was")
    assert not answer_in_compound(topic, analysis)


def test_a_place_the_title_names_is_not_asked(nlp):
    analysis = _analysis(nlp, "Geschichte Berlins", ["Am 9. November 1918 wurde in Berlin die Republik ausgerufen."])
    question = _question(analysis, "Wo wurde am 9. November 1918 die Republik ausgerufen?", "in Berlin", "wo")
    assert titled_place(question, analysis)
    assert not_worth_asking(question, analysis)


def test_a_place_the_title_does_not_name_stays(nlp):
    analysis = _analysis(nlp, "Novemberrevolution", ["Am 9. November 1918 wurde in Berlin die Republik ausgerufen."])
    question = _question(analysis, "Wo wurde am 9. November 1918 die Republik ausgerufen?", "in Berlin", "wo")
    assert not titled_place(question, analysis)


def test_a_time_of_unstated_length_is_no_answer(nlp):
    analysis = _analysis(nlp, "Weihrauchuhren",
                         ["Durch das Abbrennen des Stäbchens fiel das Gewicht nach einer gewissen Zeit auf einen Gong."])
    question = _question(analysis, "Wann fiel das Gewicht durch das Abbrennen des Stäbchens auf einen Gong?",
                         "nach einer gewissen Zeit", "wann")
    assert empty_time(question)
    assert not_worth_asking(question, analysis)


def test_a_counted_or_named_time_stays(nlp):
    analysis = _analysis(nlp, "Der Vorleser", ["Die Dreharbeiten wurden nach fünf Wochen abgebrochen."])
    counted = _question(analysis, "Wann wurden die Dreharbeiten abgebrochen?", "nach fünf Wochen", "wann")
    assert not empty_time(counted)
    analysis = _analysis(nlp, "Emma Goldman", ["In den Kriegsjahren reiste Goldman weiterhin umher."])
    named = _question(analysis, "Wann reiste Goldman umher?", "in den Kriegsjahren", "wann")
    assert not empty_time(named)


def test_the_definition_of_an_everyday_word_is_not_asked(nlp):
    analysis = _analysis(nlp, "Woche", ["Eine Woche ist eine gebräuchliche Zeiteinheit von sieben Tagen."])
    question = _question(analysis, "Was ist eine Woche?", "eine gebräuchliche Zeiteinheit von sieben Tagen", "was")
    assert everyday_definition(question)
    assert not_worth_asking(question, analysis)


def test_the_definition_of_a_less_common_word_stays(nlp):
    analysis = _analysis(nlp, "Scheune", ["Eine Scheune ist ein Lagerraum auf einem Bauernhof."])
    question = _question(analysis, "Was ist eine Scheune?", "ein Lagerraum auf einem Bauernhof", "was")
    assert not everyday_definition(question)
    assert not not_worth_asking(question, analysis)
