"""Items strict readers judged bad (issue 12, session 23): an event question that names nothing but
a year ("Was geschah 1809 mit Eisenstadt?", ``selection.year_cued``), an open date question from a
section told by its years (``selection.side_date``), a detail of a sentence that adds a fact with
"außerdem" ("Wo wird Bauern-Tabak angebaut?", ``selection.addition``), a kind of process asked in
the text's terms ("Was setzt sich bei der Fermentation fort? – chemische und enzymatische
Prozesse", ``worth.kind_of_process``) and a time counted back from the writer's day ("bis ins
letzte Jahrhundert", ``worth.relative_time``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_worth_r2_s20 import _analysis

from quizgen.analysis import analyze
from quizgen.generation import selection
from quizgen.generation.worth import kind_of_process, not_worth_asking, relative_time
from quizgen.model import Analysis, Question
from quizgen.reading import read_article


def _question(analysis: Analysis, text: str, prompt: str, answer: str, skill: str, kind: str = "wh") -> Question:
    sentence = next(s for s in analysis.sentences if s.text.startswith(text))
    return Question(id="", type=kind, prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


@pytest.fixture(scope="module")
def eisenstadt(nlp, devdata) -> Analysis:
    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Eisenstadt.txt"))


def test_an_event_named_only_by_its_year_is_an_entry_of_the_chronicle(eisenstadt):
    salience = selection._salience(eisenstadt)
    question = _question(eisenstadt, "1809 wurde Eisenstadt", "Was geschah 1809 mit Eisenstadt?",
                         "wurde während der Koalitionskriege von französischen Truppen besetzt", "was-geschah-mit")
    assert selection.year_cued(question) and selection._dated(question)
    assert selection.side_date(question, salience)
    assert not selection.central(question, salience)


def test_an_open_date_of_the_chronicle_is_a_side_date_its_choice_is_not(eisenstadt):
    """Readers judged "Wann erhielt Eisenstadt das Marktrecht?" good four times as a multiple
    choice (the section's other years as options) and "In welchem Jahr …?" bad three times open."""
    salience = selection._salience(eisenstadt)
    choice = _question(eisenstadt, "1388 erhielt Eisenstadt", "Wann erhielt Eisenstadt das Marktrecht?", "1388", "wann",
                       kind="multiple_choice")
    assert not selection.side_date(choice, salience)
    assert selection.side_date(replace(choice, type="wh"), salience)


NIEUW_NEDERLAND = ("Nieuw Nederland war eine niederländische Kolonie in Nordamerika. "
                   "1664 wurde die Kolonie von englischen Truppen erobert.")


def test_the_same_event_question_on_a_short_text_stays(nlp):
    """People asked "Was geschah 1664 mit der Kolonie Nieuw Nederland?" of a short paragraph: there
    the year is the story's one event, not an index into a chronicle."""
    analysis = _analysis(nlp, "Nieuw Nederland", [NIEUW_NEDERLAND])
    question = _question(analysis, "1664 wurde", "Was geschah 1664 mit der Kolonie?", "wurde von englischen Truppen erobert",
                         "was-geschah-mit")
    salience = selection._salience(analysis)
    assert selection.year_cued(question)
    assert not selection.side_date(question, salience)
    assert selection.central(question, salience)


def test_a_deed_at_a_place_is_no_year_cue(nlp):
    analysis = _analysis(nlp, "Aare", ["In Bern macht die Aare einen Bogen um die Altstadt herum."])
    question = _question(analysis, "In Bern", "Was macht die Aare in Bern?", "macht einen Bogen um die Altstadt herum",
                         "was-tat")
    assert not selection.year_cued(question) and not selection._dated(question)


FERMENTATION = ("Bei der Fermentation setzen sich chemische und enzymatische Prozesse fort, die bei der Reife des "
                "Blattes beginnen und in der Trocknung weitergehen.")


def test_a_kind_of_process_in_the_texts_terms_is_not_asked(nlp):
    analysis = _analysis(nlp, "Tabak", [FERMENTATION])
    question = _question(analysis, "Bei der Fermentation", "Was setzt sich bei der Fermentation fort?",
                         "chemische und enzymatische Prozesse", "was")
    assert kind_of_process(question, analysis.sentences[question.sentence])
    assert not_worth_asking(question, analysis)


def test_a_process_named_by_its_matter_stays(nlp):
    analysis = _analysis(nlp, "Tabak", ["Bei der Fermentation setzt sich der Abbau der Stärke im Blatt fort."])
    question = _question(analysis, "Bei der Fermentation", "Was setzt sich bei der Fermentation fort?",
                         "der Abbau der Stärke im Blatt", "was")
    assert not kind_of_process(question, analysis.sentences[question.sentence])
    process = _analysis(nlp, "Tabak", ["Bei der Fermentation setzen sich Prozesse des Abbaus von Stärke fort."])
    matter = _question(process, "Bei der Fermentation", "Was setzt sich bei der Fermentation fort?",
                       "Prozesse des Abbaus von Stärke", "was")
    assert not kind_of_process(matter, process.sentences[matter.sentence])


@pytest.fixture(scope="module")
def tabak(nlp, devdata) -> Analysis:
    return analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Tabak.txt"))


def test_a_detail_the_text_adds_with_ausserdem_is_no_main_point(tabak):
    salience = selection._salience(tabak)
    added = _question(tabak, "In Osteuropa wird außerdem", "Wo wird Bauern-Tabak angebaut?", "in Osteuropa", "wo")
    assert selection.addition(added, salience)
    assert not selection.central(added, salience)
    why = replace(added, prompt="Warum wird in Osteuropa Bauern-Tabak angebaut?", skill="warum")
    assert not selection.addition(why, salience)  # a cause is asked whatever the sentence adds


def test_an_adjective_ferner_adds_nothing(nlp):
    filler = "Die Aare fließt von den Alpen durch Bern und Solothurn bis zum Rhein. " * 70
    analysis = _analysis(nlp, "Aare", [filler, "In ferner Zukunft wird die Aare wieder frei fließen."])
    assert analysis.word_count >= selection.LONG_TEXT
    assert analysis.sentences[-1].index not in selection._salience(analysis).additions


def test_a_time_counted_back_from_the_writers_day_is_no_answer():
    question = Question(id="", type="wh", prompt="Bis wann wurden aus fermentierten Tabakblättern überwiegend Stränge "
                        "geflochten?", answer="bis ins letzte Jahrhundert", sentence=0, evidence="", skill="bis wann")
    assert relative_time(question)
    assert not relative_time(replace(question, answer="bis ins letzte Jahrzehnt des 19. Jahrhunderts"))
    assert not relative_time(replace(question, answer="bis 1950"))
