"""The right lemma and the right example on a card (issue 13, round 12 of the judged cards): a
"sich" of a participle phrase or an insertion is not the verb's, a noun whose gender tells its
meanings apart makes no card from a bare "an Bord", a participle of a verb the dictionary knows
only as reflexive is that reflexive verb's, and a long sentence gives way to a shorter one."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.glossary import load_glossary
from quizgen.extraction.vocabulary import LONG_EXAMPLE, _own_part
from quizgen.model import Article


def _items(nlp, text: str, level: str = "A1") -> dict[str, object]:
    """Every vocabulary item of ``text`` for a learner at ``level`` (no cap), by lemma."""
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {item.lemma: item for item in extract_vocabulary(analysis, Options(level=level, max_words=0))}


def test_a_sich_of_a_participle_phrase_is_not_the_verbs(nlp):
    """Readers found "sich rammen" for "rammen – sich selbst opfernd – das Raumschiff"."""
    items = _items(nlp, "Janek und seine zwei Co-Piloten starten und rammen – sich selbst opfernd – das bereits abgehobene Raumschiff.")
    assert not items["rammen"].reflexive
    assert items["rammen"].verb_forms[0] == "rammt"


def test_a_sich_of_an_inserted_clause_is_not_the_verbs(nlp):
    """Readers found "sich übergeben" (to vomit) where the sich is befinden's."""
    items = _items(nlp, "Dessen Tochter übergab die Partitur mit weiteren Manuskripten – unter denen sich auch eine Sonate von Mozart befanden – im Jahr 1952 an eine Kirche.")
    assert not items["übergeben"].reflexive


def test_the_verbs_own_sich_stays(nlp):
    items = _items(nlp, "Die Lage an der Grenze veränderte sich rasch, als die Truppen kamen.")
    assert items["verändern"].reflexive
    items = _items(nlp, "Der Kandidat zeigte sich in der Debatte überzeugend.")
    assert items["zeigen"].reflexive


def test_a_noun_of_two_genders_bare_after_a_preposition_makes_no_card(nlp):
    """"an Bord der Prometheus" is der Bord of a ship, not das Bord 'shelf' that readers found."""
    items = _items(nlp, "Shaw beschwört über Funk die restliche Besatzung an Bord der Prometheus, den Angriff zu verhindern.")
    assert "Bord" not in items and "Besatzung" in items


def test_a_noun_of_two_genders_with_its_article_keeps_its_card(nlp):
    """das Bord's card keeps Brett's "shelf": the text's gender leaves out der Bord's lines [naut.]."""
    items = _items(nlp, "Das Buch steht auf dem Bord über dem Schreibtisch.")
    assert items["Bord"].article == "das"


def test_a_participle_of_a_verb_known_only_as_reflexive_is_the_reflexive_verb(nlp):
    """"eine neue eingebildete Krankheit": readers found "einbilden" without sich on the card."""
    if load_glossary(None) is None:
        pytest.skip("no dictionary installed (Debian trans-de-en; `quizgen dictionary install`)")
    items = _items(nlp, "Melman zieht sich darum zurück, entwickelt eine neue eingebildete Krankheit und wartet auf den Tod.")
    assert items["einbilden"].reflexive
    assert items["einbilden"].verb_forms == ("bildet sich ein", "bildete sich ein", "hat sich eingebildet")


def test_a_participle_of_a_transitive_verb_stays_without_sich(nlp):
    items = _items(nlp, "Die ausgesetzten Belohnungen wurden nie ausgezahlt.")
    assert items["aussetzen"].pos == "VERB" and not items["aussetzen"].reflexive


def test_a_word_met_in_a_long_and_a_short_sentence_shows_the_short_one(nlp):
    """Readers found the 50 words of a film plot's sentence on the card of das Rudel."""
    text = (
        "Die folgenden Szenen illustrieren die individuellen Anpassungsprobleme der vier Protagonisten an die alte Heimat, "
        "denn Alex findet seine Eltern wieder, kann jedoch die Aufnahmeprüfung für das Rudel nicht bestehen, weil er denkt, "
        "es wäre ein Tanzwettbewerb und kein Zweikampf, und muss deshalb aus dem Rudel verbannt werden. "
        "Da dies sein Vater nicht übers Herz bringen kann, gibt er die Führung des Rudels an den eitlen Makunga ab."
    )
    items = _items(nlp, text)
    assert items["Rudel"].example.startswith("Da dies sein Vater")
    assert len(items["Zweikampf"].example.split()) > LONG_EXAMPLE  # its only sentence, whole


def test_a_long_sentence_shows_the_clause_after_its_colon():
    sentence = (
        "Die folgenden Szenen illustrieren die individuellen Anpassungsprobleme der vier Protagonisten an die alte Heimat: "
        "Alex findet seine Eltern wieder, kann jedoch die Aufnahmeprüfung für das Rudel nicht bestehen, weil er denkt, "
        "es wäre ein Tanzwettbewerb (und kein Zweikampf), und muss deshalb aus dem Rudel verbannt werden."
    )
    part = _own_part(sentence, sentence.index("Zweikampf"))
    assert part.startswith("Alex findet") and part.endswith("verbannt werden.")
    assert _own_part(sentence, sentence.index("Szenen")) == "Die folgenden Szenen illustrieren die individuellen Anpassungsprobleme der vier Protagonisten an die alte Heimat."


def test_a_short_sentence_keeps_its_colon():
    sentence = "Platon sagt: Die Männer sprechen immer in Eile, weil das Wasser fließt."
    assert _own_part(sentence, sentence.index("Eile")) == sentence
