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


def pos_of(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.pos, t.tag) for t in analyze(nlp, article(text)).tokens}


def test_haben_and_modals_are_verbs_without_a_verb_to_help(nlp):
    assert pos_of(nlp, "Er hat ein neues Auto.")["hat"][0] == "VERB"
    assert pos_of(nlp, "Er hat das Auto gestern gekauft.")["hat"][0] == "AUX"
    assert pos_of(nlp, "Sie kann gut schwimmen.")["kann"][0] == "AUX"


def test_particles_and_quantifiers_follow_ud(nlp):
    found = pos_of(nlp, "Man ruft alle an. Er kehrt morgen zurück.")
    assert found["an"] == ("ADP", "PTKVZ")
    assert found["zurück"] == ("ADV", "PTKVZ")
    assert found["Man"][0] == "PRON"
    assert found["alle"][0] == "DET"


def test_the_determiner_picks_the_gender_of_an_ambiguous_noun(nlp):
    neuter = analyze(nlp, article("Das Teil passt nicht in den Motor."))
    masculine = analyze(nlp, article("Der größte Teil der Arbeit ist getan."))
    assert next(t for t in neuter.tokens if t.text == "Teil").feature("Gender") == "Neut"
    assert next(t for t in masculine.tokens if t.text == "Teil").feature("Gender") == "Masc"


def test_genitive_names_have_the_name_as_lemma(seed_analysis):
    lemmas = {t.text: t.lemma for t in seed_analysis.tokens}
    assert lemmas["Kims"] == "Kim"
    assert lemmas["Nordkoreas"] == "Nordkorea"
    assert lemmas["Südkoreas"] == "Südkorea"


def test_plural_and_modern_spelling_from_the_lexicon(seed_analysis):
    found = tokens_by_text(seed_analysis)
    assert found["Fahrzeuge"].feature("Number") == "Plur"
    assert found["Artilleriegeschosse"].lemma == "Artilleriegeschoss"
    assert found["Kontakte"].feature("Number") == "Plur"


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Es gab eine leckere Suppe.", "leckere", "lecker"),
        ("Die Suppe war lecker.", "lecker", "lecker"),
        ("Die Berliner Polizei ermittelt.", "Berliner", "Berliner"),
        ("Das TV bringt Nachrichten.", "TV", "TV"),
    ],
)
def test_adjective_and_acronym_lemmas(nlp, text, form, lemma):
    token = next(t for t in analyze(nlp, article(text)).tokens if t.text == form)
    assert token.lemma == lemma


def test_repeated_marks_and_straight_quotes_end_one_sentence(nlp):
    assert sentences(nlp, 'Das war toll!!! Wir kommen wieder. "Sehr gut", sagte sie.') == [
        "Das war toll!!!",
        "Wir kommen wieder.",
        '"Sehr gut", sagte sie.',
    ]
    assert sentences(nlp, "Er sagte: ``Wir gehen.'' Dann ging er.") == [
        "Er sagte: ``Wir gehen.''",
        "Dann ging er.",
    ]


def test_an_unknown_model_is_a_usage_error_that_names_it():
    from quizgen.analysis import load_pipeline
    from quizgen.errors import UsageError

    with pytest.raises(UsageError, match="de_core_news_zz"):
        load_pipeline("de_core_news_zz")


def test_jsonl_offsets_point_into_the_article(seed_analysis):
    import json

    from quizgen.analysis.formats import to_jsonl

    text = seed_analysis.article.text
    records = [json.loads(line) for line in to_jsonl(seed_analysis).splitlines()]
    assert len(records) == len(seed_analysis.sentences)
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
        for token in record["tokens"]:
            assert text[token["start"] : token["end"]] == token["text"]
            assert set(token) == {"i", "start", "end", "text", "lemma", "pos", "tag", "morph"}
        for entity in record["entities"]:
            assert text[entity["start"] : entity["end"]] == entity["text"]
    raketen = next(t for r in records for t in r["tokens"] if t["text"] == "Raketen")
    assert raketen["morph"] == "Gender=Fem|Number=Plur"


def test_conllu_has_ten_columns_and_one_block_per_sentence(seed_analysis):
    from quizgen.analysis.formats import to_conllu

    blocks = [b for b in to_conllu(seed_analysis).strip().split("\n\n") if "# sent_id" in b]
    assert len(blocks) == len(seed_analysis.sentences)
    for block in blocks:
        rows = [line.split("\t") for line in block.splitlines() if not line.startswith("#")]
        assert all(len(row) == 10 for row in rows)
        assert [int(row[0]) for row in rows] == list(range(1, len(rows) + 1))


def test_lexicon_entries_for_learners():
    from quizgen.analysis.lexicon import noun_lexicon

    lexicon = noun_lexicon()
    rakete = lexicon.lookup("Rakete")
    assert (rakete.gender, rakete.plural, rakete.weak) == ("Fem", "Raketen", False)
    assert lexicon.lookup("Student").weak
    assert set(lexicon.lookup("Teil").genders) == {"Masc", "Neut"} and lexicon.lookup("Teil").gender == ""
    assert lexicon.lookup("Leute").plural_only
    assert lexicon.lookup("Obst").plural == "-"
    compound = lexicon.lookup("Militärübung")
    assert (compound.gender, compound.plural) == ("Fem", "Militärübungen")
    assert compound.head == "Übung"
    assert lexicon.lookup("Militärübung", compound_fallback=False) is None
    assert lexicon.names()["Berlin"] == "Toponym"


def test_unknown_compounds_take_the_lemma_of_their_head(nlp):
    analysis = analyze(nlp, article("Die Ledercouches standen neben der Rheinfähre."))
    lemmas = {t.text: t.lemma for t in analysis.tokens}
    assert lemmas["Ledercouches"] == "Ledercouch"
    assert lemmas["Rheinfähre"] == "Rheinfähre"


def test_a_season_and_a_percentage_are_one_amount(nlp):
    """"2016/17" stays one token (it had become an accusative object "17"); "%" is the noun of
    its amount, so that "rund 5 %" stays whole in a question."""
    season = analyze(nlp, article("Zur Saison 2016/17 wechselte Umtiti für 25 Mio. Euro zum FC Barcelona."))
    assert "2016/17" in [t.text for t in season.tokens]
    (clause,) = season.sentences[0].clauses
    assert [(c.role, c.text) for c in clause.constituents if c.role == "time"] == [("time", "Zur Saison 2016/17")]
    assert not any(c.role.startswith("object") for c in clause.constituents)
    share = pos_of(nlp, "1934 betrug der Anteil der ungarischsprachigen Einwohnerschaft rund 5 %.")
    assert share["%"] == ("NOUN", "NN")
