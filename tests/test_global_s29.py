"""Session 29: a global task on every sheet that allows one (issue 12).

Round 26's readers: "no sheet has a true global task". A text without headings of its own and
without topic lines for most of its paragraphs now gets the heading that fits the whole text
(``gist_task``, multiple choice): the kinds of content the text shows most, against headings that
keep one of them and name kinds of which no sentence shows a cue; topic lines that list only a
few paragraphs ("Die Absätze 1, 4, 5 und 7–16 sind nicht in der Liste") give way to it.
"""

from __future__ import annotations

import random

import pytest
from test_global_s27 import _analysis

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation.global_task import (
    GIST_CUES,
    GIST_PROMPT,
    covers_text,
    gist_task,
    global_task,
)
from quizgen.pipeline import build_material
from quizgen.reading import read_article

# A life told in plain sentences (written for this test): where she came from, her family,
# her death; no war, no religion, no travels.
LIFE = [
    ("Maria Berger war eine Ärztin aus Österreich. Sie wurde im Jahr 1901 in Graz geboren. "
     "Ihr Vater war Lehrer, ihre Mutter arbeitete als Schneiderin. Die Eltern hatten wenig Geld."),
    ("Als junge Frau zog Maria Berger nach Wien. Dort wurde sie eine bekannte Ärztin für Kinder. "
     "Sie öffnete eine Praxis in einem armen Viertel der Stadt. Viele Familien kamen zu ihr, "
     "weil sie auch Menschen ohne Geld half. Oft arbeitete sie bis spät in die Nacht, und am Sonntag "
     "besuchte sie kranke Kinder zu Hause."),
    ("Maria Berger heiratete im Jahr 1930 einen Apotheker. Das Paar hatte zwei Kinder, einen Sohn "
     "und eine Tochter. Die Tochter wurde später selbst Ärztin und übernahm die Praxis der Mutter."),
    ("Im Alter schrieb Maria Berger ein Buch über ihre Arbeit mit armen Kindern. Das Buch wurde oft "
     "gelesen und in Schulen besprochen. Maria Berger starb im Jahr 1980 in Wien. Ihr Grab liegt "
     "auf dem Zentralfriedhof. Eine Straße in Wien trägt heute ihren Namen."),
]


@pytest.fixture(scope="module")
def sofia(nlp):
    return _analysis(nlp, "Sofia")


def _kinds(option: str) -> set[str]:
    listed = option.split(":")[-1].replace(" und ", ", ").split(", ")
    return {word.split()[0] for word in listed}


def test_the_whole_text_heading_names_what_the_text_shows_and_each_wrong_one_a_part(sofia):
    """Sofia (Klexikon) tells its history, its people and its churches: the right heading names
    them; each wrong one keeps one of them (it fits a part) and names kinds no sentence of the
    text shows (Klima, Verkehr: the text never says how the weather is)."""
    (question,) = gist_task(sofia, random.Random(1))
    assert question.type == "multiple_choice" and question.skill == "global" and question.prompt == GIST_PROMPT
    right = _kinds(question.answer)
    assert {"Geschichte", "Bevölkerung"} <= right
    text = " ".join(sentence.text for sentence in sofia.sentences)
    wrongs = [option for option in question.options if option != question.answer]
    assert len(wrongs) == 3 and len(set(question.options)) == 4
    for option in wrongs:
        kinds = _kinds(option)
        assert len(kinds) == len(right)  # parallel form: as many kinds as the right heading
        assert len(kinds & right) == 1  # fits a part of the text, never nothing at all
        assert all(not GIST_CUES[kind].search(text) for kind in kinds - right)
    assert "nicht die Rede" in question.explanation and "Absätze" in question.explanation


def _read(nlp, tmp_path, paragraphs):
    path = tmp_path / "Maria_Berger.txt"
    path.write_text("Maria Berger\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return analyze(nlp, read_article(path))


def test_a_life_gets_the_heading_of_a_life_and_a_short_text_none(nlp, tmp_path):
    """A biography written for this test: origin, family and death; a wrong heading names what
    it does not tell (war, religion, travels, friends). Cut to its first paragraph (under 150
    words) it gets no gist: a text that short has no parts to tell apart from the whole."""
    analysis = _read(nlp, tmp_path, LIFE)
    (question,) = gist_task(analysis, random.Random(1))
    assert question.answer.endswith("von Maria Berger")
    assert {"Herkunft", "Familie", "Tod"} <= _kinds(question.answer.removesuffix(" von Maria Berger"))
    for option in question.options:
        if option != question.answer:
            assert _kinds(option.removesuffix(" von Maria Berger")) & {"Krieg", "Religion", "Reisen", "Freunde", "Ausbildung"}
    short = _read(nlp, tmp_path, LIFE[:1])
    assert gist_task(short, random.Random(1)) == []


def test_burgenland_is_no_sight():
    """A castle is a sight, the Burgenland (a state) is not: the cue of "Sehenswürdigkeiten"
    takes whole words, else every sentence on Eisenstadt showed sights."""
    assert GIST_CUES["Sehenswürdigkeiten"].search("Eisenstadt ist die Hauptstadt des Burgenlandes.") is None
    assert GIST_CUES["Sehenswürdigkeiten"].search("In der Stadt steht das Schloss Esterházy.")


def test_topic_lines_of_a_few_paragraphs_do_not_cover_the_text(nlp):
    """Kreta's lines list three of its four paragraphs: a global task. Kasachstan's list three of
    twelve: they leave most of the text out, and the gist is preferred."""
    kreta, kasachstan = _analysis(nlp, "Kreta"), _analysis(nlp, "Kasachstan")
    (lines,) = global_task(kreta, random.Random(1), topic_lines=True)
    assert covers_text(lines, kreta)
    (lines,) = global_task(kasachstan, random.Random(1), topic_lines=True)
    assert not covers_text(lines, kasachstan)


def test_the_sheet_opens_its_multiple_choice_with_the_gist(sofia):
    """On Sofia's sheet the gist is the global task (its topic lines list half the text), the
    first multiple-choice item, and the sheet keeps its comprehension items."""
    questions = build_material(sofia, Options()).questions
    gist = [q for q in questions if q.skill == "global"]
    assert [q.prompt for q in gist] == [GIST_PROMPT]
    choices = [q for q in questions if q.type == "multiple_choice"]
    assert choices[0] is gist[0] or choices[0].prompt == GIST_PROMPT
    assert sum(q.focus == "content" for q in questions) >= 5
