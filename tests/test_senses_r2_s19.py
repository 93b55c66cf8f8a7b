"""Senses the card readers of session 19 found wrong (issue 13): Botschaft "message" in a text on
the US embassy, Probe "test" for "eine Probe Iridium", Ausbruch "break-out" for "bei Ausbruch des
Ersten Weltkriegs".
Each rule is checked on Ding's own lines (a small dictionary written by the test) and German
sentences like the judged ones, with sentences where nothing must change."""

from __future__ import annotations

from test_gloss_s15 import _article

from quizgen.extraction.senses import Context, Sense, choose


def _senses(glossary, nlp, text: str, lemma: str, pos: str, topic: frozenset[str] = frozenset()) -> tuple[str, ...]:
    sentence = _article(nlp, text).sentences[0]
    token = next(t.i for t in sentence.tokens if t.lemma == lemma)
    return glossary.senses(lemma, pos, sentence=sentence, token_i=token, topic=topic)


MESSAGE = (
    "Botschaft {f} (diplomatische Vertretung) [pol.] | Botschaften {pl} | Mein Vater arbeitete in der Botschaft. :: "
    "embassy | embassies | My father worked at the embassy.\n"
    "Botschaft {f}; persönliche Mitteilung {f}; persönliche Nachricht {f} | Botschaften {pl} | eine Nachricht hinterlassen :: "
    "message | messages | to leave a message\n"
    "Nachricht {f} | Nachrichten {pl} | eine Nachricht schicken :: message | messages | to send a message\n"
    "Mitteilung {f}; Meldung {f} | Mitteilungen {pl} :: message; notice | messages; notices\n"
    "Parlament {n} [pol.] | Parlamente {pl} :: parliament | parliaments\n"
)


def test_a_noun_of_the_texts_field_goes_before_a_synonyms_english(ding_text, nlp):
    """"Erst 2017 … wies das State Department an, die Verlegung der Botschaft vorzubereiten": in a
    text on a state's embassy ([pol.] words), Botschaft is the embassy, its own line's English,
    not the "message" Ding gives mostly for Nachricht and Mitteilung."""
    glossary = ding_text("de-en", MESSAGE)
    sentence = "Der Präsident ordnete an, die Verlegung der Botschaft nach Jerusalem vorzubereiten."
    assert _senses(glossary, nlp, sentence, "Botschaft", "NOUN", frozenset({"state"}))[:1] == ("embassy",)


def test_a_noun_outside_the_field_keeps_its_common_sense(ding_text, nlp):
    """The same sentence in a text on no such field, and a text on music: Botschaft stays "message"."""
    glossary = ding_text("de-en", MESSAGE)
    sentence = "Die Sängerin schickte ihren Fans eine Botschaft."
    assert _senses(glossary, nlp, sentence, "Botschaft", "NOUN")[:1] == ("message",)
    assert _senses(glossary, nlp, sentence, "Botschaft", "NOUN", frozenset({"music"}))[:1] == ("message",)


def test_a_field_sense_of_the_words_own_english_needs_half_the_score():
    """The rule weighs only senses close enough: a field sense far behind a lent one gives way."""
    lent = Sense("message", "NOUN", 6.0, 5.0, marks="X")
    own = Sense("embassy", "NOUN", 3.0, 4.1, cues="[pol] diplomatische vertretung", marks="N")
    assert choose([lent, own], Context(topic=frozenset({"state"})))[:1] == ("embassy",)
    weak = Sense("embassy", "NOUN", 0.5, 4.1, cues="[pol] diplomatische vertretung", marks="N")
    assert choose([lent, weak], Context(topic=frozenset({"state"})))[:1] == ("message",)


SAMPLE = (
    "Probe {f} | auf die Probe stellen | eine Probe bestehen :: test | to put to the test | to stand a test; to pass a test\n"
    "Probestück {n}; Probe {f}; Stichprobe {f} [sci.] [techn.] | Probestücke {pl}; Proben {pl}; Stichproben {pl} :: "
    "sample | samples | samples\n"
    "Test {m}; Überprüfung {f} | Tests {pl}; Überprüfungen {pl} :: test | tests\n"
    "Prüfung {f}; Erprobung {f}; Test {m} | Prüfungen {pl}; Erprobungen {pl}; Tests {pl} :: test | tests\n"
    "Iridium {n} /Ir/ [chem.] :: iridium\n"
    "Mut {m} | Mutes {pl} :: courage\n"
)


def test_a_noun_takes_the_field_of_the_noun_it_is_tied_to(ding_text, nlp):
    """"um eine Probe Iridium zu stehlen" (Avengers): Iridium is Ding's [chem.], and Probe with it
    the [sci.] sample, not the "test" Ding gives first (and mostly for Test and Prüfung)."""
    glossary = ding_text("de-en", SAMPLE)
    sentence = "Kurze Zeit später taucht Loki in Stuttgart auf, um eine Probe Iridium zu stehlen."
    assert _senses(glossary, nlp, sentence, "Probe", "NOUN")[:1] == ("sample",)


def test_a_noun_tied_to_a_word_of_no_field_keeps_its_senses(ding_text, nlp):
    """"eine Probe seines Mutes": courage names no field, and Probe stays a test."""
    glossary = ding_text("de-en", SAMPLE)
    assert _senses(glossary, nlp, "Die lange Reise war eine Probe seines Mutes.", "Probe", "NOUN")[:1] == ("test",)


OUTBREAK = (
    "Ausbruch {m} :: break-out; break\n"
    "Ausbruch {m}; Entlaufen {n}; Entrinnen {n} | Es gibt kein Entkommen. :: escape | There is no escape.\n"
    "Kriegsausbruch {m} | Kriegsausbrüche {pl} | bei Kriegsausbruch :: outbreak of war; onset of the war | "
    "outbreaks of war; onsets of wars | at the outbreak of the war\n"
    "Krieg {m} [mil.] | Kriege {pl} :: war | wars\n"
    "Weltkrieg {m} [hist.] [mil.] | Weltkriege {pl} :: world war | world wars\n"
    "Gefängnis {n} | Gefängnisse {pl} :: prison | prisons\n"
)


def test_a_compound_genitive_counts_by_its_head(ding_text, nlp):
    """"Bei Ausbruch des Ersten Weltkriegs wurde die Roon reaktiviert": the Weltkrieg is a Krieg,
    and Ausbruch with it the Kriegsausbruch, "outbreak", not a "break-out"."""
    glossary = ding_text("de-en", OUTBREAK)
    sentence = "Bei Ausbruch des Ersten Weltkriegs wurde das Schiff wieder in Dienst gestellt."
    assert _senses(glossary, nlp, sentence, "Ausbruch", "NOUN")[:1] == ("outbreak",)


def test_a_break_out_of_prison_stays_one(ding_text, nlp):
    """No compound of its genitive's head: "Ausbruch aus dem Gefängnis" keeps Ding's first sense."""
    glossary = ding_text("de-en", OUTBREAK)
    sentence = "Nach seinem Ausbruch aus dem Gefängnis floh der Räuber nach Süden."
    assert _senses(glossary, nlp, sentence, "Ausbruch", "NOUN")[:1] == ("break-out",)


ECHO = (
    "(eine Eingabe/Anforderung) zurückgeben {vt} [comp.] | Der Server gibt die Anforderungen zurück. :: to echo (an input) | "
    "The server echoes the requests.\n"
    "etw. (als Echo) zurückwerfen; zurückgeben {vt} | Die Bergwände warfen seine Stimme zurück. :: to echo sth. | "
    "The rock faces echoed his voice.\n"
    "zurückgeben; zurückreichen {vt} | zurückgebend; zurückreichend | zurückgegeben; zurückgereicht :: to pass back; "
    "to hand back | passing back; handing back | passed back; handed back\n"
)


def test_a_sense_restricted_on_every_line_stays_restricted(ding_text):
    """"to echo" comes from a line naming its object ("(eine Eingabe) zurückgeben") and one
    qualified otherwise ("(als Echo) zurückgeben"): restricted on each, it keeps its named object
    and is no sense of "gab das Flugzeug an ILFC zurück"."""
    echo = next(sense for sense in ding_text("de-en", ECHO).candidates("zurückgeben", "VERB") if sense.english == "to echo")
    assert "O" in echo.marks
