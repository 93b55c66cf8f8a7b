"""Names and fame (session 15, issue 12): "Wie wird X genannt?", "Unter welchem Namen ist X bekannt?"
(``wh_names.called_questions``), "Wofür / Wodurch ist X bekannt?" and "Als was wurde X bekannt?"
(``wh_content``), on German sentences from MLQA paragraphs through the real offline pipeline, and
the sentences where none may be asked."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_content import content_questions
from quizgen.generation.wh_names import name_questions
from quizgen.model import Article, Question

NAME_SKILLS = ("wie-genannt", "unter-welchem-namen")
FAME_SKILLS = ("wofür-bekannt", "wodurch-bekannt", "als-was")


def _analysed(nlp, text: str, title: str):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _names(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysed(nlp, text, title)
    return {q.prompt: q for q in name_questions(analysis, extract_facts(analysis)) if q.skill in NAME_SKILLS}


def _fame(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysed(nlp, text, title)
    return {q.prompt: q for q in content_questions(analysis, extract_facts(analysis)) if q.skill in FAME_SKILLS}


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # MLQA dev (Valentinstag): the parse joins the name to the subject ("der Valentinstag
        # Ystävänpäivä"); the translation in brackets stays out of the key
        ("In Finnland wird der Valentinstag Ystävänpäivä („Tag der Freunde“) genannt.",
         "Wie wird der Valentinstag in Finnland genannt?", "Ystävänpäivä"),
        # MLQA dev (Queen Victoria Building): the name read as the subject gave "Wer wurde … genannt?"
        ("Der 1898 fertiggestellte Bau wurde zuerst George Street Market genannt.",
         "Wie wurde der 1898 fertiggestellte Bau zuerst genannt?", "George Street Market"),
        # MLQA dev (Harvard): a genitive belongs to the named thing
        ("Die Sportteams der Universität werden Harvard Crimson genannt.",
         "Wie werden die Sportteams der Universität genannt?", "Harvard Crimson"),
        # MLQA dev (Valentinstag): a quoted name, without its quotation marks in the key
        ("In Japan wird der Tag „White Day“ genannt.", "Wie wird der Tag in Japan genannt?", "White Day"),
        # active with "man"; a last "auch" would dangle at the question's end
        ("In Australien nennt man den Uluru auch Ayers Rock.", "Wie nennt man den Uluru in Australien?", "Ayers Rock"),
    ],
)
def test_what_a_thing_is_called(nlp, text, prompt, answer):
    asked = _names(nlp, text)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer
    assert asked[prompt].skill == "wie-genannt"


def test_known_under_a_name(nlp):
    # MLQA dev (Valentinstag): "Unter welchem Namen ist der 14. Februar bekannt?" asked a reader;
    # the tagger reads "bekannt" as a participle of "bekennen" here
    asked = _names(nlp, "In Guatemala ist der Valentinstag als Día del cariño („Tag des Lieblings“) bekannt.")
    question = asked["Unter welchem Namen ist der Valentinstag in Guatemala bekannt?"]
    assert question.answer == "Día del cariño"
    assert "als Día del cariño" in question.accepted


@pytest.mark.parametrize(
    "text",
    [
        # the named thing only the sentence before gives ("Dieser Tag")
        "Dieser Tag ist auch in Japan unter dem Namen Tanabata bekannt.",
        # a role, no name: "Als was" asks it (wh_content)
        "Franz Marc wurde vor allem als Maler von Tieren bekannt.",
        # a common noun as the key asks for a word, not a fact (``wellformed``: judged bad)
        "In China wird der Valentinstag „Liebhaberfest“ genannt.",
        "In Bayern nennt man das Brötchen auch Semmel.",
        # negated: no name to learn
        "In Deutschland wird der Valentinstag nicht Freundestag genannt.",
        # two names in a list: one key would not be whole
        "Tragbare Computer werden auch „transportable“ oder „luggable“ PC genannt.",
        # a pronoun as the named thing's object: its case would need the name declined
        "Man nennt ihn den Vater der Physik.",
        # "genannt" of a person in a bracket is no naming clause of its own
        "Er war der jüngste Sohn von Mohandas Gandhi (genannt Mahatma Gandhi).",
    ],
)
def test_no_name_question(nlp, text):
    assert not _names(nlp, text)


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "skill"),
    [
        # "bekannt" left outside every phrase (tagged as a particle)
        ("Theodosius von Bithynien war für seine Sonnenuhren bekannt.",
         "Wofür war Theodosius von Bithynien bekannt?", "für seine Sonnenuhren", "wofür-bekannt"),
        ("Die Stadt Merced ist bekannt für ihre gute Verkehrsanbindung.",
         "Wofür ist die Stadt Merced bekannt?", "für ihre gute Verkehrsanbindung", "wofür-bekannt"),
        # werden: the question stays in the Präteritum ("ist … berühmt geworden" is no Perfekt of a verb the tables know)
        ("Der Maler Franz Marc wurde durch seine Bilder von blauen Pferden berühmt.",
         "Wodurch wurde Franz Marc berühmt?", "durch seine Bilder von blauen Pferden", "wodurch-bekannt"),
        # "bekannt werden" that the analysis joined into one verb ("bekanntwerden")
        ("Franz Marc wurde vor allem als Maler von Tieren bekannt.",
         "Als was wurde Franz Marc vor allem bekannt?", "als Maler von Tieren", "als-was"),
    ],
)
def test_what_someone_is_known_for(nlp, text, prompt, answer, skill):
    asked = _fame(nlp, text)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer
    assert asked[prompt].skill == skill


@pytest.mark.parametrize(
    "text",
    [
        # the answer points back ("dafür")
        "Theodosius von Bithynien war dafür bekannt.",
        # the possessive is London's, not the two streets' (Wikipedia, London)
        "Saville Row und Jermyn Street sind für seine Maßschneidereien bekannt.",
        # fame without what for
        "Die Stadt Merced ist in ganz Kalifornien bekannt.",
        # a passive: "durch" names the agent, wh_content's "Durch wen" asks it, not fame
        "Die Regel wurde durch den Mathematiker Alfred Marshall bekannt gemacht.",
    ],
)
def test_no_fame_question(nlp, text):
    assert not [p for p, q in _fame(nlp, text).items() if q.skill != "als-was"]
