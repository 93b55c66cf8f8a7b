"""Session 25, issue 13: cards a B1 learner wants, with facts right (round 21 of the judged cards).

A compound met once whose meaning spells out simple words of a band below is no card (der
Schneesturm – snowstorm: transparent for round 21's readers); a long name in a cloze's gloss is the part the text calls
the person by ("Trotz seines (= Rembrandt Harmenszoon van Rijn) Ruhms"); a weak verb's past in a
relative clause names its tense in the hint ("der … den Atlantik [ü…]" took überquert as well).
"""

from __future__ import annotations

from test_cards_s22 import _hints
from test_cloze_s13 import _analysis
from test_cloze_s14 import _item
from test_senses_own_line_s22 import needs_ding
from test_vocab_s15b import _items

from quizgen.extraction.vocabulary import _irregular_plural
from quizgen.generation.cloze import short_name
from quizgen.model import VocabItem


def test_a_long_name_in_a_gloss_is_the_part_the_text_uses():
    text = (
        "Rembrandt Harmenszoon van Rijn war ein Maler aus den Niederlanden. "
        "Der junge Rembrandt sollte studieren. Rembrandt malte viele Bilder."
    )
    assert short_name("Rembrandt Harmenszoon van Rijn", text) == "Rembrandt"
    once = "Kim Jong Un besuchte die Fabrik. Er sprach mit Arbeitern."
    assert short_name("Kim Jong Un", once) == "Kim Jong Un"  # the text never shortens it
    assert short_name("Charles Lindbergh", "Lindbergh flog. Lindbergh landete.") == "Charles Lindbergh"
    assert short_name("der junge Maler", "Der junge Maler malte.") == "der junge Maler"


def test_a_weak_past_in_a_relative_clause_names_its_tense(nlp):
    """Round 21: "Im Jahr 1919 bot … ein Preisgeld für denjenigen, der … den Atlantik [ü…]":
    überquert fits as well, whatever the main clause's past and year say. The main clause's own
    gap keeps the year's evidence (test_cards_s22)."""
    analysis = _analysis(
        nlp,
        "Im Jahr 1919 bot ein Millionär ein Preisgeld für denjenigen, der alleine mit einem Flugzeug den Atlantik überquerte.",
    )
    cross = _item(analysis, "überquerte", "überqueren", "VERB", ("to cross",),
                  verb_forms=("überquert", "überquerte", "hat überquert"))
    assert _hints(analysis, cross) == {"überquerte": "ü… (Präteritum; to cross)"}


@needs_ding  # the compound's meaning and its parts' senses come from the dictionary
def test_a_compound_spelt_out_by_simple_words_of_a_band_below_is_no_card(nlp):
    """Round 21: "der Schneesturm – snowstorm", met once, spells out Schnee and Sturm, everyday
    words a news ranking puts past the B1 learner's 2,400 lemmas. A compound with a derived part
    the learner does not know yet keeps its card (Vorführung: a derivation)."""
    text = (
        "Auf dem Weg nach Paris geriet der Pilot über dem Meer in einen Schneesturm. "
        "Trotzdem kam er am nächsten Abend sicher in Frankreich an."
    )
    assert "Schneesturm" not in _items(nlp, text, level="B1")


@needs_ding  # the verb's senses come from the dictionary
def test_a_reflexive_verb_with_a_dative_object_shows_the_dative(nlp):
    """Round 21: "sich unterstellen" on a card for "unterstellte sich dem benachbarten Russland"
    lacked "sich jdm. unterstellen". A verb with an accusative object beside the dative (a giving
    verb's recipient) shows none."""
    text = ("Im 19. Jahrhundert unterstellte sich Kasachstan dem benachbarten Russland, "
            "um nicht von China erobert zu werden.")
    item = _items(nlp, text)["unterstellen"]
    assert item.reflexive and item.construction == "+ Dat."
    text = "Im Winter schenkte der alte Kaufmann seinem Nachbarn einen warmen Mantel aus Wolle."
    assert _items(nlp, text)["schenken"].construction == ""


def test_a_compound_with_its_own_plural_keeps_its_card():
    """der Geschäftsmann – die Geschäftsleute: the plural is not its head's (Männer), so the card
    teaches what the parts do not, however plain "businessman" spells them out."""
    item = VocabItem(lemma="Geschäftsmann", pos="NOUN", plural="die Geschäftsleute")
    assert _irregular_plural(item, "Mann")
    assert not _irregular_plural(VocabItem(lemma="Schneesturm", pos="NOUN", plural="die Schneestürme"), "Sturm")
