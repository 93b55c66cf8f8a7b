"""Wrong senses the card readers of judged round 5 found (session 8, issue 13), each class checked
on a German sentence like the judged one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizgen.extraction.glossary import load_glossary

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


def _senses(nlp, text: str, lemma: str, pos: str) -> tuple[str, ...]:
    """The glossary's senses of the word with this lemma in a one-sentence text, read with its analysis."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    sentence = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),))).sentences[0]
    token = next(token.i for token in sentence.tokens if token.lemma == lemma)
    return load_glossary(DING).senses(lemma, pos, sentence=sentence, token_i=token)


@needs_ding
def test_a_specialists_sense_with_its_partner_in_the_sentence_goes_first(fresh_glossary, nlp):
    """"ein Gesetz aufheben :: to repeal a law" is a lawyer's line [jur.], but a sentence whose
    object is that law ("das Stempelgesetz") means it: the card read "to raise; to keep"."""
    senses = _senses(nlp, "Mit Unterstützung des Königs hob der Premierminister das unpopuläre Stempelgesetz auf.", "aufheben", "VERB")
    assert senses[:1] == ("to repeal",)
    senses = _senses(nlp, "Sie hob den Stein vom Boden auf.", "aufheben", "VERB")
    assert senses[:1] != ("to repeal",)


@needs_ding
def test_a_further_sense_that_mostly_translates_other_words_is_not_listed(fresh_glossary, nlp):
    """A card lists after its first sense no English the dictionary gives mostly for German words
    unrelated to the lemma: beschuldigen "to tax" (besteuern), Verärgerung "exception", Abfluss
    "fall" (all judged wrong); the first sense stays."""
    senses = _senses(nlp, "Die Regierung hat das Nachbarland beschuldigt, Waffen an die Rebellen geliefert zu haben.", "beschuldigen", "VERB")
    assert senses and "to tax" not in senses
    senses = _senses(nlp, "Am Hof löste dieser Schritt allerdings nur Verärgerung aus.", "Verärgerung", "NOUN")
    assert "exception" not in senses
    senses = _senses(nlp, "Der dünne Abfluss ermöglichte ein gleichmäßiges Abtropfen des Wassers.", "Abfluss", "NOUN")
    assert senses[:1] == ("drain",) and "fall" not in senses


def test_a_sense_of_a_relative_is_not_marked(tmp_path):
    """The mark is read from the whole dictionary: "to tax" is mostly besteuern's and
    versteuern's; "to accuse", mostly bezichtigen's, is not marked for beschuldigen, because
    bezichtigen shares another sense with it (a relative)."""
    from quizgen.extraction.glossary import read_index
    from quizgen.extraction.senses import OTHERS

    path = tmp_path / "de-en"
    path.write_text(
        "beschuldigen {vt} | beschuldigend | beschuldigt :: to incriminate | incriminating | incriminated\n"
        "beschuldigen; bezichtigen {vt} | beschuldigend; bezichtigend :: to tax | taxing\n"
        "jdn. einer Sache bezichtigen {vt} | bezichtigend | bezichtigt :: to accuse sb. of sth. | accusing | accused\n"
        "bezichtigen {vt} | bezichtigend | bezichtigt :: to accuse | accusing | accused\n"
        "jdn. beschuldigen {vt} | beschuldigend :: to accuse sb. | accusing\n"
        "besteuern {vt} | besteuernd | besteuert :: to tax | taxing | taxed\n"
        "versteuern {vt} | versteuernd | versteuert :: to tax | taxing | taxed\n"
        "strapazieren {vt} | strapazierend | strapaziert :: to tax | taxing | taxed\n",
        encoding="utf-8",
    )
    index = read_index(path, "ding")
    marks = {sense[0]: sense[7] for sense in index["beschuldigen\tVERB"]}
    assert OTHERS in marks["to tax"]
    assert OTHERS not in marks["to accuse"] and OTHERS not in marks["to incriminate"]


def test_an_object_placeholder_in_brackets_is_no_qualifier():
    """"jdn. (einer Sache) beschuldigen :: to accuse sb. (of sth.)" names the genitive object the
    verb may take, not a narrower use like "Fahrzeug (mit Rädern)": the sense keeps its weight."""
    from quizgen.extraction.ding import _ding_entries

    line = "jdn. (vor Gericht) anklagen; jdn. (einer Sache) beschuldigen {vt} [jur.] | anklagend; beschuldigend :: to accuse sb. (of sth.) | accusing"
    plain = "jdn. (vor Gericht) anklagen; jdn. beschuldigen {vt} [jur.] | anklagend; beschuldigend :: to accuse sb. (of sth.) | accusing"
    weight = {entry[0]: entry[3] for entry in _ding_entries(line)}
    assert weight["beschuldigen"] == pytest.approx({entry[0]: entry[3] for entry in _ding_entries(plain)}["beschuldigen"])
