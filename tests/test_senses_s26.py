"""The sense in the text, round 6 (issue 13, round 22 of the card readers; tests/judged/cards.md):
an uncommon word's contested English that mostly translates other words gives way to its own
English, or to no gloss (ablösen "to spell", entführen "to snatch", ausnutzen "to use"); a noun's
own line of a field goes before another headword's line of that field (Landwirtschaft: not
"farm"); a verb Ding gives only in a field the text does not show, in other words' English, has
no gloss (niederlegen [mil.] "to ground"); one word in two spellings is one sense (traffic centre;
traffic center); a qualified sense the text shows stands without other lines' English (Leerlauf
in an article on bicycles). Sentences of the judged texts, read with Debian's Ding."""

from __future__ import annotations

from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.senses import Context, Sense, _spelling, decide


@needs_ding
def test_an_uncommon_verbs_contested_lent_english_gives_way_to_its_own(ding, nlp):
    """"Damit löste es die alte Hauptstadt Winchester ab": "to spell" (abwechseln's English, the
    sense of a shift) was first; ablösen's own "to replace" scores close behind."""
    assert _choice(ding, nlp, "Damit löste es die alte Hauptstadt Winchester ab.", "ablösen", "VERB").senses[:1] == ("to replace",)
    kidnapped = _choice(ding, nlp, "Jemand wollte Geld erpressen, indem er den nicht einmal zwei Jahre alten Sohn Lindberghs entführte.",
                        "entführen", "VERB")
    assert kidnapped.senses[:1] != ("to snatch",) and set(kidnapped.senses) <= {"to abduct", "to kidnap"}


@needs_ding
def test_without_an_own_english_the_contested_lent_one_is_no_gloss(ding, nlp):
    """ausnutzen "to use" (benutzen's English; ausnutzen heads no line that gives it) for exploiting
    forced labourers: no gloss rather than a synonym's guess."""
    assert _choice(ding, nlp, "Gegen außen gab er sich als antisemitischer Geschäftsmann, der die Zwangsarbeiter ausnutzte.",
                   "ausnutzen", "VERB").senses == ()


@needs_ding
def test_a_common_word_keeps_its_everyday_english(ding, nlp):
    """The rule is for uncommon words: verlassen is still "to leave", though many words' lines give it."""
    assert _choice(ding, nlp, "Er verließ das Haus am Morgen.", "verlassen", "VERB").senses[:1] == ("to leave",)


@needs_ding
def test_a_nouns_own_line_of_the_field_goes_first(ding, nlp):
    """Landwirtschaft "farm" came from Bauernhof's [agr.] line; its own gives "agriculture"."""
    choice = _choice(ding, nlp, "Wichtig ist auch die Landwirtschaft, in der man viel Olivenbäume anbaut.", "Landwirtschaft", "NOUN")
    assert choice.senses[:1] == ("agriculture",) and "farm" not in choice.senses
    # a line of no field stays: Dreck is no "damn" (its own idiom's line)
    dirt = _choice(ding, nlp, "Schutzbleche verhindern, dass von den Rädern zu viel Dreck hochspritzt.", "Dreck", "NOUN")
    assert "damn" not in dirt.senses[:1]


@needs_ding
def test_a_verb_only_in_an_unshown_field_has_no_gloss(ding, nlp):
    """niederlegen [mil.] "to ground" for the stones laid on Schindler's grave."""
    text = "Noch heute besuchen viele Juden sein Grab in einem christlichen Friedhof in Jerusalem und legen Steine nieder."
    assert _choice(ding, nlp, text, "niederlegen", "VERB").senses == ()
    # erobern's only free line is [mil.] too, but its everyday pairs give that English ("eine Stadt erobern")
    assert _choice(ding, nlp, "Im Jahr 1945 eroberte die Sowjetunion Polen und Tschechien.", "erobern", "VERB").senses[:1] == ("to conquer",)


@needs_ding
def test_an_uncommon_nouns_lent_english_stays_without_an_own_one(ding, nlp):
    """A noun's lent English is mostly a near synonym of its own line's: the Räumung of a ghetto
    stays "clearance" ("evacuation" rivals it), where a verb's would be dropped."""
    text = "Nach der Räumung des Krakauer Ghettos im Jahr 1943 kaufte Schindler noch mehr Juden für seine Fabrik."
    assert _choice(ding, nlp, text, "Räumung", "NOUN").senses[:1] == ("clearance",)


def test_two_spellings_are_one_sense():
    """Ding gives "traffic centre; traffic center": the card listed both as two senses."""
    centre = Sense("traffic centre", "NOUN", 1.55, 4.85, marks="Hm", cues="[transp]")
    center = Sense("traffic center", "NOUN", 1.24, 4.85, marks="Hm", cues="[transp]")
    assert decide([centre, center], Context()).senses == ("traffic centre",)
    assert _spelling("neighbourhood") == _spelling("neighborhood") and _spelling("organise") == _spelling("organize")
    assert _spelling("south-east") == _spelling("southeast")
    assert _spelling("four") != _spelling("for") and _spelling("hour") != _spelling("hor")  # no British -our there


@needs_ding
def test_a_shown_qualified_sense_stands_without_other_lines(ding, nlp):
    """Leerlauf "(Fahrrad) :: free running" in an article on bicycles; "at-rest" of another line beside it was wrong."""
    choice = _choice(ding, nlp, "Die Kette war die Voraussetzung für den Leerlauf.", "Leerlauf", "NOUN", title="Fahrrad")
    assert choice.senses == ("free running",)
