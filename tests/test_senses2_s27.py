"""The sense in the text, round 8 (issue 13, round 26's readers): a verb's own sense goes before
a basic English verb lent by a much commoner German word's line (verursachen "to give", bereiten's
"Freude bereiten"); an English verb with "across" or "past" is a verb with a particle, counted
by the particle-verb cap ("to move across" no longer beats überqueren's "to cross" on the Zipf of
"move"); on a tie the word's own English goes first. Sentences of the judged texts, read with
Debian's Ding."""

from __future__ import annotations

from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.senses import _phrasal


@needs_ding
def test_a_verbs_own_sense_before_a_basic_verb_lent_by_another_word(ding, nlp):
    """"Er kann Krebs verursachen" was "to give": "bereiten; verursachen :: to give" lends geben's
    English, which won on its Zipf over verursachen's own "to cause" (four times the support)."""
    text = "Er kann Krebs verursachen, das Leben verkürzen und zum Tod führen."
    assert _choice(ding, nlp, text, "verursachen", "VERB", title="Tabak").senses[:1] == ("to cause",)


@needs_ding
def test_a_lent_english_that_is_no_basic_verb_stays(ding, nlp):
    """untersuchen's "to investigate" is shared by many German words but no basic English verb:
    its much rarer own "to probe" does not replace it."""
    text = "Die Frage, welche Struktur sich innerhalb dieses Trägers feststellen lässt, wird untersucht."
    assert _choice(ding, nlp, text, "untersuchen", "VERB", title="Information").senses[:1] == ("to investigate",)


def test_across_and_past_are_particles():
    assert _phrasal("to move across") and _phrasal("to go past")
    assert not _phrasal("to cross") and not _phrasal("to move")


@needs_ding
def test_a_one_word_verb_before_a_paraphrase_with_across(ding, nlp):
    """Lindbergh "überquerte … den Atlantik": "to move across; to go across" (counted at the Zipf of
    move and go) displaced "to cross"."""
    text = "Er überquerte als erster Mensch allein den Atlantik."
    assert _choice(ding, nlp, text, "überqueren", "VERB", title="Charles Lindbergh").senses[:1] == ("to cross",)



@needs_ding
def test_on_a_tie_the_words_own_english_goes_first(ding, nlp):
    """"to put across" (vermitteln's own line) and "to put over" (rüberbringen's) both count at the
    particle-verb cap: the own one goes first, not the lent one by the order of the lines."""
    text = "Information ist das Wissen, das ein Absender einem Empfänger über einen Informationskanal vermittelt."
    assert _choice(ding, nlp, text, "vermitteln", "VERB", title="Information").senses[:1] == ("to put across",)
