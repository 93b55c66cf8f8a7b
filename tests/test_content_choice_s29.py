"""Content multiple choice from the clause structure (issue 12, session 29): people named by a
noun get other people of the text for "Wer", places and reasons get the text's other phrases of
their role in the same frame, and no option the text makes true as well."""

from __future__ import annotations

import random

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.content_choice import content_multiple_choice
from quizgen.generation.questions import _w_questions
from quizgen.model import Article


def _items(nlp, text: str):
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    facts = extract_facts(analysis)
    questions = _w_questions(analysis, facts)
    return questions, content_multiple_choice(analysis, facts, questions, random.Random(3), 4)


TABAK = ("Die Indianer nutzten Tabak schon vor langer Zeit. Die Seefahrer brachten die Pflanze nach Europa. "
         "Die Ärzte hielten Tabak zuerst für eine Medizin. Die Händler verkauften die Blätter in den Häfen. "
         "Heute warnen die Forscher vor dem Rauchen.")


def test_wer_about_people_named_by_a_noun_gets_other_people_of_the_text(nlp):
    questions, items = _items(nlp, TABAK)
    item = next(q for q in items if q.prompt.startswith("Wer brachte"))
    assert item.answer == "Die Seefahrer"
    wrong = [o for o in item.options if o != item.answer]
    assert len(wrong) == 3
    # people the text names by a noun of persons, in the answer's form (article and plural)
    assert set(wrong) <= {"Die Indianer", "Die Ärzte", "Die Händler", "Die Forscher"}
    assert item.sentence == next(q.sentence for q in questions if q.prompt == item.prompt)


def test_wer_gets_no_options_when_the_answer_is_no_person(nlp):
    text = ("Der Regen brachte das Wasser in die Stadt. Die Händler verkauften die Blätter. "
            "Die Ärzte hielten Tabak für eine Medizin. Die Forscher warnen vor dem Rauchen.")
    _, items = _items(nlp, text)
    assert not any(q.answer == "Der Regen" for q in items)


def test_a_place_in_which_the_answer_lies_is_no_wrong_option(nlp):
    text = ("Oskar Schindler wurde im Jahr 1908 in Zwittau geboren. Das lag damals in Österreich-Ungarn. "
            "Die Firma baute in Krakau eine Fabrik. Die Arbeiter wohnten in Brünnlitz. Der Zug hielt in Olmütz.")
    questions, items = _items(nlp, text)
    assert any(q.prompt.startswith("Wo wurde Oskar Schindler") for q in questions)
    for item in items:
        assert "In Österreich-Ungarn" not in item.options  # "das" is Zwittau: that option is also right


def test_place_options_keep_the_answers_preposition_and_form(nlp):
    text = ("Die Touristen wohnten in Zürich. Die Bauern verkauften ihr Gemüse in Basel. "
            "Die Studenten lernten in Genf. Die Händler trafen sich in Luzern.")
    questions, items = _items(nlp, text)
    places = [q for q in items if q.prompt.startswith("Wo ")]
    assert places, [q.prompt for q in questions]
    for item in places:
        assert all(o.startswith("In ") and len(o.split()) == 2 for o in item.options)
        assert len(set(item.options)) == len(item.options)


def test_a_reason_about_the_one_asked_about_is_no_wrong_option(nlp):
    text = ("Schindler verdiente viel Geld, weil Blech knapp war. Die Stadt wuchs schnell, weil viele Menschen kamen. "
            "Schindler trat in die Partei ein, weil Schindler Aufträge wollte. Die Preise stiegen, weil der Krieg begann.")
    _, items = _items(nlp, text)
    for item in items:
        if item.prompt.startswith("Warum") and "Schindler" in item.prompt:
            assert not any("Schindler" in o for o in item.options if o != item.answer)


def test_a_place_the_text_names_with_the_questions_verb_is_no_wrong_option(nlp):
    text = ("Die Händler wohnten in Rumänien. Die Wohnungen in Polen waren klein. Die Fabriken standen in Bulgarien. "
            "Die Ärzte arbeiteten in Serbien. Die Bauern verkauften ihr Gemüse in Ungarn.")
    questions, items = _items(nlp, text)
    item = next((q for q in items if q.prompt == "Wo wohnten die Händler?"), None)
    assert item is not None, [q.prompt for q in questions]
    assert "In Polen" not in item.options  # "Wohnungen in Polen": people may have lived there too
    assert len(item.options) >= 3
