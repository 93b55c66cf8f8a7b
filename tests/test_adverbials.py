"""What adverbials say (issue 12 §1): the type that picks Wo / Wohin / Woher / Wann, on real sentences."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.model import Article, Clause


def _main(nlp, text: str) -> Clause:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[0].clauses[0]


def _kinds(clause: Clause) -> dict[str, tuple[str, bool]]:
    return {c.text: (c.role, c.sure) for c in clause.constituents}


def test_in_before_a_place_name_without_article_is_where_not_where_to(nlp):
    """The Klexikon sentence that gave "Wohin kam Joseph Haydn zur Welt?": "Eisenstadt" is tagged
    NN, and a bare noun shows no case, so the case readings must not make it a direction."""
    kinds = _kinds(_main(nlp, "Joseph Haydn kam in Eisenstadt zur Welt."))
    assert kinds["in Eisenstadt"] == ("place", True)


def test_an_idiomatic_prepositional_phrase_is_part_of_the_predicate(nlp):
    for text, phrase in (
        ("Joseph Haydn kam in Eisenstadt zur Welt.", "zur Welt"),
        ("Er kam 1912 bei einem Unfall ums Leben.", "ums Leben"),
        ("Das Gesetz trat im Januar 2005 in Kraft.", "in Kraft"),
        ("Der Krieg ging 1945 zu Ende.", "zu Ende"),
        ("Für das Spiel müssen genügend Bälle zur Verfügung stehen.", "zur Verfügung"),
    ):
        constituent = next(c for c in _main(nlp, text).constituents if c.text == phrase)
        assert (constituent.role, constituent.detail) == ("adverbial", "idiom"), text


def test_a_bare_noun_after_in_is_no_sure_place_or_direction(nlp):
    kinds = _kinds(_main(nlp, "Im Sommer fuhr die Familie in Urlaub."))
    assert kinds["in Urlaub"][0] not in ("place", "direction")
    assert kinds["Im Sommer"] == ("time", True)


def test_the_case_of_a_two_way_preposition_comes_from_article_and_adjective(nlp):
    assert _kinds(_main(nlp, "Die Familie zog in eine kleine Stadt."))["in eine kleine Stadt"] == ("direction", True)
    assert _kinds(_main(nlp, "Die Familie lebte in einer kleinen Stadt."))["in einer kleinen Stadt"] == ("place", True)
    assert _kinds(_main(nlp, "Die Bauern lebten in großen Städten."))["in großen Städten"] == ("place", True)


def test_a_place_after_another_phrases_noun_goes_with_that_noun(nlp):
    """UD German-GSD dev: "in Japan" says where the summit is, not where Clinton cancelled."""
    kinds = _kinds(_main(nlp, "US-Präsident Bill Clinton sagte am Donnerstag die Teilnahme am Asien-Pazifik-Gipfel in Japan ab."))
    assert kinds["die Teilnahme am Asien-Pazifik-Gipfel in Japan"] == ("object_acc", True)
    assert "in Japan" not in kinds
    kinds = _kinds(_main(nlp, "Der Präsident setzte auf Gespräche mit der Junta in Lagos."))
    assert "in Lagos" not in kinds


def test_a_place_after_a_time_a_companion_or_a_place_stays_sure(nlp):
    assert _kinds(_main(nlp, "Er starb am 5. Mai 1900 in Wien."))["in Wien"] == ("place", True)
    assert _kinds(_main(nlp, "Er lebte mit seiner Familie in Berlin."))["in Berlin"] == ("place", True)
    assert _kinds(_main(nlp, "Ich traf ihn vor kurzem auf einer Demo in Jerusalem."))["in Jerusalem"] == ("place", True)


def test_a_direction_after_a_noun_of_a_way_goes_with_that_noun(nlp):
    assert "nach Russland" not in _kinds(_main(nlp, "Wir waren auf dem Weg nach Russland."))
    assert _kinds(_main(nlp, "Er reiste 1935 von den USA nach England."))["nach England"] == ("direction", True)
    assert _kinds(_main(nlp, "Die Aare fliesst durch Solothurn nach Luterbach."))["nach Luterbach"] == ("direction", True)


def test_ueber_with_the_accusative_is_no_where_to(nlp):
    """"herrschten über das Land" rules, "über die Station" is a way: "Wohin?" asks neither."""
    kinds = _kinds(_main(nlp, "Im Altertum herrschten verschiedene Turkstämme über das Land."))
    assert kinds["über das Land"][0] != "direction"
    assert kinds["Im Altertum"] == ("time", True)



def test_adverbs_that_say_no_place_or_manner_alone_get_no_type(nlp):
    """"da sein", "nach und nach", a connective "So": "Wo?", "Wohin?" or "Wie?" would ask for nothing."""
    for text, word in (("Jedesmal war ein anderer Arzt da.", "da"), ("So geriet er über der Küste in einen Schneesturm.", "So"),
                       ("Nach und nach kamen unsere Kinder mit.", "Nach")):
        constituent = next((c for c in _main(nlp, text).constituents if c.text == word), None)
        assert constituent is None or constituent.role not in ("place", "direction", "manner"), text
