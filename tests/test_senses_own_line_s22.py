"""The sense in the text (issue 13, round 21's wrong senses in tests/judged/cards.md): the word's own
dictionary line before English lent by another headword's line, the construction the clause shows
("als"), and the kind of object a bracket names. Each case is a
sentence of the judged texts or one like them, analysed as the vocabulary analyses it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizgen.extraction.glossary import load_glossary

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


@pytest.fixture(scope="module")
def ding():
    load_glossary.cache_clear()
    yield load_glossary(DING)
    load_glossary.cache_clear()


def _choice(ding, nlp, text: str, lemma: str, pos: str):
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    analysis = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
    sentence = analysis.sentences[0]
    token = next(t.i for t in sentence.tokens if t.lemma == lemma)
    return ding.within(analysis).choice(lemma, pos, sentence=sentence, token_i=token)


def _marks(line: str, lemma: str) -> set[str]:
    from quizgen.extraction.ding import _ding_entries

    return {entry[6] for entry in _ding_entries(line) if entry[0] == lemma}


def test_a_later_synonym_does_not_head_its_line():
    """Ding's "Zeitmaß; Tempo; Geschwindigkeit :: time" is Tempo's sense lent to Geschwindigkeit;
    "Bahngeschwindigkeit; Geschwindigkeit :: velocity" is Geschwindigkeit's own (the compound
    before it ends in it); a phrase before the word heads the line ("landwirtschaftlicher Betrieb")."""
    assert all("H" not in marks for marks in _marks("Zeitmaß {n}; Tempo {n}; Geschwindigkeit {f} :: time", "Geschwindigkeit"))
    assert all("H" in marks for marks in _marks("Zeitmaß {n}; Tempo {n}; Geschwindigkeit {f} :: time", "Zeitmaß"))
    assert all("H" in marks for marks in _marks("Bahngeschwindigkeit {f}; Geschwindigkeit {f} [phys.] :: velocity", "Geschwindigkeit"))
    farm = "landwirtschaftlicher Betrieb {m}; Landwirtschaft {f}; Bauernhof {m}; Hof {m} [agr.] | … {pl} :: farm"
    assert _marks(farm, "Landwirtschaft") and all("H" not in marks for marks in _marks(farm, "Landwirtschaft"))


def test_als_is_a_construction_ding_writes():
    """"etw. als etw. anerkennen" was a phrase without a headword; "jdn. (als jd.) einsetzen" is the
    verb with a construction the clause may show."""
    from quizgen.extraction.ding import _ding_entries

    entries = _ding_entries("etw. als etw. anerkennen; jdm. etw. zuerkennen {vt} :: to acknowledge sb./sth. as sth.")
    assert ("anerkennen", "als") in {(entry[0], entry[4]) for entry in entries}
    entries = _ding_entries("jdn. (als jd.) einsetzen; jdn. (als jd.) installieren {vt} [pol.] :: to install sb. (as sb.)")
    assert ("einsetzen", "als?") in {(entry[0], entry[4]) for entry in entries}


@needs_ding
@pytest.mark.parametrize(("text", "lemma", "pos", "right", "wrong"), [
    # round 21: "subject area" (Sachgebiet's line, its 7th synonym) for the physical matter of Empedokles:
    # it does not displace Materie's own line "matter" [phys.]; a doubt that large leaves no gloss
    (("Empedokles vermutete auch, dass Luft aus Materie besteht und es kein Vakuum geben könne, da er das Prinzip "
     "einer Pipette untersucht hatte."), "Materie", "NOUN", "", "subject area"),
    # "time" is Tempo's English ("Zeitmaß; Tempo; Geschwindigkeit :: time")
    ("Das Flugzeug erreichte eine Geschwindigkeit von 1600 Kilometern pro Stunde.", "Geschwindigkeit", "NOUN", "speed", "time"),
    # "begründen (eine Behauptung) :: to explain": an Entscheidung is a thing of that kind, no town founded
    ("Die Regierung begründete die Entscheidung mit der Sicherheit.", "begründen", "VERB", "to explain", "to found"),
    # "jdn./etw. (allgemein/offiziell) anerkennen {vt} (als jd.) [pol.] :: to recognize", the construction the
    # clause shows (round 21: "to accept"; the readers wanted "to recognize (officially)")
    (("Im Jahr 1952 kamen Heuss und Adenauer in einem Briefwechsel überein, das Deutschlandlied als deutsche "
     "Nationalhymne anzuerkennen."), "anerkennen", "VERB", "to recognize", ""),
])
def test_the_sense_the_sentence_shows_goes_first(ding, nlp, text, lemma, pos, right, wrong):
    senses = _choice(ding, nlp, text, lemma, pos).senses
    assert not right or senses[:1] == (right,)
    assert not wrong or wrong not in senses


@needs_ding
@pytest.mark.parametrize(("text", "lemma", "pos", "right"), [
    ("Er begründete 1850 eine neue Stadt.", "begründen", "VERB", "to found"),
])
def test_without_that_construction_or_object_the_common_sense_stays(ding, nlp, text, lemma, pos, right):
    assert _choice(ding, nlp, text, lemma, pos).senses[:1] == (right,)


@needs_ding
def test_a_bracket_naming_a_thing_is_no_sense_for_a_person(ding, nlp):
    """"vorsehen {vt} (Plan; Gesetz) :: to provide for" (round 21) is no sense of a composer one
    had in mind: the object is a person."""
    text = "Als Komponisten hatte Heuss ursprünglich Carl Orff vorgesehen; dieser verwies Heuss jedoch an Reutter."
    assert "to provide for" not in _choice(ding, nlp, text, "vorsehen", "VERB").senses


@needs_ding
def test_an_als_construction_shows_its_as_only_where_the_clause_has_als(ding, nlp):
    """Ding gives dienen only as "als etw. dienen :: to serve as sth.": with "als" in the clause
    that is the sense, without it the verb's own ("diente dem Schiffsverkehr": to serve)."""
    assert _choice(ding, nlp, "Die alte Burg diente lange als Gefängnis.", "dienen", "VERB").senses[:1] == ("to serve as",)
    text = "Seit der Antike diente die Aare dem Schiffsverkehr, wie einer Steininschrift der römischen Schiffleute zu entnehmen ist."
    assert _choice(ding, nlp, text, "dienen", "VERB").senses[:1] == ("to serve",)
