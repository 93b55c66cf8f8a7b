"""The offline analysis on the seed article and on small hand-made German inputs."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.model import Article


def article(text: str, paragraphs: list[str] | None = None) -> Article:
    spans, position = [], 0
    for paragraph in paragraphs or [text]:
        start = text.index(paragraph, position)
        spans.append((start, start + len(paragraph)))
        position = start + len(paragraph)
    return Article(title="", text=text, source="test", stem="test", paragraphs=tuple(spans))


def sentences(nlp, text: str, paragraphs: list[str] | None = None) -> list[str]:
    return [s.text for s in analyze(nlp, article(text, paragraphs)).sentences]


def tokens_by_text(analysis):
    return {token.text: token for token in analysis.tokens}


def test_seed_sentences(seed_analysis):
    texts = [s.text for s in seed_analysis.sentences]
    assert len(texts) == 13
    assert texts[6] == "Besorgnis der USA über nordkoreanische Waffen"
    assert seed_analysis.sentences[6].is_heading
    assert texts[5].startswith("„Das qualitative Niveau") and texts[5].endswith("sagte Kim.")
    assert texts[2].startswith("Am Wochenende") and texts[3].startswith("Es handelt sich")
    for sentence in seed_analysis.sentences:
        assert seed_analysis.article.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("form", "lemma", "tag"),
    [
        ("aufgefordert", "auffordern", "VVPP"),
        ("durchgeführt", "durchführen", "VVPP"),
        ("Munitionsfabriken", "Munitionsfabrik", "NN"),
        ("Raketen", "Rakete", "NN"),
        ("besuchte", "besuchen", "VVFIN"),
        ("nordkoreanische", "nordkoreanisch", "ADJA"),
        ("hängt", "abhängen", "VVFIN"),
        ("Kim", "Kim", "NE"),
        ("hat", "haben", "VAFIN"),
        ("Staaten", "Staat", "NN"),
        ("bevor", "bevor", "KOUS"),
    ],
)
def test_seed_lemmas_and_tags(seed_analysis, form, lemma, tag):
    token = next(t for t in seed_analysis.tokens if t.text == form)
    assert (token.lemma, token.tag) == (lemma, tag)


def test_separable_particle_points_to_its_verb(seed_analysis):
    particle = next(t for t in seed_analysis.tokens if t.text == "ab" and t.tag == "PTKVZ")
    verb = seed_analysis.tokens[particle.particle_of]
    assert verb.text == "hängt" and verb.lemma == "abhängen"


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("Raketen", "Fem"), ("Militärübungen", "Fem"), ("Gipfeltreffen", "Neut"), ("Krieg", "Masc"),
        ("Munitionsfabriken", "Fem"), ("Artilleriegeschosse", "Neut"), ("Staatschef", "Masc"),
        ("Verantwortung", "Fem"), ("Niveau", "Neut"), ("Raketenabschussplattformen", "Fem"),
    ],
)
def test_seed_noun_gender(seed_analysis, noun, gender):
    token = next(t for t in seed_analysis.tokens if t.text == noun)
    assert token.feature("Gender") == gender


def test_number_from_the_lexicon(seed_analysis):
    found = tokens_by_text(seed_analysis)
    assert found["Raketen"].feature("Number") == "Plur"
    assert found["Krieg"].feature("Number") == "Sing"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Kim Jong Un", "PER"), ("Donald Trump", "PER"), ("Nordkorea", "LOC"), ("Südkorea", "LOC"),
        ("USA", "LOC"), ("Vereinigten Staaten", "LOC"), ("Pjöngjang", "LOC"), ("Russland", "LOC"),
        ("Ukraine", "LOC"), ("Japan", "LOC"), ("Washington", "LOC"), ("KCNA", "ORG"), ("Kim", "PER"),
    ],
)
def test_seed_entities(seed_analysis, name, label):
    labels = {entity.label for entity in seed_analysis.entities if entity.text == name}
    assert labels == {label}


def test_no_common_noun_is_an_entity(seed_analysis):
    names = {"Kim", "Jong", "Un", "Kims", "Donald", "Trump", "Nordkorea", "Nordkoreas", "Südkorea",
             "Südkoreas", "USA", "Vereinigten", "Staaten", "Pjöngjang", "Russland", "Ukraine", "Japan",
             "Washington", "KCNA"}
    for entity in seed_analysis.entities:
        assert set(entity.text.split()) <= names, entity


def test_quotes_abbreviations_and_ordinals_do_not_split(nlp):
    text = "„Wir kommen am 3. Oktober“, sagte Dr. Müller z. B. gestern. Dann fuhr er u. a. nach Berlin."
    assert sentences(nlp, text) == [
        "„Wir kommen am 3. Oktober“, sagte Dr. Müller z. B. gestern.",
        "Dann fuhr er u. a. nach Berlin.",
    ]


def test_a_sentence_starts_at_an_opening_quote(nlp):
    text = "Er schwieg. „Das ist gut.“ Dann ging er. Sie fragte: „Kommst du?“ Er nickte."
    assert sentences(nlp, text) == ["Er schwieg.", "„Das ist gut.“", "Dann ging er.", "Sie fragte: „Kommst du?“", "Er nickte."]


def test_a_year_at_the_end_of_a_sentence_ends_it(nlp):
    assert sentences(nlp, "Das Haus wurde gebaut im Jahr 1927. Danach zog die Familie ein.") == [
        "Das Haus wurde gebaut im Jahr 1927.",
        "Danach zog die Familie ein.",
    ]


def test_sentences_never_cross_paragraphs(nlp):
    text = "Eine Überschrift ohne Punkt\nDer erste Absatz beginnt hier"
    assert sentences(nlp, text, ["Eine Überschrift ohne Punkt", "Der erste Absatz beginnt hier"]) == [
        "Eine Überschrift ohne Punkt",
        "Der erste Absatz beginnt hier",
    ]


def test_separable_verbs_in_small_sentences(nlp):
    analysis = analyze(nlp, article("Sie lädt ihre Freunde zum Essen ein. Der Zug kommt um acht Uhr an."))
    lemmas = {t.text: t.lemma for t in analysis.tokens}
    assert lemmas["lädt"] == "einladen"
    assert lemmas["kommt"] == "ankommen"
