"""The sense in the text, round 7 (issue 13, round 23 of the card readers; tests/judged/cards.md):
a sense Ding qualifies by what the title shows is not dropped for its rare English (die
Kettenschaltung "(no meaning)" in the article Fahrrad); Ding's undotted fields [art], [sport],
[auto], [school] are fields (das Gemälde "picture" in a text on a painter); a synonym Ding lists
well after the first on its line is no further sense (Erdöl "crude oil; base oil"); an
inflected cue matches a form whose ending shares a letter (öffentlicher ~ öffentlichen).
Sentences of the judged texts, read with Debian's Ding."""

from __future__ import annotations

from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.ding import subject_fields
from quizgen.extraction.senses import Sense, _later_synonym, _same_word, domains


@needs_ding
def test_a_sense_qualified_by_the_title_keeps_its_rare_english(ding, nlp):
    """"Kettenschaltung {f} (Fahrrad) :: derailleur; derailleur gears": "derailleur" is rare
    English (Zipf 2.1), which put the sense under the gloss floor; the article Fahrrad shows the
    qualifier, and the card had no meaning at all."""
    text = "Auch konnte durch die Kette die Kettenschaltung erfunden werden."
    assert _choice(ding, nlp, text, "Kettenschaltung", "NOUN", title="Fahrrad").senses[:1] == ("derailleur",)
    # nothing shows the bicycle: the telecom line is as likely, and no gloss stays the answer
    assert _choice(ding, nlp, text, "Kettenschaltung", "NOUN").senses == ()


def test_dings_undotted_fields_are_fields():
    """Ding writes [art], [sport], [auto], [school] without a dot; they were read as no field."""
    assert subject_fields("Gemälde {n}; Bild {n} [art]") == frozenset(["[art]"])
    assert subject_fields("Federball {m} [sport]") == frozenset(["[sport]"])
    assert subject_fields("Gemälde {n} [formal]") == frozenset()  # a register, not a field
    assert domains("[art] anfertigen") == frozenset(["art"])


@needs_ding
def test_a_text_on_art_paints_a_painting(ding, nlp):
    """Rembrandt's "Über 400 Gemälde … hat er hinterlassen": "picture" (Gemälde's line without a
    field) won on English frequency; in a text on art the [art] line's "painting" goes first."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    text = "Über 400 Gemälde und über 2000 Zeichnungen hat er hinterlassen."
    analysis = analyze(nlp, Article(title="t", text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
    sentence = analysis.sentences[0]
    token = next(t.i for t in sentence.tokens if t.lemma == "Gemälde")
    assert ding.choice("Gemälde", "NOUN", sentence=sentence, token_i=token, topic=frozenset(["art"])).senses[:1] == ("painting",)


@needs_ding
def test_a_later_synonym_of_the_line_is_no_further_sense(ding, nlp):
    """"Rohöl; Erdöl :: crude oil; crude naphtha; base oil; …": "base oil" (a lubricant's base,
    third on the line) came second for the Zipf of "base"."""
    text = "Kasachstan hat viele Bodenschätze wie Erdöl, Erdgas, Steinkohle, Eisenerz, Kupfer und Gold."
    assert _choice(ding, nlp, text, "Erdöl", "NOUN").senses == ("crude oil",)


def test_a_later_synonym_needs_half_the_first_ones_support():
    line = "bohren nordsee rohöl"
    crude = Sense("crude oil", "NOUN", 2.65, 4.0, marks="n", cues=line)
    base = Sense("base oil", "NOUN", 1.0, 5.05, marks="n", cues=line)
    naphtha = Sense("crude naphtha", "NOUN", 1.76, 2.13, marks="n", cues=line)
    other_line = Sense("fuel oil", "NOUN", 1.0, 4.0, marks="n", cues="benzin")
    assert _later_synonym(base, crude) and not _later_synonym(naphtha, crude)
    assert not _later_synonym(other_line, crude)  # another line's sense is another meaning
    # a synonym of another head is a meaning the learner can use: Großbrand "blaze; large fire"
    blaze = Sense("blaze", "NOUN", 2.0, 3.9, marks="m", cues="feuer")
    assert not _later_synonym(Sense("large fire", "NOUN", 0.8, 4.9, marks="m", cues="feuer"), blaze)


def test_an_inflected_cue_whose_ending_shares_a_letter():
    """"öffentlicher" (Ding's example) and "öffentlichen" (the sentence) share "öffentliche":
    the rest, "r" and "n", was no pair of endings; "öffentlich" + "er"/"en" is."""
    assert _same_word("öffentlicher", "öffentlichen") and _same_word("kleiner", "kleinen")
    assert not _same_word("wasser", "wasserbau") and not _same_word("öffentlich", "öffnen")
