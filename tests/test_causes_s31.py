"""Reasons and consequences across two sentences (generation/wh_causes.py, generation/wh_effects.py),
which round 28's readers missed ("why the Aare was diverted"): a problem and the measure taken
against its cause, a "deshalb" whose sentence before says more than the reason, a "Deshalb …" /
"Aus diesem Grund …" that opens a paragraph, a demonstrative subject in the reason ("Diese brach
… zusammen"), "Das führte zu …" and "Die Folge war …"; on German sentences through the offline
pipeline, with the sentences where nothing may be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation.wh_causes import cause_questions
from quizgen.model import Article, Question


def _asked(nlp, text: str) -> dict[str, Question]:
    """The cause questions of ``text``, whose paragraphs are split by blank lines."""
    spans, at = [], 0
    for part in text.split("\n\n"):
        spans.append((at, at + len(part)))
        at += len(part) + 2
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=tuple(spans))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in cause_questions(analysis, extract_facts(analysis))}


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # a problem, then the measure against its cause (Klexikon, Aare): the first of two participles asks
        (("Unterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland. Sie hat viele Überschwemmungen "
         "verursacht. Die Aare wurde dann in den Hagneckkanal gelegt und in den Bielersee geleitet."),
         "Warum wurde die Aare in den Hagneckkanal gelegt?", "weil die Aare viele Überschwemmungen verursacht hat"),
        ("Der Fluss hat im Frühjahr oft Schäden angerichtet. Der Fluss wurde deshalb begradigt.",
         "Warum wurde der Fluss begradigt?", "weil der Fluss im Frühjahr oft Schäden angerichtet hat"),
        # the dass-clause of "so hoch" goes (its "dort" points to the phrase it leaves behind)
        (("In manchen Stadtteilen sind die Mieten so hoch, dass dort nur noch reiche Menschen wohnen können. Viele "
         "Familien ziehen deshalb in die Vororte."),
         "Warum ziehen viele Familien in die Vororte?", "weil in manchen Stadtteilen die Mieten so hoch sind"),
        # "auch" and the reason's own weil-clause go (Klexikon, London)
        (("Viele junge Menschen ziehen auch aus anderen Teilen des Landes nach Berlin, weil sie dort studieren wollen. "
         "In Berlin hört man darum viele verschiedene Dialekte."),
         "Warum hört man in Berlin viele verschiedene Dialekte?",
         "weil viele junge Menschen aus anderen Teilen des Landes nach Berlin ziehen"),
        # "Aus diesem Grund" opening a paragraph points to the last sentence of the one before (Wikipedia, London)
        (("Die London Bridge war bis 1739 die einzige Brücke über die Themse.\n\nAus diesem Grund liegt der größere "
         "Teil der Stadt am Nordufer."),
         "Warum liegt der größere Teil der Stadt am Nordufer?",
         "weil die London Bridge bis 1739 die einzige Brücke über die Themse war"),
        # "Diese" stands for the one noun phrase of the sentence before that agrees with it (Klexikon, Kasachstan)
        (("Ab dem Jahr 1922 war Russland die kommunistische Sowjetunion. Diese brach im Jahr 1991 zusammen. Dadurch "
         "wurde Kasachstan ein unabhängiger Staat."),
         "Warum wurde Kasachstan ein unabhängiger Staat?", "weil die kommunistische Sowjetunion im Jahr 1991 zusammenbrach"),
    ],
)
def test_a_reason_in_the_sentence_before_answers(nlp, text, prompt, answer):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer
    assert asked[prompt].skill == "warum"
    assert asked[prompt].type == "wh"


def test_the_measure_accepts_the_problem_as_written(nlp):
    asked = _asked(nlp, "Unterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland. Sie hat viele "
                        "Überschwemmungen verursacht. Die Aare wurde dann in den Hagneckkanal gelegt.")
    question = asked["Warum wurde die Aare in den Hagneckkanal gelegt?"]
    assert "Sie hat viele Überschwemmungen verursacht" in question.accepted
    assert "Sie hat viele Überschwemmungen verursacht." in question.evidence


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        ("Im Sommer 1816 fiel die Ernte in Europa fast vollständig aus. Das führte zu einer großen Hungersnot.",
         "Welche Folgen hatte es, dass im Sommer 1816 die Ernte in Europa fast vollständig ausfiel?",
         "zu einer großen Hungersnot"),
        ("Die Ernte fiel 1816 fast vollständig aus. Die Folge war eine große Hungersnot.",
         "Welche Folgen hatte es, dass die Ernte 1816 fast vollständig ausfiel?", "eine große Hungersnot"),
        ("Die Ernte fiel 1816 fast vollständig aus. Die Folge davon war, dass viele Menschen hungerten.",
         "Welche Folgen hatte es, dass die Ernte 1816 fast vollständig ausfiel?", "dass viele Menschen hungerten"),
    ],
)
def test_a_consequence_pointing_back_asks_for_what_followed(nlp, text, prompt, answer):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer
    assert asked[prompt].skill == "welche-folgen"


@pytest.mark.parametrize(
    "text",
    [
        # a name given after the harm is no measure against it
        "Der Sturm zerstörte viele Häuser. Der Sturm wurde später Lothar genannt.",
        # the harm was done by another than the one the measure is for: which caused what, the words do not say
        "Das Hochwasser hat die Brücke zerstört. Die Brücke wurde 1990 wieder aufgebaut.",
        # "Diese" might be the party or the Soviet Union: no name is certain
        ("Im Jahr 1922 gründeten Lenin und die Partei die Sowjetunion. Diese brach im Jahr 1991 zusammen. Dadurch wurde "
        "Kasachstan ein unabhängiger Staat."),
        # "darum" inside a paragraph's first sentence may point to the whole paragraph before
        ("Die London Bridge war bis 1739 die einzige Brücke über die Themse.\n\nDer größere Teil der Stadt liegt darum "
        "am Nordufer."),
        # "Die Folge" that is judged, not named
        "Die Ernte fiel 1816 fast vollständig aus. Die Folge war nicht überraschend.",
    ],
)
def test_no_reason_or_consequence_where_the_link_is_not_sure(nlp, text):
    asked = _asked(nlp, text)
    assert not [p for p in asked if p.startswith(("Warum", "Welche Folgen"))], sorted(asked)
