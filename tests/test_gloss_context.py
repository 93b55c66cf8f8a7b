"""Senses chosen by what the article says around the word (judged cards round 5, session 9): the
kind of the verb's object, a compound's first part. Each class on German sentences like the
judged ones, with a sentence where the other sense stays."""

from __future__ import annotations

from test_gloss_round5 import _senses, needs_ding


@needs_ding
def test_a_thing_sense_is_not_given_for_people_as_the_object(fresh_glossary, nlp):
    """"etw. aufgreifen :: to pick up on sth." takes a thing; slave catchers who "entflohene
    Sklaven aufgriffen" seized people (the card read "to pick up on"). A noun naming people
    (Sklave beside Sklavin) makes the object a person; an idea keeps the sense."""
    text = "Eine ständige Gefahr waren Sklavenfänger, die entflohene Sklaven aufgriffen, um die Belohnungen zu kassieren."
    assert "to pick up on" not in _senses(nlp, text, "aufgreifen", "VERB")
    assert _senses(nlp, "Die Medien griffen das Thema schnell auf.", "aufgreifen", "VERB")[:1] == ("to pick up on",)


@needs_ding
def test_a_compound_takes_the_sense_of_its_first_part(fresh_glossary, nlp):
    """Uhr is first a clock: the Uhrmacher who built water clocks were not "watchmaker" (the
    card's sense, judged wrong); Ding's "clockmaker" is rare English, so no gloss is shown
    rather than the watch sense. Hand in Handschuh tells nothing ("glove" alone)."""
    text = "Dieses Problem wurde von den griechischen und römischen Uhrmachern ab 100 v. Chr. behandelt."
    assert _senses(nlp, text, "Uhrmacher", "NOUN")[:1] != ("watchmaker",)
    assert _senses(nlp, "Im Winter trug sie dicke Handschuhe.", "Handschuh", "NOUN")[:1] == ("glove",)


def test_a_verbs_circumstance_in_brackets_narrows_its_sense():
    """"jdn. (bei einem Attentat) ermorden :: to assassinate sb." is a narrower use, marked N and
    weighed less; a noun's bracket explains its sense ("Grenze {f} (zu einem anderen Land) ::
    border") and narrows nothing."""
    from quizgen.extraction.ding import _ding_entries
    from quizgen.extraction.senses import NARROW

    verb = _ding_entries("jdn. (bei einem Attentat) ermorden {vt} [pol.] | ermordend | ermordet :: to assassinate sb. | assassinating | assassinated")
    plain = _ding_entries("jdn. ermorden {vt} [pol.] | ermordend | ermordet :: to murder sb. | murdering | murdered")
    assert NARROW in verb[0][6] and verb[0][3] < plain[0][3]
    noun = _ding_entries("Grenze {f} (zu einem anderen Land) [geogr.] | Grenzen {pl} :: border | borders")
    assert NARROW not in noun[0][6]


@needs_ding
def test_a_narrowed_sense_needs_its_circumstance(fresh_glossary, nlp):
    """The murder of millions is no assassination (the card read "to assassinate; to murder");
    neither Ermordung :: assassination makes it one. An attack on a president is."""
    text = "Bis zum Kriegsende wurden etwa sechs Millionen europäische Juden ermordet, darunter über drei Millionen polnische Juden."
    assert "to assassinate" not in _senses(nlp, text, "ermorden", "VERB")
    assert _senses(nlp, "Der Präsident wurde bei einem Attentat in Dallas ermordet.", "ermorden", "VERB")[:1] == ("to assassinate",)


@needs_ding
def test_a_narrowed_further_sense_is_not_listed_without_its_words(fresh_glossary, nlp):
    """Premiere "first time" is Ding's for "(erstmalige Erfahrung)": the day of a film's premiere
    is its "first night" alone (the card listed "first time" after it)."""
    senses = _senses(nlp, "Der erste offizielle Trailer sollte am Tag der Premiere von Mad Max veröffentlicht werden.", "Premiere", "NOUN")
    assert senses[:1] == ("first night",) and "first time" not in senses


@needs_ding
def test_the_german_nouns_own_word_in_english_is_listed(fresh_glossary, nlp):
    """Readers missed "premiere" on the Premiere card: a sense the dictionary gives that is the
    German word itself is listed second. Not Billion's "billion" (mostly Milliarde's: a false
    friend) nor Riff's "riff" (Ding's only with a qualifier: a reef here)."""
    senses = _senses(nlp, "Der erste offizielle Trailer sollte am Tag der Premiere von Mad Max veröffentlicht werden.", "Premiere", "NOUN")
    assert senses == ("first night", "premiere")
    assert "asteroid" in _senses(nlp, "Der Asteroid schlug vor Millionen Jahren auf der Erde ein.", "Asteroid", "NOUN")
    assert "billion" not in _senses(nlp, "Die Staatsschulden betragen inzwischen eine Billion Euro.", "Billion", "NOUN")
    assert _senses(nlp, "Das Schiff lief auf ein Riff vor der Küste.", "Riff", "NOUN") == ("reef",)
