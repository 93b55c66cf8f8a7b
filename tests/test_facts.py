"""Facts: entities merged across mentions, numbers with what they count, times, quotes, clauses."""

from __future__ import annotations

from quizgen.extraction.clauses import main_clause
from quizgen.extraction.facts import _part_of, canonical, time_facts
from quizgen.model import Sentence, Token


def _facts(material, kind: str):
    return [fact for fact in material.facts if fact.kind == kind]


def _sentence(tagged: str, index: int = 0) -> Sentence:
    """A hand-tagged sentence: "Pjöngjang/NE hat/VAFIN …" (lemma = word)."""
    tokens, cursor = [], 0
    for k, pair in enumerate(tagged.split()):
        word, tag = pair.rsplit("/", 1)
        tokens.append(Token(i=k, text=word, start=cursor, end=cursor + len(word), lemma=word, pos="X",
                            tag=tag, whitespace=" "))
        cursor += len(word) + 1
    text = " ".join(token.text for token in tokens)
    return Sentence(index=index, start=0, end=len(text), text=text, tokens=tuple(tokens))


def test_people_are_merged_across_short_forms_and_genitives(seed_material):
    people = [fact for fact in _facts(seed_material, "entity") if fact.label == "PER"]
    kim = [fact for fact in people if fact.value == "Kim Jong Un"]
    assert len(kim) == 1, [(f.value, f.aliases) for f in people]
    assert {"Kim Jong Un", "Kim"} <= set(kim[0].aliases)
    assert not any(fact.value in ("Kim", "Kim Jong") for fact in people)


def test_usa_and_vereinigte_staaten_are_one_country(seed_material):
    countries = [fact for fact in _facts(seed_material, "entity") if fact.value == "Vereinigte Staaten"]
    assert len(countries) == 1
    assert {"USA", "Vereinigten Staaten"} <= set(countries[0].aliases)


def test_no_entity_fact_starts_with_a_common_noun(corpus_materials):
    """"Besuchen Kims", "Bundeslandes Burgenland": the leading noun is not part of the name."""
    for material in corpus_materials.values():
        tokens = {token.start: token for token in material.analysis.tokens}
        for fact in _facts(material, "entity"):
            first = tokens.get(fact.start)
            if first is not None and len(fact.text.split()) > 1:
                assert first.tag != "NN" or first.text.isupper() or first.text in fact.value, fact.text


def test_genitive_s_only_dropped_when_the_bare_form_is_known():
    assert canonical("Südkoreas") == "Südkorea"
    assert canonical("Kims", {"Kim"}) == "Kim"
    assert canonical("Dickens") == "Dickens"
    assert canonical("USA") == "Vereinigte Staaten"
    assert _part_of("Kim Jong", "Kim Jong Un") and _part_of("Trump", "Donald Trump")
    assert not _part_of("Jong", "Kim Jong Un") and not _part_of("Kim", "Kim")


def test_numbers_carry_what_they_count(seed_material):
    numbers = {fact.text: fact for fact in _facts(seed_material, "number")}
    fact = numbers["mehr als 100 Raketentests"]
    assert (fact.value, fact.label) == ("100", "Raketentest")


def test_time_expressions_of_the_seed(seed_material):
    times = {fact.text for fact in _facts(seed_material, "time")}
    assert {"am Montag", "letzten Monat", "am Freitag"} <= times


def test_time_patterns_on_hand_made_sentences():
    sentence = _sentence("Seit/APPR 1990/CARD lebt/VVFIN sie/PPER seit/APPR drei/CARD Jahren/NN in/APPR Wien/NE ./$.")
    assert [fact.text for fact in time_facts(sentence)] == ["seit drei Jahren", "Seit 1990"]


def test_quote_has_its_speaker(seed_material):
    quotes = _facts(seed_material, "quote")
    assert quotes and quotes[0].label == "Kim Jong Un"
    assert quotes[0].text.startswith("Das qualitative Niveau")
    for quote in quotes:
        assert quote.text in seed_material.analysis.sentences[quote.sentence].text


def test_every_fact_span_is_the_text_it_claims(corpus_materials):
    for material in corpus_materials.values():
        text = material.analysis.article.text
        for fact in material.facts:
            if fact.kind != "statement":
                assert text[fact.start : fact.end] == fact.text, fact


def test_statement_roles_follow_the_topological_fields(seed_material):
    statements = {fact.text: dict(fact.roles) for fact in _facts(seed_material, "statement")}
    roles = statements["Pjöngjang hat mehr als 100 Raketentests durchgeführt"]
    assert roles == {"vorfeld": "Pjöngjang", "verb": "hat", "mittelfeld": "mehr als 100 Raketentests",
                     "right": "durchgeführt"}


def test_main_clause_fields_and_refusals():
    clause = main_clause(_sentence("Am/APPRART Montag/NN hat/VAFIN Kim/NE die/ART Fabrik/NN besucht/VVPP ./$."))
    assert clause is not None
    assert [t.text for t in clause.vorfeld] == ["Am", "Montag"] and clause.finite.text == "hat"
    assert [t.text for t in clause.right] == ["besucht"]
    # no finite verb, or a subordinate clause first: not a main clause we can be sure of
    assert main_clause(_sentence("Äpfel/NN ,/$, Birnen/NN ,/$, Pflaumen/NN ./$.")) is None
    assert main_clause(_sentence("Weil/KOUS es/PPER regnet/VVFIN ,/$, bleibt/VVFIN sie/PPER ./$.")) is None
