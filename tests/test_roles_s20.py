"""Prepositional phrases after a noun (issue 12): a phrase the noun governs joins it, by the noun's
own entry or its compound head; a share each belongs to its noun; a
part of a span before its year and a bare noun after a time phrase are phrases of their own."""

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
    assert "auf" in noun_prepositions("atomwaffenverzicht")  # Verzicht auf
    assert noun_prepositions("gericht") == frozenset()  # no "Recht" inside "Gericht"
    assert noun_prepositions("haus") == frozenset()


def test_a_compound_keeps_the_phrase_its_head_governs(nlp):
    roles = _roles(nlp, "Die Regierung lehnte im Mai die Friedensverhandlungen mit den Rebellen ab.")
    assert roles["die Friedensverhandlungen mit den Rebellen"] == ("object_acc", True)


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


def test_a_share_each_belongs_to_its_noun(nlp):
    roles = _roles(nlp, "Die vier Mondphasen erlauben dann eine naheliegende Einteilung der 28 Monatstage "
                        "in vier Wochen zu je sieben Tagen.")
    assert "zu je sieben Tagen" not in roles  # no time of its own ("Wann …? – zu je sieben Tagen")
    assert any(p.endswith("in vier Wochen zu je sieben Tagen") for p in roles), roles


def test_a_bare_noun_after_a_time_phrase_is_the_object(nlp):
    roles = _roles(nlp, "Der Verein sammelte im Winter Spenden für die Opfer des Erdbebens.")
    assert roles["im Winter"] == ("time", True)
    assert roles["Spenden"] == ("object_acc", True)
    roles = _roles(nlp, "Er wurde nach sechs Jahren Haft entlassen.")  # a measure keeps what it measures
    assert roles["nach sechs Jahren Haft"][0] == "time"
