"""Session 30: richtig/falsch statements restated by denying the opposite of a predicative
adjective ("ist sehr teuer" → "ist nicht billig"), and no antonym trap as a changed statement."""

from __future__ import annotations

import random

from test_statements_recovered import _analysis

from quizgen.extraction.facts import extract_facts
from quizgen.generation.statements import _restated, candidates, is_copy, true_false
from quizgen.model import FALSE, TRUE

TEXT = ("Die Insel\n\n"
        "Ein Urlaub auf der Insel ist aber sehr teuer. "
        "Der Winter auf der Insel ist kalt. "
        "Die Insel ist oft kalt. "
        "Die Insel ist 20 Kilometer lang. "
        "Die Insel ist so warm wie Spanien. "
        "Die Insel ist nicht gefährlich.\n")


def _bases(nlp, tmp_path, text: str = TEXT):
    analysis = _analysis(nlp, tmp_path, text)
    return analysis, {base.sentence.text: base for base in candidates(analysis)}


def test_restated_by_denying_the_opposite(nlp, tmp_path):
    """"sehr teuer" → "nicht billig": true, and no longer found by matching the text's words;
    never under a word of how often ("oft kalt" is not "oft nicht warm"), never for a measure,
    a comparison with "wie" or a clause the text negates."""
    _, bases = _bases(nlp, tmp_path)
    texts = {base.text for base in bases.values()}
    assert "Ein Urlaub auf der Insel ist nicht billig." in texts, texts
    assert "Der Winter auf der Insel ist nicht warm." in texts, texts
    assert {"Die Insel ist oft kalt.", "Die Insel ist so warm wie Spanien.", "Die Insel ist nicht gefährlich."} <= texts, texts
    # a measure is never denied ("nicht kurz"); since session 31 it is restated with its noun
    assert "Die Insel hat eine Länge von 20 Kilometern." in texts and not any("kurz" in t for t in texts), texts
    for base in bases.values():
        if "nicht" in base.text and "nicht" not in base.sentence.text:
            assert _restated(base) and not is_copy(base.text, base.sentence.text), base.text


def test_litotes_never_makes_an_un_word(nlp, tmp_path):
    """"wichtig" → "nicht unwichtig" is a figure of speech a B1 reader stumbles over; "unbekannt"
    → "nicht bekannt" is plain."""
    _, bases = _bases(nlp, tmp_path, "Die Insel\n\nDie Insel ist sehr wichtig. Ein Urlaub auf der Insel ist unbekannt.\n")
    texts = {base.text for base in bases.values()}
    assert "Ein Urlaub auf der Insel ist nicht bekannt." in texts, texts
    assert "Die Insel ist sehr wichtig." in texts, texts


AARE = ("Aare\n\nDie Aare ist ein Fluss in der Schweiz.\n"
        "Unterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland.\n"
        "Sie hat viele Überschwemmungen verursacht.\n"
        "Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr.\n"
        "Ein Ausflug mit dem Boot auf der Aare ist sehr teuer.\n")


def test_a_restated_true_statement_before_a_short_copy(nlp, tmp_path):
    """The changed statement's partner is the restated one ("nicht billig"), not the copied
    "Die Aare ist ein Fluss in der Schweiz"; no adjective is flipped into a false statement
    (readers judged "Moderne Scheunen sind oft winzig" an antonym trap)."""
    analysis = _analysis(nlp, tmp_path, AARE)
    made = [(q.prompt, q.answer) for q in true_false(analysis, extract_facts(analysis), random.Random(0))]
    assert made == [("Die Aare verursacht heute viele Überschwemmungen.", FALSE),
                    ("Ein Ausflug mit dem Boot auf der Aare ist nicht billig.", TRUE)], made


def test_no_negation_of_a_statement_about_a_name(nlp, tmp_path):
    """Round 27, Galapagos (Wikipedia): "Jose de Villamil hat die Inseln Archipielago del Ecuador
    nicht genannt" — a name denied tests spotting it. A restated statement about a deed is still
    denied ("Oskar Schindler hat keine Fabrik in Krakau gekauft")."""
    from quizgen.generation.statements import negated

    analysis = _analysis(nlp, tmp_path, "Oskar Schindler\n\nOskar Schindler wurde in Zwittau geboren. "
                         "Er nannte seine Fabrik Emalia. Er heiratete Emilie Pelzl. Er kaufte eine Fabrik in Krakau.\n")
    denials = {base.text: negated(analysis, base) for base in candidates(analysis)}
    named = [text for text in denials if "Emalia" in text or "Emilie" in text]
    assert named, denials
    assert all(denials[text] is None for text in named), denials
    assert any(made and "keine Fabrik" in made[0] for made in denials.values()), denials


BAERENPARK = ("Aare\n\nAm Aare-Ufer in Bern liegt ein Bärenpark.\n"
              "Unterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland.\n"
              "Sie hat viele Überschwemmungen verursacht.\n"
              "Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr.\n"
              "Die Aare fließt durch die ganze Schweiz.\n")


def test_no_short_copy_is_a_true_statement(nlp, tmp_path):
    """Round 27, Aare (Klexikon): the Bärenpark sentence, reordered, was the true partner (bad: a
    marginal detail, matched); round 28 judged the topic's short copy bad too ("Die Aare ist
    insgesamt 288 Kilometer lang.": "answerable by matching words"). No copy is a true statement;
    the changed one stands alone."""
    analysis = _analysis(nlp, tmp_path, BAERENPARK)
    made = [(q.prompt, q.answer) for q in true_false(analysis, extract_facts(analysis), random.Random(0))]
    assert ("Die Aare verursacht heute viele Überschwemmungen.", FALSE) in made, made
    assert ("Die Aare fließt durch die ganze Schweiz.", TRUE) not in made, made
    assert not any("Bärenpark" in prompt for prompt, _ in made), made


def test_man_becomes_a_passive_without_agent(nlp, tmp_path):
    """"In Kreta baut man viele Olivenbäume an" → "Viele Olivenbäume werden in Kreta angebaut": a
    restatement by the voice, no agent for "man"; never for a "man" that says "there is" ("Nur
    auf fünf Inseln findet man Menschen" is not "… werden Menschen gefunden")."""
    _, bases = _bases(nlp, tmp_path, "Kreta\n\nIn Kreta baut man viele Olivenbäume an. "
                      "Nur auf fünf Inseln findet man Menschen.\n")
    texts = {base.text for base in bases.values()}
    assert "Viele Olivenbäume werden in Kreta angebaut." in texts, texts
    assert not any("gefunden" in text or "von man" in text.lower() for text in texts), texts


HAGNECK = ("Aare\n\nUnterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland.\n"
           "Sie hat viele Überschwemmungen verursacht.\n"
           "Seither gibt es in diesem Gebiet fast keine Überschwemmungen mehr.\n"
           "Johann Müller war ein Ingenieur aus Bern. Er nannte seinen neuen Kanal Hagneckkanal.\n"
           "Die Aare fließt durch die ganze Schweiz.\n")


def test_a_naming_is_neither_denied_nor_the_preferred_true_statement(nlp, tmp_path):
    """"Johann Müller nannte seinen neuen Kanal Hagneckkanal" is restated (the name for "er") but
    still found by its name: the true partner is the short statement about the topic (round 27,
    Galapagos Wikipedia: the Villamil naming; "Die Galapagosinseln sind vulkanischen Ursprungs" is
    about the islands)."""
    analysis = _analysis(nlp, tmp_path, HAGNECK)
    made = [(q.prompt, q.answer) for q in true_false(analysis, extract_facts(analysis), random.Random(0))]
    assert made == [("Die Aare verursacht heute viele Überschwemmungen.", FALSE)], made  # no copy either (round 28)
