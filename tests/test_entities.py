"""Named entities: the seed article's names, the rules on real sentences, and GermEval quality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.analysis.gazetteer import COUNTRIES_AND_PLACES, ORGANISATIONS
from quizgen.ner_evaluation import SUBSET, evaluate_ner

BASELINE = Path(__file__).parent / "quality" / "ner_baseline.json"


def _entities(nlp, text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in nlp(text).ents}


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Kim Jong Un", "PER"), ("Kim", "PER"), ("Donald Trump", "PER"), ("Nordkorea", "LOC"),
        ("Südkorea", "LOC"), ("USA", "LOC"), ("Vereinigten Staaten", "LOC"), ("Pjöngjang", "LOC"),
        ("Russland", "LOC"), ("Ukraine", "LOC"), ("Japan", "LOC"), ("Washington", "LOC"),
        ("KCNA", "ORG"),
    ],
)
def test_seed_article_names_have_their_labels(seed_analysis, name, label):
    labels = {entity.label for entity in seed_analysis.entities if entity.text == name}
    assert labels == {label}, f"{name}: {labels or 'not found'}"


def test_seed_article_genitives_are_tagged(seed_analysis):
    labels = {entity.text: entity.label for entity in seed_analysis.entities}
    assert labels.get("Kims") == "PER"
    assert labels.get("Nordkoreas") == "LOC"


def test_no_common_noun_is_an_entity(seed_analysis):
    for entity in seed_analysis.entities:
        sentence = seed_analysis.sentences[entity.sentence]
        tokens = [t for t in sentence.tokens if entity.start <= t.start and t.end <= entity.end]
        assert tokens, entity
        assert tokens[0].text[:1].isupper(), entity
        if len(tokens) == 1 and tokens[0].tag == "NN":
            assert entity.text.rstrip("s") in COUNTRIES_AND_PLACES | set(ORGANISATIONS), entity


def test_a_title_makes_an_unknown_name_a_person(nlp):
    labels = _entities(nlp, "Am Montag traf Außenministerin Zuzanna Kwiatkowska-Brand den Botschafter.")
    assert labels.get("Zuzanna Kwiatkowska-Brand") == "PER", labels


def test_organisation_suffixes_and_places(nlp):
    labels = _entities(
        nlp, "Das Bundesgesundheitsministerium und die Siemens AG planen ein Werk in Leipzig."
    )
    assert labels.get("Bundesgesundheitsministerium") == "ORG", labels
    assert labels.get("Siemens AG") == "ORG", labels
    assert labels.get("Leipzig") == "LOC", labels


def test_nationality_adjectives_are_not_entities(nlp):
    labels = _entities(nlp, "Die nordkoreanische Armee und deutsche Firmen sprachen mit russischen Soldaten.")
    assert not any(name.lower().startswith(("nordkorean", "deutsch", "russisch")) for name in labels), labels


def test_a_later_surname_is_the_same_person(nlp):
    labels = _entities(
        nlp, "Angela Merkel besuchte Paris. Später sagte Merkel, die Reise sei wichtig gewesen."
    )
    assert labels.get("Angela Merkel") == "PER", labels
    assert labels.get("Merkel") == "PER", labels
    assert labels.get("Paris") == "LOC", labels


@pytest.mark.devdata
def test_entity_f1_is_not_below_its_baseline(nlp, devdata):
    """The first sentences of GermEval 2014 dev (the full set: scripts/eval_ner.py)."""
    scores = evaluate_ner(nlp, devdata / "ner" / "germeval2014-dev.tsv", limit=SUBSET)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["subset"]
    assert baseline["sentences"] == SUBSET
    for name in ("PER_LOC_ORG_f1", "all_f1", "PER_f1", "LOC_f1", "ORG_f1", "MISC_f1"):
        assert scores[name] >= baseline[name] - 0.005, f"{name}: {scores[name]} < {baseline[name]}"


def test_one_label_per_name_in_an_article():
    from quizgen.analysis.entities import consistent_labels

    labels = {(0, 1): "LOC", (5, 6): "ORG", (9, 10): "LOC", (12, 13): "PER", (20, 21): "ORG"}
    names = {(0, 1): "Washington", (5, 6): "Washington", (9, 10): "Washington",
             (12, 13): "Kim", (20, 21): "Kim"}
    assert consistent_labels(labels, names) == {
        (0, 1): "LOC", (5, 6): "LOC", (9, 10): "LOC", (12, 13): "PER", (20, 21): "PER"
    }


def test_a_role_or_a_verb_of_speech_makes_an_unknown_name_a_person(nlp):
    labels = _entities(nlp, "Der Rapper Ice-T kam nicht. Das sei ein Fehler, so Pinkwart.")
    assert labels.get("Ice-T") == "PER", labels
    assert labels.get("Pinkwart") == "PER", labels


def test_model_features_name_the_lists_a_word_is_on():
    from quizgen.analysis.entities import model_features

    features = model_features(["Berlin", "Haus", "Präsident", "und"])
    assert "place" in features[0].split("+")
    assert "noun" in features[1].split("+")
    assert "title" in features[2].split("+")
    assert features[3] == "-"
