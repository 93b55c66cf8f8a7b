"""The sense in the text, round 2 (issue 13, round 19 of the cards' readers): a machine part's
line ([techn.]) does not keep first place because the word's own everyday English is rarer
(Kranz [techn.] "border" before "wreath"); a specialist's sense whose examples
the sentence shares is the text's ("Lebensmittel verarbeiten": to process); a narrow sense the
sentence shows nothing of gives way to a plain one (hinterlegen "to leave", Ding's "(als Pfand)",
before "to deposit"); the verb's own form in the sentence is no clue to a sense (werfen … zurück
is no "hochwerfen; zurückwerfen :: to toss"). Sentences of the judged texts, analysed as the vocabulary analyses them."""

from __future__ import annotations

import pytest
from test_senses_own_line_s22 import DING, _choice, needs_ding

from quizgen.extraction.glossary import load_glossary
from quizgen.extraction.senses import Context, Sense, decide


@pytest.fixture(scope="module")
def ding():
    load_glossary.cache_clear()
    yield load_glossary(DING)
    load_glossary.cache_clear()


def test_a_machine_parts_sense_does_not_keep_first_place_for_rarity():
    """The rarer everyday English keeps a specialist's sense first (Landung "landing" [aviat.]
    before "landfall"), not a machine part's: Kranz [techn.] "border" before "wreath"."""
    wreath = Sense("wreath", "NOUN", 1.0, 3.4, marks="H", cues="blumenkränze")
    border = Sense("border", "NOUN", 1.3, 4.7, marks="FHX", cues="[techn] techn")
    assert decide([border, wreath], Context()).senses[:1] == ("wreath",)
    landfall = Sense("landfall", "NOUN", 1.0, 3.0, marks="H", cues="erreichen")
    landing = Sense("landing", "NOUN", 1.3, 4.6, marks="FHX", cues="[aviat] ausweichlandung")
    assert decide([landing, landfall], Context()).senses[:1] == ("landing",)


@needs_ding
@pytest.mark.parametrize(("text", "lemma", "pos", "right", "wrong"), [
    # round 19: "border" ([techn.], Grenze's English) for the plastic ring of a shuttlecock
    ("Entweder sind es echte Federn, oder am Ball befindet sich ein Kranz aus Plastik.", "Kranz", "NOUN", "wreath", "border"),
    # "Lebensmittel veredeln; verarbeiten [techn.] :: to process": the sentence has its example's word
    ("Auch Lebensmittel werden verarbeitet.", "verarbeiten", "VERB", "to process", "to deal with"),
    # "(als Pfand) hinterlegen :: to leave" shows nothing of a pledge; the plain sense is "to deposit"
    ("Informationen, die man in bestimmter Weise an bestimmten Stellen hinterlegt hat, nennt man auch Daten.",
     "hinterlegen", "VERB", "to deposit", "to leave"),
    # the split verb's own stem "werfen" matched the "werfen" of "hochwerfen; zurückwerfen :: to toss"
    ("Reflektorstreifen werfen das Licht von Autoscheinwerfern zurück.", "zurückwerfen", "VERB", "to throw back", "to toss"),
])
def test_the_sense_the_sentence_shows_goes_first(ding, nlp, text, lemma, pos, right, wrong):
    senses = _choice(ding, nlp, text, lemma, pos).senses
    assert senses[:1] == (right,)
    assert wrong not in senses


@needs_ding
def test_a_narrow_sense_the_sentence_shows_stays(ding, nlp):
    """A qualifier's words in the sentence keep the narrow sense first: "jdn. (bei einem Attentat)
    ermorden :: to assassinate" where the sentence has the Attentat."""
    senses = _choice(ding, nlp, "Der Präsident wurde bei einem Attentat ermordet.", "ermorden", "VERB").senses
    assert senses[:1] == ("to assassinate",)


@needs_ding
def test_a_narrow_lent_sense_stays_before_a_rare_plain_one(ding, nlp):
    """"(einer Organisation) beitreten :: to join" is narrow and eintreten's English, but the plain
    "to contract in" is no commoner sense: the narrow one yields only to a plain one it beats on
    frequency alone (hinterlegen "to leave" before "to deposit")."""
    text = "Schindler trat deshalb der nationalsozialistischen Partei, der NSDAP, bei und pflegte engen Kontakt zu Nationalsozialisten."
    assert _choice(ding, nlp, text, "beitreten", "VERB").senses[:1] == ("to join",)
