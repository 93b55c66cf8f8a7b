"""Sentence boundaries after a unit, a number or a company suffix that ends a sentence.

The sentences come from MLQA articles (Hurrikan John, Kesha) whose vocabulary examples glued
two sentences together (card readers, session 10); the ones that must stay whole are the
abbreviations and ordinals German text uses inside a sentence.
"""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.model import Article


def sentences(nlp, text: str) -> list[str]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return [sentence.text for sentence in analyze(nlp, article).sentences]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "Er erreichte einige Stunden später seine größte Intensität mit 280 km/h.",
            "An diesem Tag machte der Sturm seine größte Annäherung an die Inselgruppe.",
        ),
        (
            "John erreichte nur noch Windgeschwindigkeiten von 145 km/h, ein Hurrikan der Kategorie 1.",
            "Am 25. August Ortszeit erreichte John die geringste Entfernung an das Atoll.",
        ),
        (
            "Danach intensivierte sich John zu einem schweren Hurrikan in der Kategorie 3.",
            "Am 20. August um 18:00 Uhr UTC gelangte er in den Zentralpazifik.",
        ),
        (
            "Im selben Jahr unterzeichnete Kesha bei David Sonenberg für DAS Communications Inc.",
            "Kesha trat als Gast in Katy Perrys Video auf.",
        ),
        (
            "Der Film wurde produziert von Lightstorm Entertainment und Twentieth Century Fox Film Corp.",
            "Der Film kam im Dezember 2009 in die Kinos.",
        ),
        (
            "Der Song von Dr. Luke erreichte in den USA Platz 1.",
            "Er blieb dort drei Wochen.",
        ),
    ],
)
def test_a_unit_a_number_or_a_company_suffix_can_end_a_sentence(nlp, first, second):
    assert sentences(nlp, f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "Das Label Warner Bros. Records meldete sich bei DAS Communications Inc. und zeigte Interesse.",
        "Die Firma Müller & Co. KG baute 1927 das erste Haus am Markt.",
        "In der 1. Bundesliga spielte der Verein am 3. Oktober gegen den 1. FC Köln.",
        "Ludwig XIV. war König von Frankreich und regierte ca. 300 Jahre nach Karl dem Großen.",
        "Viele Städte, z. B. Der Ort Hameln, liegen an der Weser, wie Nr. 5 auf S. 12 zeigt.",
        "Der Sturm zog mit 80 km/h weiter nach Norden und erreichte am 1. Mai Hawaii.",
        "Die Reliquien des hl. Valentin wurden in der Kirche von San Valentino in Rom aufbewahrt.",
        "Die Kirche ist dem Hl. Geist geweiht, ihr Stifter (gest. 1420 in Prag) liegt dort begraben.",
    ],
)
def test_abbreviations_and_ordinals_inside_a_sentence_keep_it_whole(nlp, text):
    assert sentences(nlp, text) == [text]


def test_a_numbered_list_item_keeps_its_number(nlp):
    """UD dev holds "4. Die ..." list items: a number first in its sentence does not end one."""
    text = "Die Ziele sind klar. 4. Die Stadt baut neue Wohnungen."
    assert sentences(nlp, text) == ["Die Ziele sind klar.", "4. Die Stadt baut neue Wohnungen."]


def test_a_closing_quote_glued_to_the_next_sentence_ends_it(nlp):
    """Angelina Jolie (MLQA): no space after the quote, and the example ran on into the next sentence."""
    text = (
        "Sie erklärte: „Washington ist der Ort, um etwas zu bewegen.“Jolie unterstützte unter "
        "anderem ein Gesetz zum Schutz von Asylbewerbern."
    )
    assert sentences(nlp, text) == [
        "Sie erklärte: „Washington ist der Ort, um etwas zu bewegen.“",
        "Jolie unterstützte unter anderem ein Gesetz zum Schutz von Asylbewerbern.",
    ]


@pytest.mark.parametrize(
    "first, second, whole",
    [
        (
            "Die Stadt wurde um 300 v. Chr.",
            "Danach wuchs sie rasch.",
            "Die Stadt wurde um 300 v. Chr. gegründet und wuchs rasch.",
        ),
        (
            "Der Schaden lag bei 1,1 Mrd.",
            "Die Versicherung zahlte nur einen Teil.",
            "Der Schaden lag bei 1,1 Mrd. Euro, die Versicherung zahlte nur einen Teil.",
        ),
    ],
)
def test_an_abbreviation_ends_a_sentence_only_before_a_word_that_opens_one(nlp, first, second, whole):
    assert sentences(nlp, f"{first} {second}") == [first, second]
    assert sentences(nlp, whole) == [whole]
