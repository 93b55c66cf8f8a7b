"""Why, how and what-followed questions of issue 12 (session 21): a Vorfeld "mit" with a noun of
an event says what brought the clause about, asked with Wodurch (generation/wh_causes.py), on
sentences of the dev texts and MLQA run through the real offline pipeline, and the sentences
where no such question may be asked."""

from __future__ import annotations

import pytest
from test_wh_causes import _asked


@pytest.mark.parametrize(
    ("text", "prompt", "answer", "accepted"),
    [
        # MLQA (Ternärer Computer): the readers' "Warum wurden ternäre Computer zu einer Fußnote …?"
        (("Mit dem Aufkommen der in Massenproduktion gefertigten binären Bauteile für Computer wurden ternäre Rechner "
          "zu einer kleinen Fußnote der Computergeschichte."),
         "Wodurch wurden ternäre Rechner zu einer kleinen Fußnote der Computergeschichte?",
         "mit dem Aufkommen der in Massenproduktion gefertigten binären Bauteile",
         "durch das Aufkommen der in Massenproduktion gefertigten binären Bauteile"),
        ("Mit dem Bau der Eisenbahn wuchs die kleine Stadt schnell.",
         "Wodurch wuchs die kleine Stadt schnell?", "mit dem Bau der Eisenbahn", "der Bau der Eisenbahn"),
        # a verb of moving: "mit" is no way through a place, as "durch" may be
        ("Mit der Eröffnung des neuen Flughafens stieg die Zahl der Touristen stark an.",
         "Wodurch stieg die Zahl der Touristen stark an?", "mit der Eröffnung des neuen Flughafens",
         "durch die Eröffnung des neuen Flughafens"),
    ],
)
def test_a_fronted_event_with_mit_is_asked_with_wodurch(nlp, text, prompt, answer, accepted):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    assert str(asked[prompt].answer) == answer
    assert accepted in asked[prompt].accepted


@pytest.mark.parametrize(
    "text",
    [
        "Mit dem Beginn des Winters ziehen die Störche nach Süden.",  # a phase of time: when, not by what
        "Mit der Unterstützung seiner Frau gründete der Bäcker eine eigene Firma.",  # whose help, not by what
        "Mit dem Gewebeaufbau befasst sich die Histologie.",  # the verb's own "mit": no event
        "Mit der Zeit kühlt die Beziehung etwas ab.",  # no event noun
        "Der Zug fuhr mit der Eröffnung der Strecke schneller.",  # only a fronted "mit" is sure to be a cause
    ],
)
def test_no_wodurch_for_other_mit_phrases(nlp, text):
    asked = _asked(nlp, text)
    assert not [p for p in asked if p.startswith("Wodurch")], sorted(asked)


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        ("Die Preise für Brot stiegen im Jahr 2022 stark. Das lag daran, dass der Weizen knapp wurde.",
         "Warum stiegen die Preise für Brot im Jahr 2022 stark?", "weil der Weizen knapp wurde"),
        ("Die Galapagosinseln haben ein kühles Klima. Das liegt daran, dass eine kalte Meeresströmung die Luft abkühlt.",
         "Warum haben die Galapagosinseln ein kühles Klima?", "weil eine kalte Meeresströmung die Luft abkühlt"),
    ],
)
def test_das_liegt_daran_dass_answers_the_sentence_before(nlp, text, prompt, answer):
    asked = _asked(nlp, text)
    assert prompt in asked, sorted(asked)
    assert str(asked[prompt].answer) == answer
    assert answer.removeprefix("weil ") in asked[prompt].accepted


@pytest.mark.parametrize(
    "text",
    [
        # a hedge: the text guesses the reason
        "Viele Kinder in dem Dorf lesen kaum. Das liegt wohl daran, dass die Familien keine Bücher haben.",
        # the reason points outside itself ("dort")
        "Der Wald in Kalifornien brennt oft. Das hängt damit zusammen, dass die Sommer dort sehr trocken sind.",
    ],
)
def test_no_why_from_an_unsure_or_pointing_reason(nlp, text):
    asked = _asked(nlp, text)
    assert not [p for p in asked if p.startswith("Warum")], sorted(asked)
