"""Classes of wrong senses the readers found on the cards (issue 13, tests/judged/cards.md), each
checked on German sentences: an English verb counted by its noun's frequency, a specialist's
sense of Ding taken for the everyday one, an English alternative Ding writes as two
constructions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizgen.extraction.ding import _ding_entries
from quizgen.extraction.glossary import _english_zipf, load_glossary

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


def _analysed(nlp, text: str, lemma: str):
    """The analysed sentence of a one-sentence text and the Token.i of the word with this lemma."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    sentence = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),))).sentences[0]
    return sentence, next(token.i for token in sentence.tokens if token.lemma == lemma)


def test_an_english_verb_is_as_common_as_its_verb_forms():
    """"tax" and "still" are common as noun and adverb, rarely as verbs (taxed, stilled); a verb
    that is only a verb keeps its frequency, an irregular one is counted by its -ing form."""
    from wordfreq import zipf_frequency

    assert zipf_frequency("tax", "en") > zipf_frequency("accuse", "en")
    assert _english_zipf("to tax", "VERB") < zipf_frequency("tax", "en") - 1.0
    assert _english_zipf("to still", "VERB") < 3.0 < _english_zipf("to appease", "VERB") + 1.0
    assert _english_zipf("to accuse", "VERB") == pytest.approx(zipf_frequency("accuse", "en"))
    assert _english_zipf("to leave", "VERB") > 5.0  # left/leaving: irregular, still common
    assert _english_zipf("tax", "NOUN") == pytest.approx(zipf_frequency("tax", "en"))


# Ding lines written for these tests (same format as trans-de-en, not taken from it).
FIELD_DING = """\
Ladung {f} [electr.] | Ladungen {pl} :: charge | charges
Ladung {f} (eines Schiffs) | Ladungen {pl} :: load; cargo | loads; cargoes
jdn. zu etw. ernennen {vt} [adm.] | ernennend | ernannt :: to appoint sb. as sth. (function) / to sth. (body) | appointing | appointed
unerwartet; unvorhergesehen {adj} | unerwarteter Besuch :: unexpected; unforeseen | unexpected visit
unerwartet {adv} :: unexpectedly; unsuspectedly
"""


@pytest.fixture()
def field_ding(ding_text):
    return ding_text("fields.ding", FIELD_DING)


def test_a_specialists_sense_weighs_less_than_the_everyday_one(field_ding, nlp):
    sentence, token = _analysed(nlp, "Das Schiff brachte eine Ladung Tee in den Hafen.", "Ladung")
    assert field_ding.senses("Ladung", "NOUN", sentence=sentence, token_i=token)[0] == "load"
    charge = next(entry for entry in _ding_entries(FIELD_DING.splitlines()[0]) if entry[2] == "charge")
    load = next(entry for entry in _ding_entries(FIELD_DING.splitlines()[1]) if entry[2] == "load")
    assert charge[3] < load[3]


def test_an_english_alternative_of_two_constructions_keeps_its_first():
    glosses = {entry[2] for entry in _ding_entries(FIELD_DING.splitlines()[2])}
    assert glosses == {"to appoint"}


@needs_ding
def test_ding_senses_of_the_judged_classes(nlp):
    """Sentences like those of the judged decks: the noun's frequency no longer makes beschuldigen
    "to tax" nor besänftigen "to still"; a lawyer's "construction" no longer beats interpretation."""
    load_glossary.cache_clear()
    glossary = load_glossary(DING)
    sentence, token = _analysed(nlp, "Die Regierung hat den Nachbarstaat beschuldigt, Waffen geliefert zu haben.", "beschuldigen")
    assert glossary.senses("beschuldigen", "VERB", sentence=sentence, token_i=token)[:1] != ("to tax",)
    sentence, token = _analysed(nlp, "Mit diesem Geschenk wollte er seine Frau besänftigen.", "besänftigen")
    assert glossary.senses("besänftigen", "VERB", sentence=sentence, token_i=token)[:1] in ((), ("to appease",))
    sentence, token = _analysed(nlp, "Über die richtige Auslegung des Textes wird seit Jahren gestritten.", "Auslegung")
    assert glossary.senses("Auslegung", "NOUN", sentence=sentence, token_i=token)[:1] == ("interpretation",)
    sentence, token = _analysed(nlp, "Die Strecke beträgt zwölf Kilometer.", "betragen")
    assert glossary.senses("betragen", "VERB", sentence=sentence, token_i=token)[:1] == ("to amount to",)


def test_a_headword_late_among_its_synonyms_is_read():
    """"genau; …; präzis; präzise {adj} :: precise" is präzise's main sense, sixth on its line."""
    synonyms = {entry[0] for entry in _ding_entries("genau; exakt; akkurat; sorgfältig; präzis; präzise {adj} :: precise")}
    assert "präzise" in synonyms


@needs_ding
def test_a_participle_opening_a_phrase_with_its_preposition_gets_no_adjective_gloss(nlp):
    """", bedingt durch den Druck," means "caused by" (bedingen), a construction Ding has no sense
    for: no gloss rather than the adjective's "conditional"; the adjective alone keeps its gloss."""
    load_glossary.cache_clear()
    glossary = load_glossary(DING)
    sentence, token = _analysed(nlp, "Das Wasser floss, bedingt durch den hohen Druck, schneller aus dem Gefäß.", "bedingt")
    assert glossary.senses("bedingt", "ADJ", sentence=sentence, token_i=token) == ()
    sentence, token = _analysed(nlp, "Die Regierung gab dem Plan nur eine bedingte Zustimmung.", "bedingt")
    assert glossary.senses("bedingt", "ADJ", sentence=sentence, token_i=token)


def test_an_adjective_standing_as_an_adverb_keeps_the_adjectives_gloss(field_ding, nlp):
    """The card is the adjective's: "unexpectedly", Ding's {adv} sense, counts for "unexpected"."""
    sentence, token = _analysed(nlp, "Der Sturm drehte am Abend unerwartet nach Norden.", "unerwartet")
    assert field_ding.senses("unerwartet", "ADJ", sentence=sentence, token_i=token)[0] == "unexpected"


def test_a_register_marker_damps_its_own_word_not_the_whole_line():
    """"Fremdling {m} [poet.]" marks Fremdling: Ausländer, on the same line, keeps its weight; a
    line of one word carries its marker for that word."""
    line = "Ausländer {m}; Fremder {m}; Fremdling {m} [poet.] | Ausländer {pl} :: foreigner | foreigners"
    weights = {entry[0]: entry[3] for entry in _ding_entries(line)}
    assert weights["Fremdling"] < weights["Ausländer"]
    plain = _ding_entries("Ausländer {m}; Fremder {m} | Ausländer {pl} :: foreigner | foreigners")
    assert weights["Ausländer"] > 0.8 * plain[0][3]  # not halved for Fremdling's marker
    alone = _ding_entries("Fremdling {m} [poet.] | Fremdlinge {pl} :: stranger | strangers")
    assert alone[0][3] < _ding_entries("Fremder {m} | Fremde {pl} :: stranger | strangers")[0][3]
