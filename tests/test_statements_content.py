"""Richtig / falsch statements the round 8 readers sent back (issue 12): a mechanical change (a
month swapped, "nicht" put into a copied sentence, a frequency flipped in an expert's detail), a
copy printed as "richtig", a noun phrase whose referent only an earlier sentence gives, a verb
that lost its direction. The sentences are the judged ones, from the Wikipedia dev articles."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.paraphrase import reparse
from quizgen.generation.statements import (
    TRUE,
    _changes,
    candidates,
    is_copy,
    lacks_complement,
    true_false,
)
from quizgen.reading import read_article

GALAPAGOS = """Galapagosinseln

Die Galapagosinseln sind eine Inselgruppe im Pazifik. Am 12. Februar 1832 nahm General Jose de Villamil die Inseln für Ecuador in Besitz.
In den 1920er Jahren lebten auf den Inseln rund 400 Menschen.
Im Juni 2007 setzte die UNESCO die Inseln auf die Rote Liste des gefährdeten Welterbes.
Durch Lebensmittellieferungen gelangen oft Parasiten, Krankheitskeime, Tiere und Pflanzen auf die Inseln.
"""

OTHERS = """Information

Die langjährige mittlere Jahrestemperatur (ermittelt in den Jahren 1961 bis 1990) beträgt 9,4 °C.
Der Mittelwert des Jahres 2007 betrug 11,8 °C.
Für die Gewinnung der Information wird ein physikalisches Gesetz genutzt (der Doppler-Effekt), das von einem Ingenieur aufgegriffen wurde, um das Gerät zu konstruieren.
Die Polizei setzt das Gerät ein und veranlasst somit, dass Information erzeugt wird.
Die wichtigste Zutat des Hamburgers ist der Patty.
Bei Ephedra ist das Mikrosporophyll häufig gegabelt und trägt zwei bis acht Gruppen von meist zwei verwachsenen Pollensäcken.
Moderne Scheunen sind oft riesig.
"""


def _analysis(nlp, tmp_path_factory, name: str, text: str):
    path = Path(tmp_path_factory.mktemp(name)) / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


@pytest.fixture(scope="module")
def galapagos(nlp, tmp_path_factory):
    return _analysis(nlp, tmp_path_factory, "galapagos", GALAPAGOS)


@pytest.fixture(scope="module")
def others(nlp, tmp_path_factory):
    return _analysis(nlp, tmp_path_factory, "others", OTHERS)


def _all_changes(analysis) -> list[tuple[str, str]]:
    """(skill, prompt) of every change any candidate allows, over a few seeds."""
    facts = extract_facts(analysis)
    return [(change[3], change[0]) for seed in range(4) for base in candidates(analysis)
            for change in _changes(analysis, base, facts, random.Random(seed), 3)]


def test_no_day_or_month_swap(galapagos):
    """"Am 12. April 1832 nahm General Jose de Villamil …" for Februar, "Im August 2007 setzte
    die UNESCO …" for Juni: a date-spotting trap, not a content change."""
    made = [prompt for skill, prompt in _all_changes(galapagos) if skill == "statement-number"]
    assert not [p for p in made if "1832" in p or "2007" in p], made


def test_an_approximator_stays_with_its_number(galapagos):
    """"rund 400 Menschen" never becomes "4.000 Menschen lebten … rund"."""
    made = [prompt for _, prompt in _all_changes(galapagos)]
    assert not [p for p in made if p.endswith(" rund.")], made


def test_a_name_for_a_noun_phrase_is_no_restatement(galapagos):
    """"In den 1920er Jahren lebten auf den Galapagosinseln rund 400 Menschen" beside "… auf den
    Inseln …" is a word-for-word copy to a reader: never printed as "richtig"."""
    for seed in range(4):
        for question in true_false(galapagos, extract_facts(galapagos), random.Random(seed)):
            if question.answer == TRUE:
                named = question.evidence.replace("die Inseln", "die Galapagosinseln").replace("den Inseln", "den Galapagosinseln")
                assert not is_copy(question.prompt, named), question.prompt


def test_a_verb_keeps_its_direction(galapagos):
    """"Parasiten gelangen durch Lebensmittellieferungen selten." lost "auf die Inseln"."""
    texts = [base.text for base in candidates(galapagos)] + [prompt for _, prompt in _all_changes(galapagos)]
    assert not [t for t in texts if "gelangen" in t and "auf die Inseln" not in t and "auf die Galapagosinseln" not in t], texts
    assert lacks_complement(reparse("Parasiten gelangen durch Lebensmittellieferungen selten."), "gelangen")
    assert not lacks_complement(reparse("Parasiten gelangen durch Lebensmittellieferungen auf die Inseln."), "gelangen")
    assert lacks_complement(reparse("Im Juni 2007 legte die UNESCO die Liste."), "legen")


def test_no_statement_without_its_referent(others):
    """"Die Polizei setzt das Gerät ein" (which one? the previous sentence says) and "Der
    Mittelwert des Jahres 2007 betrug 11,8" (of what?) are not made."""
    texts = [base.text for base in candidates(others)]
    assert not [t for t in texts if "Gerät" in t or "Mittelwert" in t], texts
    assert any("Scheunen" in t for t in texts), texts  # a self-contained clause still is


def test_no_flip_in_jargon(others):
    """"Bei Ephedra ist das Mikrosporophyll selten gegabelt" flips a word in an expert's
    detail. Nor is "oft" flipped to "selten" any more ("Moderne Scheunen sind selten riesig":
    14 good, 8 edit, 14 bad over all rounds, "tests spotting the changed word")."""
    made = _all_changes(others)
    assert not [p for _, p in made if "Mikrosporophyll" in p], made
    assert not [p for _, p in made if "selten" in p], made


def test_a_referent_from_the_previous_sentence_is_named(nlp, tmp_path_factory):
    """"Die Insel hat 600.000 Einwohner" after "Kreta ist eine Insel in Griechenland": which
    island? The statement names it; "Die Fabrik" takes "in Hamburg" from the sentence before."""
    analysis = _analysis(nlp, tmp_path_factory, "referent", "Ein Ausflug\n\n"
                         "Frau Berger besuchte mit der Klasse eine Fabrik in Hamburg. "
                         "Die Fabrik stellt Fahrräder für Kunden in ganz Europa her.\n\n"
                         "Kreta ist eine Insel in Griechenland. Die Insel hat 600.000 Einwohner.\n")
    texts = [base.text for base in candidates(analysis)]
    assert "Kreta hat 600.000 Einwohner." in texts, texts
    assert "Die Fabrik in Hamburg stellt Fahrräder für Kunden in ganz Europa her." in texts, texts
    assert not [t for t in texts if t.startswith(("Die Insel", "Die Fabrik stellt"))], texts


def test_jargon_is_recognised(others):
    """The Ephedra sentence names a thing by a word no learner knows; the Scheune one does not."""
    from quizgen.generation.statements import _jargon

    flags = {s.text.split()[1]: _jargon(s, s.clauses[0]) for s in others.sentences if s.clauses and s.text.startswith(("Bei", "Moderne"))}
    assert flags == {"Ephedra": True, "Scheunen": False}, flags


MORE = """Oskar Schindler

Im Jahr 1965 fanden einige Politiker, man müsse die Stadtgrenzen von London erweitern.
Finanziell war die Nachkriegszeit für Schindler wenig erfolgreich.
Schnell wurde Oskar Schindler ein angesehener Geschäftsmann.
Die Anzahl der Staubblätter pro Blüte beträgt zwischen einem und rund 2000 Stück.
"""


def test_changes_that_broke_in_the_dev_articles(nlp, tmp_path_factory):
    """Klexikon London, Wikipedia Oskar Schindler and Blüte: "Im Jahr 1970 fanden einige
    Politiker." (what?), "wenig erfolglos" (a double turn), "wurde nicht ein angesehener
    Geschäftsmann" (German says "kein"), "rund 2012 Stück" ("rund 2000" read as a year)."""
    analysis = _analysis(nlp, tmp_path_factory, "more", MORE)
    texts = [base.text for base in candidates(analysis)] + [prompt for _, prompt in _all_changes(analysis)]
    assert not [t for t in texts if "fanden" in t or "erfolglos" in t or "nicht ein" in t], texts
    assert not [t for t in texts if "2000" not in t and "Staubblätter" in t], texts
    assert lacks_complement(reparse("Einige Politiker fanden im Jahr 1965."), "finden")
    assert not lacks_complement(reparse("Die Politiker fanden, dass London wachsen muss."), "finden")


def test_a_sentence_about_the_topic_is_restated_in_the_passive(galapagos):
    """"Im Juni 2007 setzte die UNESCO die Inseln auf die Rote Liste …" was printed as "richtig"
    with only "die Galapagosinseln" put in; the passive restates it (the place after the object
    belongs to "setzen", the agent keeps its article: "von der UNESCO")."""
    texts = [base.text for base in candidates(galapagos)]
    wanted = "Die Galapagosinseln wurden im Juni 2007 von der UNESCO auf die Rote Liste des gefährdeten Welterbes gesetzt."
    assert wanted in texts, texts


DATED = """Galapagosinseln

Die Galapagosinseln liegen im Pazifik, etwa 1000 Kilometer vor der Küste von Ecuador.
1835 besuchte Charles Darwin die Galapagosinseln.
Seine Beobachtungen halfen ihm später bei seiner Theorie der Evolution.
1959 wurden die Inseln zum Nationalpark erklärt.
Heute leben auf den Inseln etwa 25.000 Menschen.
Moderne Scheunen sind oft riesig.
Bonn liegt im Westen von Deutschland.
Unterhalb von Bern schlängelte sich die Aare früher wild durch das Seeland.
Sie hat viele Überschwemmungen verursacht.
"""


def test_no_statement_names_a_year(nlp, tmp_path_factory):
    """Readers judged year statements a digit-spotting task (3 good, 19 bad of 44): "1835
    besuchte Charles Darwin die Galapagosinseln" gives no statement (it gave "Die
    Galapagosinseln besuchten 1835 Charles Darwin."), while a sentence without a year still
    does ("Die Aare verursacht heute viele Überschwemmungen.": no antonym since session 25)."""
    dated = _analysis(nlp, tmp_path_factory, "dated", DATED)
    made = [q.prompt for seed in range(4) for q in true_false(dated, extract_facts(dated), random.Random(seed))]
    assert not [p for p in made if re.search(r"\b(1\d|20)\d\d\b", p)], made
    assert [p for p in made if "Aare" in p], made
