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
