"""Prepositional phrases after a noun (issue 12): a phrase the noun governs joins it, by the noun's
own entry, its compound head or the verb of a noun in -ung; a mit/für/an phrase right after a noun
in the Mittelfeld mostly belongs to the noun and joins it, so no question asks it of the verb."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.analysis.roles_lexicon import noun_prepositions
from quizgen.model import Article, Clause


def _main(nlp, text: str) -> Clause:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[0].clauses[0]


def _roles(nlp, text: str) -> dict[str, tuple[str, bool]]:
    return {c.text: (c.role, c.sure) for c in _main(nlp, text).constituents}


def test_a_noun_takes_the_preposition_of_its_head_or_its_verb():
    assert "mit" in noun_prepositions("friedensverhandlung")  # Verhandlung mit
    assert "an" in noun_prepositions("beteiligung")  # sich beteiligen an
    assert "an" in noun_prepositions("erinnerung")  # erinnern an
    assert noun_prepositions("gericht") == frozenset()  # no "Recht" inside "Gericht"
    assert noun_prepositions("haus") == frozenset()


def test_a_compound_keeps_the_phrase_its_head_governs(nlp):
    roles = _roles(nlp, "Die Regierung lehnte im Mai die Friedensverhandlungen mit den Rebellen ab.")
    assert roles["die Friedensverhandlungen mit den Rebellen"] == ("object_acc", True)


def test_a_phrase_after_a_noun_in_the_mittelfeld_joins_it(nlp):
    roles = _roles(nlp, "Das Kölner Unternehmen liefert seit Jahren Betreiberkonzepte für die Bank-Cafés.")
    assert roles["Betreiberkonzepte für die Bank-Cafés"] == ("object_acc", True)
    # after a bare noun phrase "mit" stays the verb's: company, not the noun's attribute
    roles = _roles(nlp, "Die Kronprinzessin diskutierte die Evolutionslehre mit dem Physiker Hermann von Helmholtz.")
    assert roles["die Evolutionslehre"] == ("object_acc", True)
    assert roles["mit dem Physiker Hermann von Helmholtz"][0] == "adverbial"
    text = ("UN-Generalsekretär Butros Butros-Ghali hat die internationale Gemeinschaft zu sofortiger Hilfe "
            "für die rund 400 000 Flüchtlinge in Sri Lanka aufgerufen.")
    roles = _roles(nlp, text)
    assert not any(p.startswith("für") for p in roles)  # after a prepositional phrase: joined to it
    assert roles["die internationale Gemeinschaft"] == ("object_acc", True)


def test_the_verbs_own_preposition_and_an_amount_stay_sure(nlp):
    roles = _roles(nlp, "Der Minister verglich die Lage mit der Krise von 1929.")
    assert roles["mit der Krise von 1929"] == ("object_prep", True)
    roles = _roles(nlp, "Allerdings sind die Prämien mit 9 bis 14 % des Versicherungswertes relativ hoch.")
    assert roles["mit 9"][1]
    roles = _roles(nlp, "Er schickte einen Brief an den Präsidenten.")
    assert roles["an den Präsidenten"] == ("object_prep", True)  # schicken an: the verb's


def test_a_part_of_a_span_before_its_year_is_a_time_of_its_own(nlp):
    roles = _roles(nlp, "Der Start der Pflegehilfe Anfang 1996 gehörte zu den Wahlkampfversprechen Jacques Chiracs.")
    assert roles["Der Start der Pflegehilfe"] == ("subject", True)
    assert roles["Anfang 1996"][0] == "time"
    roles = _roles(nlp, "Die Wahl des Präsidenten Ende Mai wurde verschoben.")
    assert roles["Ende Mai"][0] == "time"
    roles = _roles(nlp, "Das Ende Jugoslawiens kam 1991.")  # "Ende" as the head: nothing to split
    assert roles["Das Ende Jugoslawiens"] == ("subject", True)


def test_a_mit_or_fuer_phrase_after_a_prepositional_phrase_joins_it(nlp):
    """After a prepositional phrase the phrase belongs to its noun and joins it, so that a means
    or a place is asked whole ("Wodurch bestritt Rohmer seinen Lebensunterhalt?")."""
    roles = _roles(nlp, "Seinen Lebensunterhalt bestritt Rohmer hauptsächlich durch das Schreiben von Sketches "
                        "für Künstler in Music Halls und mit weiteren Kurzgeschichten für Magazine.")
    assert roles["durch das Schreiben von Sketches für Künstler in Music Halls"] == ("adverbial", True)


def test_a_share_each_belongs_to_its_noun(nlp):
    roles = _roles(nlp, "Die vier Mondphasen erlauben dann eine naheliegende Einteilung der 28 Monatstage "
                        "in vier Wochen zu je sieben Tagen.")
    assert roles["eine naheliegende Einteilung der 28 Monatstage in vier Wochen zu je sieben Tagen"] == ("object_acc", True)
    assert not any(role == "time" for role, _ in roles.values())


def test_a_bare_noun_after_a_time_phrase_is_the_object(nlp):
    roles = _roles(nlp, "Der Verein sammelte im Winter Spenden für die Opfer des Erdbebens.")
    assert roles["im Winter"] == ("time", True)
    assert roles["Spenden für die Opfer des Erdbebens"] == ("object_acc", True)
    roles = _roles(nlp, "Er wurde nach sechs Jahren Haft entlassen.")  # a measure keeps what it measures
    assert roles["nach sechs Jahren Haft"][0] == "time"
