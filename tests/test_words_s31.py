"""Levels and word facts a learner can trust (issue 13 §2–§4, cards round 25 in
tests/judged/cards.md): no plural built for a noun the text uses as a mass, an adjective
participle carded as the adjective, a list member central to the text kept, levels of
institutional compounds. Real German sentences, analysed by the offline pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_cloze_s13 import _analysis

from quizgen.extraction.word_facts import noun_fields

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


def _found(analysis) -> dict:
    found: dict = {}
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            found.setdefault(token.text, []).append((sentence, token))
    return found


@needs_ding
def test_a_noun_used_as_a_mass_gets_no_built_plural(nlp):
    """Round 25: "die Steinkohle — die Steinkohlen". A bare singular (no determiner) of a noun
    Ding lists without a plural, whose plural is far rarer, is a mass: no plural on the card.
    The same noun with a determiner, and a count noun used bare in a list, keep theirs."""
    analysis = _analysis(nlp, "Kasachstan hat viele Bodenschätze wie Erdöl, Erdgas, Steinkohle und Gold. "
                              "Als Energieträger hat Braunkohle nach wie vor große Bedeutung. "
                              "Die Stadt liegt an einer Umlaufbahn der Händler.")
    found = _found(analysis)
    coal = noun_fields("Steinkohle", tuple(found["Steinkohle"]))
    assert coal is not None and "plural" not in coal and coal.get("number_note") in ("meist Singular", "kein Plural")
    lignite = noun_fields("Braunkohle", tuple(found["Braunkohle"]))
    assert lignite is not None and "plural" not in lignite
    # with a determiner the text counts it: the figures alone decide, as before
    analysis = _analysis(nlp, "Die Umlaufbahn des Satelliten ist sehr hoch.")
    orbit = noun_fields("Umlaufbahn", tuple(_found(analysis)["Umlaufbahn"]))
    assert orbit is not None and orbit.get("plural") == "die Umlaufbahnen"


def test_a_participle_of_distance_is_carded_as_the_adjective(nlp):
    """Round 25 (issue 13 §4): "Sie sind fast 1.000 Kilometer von Ecuadors Küste entfernt" was a
    card for entfernen "to remove". A measure or weit before the von-phrase makes it say from
    where, not by whom: the adjective entfernt. A perfect, a passive with an agent and a state
    passive whose von-phrase holds the number stay the verb's."""
    from test_vocab_s15b import _items

    for text in ("Die Inseln sind aber fast 1.000 Kilometer von Ecuadors Küste entfernt.",
                 "Das Dorf ist weit von der nächsten Stadt entfernt."):
        items = _items(nlp, text)
        assert "entfernt" in items and items["entfernt"].pos == "ADJ" and "entfernen" not in items, text
    for text in ("Die Ärzte haben den Tumor entfernt.", "Der Tumor wurde von den Ärzten entfernt."):
        assert "entfernen" in _items(nlp, text), text
    for text in ("Das Land war seit drei Jahren von fremden Truppen besetzt.",
                 "Das Land war zwanzig Jahre von den Römern besetzt."):
        items = _items(nlp, text)
        assert "besetzen" in items and "besetzt" not in items, text


def _noun_level(lemma: str) -> str:
    from quizgen.analysis.lexicon import noun_lexicon
    from quizgen.extraction.levels import word_level, zipf

    entry = noun_lexicon().lookup(lemma)
    forms = {lemma} | ({entry.plural} if entry and entry.plural not in ("", "-") else set())
    return word_level(lemma, "NOUN", forms, zipf(forms))


def test_a_compound_of_the_state_or_the_law_is_at_least_b1():
    """Round 25: der Bundesstaat and das Königreich at A2 (readers: B1/B2). A compound whose
    first part names the state, its rulers or the law is a term of institutions, at least B1,
    however common its parts; everyday compounds of equally common parts keep A2, and a first
    part that only looks like one (Reich·weite of reichen) changes nothing."""
    for institution in ("Bundesstaat", "Königreich", "Staatsanwalt", "Amtsgericht", "Bundesamt"):
        assert _noun_level(institution) == "B1", institution
    for everyday in ("Schlafzimmer", "Haltestelle", "Telefonnummer", "Hausaufgabe"):
        assert _noun_level(everyday) == "A2", everyday
    assert _noun_level("Reichweite") == "A2"


def test_a_verb_carded_for_its_construction_shows_b1(nlp):
    """Round 25: "teilnehmen an" carded for a B1 reader showed A2, the verb's band; what the
    card teaches is the construction, and the readers put it at B1. An A2 reader's card of the
    same verb keeps the verb's band."""
    from test_vocab_s15b import _items

    text = ("Mit Anfang Zwanzig kaufte er sich ein eigenes Flugzeug. "
            "Mit dem Flugzeug nahm er an Flugvorführungen in ganz Amerika teil.")
    b1 = _items(nlp, text, "B1")
    assert "teilnehmen" in b1 and b1["teilnehmen"].level == "B1"
    a2 = _items(nlp, text, "A2")
    assert a2["teilnehmen"].level == "A2"


def test_a_list_member_named_in_a_heading_is_no_mere_list_member(nlp, tmp_path):
    """Round 25: die Pest, an example in "Krankheiten wie der Pest oder Cholera", was ranked
    down as a list member; a member the text names again (here in a section heading, which
    the word's own count leaves out) is a word of the text's topic and keeps its value."""
    from quizgen.analysis import analyze
    from quizgen.config import Options
    from quizgen.extraction import extract_vocabulary
    from quizgen.reading import read_article

    body = ("London ist die Hauptstadt von Großbritannien. Die Stadt wuchs im Mittelalter schnell.\n\n"
            "== {heading} ==\n\nAusbrüche von Krankheiten wie der Pest oder Cholera kosteten zahlreiche "
            "Londoner das Leben. Viele Menschen zogen deshalb aufs Land.\n")
    scores = {}
    for heading in ("Krankheiten", "Die Große Pest"):
        path = tmp_path / "London.txt"
        path.write_text("London\n\n" + body.format(heading=heading), encoding="utf-8")
        items = extract_vocabulary(analyze(nlp, read_article(path)), Options(level="B1", max_words=0))
        scores[heading] = {item.lemma: item.score for item in items}
    plague, outbreak = "Pest", "Ausbruch"
    assert scores["Krankheiten"][plague] < scores["Krankheiten"][outbreak] - 1.0  # a mere list member
    assert scores["Die Große Pest"][plague] > scores["Krankheiten"][plague] + 1.0
