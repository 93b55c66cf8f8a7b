"""Cloze gaps and notes strict readers rejected in round 12 (tests/judged/cards.md, table "Cloze")
that are still made after session 15, and the usable ones a rule must not lose, on real German
sentences analysed by the offline pipeline.

Each test reads a small dictionary it writes, so that the rules hold whatever dictionary is
installed; the synonyms come from OpenThesaurus."""

from __future__ import annotations

import pytest
from test_cloze_s13 import _analysis
from test_cloze_s14 import _item
from test_cloze_s15 import _dictionary, _hints_with

from quizgen.extraction.thesaurus import load_thesaurus
from quizgen.generation import make_clozes


def test_a_compound_whose_meaning_is_its_parts_word_by_word_makes_no_gap(nlp, tmp_path):
    """Round 12: "der G… (guest singer)" for Gastsänger, "die O… (east coast)" for Ostküste: a
    learner who knows Gast and Sänger writes the word from its hint. A compound whose English
    says more than its parts (Geländewagen "all-terrain vehicle") keeps its gap, as does one with
    a part beyond a B1 learner (Anschauung in Weltanschauung "world view"). English that writes
    the parts as one word gives it away too (Schneesturm "snowstorm"), not English of its own
    (Raumschiff "spacecraft")."""
    options = _dictionary(
        tmp_path, "Gastsänger\tguest singer\tNOUN", "Gast\tguest\tNOUN", "Sänger\tsinger\tNOUN",
        "Ostküste\teast coast\tNOUN", "Ost\teast\tNOUN", "Küste\tcoast\tNOUN",
        "Geländewagen\tall-terrain vehicle\tNOUN", "Gelände\tterrain\tNOUN", "Wagen\tcar\tNOUN",
        "Weltanschauung\tworld view\tNOUN", "Welt\tworld\tNOUN", "Anschauung\tview\tNOUN",
        "Schneesturm\tsnowstorm\tNOUN", "Schnee\tsnow\tNOUN", "Sturm\tstorm\tNOUN",
        "Raumschiff\tspacecraft\tNOUN", "Raum\tspace\tNOUN", "Schiff\tship\tNOUN",
    )
    analysis = _analysis(nlp, "Ende 2003 trat der Sänger als Gastsänger bei einer kanadischen Band an der Ostküste auf.")
    guest = _item(analysis, "Gastsänger", "Gastsänger", "NOUN", ("guest singer",), article="der")
    coast = _item(analysis, "Ostküste", "Ostküste", "NOUN", ("east coast",), article="die")
    assert make_clozes(analysis, (guest, coast), (), options) == ()
    analysis = _analysis(nlp, "Die Pinguine bauen aus den Resten einen alten Geländewagen wieder zusammen.")
    car = _item(analysis, "Geländewagen", "Geländewagen", "NOUN", ("all-terrain vehicle",), article="der")
    assert _hints_with(options, analysis, car) == {"Geländewagen": "der G… (all-terrain vehicle)"}
    analysis = _analysis(nlp, "Engels setzte die Arbeit an der gemeinsamen Weltanschauung noch viele Jahre lang fort.")
    view = _item(analysis, "Weltanschauung", "Weltanschauung", "NOUN", ("world view",), article="die")
    assert _hints_with(options, analysis, view) == {"Weltanschauung": "die W… (world view)"}
    analysis = _analysis(nlp, "Über der Küste von Kanada geriet das kleine Flugzeug in einen heftigen Schneesturm.")
    storm = _item(analysis, "Schneesturm", "Schneesturm", "NOUN", ("snowstorm",), article="der")
    assert make_clozes(analysis, (storm,), (), options) == ()
    analysis = _analysis(nlp, "Das abgestürzte Raumschiff lag viele Jahre lang tief unter dem Eis des Planeten.")
    craft = _item(analysis, "Raumschiff", "Raumschiff", "NOUN", ("spacecraft",), article="das")
    assert _hints_with(options, analysis, craft) == {"Raumschiff": "das R… (spacecraft)"}


def test_a_noun_of_agent_made_from_a_known_verb_as_in_english_makes_no_gap(nlp, tmp_path):
    """Round 12: "der K… (buyer)" for Käufer: kaufen is "to buy", and the English noun is made
    from it as the German one is. A noun from another sense of its verb (Verleger "publisher":
    verlegen is first "to transfer") keeps its gap, as does one from a verb the learner is still
    learning (Verwalter "manager": verwalten is B1)."""
    options = _dictionary(
        tmp_path, "Käufer\tbuyer\tNOUN", "kaufen\tto buy\tVERB", "Verleger\tpublisher\tNOUN",
        "verlegen\tto transfer\tVERB", "verlegen\tto publish\tVERB", "Verwalter\tmanager\tNOUN", "verwalten\tto manage\tVERB",
    )
    analysis = _analysis(nlp, "Bei dem Käufer handelte es sich um einen sehr reichen Mann aus New York.")
    buyer = _item(analysis, "Käufer", "Käufer", "NOUN", ("buyer",), article="der")
    assert make_clozes(analysis, (buyer,), (), options) == ()
    analysis = _analysis(nlp, "Der Verleger brachte die ersten Karten schon im Jahr 1850 auf den Markt.")
    publisher = _item(analysis, "Verleger", "Verleger", "NOUN", ("publisher",), article="der")
    assert _hints_with(options, analysis, publisher) == {"Verleger": "der V… (publisher)"}
    analysis = _analysis(nlp, "Der Verwalter des Gutes lebte mit seiner Familie in einem kleinen Haus am Fluss.")
    manager = _item(analysis, "Verwalter", "Verwalter", "NOUN", ("manager",), article="der")
    assert _hints_with(options, analysis, manager) == {"Verwalter": "der Verw… (manager)"}


@pytest.mark.skipif(not load_thesaurus().synonyms("küren"), reason="needs OpenThesaurus (openthesaurus-de-text)")
def test_a_participles_hint_tells_it_from_a_synonyms_participle(nlp, tmp_path):
    """Round 12: "g… (to choose)" for gekürt admits gewählt: the synonym wählen begins with w, its
    participle with g as the answer does. The hint shows the letters that tell them apart. The
    present form (küren, wählen) leaves one letter."""
    options = _dictionary(tmp_path, "küren\tto choose\tVERB", "wählen\tto choose\tVERB")
    analysis = _analysis(nlp, "Im Jahr 2004 wurde das Album von den Lesern der Zeitschrift zum besten Album gekürt.")
    chose = _item(analysis, "gekürt", "küren", "VERB", ("to choose",), verb_forms=("kürt", "kürte", "hat gekürt"))
    assert _hints_with(options, analysis, chose) == {"gekürt": "gek… (to choose)"}
    analysis = _analysis(nlp, "Jedes Jahr küren die Leser der Zeitschrift das beste Album der Saison.")
    choose = _item(analysis, "küren", "küren", "VERB", ("to choose",), verb_forms=("kürt", "kürte", "hat gekürt"))
    assert _hints_with(options, analysis, choose) == {"küren": "k… (to choose)"}


def test_no_gap_in_a_quoted_title_or_on_the_noun_before_a_title(nlp, tmp_path):
    """Round 12: "in Lucius Apuleius’ „Goldenem [Esel]“" gapped a book's name, and "die
    [Kurzfassung] Die Entwicklung des Sozialismus …" the noun that runs into a title. Quoted
    speech with its verb keeps its gaps (Eile in Platon's words), and so does a word before the
    title's noun (einflussreichen)."""
    options = _dictionary(
        tmp_path, "Esel\tdonkey\tNOUN", "Erwähnung\tmention\tNOUN", "Kurzfassung\tabridged version\tNOUN",
        "Eile\thurry\tNOUN", "einflussreich\tinfluential\tADJ", "Untersuchung\tstudy\tNOUN",
    )
    analysis = _analysis(nlp, "Eine weitere Erwähnung erfolgt in Lucius Apuleius’ „Goldenem Esel“ aus dem zweiten Jahrhundert.")
    donkey = _item(analysis, "Esel", "Esel", "NOUN", ("donkey",), article="der")
    mention = _item(analysis, "Erwähnung", "Erwähnung", "NOUN", ("mention",), article="die")
    assert _hints_with(options, analysis, donkey, mention) == {"Erwähnung": "die E… (mention)"}
    analysis = _analysis(
        nlp, "Neben dem Anti-Dühring erfuhr vor allem die Kurzfassung Die Entwicklung des Sozialismus von der Utopie "
        "zur Wissenschaft starke Resonanz bei den Lesern."
    )
    short = _item(analysis, "Kurzfassung", "Kurzfassung", "NOUN", ("abridged version",), article="die")
    assert make_clozes(analysis, (short,), (), options) == ()
    analysis = _analysis(
        nlp, "Mit der einflussreichen Untersuchung Die Lage der arbeitenden Klasse in England gehörte Engels zu den "
        "Pionieren der Soziologie."
    )
    influential = _item(analysis, "einflussreichen", "einflussreich", "ADJ", ("influential",))
    study = _item(analysis, "Untersuchung", "Untersuchung", "NOUN", ("study",), article="die")
    assert _hints_with(options, analysis, influential, study) == {"einflussreichen": "e… (influential)"}
    analysis = _analysis(nlp, "Platon sagt, dass „die Männer auf der anderen Seite immer in Eile sprechen“.")
    hurry = _item(analysis, "Eile", "Eile", "NOUN", ("hurry",), article="die")
    assert _hints_with(options, analysis, hurry) == {"Eile": "die E… (hurry)"}


def test_a_sentence_that_is_half_a_title_makes_no_note(nlp, tmp_path):
    """A card about a sentence that is mostly a book's name teaches the name, not German: "Großen
    [Erfolg] hatte vor allem Die Entwicklung des Sozialismus von der Utopie zur Wissenschaft." The
    same word in a sentence about the book makes a note."""
    options = _dictionary(tmp_path, "Erfolg\tsuccess\tNOUN")
    analysis = _analysis(nlp, "Großen Erfolg hatte vor allem Die Entwicklung des Sozialismus von der Utopie zur Wissenschaft.")
    success = _item(analysis, "Erfolg", "Erfolg", "NOUN", ("success",), article="der")
    assert make_clozes(analysis, (success,), (), options) == ()
    analysis = _analysis(nlp, "Großen Erfolg hatte vor allem seine kurze Schrift über die Entwicklung des Sozialismus.")
    success = _item(analysis, "Erfolg", "Erfolg", "NOUN", ("success",), article="der")
    assert _hints_with(options, analysis, success) == {"Erfolg": "der E… (success)"}
