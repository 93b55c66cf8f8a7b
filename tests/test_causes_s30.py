"""Reasons, purposes and changes the readers' key questions of round 27 ask and the generators
did not (generation/wh_causes.py, generation/wh_contrast.py): a fronted "Durch …" cause of a state
whose sentence ends with a relative clause ("Warum gibt es dort viele Tiere und Pflanzen, die es
nirgendwo anders gibt?", Galapagosinseln Klexikon), an "um … zu" purpose with an "als Reaktion
auf …" phrase inside (the summit of the seed), "moderne X" set against "früher" (Scheune
Klexikon); on real German sentences through the offline pipeline, with sentences where nothing
may be asked."""

from __future__ import annotations

import pytest
from test_wh_causes import _asked

from quizgen.extraction import extract_facts
from quizgen.generation.wh_contrast import contrast_questions
from quizgen.model import Article


def _article(nlp, text: str, title: str = "Test"):
    from quizgen.analysis import analyze

    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


GALAPAGOS = ("Ein Urlaub auf den Galapagosinseln ist teuer. Die Galapagosinseln sind aus Vulkanen entstanden. "
             "Durch die Abgeschiedenheit der Inseln findet man dort viele Tiere und Pflanzen, die es nirgendwo "
             "anders auf der Welt gibt.")


def test_a_cause_of_a_state_keeps_the_relative_clause_and_names_the_place(nlp):
    from quizgen.generation.wh_causes import cause_questions

    analysis = _article(nlp, GALAPAGOS, "Galapagosinseln")
    asked = {q.prompt: q for q in cause_questions(analysis, extract_facts(analysis))}
    prompt = ("Warum findet man auf den Galapagosinseln viele Tiere und Pflanzen, die es nirgendwo anders auf der "
              "Welt gibt?")
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == "durch die Abgeschiedenheit der Inseln"
    assert "die Abgeschiedenheit der Inseln" in asked[prompt].accepted
    assert "weil die Inseln abgeschieden sind" in asked[prompt].accepted  # as a student who understood says it


@pytest.mark.parametrize(
    "text",
    [
        # a way through a place, not a cause
        "Durch die Altstadt fließt der Iskar, der im Rila-Gebirge entspringt.",
        # the relative clause points outside the question ("dort": where, the question would not say)
        "Durch die Trockenheit findet man viele Pflanzen, die dort das ganze Jahr blühen.",
    ],
)
def test_no_cause_question_where_the_durch_phrase_or_the_clause_does_not_fit(nlp, text):
    asked = _asked(nlp, text)
    assert not [p for p in asked if p.startswith(("Warum", "Wodurch"))], sorted(asked)


def test_an_action_by_means_stays_wodurch(nlp):
    asked = _asked(nlp, "Durch die Isolation vom ungarischen Mutterland behielten die Tschangos ihren eigenständigen "
                        "Dialekt bei.")
    assert "Wodurch behielten die Tschangos ihren eigenständigen Dialekt bei?" in asked, sorted(asked)


def test_a_purpose_without_the_reaction_it_answers(nlp):
    text = ("Staats- und Regierungschefs aus Südkorea, den Vereinigten Staaten und Japan werden am Freitag ebenfalls "
            "ein trilaterales Gipfeltreffen in Washington abhalten, um die Sicherheitszusammenarbeit als Reaktion auf "
            "Nordkoreas wachsende nukleare und Raketenbedrohungen zu stärken.")
    asked = _asked(nlp, text)
    wozu = [q for p, q in asked.items() if p.startswith("Wozu") and "Gipfeltreffen" in p]
    assert len(wozu) == 1, sorted(asked)
    assert wozu[0].answer == "um die Sicherheitszusammenarbeit zu stärken"
    assert any("als Reaktion auf" in v for v in wozu[0].accepted)


def test_an_als_phrase_that_is_the_purpose_stays(nlp):
    asked = _asked(nlp, "Die Indianer bauten Tabak an, um ihn als Medizin gegen Schmerzen zu verwenden.")
    answers = [q.answer for p, q in asked.items() if p.startswith("Wozu")]
    assert all("als Medizin" in a for a in answers), answers


def test_modern_things_set_against_earlier_ones(nlp):
    text = ("Moderne Scheunen sind oft riesig. Sie stehen frei auf dem Bauernhof oder weiter weg davon. "
            "Früher waren Bauernhaus, Scheune und Stall oft noch unter demselben Dach.")
    analysis = _article(nlp, text, "Scheune")
    asked = {q.prompt: q for q in contrast_questions(analysis, extract_facts(analysis))}
    prompt = "Was ist an modernen Scheunen anders als früher?"
    assert prompt in asked, sorted(asked)
    answer = asked[prompt].answer
    assert answer.startswith("Moderne Scheunen sind oft riesig.") and "unter demselben Dach" in answer
    assert asked[prompt].evidence.count(".") == 3  # the key cites all three sentences


@pytest.mark.parametrize(
    "text",
    [
        # "früher" about something else than the modern things
        "Moderne Autos sind sicher. Früher fuhren viele Menschen mit dem Zug.",
        # no "früher" in the paragraph
        "Moderne Scheunen sind oft riesig. Sie stehen frei auf dem Bauernhof.",
    ],
)
def test_no_contrast_without_the_same_thing_then(nlp, text):
    analysis = _article(nlp, text)
    assert not [q.prompt for q in contrast_questions(analysis, extract_facts(analysis)) if "anders als früher" in q.prompt]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Aufgrund der hohen Kosten verzichten viele Bauern auf eine Versicherung.",
         "Welche Folgen haben die hohen Kosten?"),
        ("Wegen der starken Regenfälle wurde das Spiel abgesagt.", "Welche Folgen hatten die starken Regenfälle?"),
        ("Wegen des starken Regens wurde das Spiel abgesagt.", "Welche Folgen hatte der starke Regen?"),
    ],
)
def test_the_consequences_of_a_plural_cause_agree_with_it(nlp, text, prompt):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)


def test_no_why_about_a_demonstrative_that_names_nothing(nlp):
    asked = _asked(nlp, "Die Kinder arbeiten auf den Feldern. Das ist gefährlich, denn die Pflanzen sind giftig.")
    assert not [p for p in asked if p.startswith("Warum") and " das " in p], sorted(asked)
    # the same sentence with a named subject is asked
    asked = _asked(nlp, "Tabak ist gefährlich, denn die Pflanzen sind giftig.")
    assert "Warum ist Tabak gefährlich?" in asked, sorted(asked)


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # news
        ("Der Sturm sorgte für große Schäden.", "Welche Folgen hatte der Sturm?", "große Schäden"),
        ("Die Entdeckung sorgte für großes Aufsehen.", "Welche Folgen hatte die Entdeckung?", "großes Aufsehen"),
    ],
)
def test_what_x_sorgte_fuer_is_asked_as_its_consequence(nlp, text, prompt, answer):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    assert asked[prompt].answer == answer and asked[prompt].skill == "welche-folgen"


@pytest.mark.parametrize("text", [
    "Die Mutter sorgt für ihre Kinder.", "Der Koch sorgt für das Essen.",
    # a person who brought something about (Tabak, Wikipedia): "Welche Folgen hatte der Gesandte?" asks nothing sensible
    "Der französische Gesandte in Portugal Jean Nicot sorgte für die Einführung des Tabaks als Heilpflanze in Frankreich.",
])
def test_caring_for_someone_or_something_is_no_consequence(nlp, text):
    assert not [p for p in _asked(nlp, text) if p.startswith("Welche Folgen")]


def test_the_es_of_es_gibt_names_nothing_and_the_reason_is_asked(nlp):
    asked = _asked(nlp, "Auf der Insel gibt es keine Autos, denn die Straßen sind zu schmal.")
    assert "Warum gibt es auf der Insel keine Autos?" in asked, sorted(asked)
    assert asked["Warum gibt es auf der Insel keine Autos?"].answer == "die Straßen sind zu schmal"
    # a subject "es" that stands for something stays unasked
    assert not _asked(nlp, "Das Haus ist alt. Es ist baufällig, denn niemand repariert das Dach.")
