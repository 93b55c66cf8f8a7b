"""Clause and sentence splits that broke short paragraphs (round 16): an apposition between
commas before the clause's right bracket, and a sentence end written without a space."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.model import Article, Clause, Sentence


def _sentences(nlp, text: str) -> tuple[Sentence, ...]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences


def _clauses(nlp, text: str) -> tuple[Clause, ...]:
    (sentence,) = _sentences(nlp, text)
    return sentence.clauses


def _roles(clause: Clause) -> list[tuple[str, str]]:
    return [(c.role, c.text) for c in clause.constituents]


def test_an_apposition_with_a_foreign_noun_before_the_participle_stays_in_the_clause(nlp):
    clauses = _clauses(nlp, "Pitt wurde am 14. März 1801 formell durch Henry Addington, den Speaker des House of "
                            "Commons, ersetzt.")
    assert [c.kind for c in clauses] == ["main"]
    assert clauses[0].lemma == "ersetzen" and clauses[0].voice == "passive"
    assert ("object_acc", "den") not in _roles(clauses[0])


@pytest.mark.parametrize(("text", "lemma"), [
    ("Pitt wurde durch Henry Addington, Speaker des House of Commons, ersetzt.", "ersetzen"),
    ("Er kam mit Anna, der Schwester des Königs, an.", "ankommen"),
    ("Der Film wurde von Warner Bros., einem der großen Studios, produziert.", "produzieren"),
])
def test_a_verbless_insertion_before_the_right_bracket_opens_no_clause(nlp, text, lemma):
    clauses = _clauses(nlp, text)
    assert [c.kind for c in clauses] == ["main"]
    assert clauses[0].lemma == lemma and clauses[0].sure


def test_an_article_tagged_as_relative_pronoun_in_the_insertion_is_no_object(nlp):
    clauses = _clauses(nlp, "Er wurde von Addington, dem damals 40-jährigen Sprecher, ersetzt.")
    assert [c.kind for c in clauses] == ["main"] and clauses[0].lemma == "ersetzen"
    assert not clauses[0].role("object_dat") and not clauses[0].role("object_acc")


def test_an_insertion_inside_a_verb_final_clause_waits_for_its_verbs(nlp):
    clauses = _clauses(nlp, "Weil er von Addington, dem Sprecher des Parlaments, ersetzt wurde, ging er.")
    assert [c.kind for c in clauses] == ["subordinate", "main"]
    assert clauses[0].lemma == "ersetzen" and clauses[1].lemma == "gehen"


def test_a_name_in_the_insertion_is_no_object(nlp):
    clauses = _clauses(nlp, "Dann ließ er sich eine Zeit lang in San Vicente, Argentinien, nieder, wo er eine Farm betrieb.")
    assert [c.kind for c in clauses] == ["main", "subordinate"] and clauses[0].lemma == "niederlassen"
    assert ("place", "in San Vicente, Argentinien") in _roles(clauses[0])  # the country of the place (session 19)
    assert not clauses[0].role("object_acc")


def test_a_prepositional_phrase_in_the_insertion_keeps_its_role(nlp):
    clauses = _clauses(nlp, "Er wurde, nach langem Streit, entlassen.")
    assert [c.kind for c in clauses] == ["main"] and clauses[0].lemma == "entlassen"
    assert [c.sure for c in clauses[0].constituents] == [True, True]


def test_an_apposition_with_an_adverb_before_its_noun_ends_the_sentence_in_its_clause(nlp):
    clauses = _clauses(nlp, "Die Familie lebte in Flatbush, einem jüdisch geprägten Viertel.")
    assert [c.kind for c in clauses] == ["main"]
    assert not clauses[0].role("object_dat")


def test_a_list_of_participles_after_the_insertion_stays_one_bracket(nlp):
    clauses = _clauses(nlp, "Die Messergebnisse werden dann automatisch, in einem vom Menschen vorgegebenen Code, "
                            "angezeigt, aufgezeichnet oder übertragen.")
    assert [c.kind for c in clauses] == ["main"]


@pytest.mark.parametrize(("text", "lemmas"), [
    ("Er traf Anna, die die Schwester des Königs kannte, im Garten.", ["treffen", "kennen"]),
    ("Er hat Anna, die die Schwester des Königs kannte, getroffen.", ["treffen", "kennen"]),
    ("Das ist die Stadt, die Touristen lieben.", ["sein", "lieben"]),
])
def test_a_relative_clause_with_its_own_verb_stays_one(nlp, text, lemmas):
    clauses = _clauses(nlp, text)
    assert [c.kind for c in clauses] == ["main", "relative"]
    assert [c.lemma for c in clauses] == lemmas


@pytest.mark.parametrize(("text", "first"), [
    ("Er galt als Vertreter des „klassischen Liberalismus“.Im New York Times Book Review wurde Chomsky gelobt.",
     "Er galt als Vertreter des „klassischen Liberalismus“."),
    ("Der Sturm traf die Insel im Jahr 2015.Das Zusammenwirken der Kräfte war stark.",
     "Der Sturm traf die Insel im Jahr 2015."),
    ("Das Buch hieß Victorian Valentines (1996).Die erste Massenproduktion begann später.",
     "Das Buch hieß Victorian Valentines (1996)."),
    ("Die Fundstelle gehört zum Weltkulturerbe der UNESCO.Mary Anning sammelte dort.",
     "Die Fundstelle gehört zum Weltkulturerbe der UNESCO."),
])
def test_a_sentence_end_without_a_space_ends_the_sentence(nlp, text, first):
    sentences = _sentences(nlp, text)
    assert [s.text for s in sentences] == [first, text[len(first):]]


@pytest.mark.parametrize("text", [
    "Im Oktober 2016 veröffentlichten Baekhyun und K.Will eine Single.",
    "Er las J.R.R. Tolkien und z.B. Goethe.",
    "Das Internetportal MP3.com wurde 1998 gegründet.",
    "Die Aktie (Börse Kopenhagen: VWS.CO) stieg.",
    "Die Version 2.0.Beta erschien im Mai.",
])
def test_initials_domains_and_versions_end_no_sentence(nlp, text):
    assert [s.text for s in _sentences(nlp, text)] == [text]
