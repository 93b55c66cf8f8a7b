"""Prepositional phrases the roles left untyped (issues 12 and 13): a phrase the verb governs is
its prepositional object (asked with wo(r)+P, shown on the verb's card), a free phrase gets the
adverbial type its preposition and noun say; what nothing decides stays untyped."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.model import Article, Clause


def _main(nlp, text: str) -> Clause:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[0].clauses[0]


def _roles(nlp, text: str) -> dict[str, tuple[str, bool]]:
    return {c.text: (c.role, c.sure) for c in _main(nlp, text).constituents}


def test_a_governed_preposition_makes_the_prepositional_object(nlp):
    for text, phrase in (
        ("Die Theorie basiert auf einem Vorschlag von Albert Einstein.", "auf einem Vorschlag von Albert Einstein"),
        ("Die Stadt wurde nach dem Kaiser benannt.", "nach dem Kaiser"),
        ("Marie Curie wurde 1911 mit dem Nobelpreis ausgezeichnet.", "mit dem Nobelpreis"),
        ("Die Mannschaft gewann im Finale gegen Brasilien.", "gegen Brasilien"),
        ("Die Stadt ist in drei Bezirke gegliedert.", "in drei Bezirke"),
        ("Er nahm an den Olympischen Spielen teil.", "an den Olympischen Spielen"),
        ("Die Firma verkaufte das Grundstück an die Stadt.", "an die Stadt"),
        ("Er traf sich in Berlin mit dem Präsidenten.", "mit dem Präsidenten"),
    ):
        assert _roles(nlp, text)[phrase] == ("object_prep", True), text


def test_a_free_phrase_beside_such_a_verb_stays_free(nlp):
    """"arbeiten für" is no pair of the valency list: working for a firm is where one works, not
    what; the phrase stays an untyped adverbial and no "Wofür arbeitete er?" is asked."""
    roles = _roles(nlp, "Er arbeitete für eine große Firma.")
    assert roles["für eine große Firma"][0] == "adverbial"
    # "sich verabschieden von" governs "von", yet in the passive the "von" phrase is who acted.
    roles = _roles(nlp, "Das Gesetz wurde vom Kongress verabschiedet.")
    assert roles["vom Kongress"] == ("agent", True)


def test_a_place_after_a_governed_two_way_preposition_stays_a_place(nlp):
    roles = _roles(nlp, "Er arbeitete an der Universität Wien an seiner Dissertation.")
    assert roles["an der Universität Wien"] == ("place", True)
    assert roles["an seiner Dissertation"] == ("object_prep", True)
    roles = _roles(nlp, "Sie wartete am Montag auf dem Bahnhof.")
    assert roles["auf dem Bahnhof"] == ("place", True)
    assert roles["am Montag"] == ("time", True)


def test_stammen_aus_says_where_from_without_a_place_noun(nlp):
    assert _roles(nlp, "Seine Mutter stammte aus einer Bauernfamilie.")["aus einer Bauernfamilie"] == ("origin", True)
    roles = _roles(nlp, "Die Kirche stammt aus dem 12. Jahrhundert.")
    assert roles["aus dem 12. Jahrhundert"][0] != "origin"


def test_im_alter_von_is_a_time(nlp):
    assert _roles(nlp, "Im Alter von 14 Jahren verließ er die Schule.")["Im Alter von 14 Jahren"] == ("time", True)
    assert _roles(nlp, "In seinem Alter ist das normal.")["In seinem Alter"][0] != "time"


def test_a_building_or_territory_as_compound_head_is_a_place(nlp):
    assert _roles(nlp, "Er starb 1950 im Krankenhaus.")["im Krankenhaus"] == ("place", True)
    assert _roles(nlp, "Sie lebte im Bundesstaat Ohio.")["im Bundesstaat Ohio"] == ("place", True)
    # "-ort" heads stay out: "Export", "Transport" name no place.
    assert _roles(nlp, "Er arbeitete im Export.")["im Export"][0] != "place"


def test_the_governed_preposition_reaches_the_verbs_card(nlp):
    """The card of "benennen" learns "nach + Dat." (named after), with or without a dictionary."""
    text = "Die Stadt wurde nach dem römischen Kaiser Augustus benannt."
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    items = extract_vocabulary(analyze(nlp, article), Options(level="A1", max_words=0))
    verb = next(item for item in items if item.lemma == "benennen")
    assert verb.construction == "nach + Dat."
