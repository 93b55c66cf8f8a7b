"""Cloze notes and vocabulary examples a reader can use (issue 13, round 21 of the judged cards,
/tmp/j21 and tests/judged/cards.md): a hint that names the tense or the plural the sentence
leaves open and shows a letter past a particle its rivals share, no gap on a word read from its
parts, no note on a name-crowded or cut sentence; a card's example short and its own,
and the lemma of a plural the tagger misread. Real German sentences, analysed by the offline
pipeline."""

from __future__ import annotations

from dataclasses import replace

from test_cloze_s13 import _analysis
from test_cloze_s14 import _item
from test_cloze_s15 import _dictionary, _hints_with
from test_senses_own_line_s22 import needs_ding
from test_vocab_s15b import _items

from quizgen.config import Options
from quizgen.extraction.vocabulary import LONG_EXAMPLE, _own_part
from quizgen.generation import make_clozes
from quizgen.generation.cloze import Target, _form_label


def _hints(analysis, *items, options: Options | None = None) -> dict[str, str]:
    notes = make_clozes(analysis, items, (), options or Options())
    return {answer: hint for note in notes for answer, hint in zip(note.answers, note.hints, strict=True)}


def test_a_weak_verbs_past_gap_names_the_tense_no_other_clause_shows(nlp):
    """Round 21: "b… (to encounter)" in "An der Universität [begegnete] sie …" takes begegnet as
    well. "Einige forderten …, andere [verursachten] …" shows the past in its other clause, a
    year dates the sentence, and a strong verb's past is the lesson of its gap (erwarb)."""
    analysis = _analysis(nlp, "An der Universität begegnete sie am ersten Tag ihrem späteren Kollegen.")
    meet = _item(analysis, "begegnete", "begegnen", "VERB", ("to encounter",),
                 verb_forms=("begegnet", "begegnete", "ist begegnet"))
    assert _hints(analysis, meet) == {"begegnete": "b… (Präteritum; to encounter)"}
    analysis = _analysis(nlp, "Einige Raketen forderten zahlreiche Opfer, andere verursachten nur geringe Schäden.")
    cause = _item(analysis, "verursachten", "verursachen", "VERB", ("to cause",),
                  verb_forms=("verursacht", "verursachte", "hat verursacht"))
    assert _hints(analysis, cause) == {"verursachten": "v… (to cause)"}
    analysis = _analysis(nlp, "Im Jahr 1995 begegnete die junge Autorin auf einer Reise ihrem späteren Kollegen.")
    meet = _item(analysis, "begegnete", "begegnen", "VERB", ("to encounter",),
                 verb_forms=("begegnet", "begegnete", "ist begegnet"))
    assert _hints(analysis, meet) == {"begegnete": "b… (to encounter)"}


@needs_ding  # the hint's letters and the glosses come from the dictionary
def test_a_masculine_nouns_plural_gap_shows_die_and_plural(nlp):
    """Round 21: "der U… (primary matter)" asked for Urstoffe: the article and the meaning point
    to the singular. A form that is the singular too (der Künstler, die Künstler; "zum Gesellen",
    a weak noun's dative) leaves the number to the sentence."""
    analysis = _analysis(nlp, "Empedokles von Agrigent sah die vier Urstoffe in allen Dingen vereinigt.")
    stuff = _item(analysis, "Urstoffe", "Urstoff", "NOUN", ("primary matter",), article="der", plural="die Urstoffe")
    assert _hints(analysis, stuff) == {"Urstoffe": "die U… (Plural; primary matter)"}
    analysis = _analysis(nlp, "Die Stadt suchte lange nach einem Künstler für das neue Denkmal auf dem Markt.")
    artist = _item(analysis, "Künstler", "Künstler", "NOUN", ("artist",), article="der", plural="die Künstler")
    assert _hints(analysis, artist) == {"Künstler": "der Kü… (artist)"}
    analysis = _analysis(nlp, "Im Oktober wurde der junge Tischler in der Werkstatt zum Gesellen befördert.")
    journeyman = _item(analysis, "Gesellen", "Geselle", "NOUN", ("journeyman",), article="der", plural="die Gesellen",
                       weak_noun=True)
    target = Target(journeyman.occurrences[0].start, journeyman.occurrences[0].end, journeyman)
    assert _form_label(target, analysis.sentences[0], [target]) == ""
    plural = replace(journeyman, weak_noun=False)  # read as a plain noun, the form would be its plural
    assert _form_label(replace(target, item=plural), analysis.sentences[0], [target]) == "Plural"


def test_a_hint_that_ends_inside_a_particle_a_rival_shares_makes_no_gap(nlp, tmp_path):
    """Round 21: "an… (to accept)" for anzuerkennen admitted anzunehmen: with a rival of the same
    start (akzeptieren "to accept"), a hint that ends inside the particle and its "zu" tells
    nothing. The stem's first letter, "anzue…", spells too much of the word: no gap."""
    options = _dictionary(tmp_path, "anerkennen\tto accept\tVERB", "akzeptieren\tto accept\tVERB")
    analysis = _analysis(nlp, "Die Regierung war bereit, die Grenze zwischen den beiden Ländern endlich anzuerkennen.")
    accept = _item(analysis, "anzuerkennen", "anerkennen", "VERB", ("to accept",), separable_prefix="an",
                   verb_forms=("erkennt an", "erkannte an", "hat anerkannt"))
    assert _hints_with(options, analysis, accept) == {}
    alone = _dictionary(tmp_path, "anerkennen\tto accept\tVERB")
    # annehmen, a basic synonym (cloze.BASIC_RIVAL_ZIPF, session 24), is a rival whatever the dictionary says
    assert _hints_with(alone, analysis, accept) == {}


def test_a_compound_of_basic_parts_or_a_person_of_a_known_noun_makes_no_gap(nlp, tmp_path):
    """Round 21: Geburtsstadt (Geburt + Stadt), Kriegsakademie (Krieg + Akademie, "academy")
    and Apotheker (die Apotheke) are read at sight, whatever the English says. Bahnanschluss
    keeps its gap (judged usable): Anschluss is a word still to learn."""
    options = _dictionary(tmp_path, "Geburtsstadt\tnative town\tNOUN", "Kriegsakademie\tmilitary academy\tNOUN",
                          "Apotheker\tpharmacist\tNOUN", "Bahnanschluss\trail connection\tNOUN")
    analysis = _analysis(nlp, "Nach dem Studium an der Kriegsakademie kehrte er in seine Geburtsstadt zurück.")
    town = _item(analysis, "Geburtsstadt", "Geburtsstadt", "NOUN", ("native town",), article="die")
    academy = _item(analysis, "Kriegsakademie", "Kriegsakademie", "NOUN", ("military academy",), article="die")
    assert make_clozes(analysis, (town, academy), (), options) == ()
    analysis = _analysis(nlp, "Ihr Vater arbeitete viele Jahre lang als Apotheker in einer kleinen Stadt.")
    chemist = _item(analysis, "Apotheker", "Apotheker", "NOUN", ("pharmacist",), article="der")
    assert make_clozes(analysis, (chemist,), (), options) == ()
    analysis = _analysis(nlp, "Es gibt einen Bahnanschluss für die Züge von Amtrak und einen kleinen Flugplatz.")
    rail = _item(analysis, "Bahnanschluss", "Bahnanschluss", "NOUN", ("rail connection",), article="der")
    assert _hints_with(options, analysis, rail) == {"Bahnanschluss": "der B… (rail connection)"}


def test_a_cut_or_name_crowded_sentence_makes_no_note(nlp):
    """Round 21: "… und Masse (5…" and "10·10−12 Saturnmassen) und folgerten …" (a bracket
    without its partner), five names around one gap in 25 words. A short sentence with as many
    names keeps its note."""
    analysis = _analysis(nlp, "Die Forscher verglichen die Bahn des Mondes mit der Rechnung) und folgerten daraus seine Masse.")
    infer = _item(analysis, "folgerten", "folgern", "VERB", ("to conclude",), verb_forms=("folgert", "folgerte", "hat gefolgert"))
    assert make_clozes(analysis, (infer,), (), Options()) == ()
    text = ("Im Jahr 1952 kamen Heuss und Bundeskanzler Konrad Adenauer schließlich in einem Briefwechsel überein, "
            "das Lied von Heinrich Hoffmann als deutsche Nationalhymne anzuerkennen.")
    analysis = _analysis(nlp, text)
    letters = _item(analysis, "Briefwechsel", "Briefwechsel", "NOUN", ("correspondence",), article="der")
    assert make_clozes(analysis, (letters,), (), Options()) == ()
    analysis = _analysis(nlp, "Als Komponisten hatte Heuss ursprünglich Carl Orff vorgesehen; dieser verwies Heuss jedoch an Reutter.")
    refer = _item(analysis, "verwies", "verweisen", "VERB", ("to refer to",), verb_forms=("verweist", "verwies", "hat verwiesen"))
    assert [note.answers for note in make_clozes(analysis, (refer,), (), Options())] == [("verwies",)]


def test_a_plural_the_tagger_read_as_another_noun_is_its_own_nouns(nlp):
    """Round 21: "in mehreren Schlachten" carded as das Schlachten (slaughter), "grausame
    Praktiken" as das Praktikum (internship): die Schlacht, die Praktik. The infinitive noun
    stays where no plural word goes before it."""
    items = _items(nlp, "Er kämpfte in mehreren Schlachten gegen die Russen. Die Konvention verbietet grausame Praktiken der Staaten.")
    assert "Schlacht" in items and "Schlachten" not in items
    assert "Praktik" in items and "Praktikum" not in items
    items = _items(nlp, "Das Schlachten der Tiere war im Dorf streng geregelt.")
    assert "Schlacht" not in items


def test_a_long_examples_inserted_clause_goes(nlp):
    """Round 21: one 27-word sentence on three cards. A relative clause between commas that does
    not hold the word can go, and so can a coordinated clause after the word's."""
    text = ("Die Berater des neuen oströmisch-byzantinischen Kaisers Konstans II., der noch ein Kind war, begannen nach "
            "seiner Inthronisierung umgehend mit der Vorbereitung der Rückeroberung der ehemaligen Provinzen.")
    items = _items(nlp, text)
    assert items["Vorbereitung"].example == text.replace(", der noch ein Kind war,", "")
    text = ("Doch nachdem ihr damaliger Freund plötzlich starb, wollte sie fortan ihre eigenen Geschichten erzählen und "
            "schrieb sich an der Columbia Film School ein, wo sie mit einem Master of Fine Arts abschloss.")
    items = _items(nlp, text)
    assert items["damalig"].example == ("Doch nachdem ihr damaliger Freund plötzlich starb, wollte sie fortan ihre "
                                        "eigenen Geschichten erzählen.")
    assert len(items["damalig"].example.split()) <= LONG_EXAMPLE


def test_a_card_takes_a_sentence_no_earlier_card_shows(nlp):
    """Round 21: the same sentence on three cards of one deck. A word the text uses again shows
    its other sentence."""
    text = ("Die Regierung wollte die Rebellen aus der Provinz vertreiben und die Ordnung im Land wiederherstellen. "
            "Im Winter konnte sie die Rebellen endlich vertreiben.")
    items = _items(nlp, text, "B1")
    assert items["Rebell"].sentence == 0
    assert items["vertreiben"].example == "Im Winter konnte sie die Rebellen endlich vertreiben."


def test_a_sentence_cut_inside_a_bracket_is_joined_again_for_its_example(nlp):
    """Round 21: "… und Masse (5…" and "10·10−12 Saturnmassen) und folgerten …" were the examples
    of four cards: the splitter cut the sentence at the range's "…". The card shows it whole,
    without the bracketed figures."""
    text = ("Sie trafen eine ziemlich präzise Vorhersage über dessen Bahn (133.603 ± 10 km) und Masse "
            "(5…10·10−12 Saturnmassen) und folgerten, dass sich nur ein einzelner Mond innerhalb der Teilung bewegen könne.")
    items = _items(nlp, text)
    whole = ("Sie trafen eine ziemlich präzise Vorhersage über dessen Bahn und Masse und folgerten, dass sich nur ein "
             "einzelner Mond innerhalb der Teilung bewegen könne.")
    assert items["Vorhersage"].example == whole
    assert items["Teilung"].example == whole


def test_a_sentence_after_a_numbers_full_stop_is_no_part_of_the_example(nlp):
    """Round 21: "… zum Jahreswechsel 1950/51. Er konnte sich damit jedoch nicht durchsetzen." on
    the card of die Öffentlichkeit, two sentences the splitter left as one. An ordinal's full
    stop ("am 3. Oktober") takes no pronoun after it and stays."""
    text = ("Zum ersten Mal der Öffentlichkeit präsentierte Heuss das Lied im Anschluss an seine Ansprache zum "
            "Jahreswechsel 1950/51. Er konnte sich damit jedoch nicht durchsetzen.")
    items = _items(nlp, text)
    assert items["Öffentlichkeit"].example.endswith("zum Jahreswechsel 1950/51.")
    items = _items(nlp, "Die Öffentlichkeit erfuhr am 3. Oktober 1990 von dem geheimen Vertrag.")
    assert items["Öffentlichkeit"].example == "Die Öffentlichkeit erfuhr am 3. Oktober 1990 von dem geheimen Vertrag."


def test_a_card_takes_no_verbless_sentence_for_an_example_of_its_own(nlp):
    """Round 22's Tabak deck: "Der Virginische Tabak (Nicotiana tabacum) und der Bauern-Tabak
    (Nicotiana rustica)." is a list's item, no sentence to show a word in."""
    text = ("Die Regierung wollte die Rebellen aus der Provinz vertreiben und die Ordnung im Land wiederherstellen. "
            "Die Rebellen im Norden und die Rebellen im Süden.")
    items = _items(nlp, text, "B1")
    assert items["vertreiben"].sentence == items["Rebell"].sentence == 0


def test_a_long_sentences_part_after_a_semicolon_inside_brackets_is_no_example():
    """Round 22's Lindbergh deck: "† 26. August 1974 in Kipahulu, Maui, Hawaii) war ein
    US-amerikanischer Pilot …", the part after the semicolon of the dates in brackets."""
    sentence = ("Charles Augustus Lindbergh (* 4. Februar 1902 in Detroit, Michigan; † 26. August 1974 in Kipahulu, Maui, "
                "Hawaii) war ein US-amerikanischer Pilot, Schriftsteller und Träger der Medal of Honor, der als Erster allein "
                "den Atlantik überflog.")
    assert _own_part(sentence, sentence.index("Pilot")) == sentence
