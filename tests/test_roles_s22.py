"""Names of English titles inside a German clause (issue 12): the MLQA Kesha paragraph asked
"Was war Kesha bei Rihannas Auftritten ihrer Last Girl on Earth als Vorgruppe zu sehen? – Tour"."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.model import Article


def _roles(nlp, text: str) -> dict[str, str]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    clause = analyze(nlp, article).sentences[0].clauses[0]
    return {c.text: c.role for c in clause.constituents}


def test_a_noun_english_spells_alike_ends_an_english_title(nlp):
    roles = _roles(nlp, "Außerdem war sie bei Rihannas Auftritten ihrer Last Girl on Earth Tour in Nordamerika als Vorgruppe zu sehen.")
    assert "bei Rihannas Auftritten ihrer Last Girl on Earth Tour" in roles
    assert "object_acc" not in roles.values()


def test_a_german_noun_after_an_english_name_is_a_phrase_of_its_own(nlp):
    roles = _roles(nlp, "Er hat an der University of Oxford Pharmakologie studiert.")
    assert roles["Pharmakologie"] == "object_acc"
    assert "an der University of Oxford" in roles


def test_a_number_opens_an_extended_attribute_as_an_article_does(nlp):
    roles = _roles(nlp, "Jeweils drei im Leseraster des Polynukleotidstrang nebeneinander liegende Nukleotide bilden ein Codon.")
    assert roles["drei im Leseraster des Polynukleotidstrang nebeneinander liegende Nukleotide"] == "subject"
    assert roles["ein Codon"] == "object_acc"
    roles = _roles(nlp, "Zwei in Berlin lebende Künstler gründeten 1990 die Gruppe.")
    assert roles["Zwei in Berlin lebende Künstler"] == "subject"
    roles = _roles(nlp, "Im Jahr 1990 kamen drei in Berlin an.")  # no noun after: the number stands alone
    assert roles["drei"] == "subject" and "in Berlin" in roles
