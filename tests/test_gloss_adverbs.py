"""An adjective standing as an adverb reads Ding's {adv} senses first (issue 13 §1, round-7
cards: "die Lauffeuer hauptsächlich von Menschen verursacht" was "major", from the {adj} line
"hauptsächlich; Haupt… :: capital; major" and the rare "majorly" counted for "major"); a present
participle with its object before it is its verb's."""

from __future__ import annotations

from test_gloss_constructions import DING, _analysed, needs_ding


@needs_ding
def test_an_adverbial_adjective_takes_its_adverb_sense(fresh_glossary, nlp):
    from quizgen.extraction.glossary import load_glossary

    text = "Viele glaubten, dass die Lauffeuer hauptsächlich von Menschen verursacht werden."
    sentence, token = _analysed(nlp, text, "hauptsächlich")
    senses = load_glossary(DING).senses("hauptsächlich", "ADJ", sentence=sentence, token_i=token)
    assert senses[:1] in (("mainly",), ("mostly",), ("chiefly",))
    assert "major" not in senses and "capital" not in senses


@needs_ding
def test_an_adverb_that_is_its_adjective_with_ly_keeps_the_adjective(fresh_glossary, nlp):
    from quizgen.extraction.glossary import load_glossary

    sentence, token = _analysed(nlp, "Der Sturm kam völlig unerwartet.", "unerwartet")
    assert load_glossary(DING).senses("unerwartet", "ADJ", sentence=sentence, token_i=token)[:1] == ("unexpected",)


@needs_ding
def test_a_participle_with_its_object_means_what_its_verb_does(fresh_glossary, nlp):
    """"152 Seiten umfassende Drehbuch" is the participle of umfassen, not the adjective
    "comprehensive" (round-7 card: "full-scale; comprehensive")."""
    from quizgen.extraction.glossary import load_glossary

    sentence, token = _analysed(nlp, "Das endgültige, 152 Seiten umfassende Drehbuch entstand im April 2006.", "umfassend")
    senses = load_glossary(DING).senses("umfassend", "ADJ", sentence=sentence, token_i=token)
    assert senses and all(sense.split()[0].endswith("ing") for sense in senses)
    sentence, token = _analysed(nlp, "Er besaß eine umfassende Sammlung von Büchern.", "umfassend")
    assert load_glossary(DING).senses("umfassend", "ADJ", sentence=sentence, token_i=token)[:1] == ("comprehensive",)


@needs_ding
def test_an_adverb_sense_that_is_no_english_adverb_does_not_displace_the_adjective(fresh_glossary, nlp):
    from quizgen.extraction.glossary import load_glossary

    text = "Die Fürstentümer bekämpften sich, woraus Chūzan schließlich siegreich hervorging."
    sentence, token = _analysed(nlp, text, "siegreich")
    assert load_glossary(DING).senses("siegreich", "ADJ", sentence=sentence, token_i=token)[:1] == ("victorious",)
