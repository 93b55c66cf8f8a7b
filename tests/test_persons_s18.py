"""Who someone really was, what something was for, what a person did and with whom (issue 12, the
readers' key questions of round 16): ``wh_gaps``' "in Wahrheit" and aim questions, ``wh_facts``'
"Was tat X …?" and "Mit wem …?", on sentences of the unseen MLQA texts and others like them, run
through the real offline pipeline, with the sentences where nothing may be asked."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.generation.wh_gaps import gap_questions
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article, Question


def _analysed(nlp, text: str, title: str):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _gaps(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysed(nlp, text, title)
    return {q.prompt: q for q in gap_questions(analysis, extract_facts(analysis))}


def _more(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysed(nlp, text, title)
    return {q.prompt: q for q in more_questions(analysis, extract_facts(analysis))}


def _skills(asked: dict[str, Question], skill: str) -> list[str]:
    return [prompt for prompt, question in asked.items() if question.skill == skill]


# --- in Wahrheit -------------------------------------------------------------------------------


def test_what_a_supposed_person_was_in_truth(nlp):
    asked = _gaps(nlp, "Ein angeblicher Chirurg, der als Zeuge vor den Vereinten Nationen auftrat, war in Wahrheit "
                       "Zahnarzt und gestand später ein, gelogen zu haben.", "Zweiter Golfkrieg")
    question = asked["Was war der angebliche Chirurg in Wahrheit?"]
    assert question.answer == "Zahnarzt" and question.skill == "in-wahrheit" and question.type == "wh"


def test_who_the_supposed_role_of_a_relative_clause_was_in_truth(nlp):
    asked = _gaps(nlp, "Die fünfzehnjährige Nijirah al-Sabah, die als angebliche Krankenschwester unter Tränen vor dem "
                       "US-Kongress von den Säuglingsmorden berichtete, war die Tochter des kuwaitischen Botschafters "
                       "in den USA.", "Zweiter Golfkrieg")
    question = asked["Wer war die angebliche Krankenschwester in Wahrheit?"]
    assert question.answer == "die Tochter des kuwaitischen Botschafters"
    assert "Tochter des kuwaitischen Botschafters" in question.accepted


def test_an_indefinite_subject_without_seeming_is_not_asked(nlp):
    asked = _gaps(nlp, "Ein Mann, der als Zeuge vor Gericht auftrat, war in Wahrheit Zahnarzt.")
    assert _skills(asked, "in-wahrheit") == []


def test_a_role_of_the_relative_clause_that_is_no_seeming_is_not_asked(nlp):
    asked = _gaps(nlp, "Der Mann, der als Zeuge vor dem Gericht aussagte, war der Bruder des Angeklagten.")
    assert _skills(asked, "in-wahrheit") == []


def test_a_pronoun_without_a_certain_name_is_not_asked(nlp):
    asked = _gaps(nlp, "Peter Müller traf Paul Schmidt in Berlin. Er war in Wahrheit ein Spion der Regierung.")
    assert _skills(asked, "in-wahrheit") == []


# --- Ziel, Zweck, Aufgabe ----------------------------------------------------------------------------


def test_the_aim_of_protests_named_by_the_title(nlp):
    asked = _gaps(nlp, "Die Gefangenen verließen ihre Zellen nicht mehr. Das Ziel dieser Proteste war die "
                       "Wiederherstellung des Sonderstatus.", "Blanket Protest")
    question = asked["Was war das Ziel der Proteste?"]
    assert question.answer == "die Wiederherstellung des Sonderstatus" and question.skill == "was-ziel"


def test_an_aim_in_a_zu_infinitive(nlp):
    asked = _gaps(nlp, "Der Heimatverein Wiesental wurde 1990 gegründet. Ziel des Vereins ist es, die Kultur der "
                       "Region zu fördern.", "Heimatverein Wiesental")
    assert asked["Was ist das Ziel des Vereins?"].answer == "die Kultur der Region zu fördern"


def test_a_demonstrative_nothing_before_names_is_not_asked(nlp):
    asked = _gaps(nlp, "Sie fuhren im Sommer los. Das Ziel dieser Reise war die Hauptstadt des Landes.")
    assert _skills(asked, "was-ziel") == []


def test_an_aim_without_whose_is_not_asked(nlp):
    asked = _gaps(nlp, "Die Gruppe traf sich jede Woche. Das Ziel war die Gründung einer Partei.")
    assert _skills(asked, "was-ziel") == []


# --- Was tat X …? --------------------------------------------------------------------------------


def test_what_a_person_did_over_a_time(nlp):
    asked = _more(nlp, "In den Kriegsjahren reiste Goldman weiterhin umher, hielt Reden gegen den Krieg und traf "
                       "andere Mitglieder der radikalen Linken in Amerika.", "Emma Goldman")
    question = asked["Was tat Goldman in den Kriegsjahren?"]
    assert question.answer == ("reiste weiterhin umher, hielt Reden gegen den Krieg und traf andere Mitglieder der "
                               "radikalen Linken in Amerika")
    assert question.skill == "was-tat"


def test_one_predicate_is_a_detail_and_not_asked(nlp):
    asked = _more(nlp, "In den Kriegsjahren reiste Goldman durch ganz Amerika.", "Emma Goldman")
    assert _skills(asked, "was-tat") == []


def test_a_pronoun_subject_is_not_asked(nlp):
    asked = _more(nlp, "In den Kriegsjahren reiste sie umher, hielt Reden gegen den Krieg und traf andere "
                       "Mitglieder der radikalen Linken.", "Emma Goldman")
    assert _skills(asked, "was-tat") == []


def test_a_contrast_between_the_predicates_is_not_asked(nlp):
    asked = _more(nlp, "Nach dem Krieg kehrte Kamen nach Berkeley zurück, verlor aber bald seine Stelle.", "Martin Kamen")
    assert _skills(asked, "was-tat") == []


# --- Mit wem …? ----------------------------------------------------------------------------------


def test_with_whom_the_article_s_person_did_something(nlp):
    asked = _more(nlp, "Im Januar 2016 veröffentlichten Baekhyun und Bae Suzy ein Duett mit dem Titel \"Dream\".",
                  "Baekhyun")
    question = asked['Mit wem veröffentlichte Baekhyun im Januar 2016 ein Duett mit dem Titel "Dream"?']
    assert question.answer == "Bae Suzy" and "mit Bae Suzy" in question.accepted and question.skill == "mit-wem"


def test_with_whom_only_of_the_person_the_article_is_about(nlp):
    asked = _more(nlp, "Im Januar 2016 veröffentlichten Baekhyun und Bae Suzy ein Duett mit dem Titel \"Dream\".",
                  "Bae Suzy")
    assert _skills(asked, "mit-wem") == []


def test_the_questions_reach_the_worksheet_pool(nlp):
    analysis = _analysed(nlp, "Die Gefangenen verließen ihre Zellen nicht mehr. Das Ziel dieser Proteste war die "
                              "Wiederherstellung des Sonderstatus.", "Blanket Protest")
    assert "Was war das Ziel der Proteste?" in {q.prompt for q in _w_questions(analysis, extract_facts(analysis))}


# --- Wer war X? from an apposition in the accusative or dative -------------------------------------


def test_a_dative_apposition_is_put_in_the_nominative(nlp):
    asked = _more(nlp, "Das Haus gehörte William Jeffrey, einem Börsenmakler. Jeffrey verkaufte es 1900.")
    assert asked["Wer war William Jeffrey?"].answer == "ein Börsenmakler"


def test_an_accusative_apposition_with_a_weak_noun_and_a_place(nlp):
    asked = _more(nlp, "Sie heiratete 1920 Paul Weber, einen Architekten aus Wien. Paul Weber starb 1950.")
    assert asked["Wer war Paul Weber?"].answer == "ein Architekt aus Wien"


def test_a_dative_apposition_between_commas(nlp):
    asked = _more(nlp, "Er arbeitete mit Li Hongzhang, einem General der Qing-Dynastie, zusammen. Li Hongzhang starb 1901.")
    assert asked["Wer war Li Hongzhang?"].answer == "ein General der Qing-Dynastie"


def test_a_subject_running_into_the_named_object_is_not_asked(nlp):
    asked = _more(nlp, "In Barre traf Goldman Luigi Galleani, einen italienischen Anarchisten, der eine Zeitschrift "
                       "herausgab. Goldman kannte Galleani schon lange.", "Emma Goldman")
    assert not [prompt for prompt in asked if prompt.startswith("Wer war")]


def test_an_apposition_whose_article_and_noun_disagree_is_not_asked(nlp):
    asked = _more(nlp, "Das Haus gehörte William Jeffrey, einer Börsenmakler. Jeffrey verkaufte es 1900.")
    assert "Wer war William Jeffrey?" not in asked


def test_a_feminine_dative_apposition_with_an_adjective(nlp):
    asked = _more(nlp, "Sie traf sich mit Anna Schmidt, einer bekannten Malerin. Schmidt lebte in Rom.")
    assert asked["Wer war Anna Schmidt?"].answer == "eine bekannte Malerin"
