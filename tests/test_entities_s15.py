"""A surname the tagger reads as a common noun at the start of a sentence is still the person the
article named in full (session 15): the names, and the pronouns resolved through them."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.reference import resolutions
from quizgen.model import Article

TEXT = (
    "Marco Casagrande (* 7. Mai 1971 in Turku, Finnland) ist ein finnischer Architekt und Schriftsteller. "
    "Casagrande wurde in eine finnisch-italienische Familie hineingeboren. "
    "Er wuchs im Norden des Landes in der Stadt Ylitornio auf."
)


def _labels(nlp, text: str) -> list[tuple[int, str, str]]:
    doc = nlp(text)
    return [(ent.start, ent.text, ent.label_) for ent in doc.ents]


def test_sentence_initial_surname_is_the_person_named_before(nlp):
    doc = nlp(TEXT)
    second = next(sentence for k, sentence in enumerate(doc.sents) if k == 1)
    assert second[0].text == "Casagrande"
    assert [(ent.text, ent.label_) for ent in doc.ents if ent.start == second[0].i] == [("Casagrande", "PER")]


def test_the_pronoun_after_it_names_the_person(nlp):
    analysis = analyze(nlp, Article(title="Marco Casagrande", text=TEXT, source="test", stem="test", paragraphs=((0, len(TEXT)),)))
    third = analysis.sentences[-1]
    er = next(token for token in third.tokens if token.text == "Er")
    assert resolutions(analysis).get(er.i) == "Marco Casagrande"


def test_a_common_noun_at_the_start_stays_a_common_noun(nlp):
    # "Burg" is a name's part here and a castle there: the lexicon knows the noun
    labels = _labels(nlp, "Der Bildhauer Peter Burg lebte am Rhein. Burg und Kirche stehen auf einem Hügel.")
    assert [text for _, text, label in labels if label == "PER"] == ["Peter Burg"]
