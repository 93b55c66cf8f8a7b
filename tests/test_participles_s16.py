"""Strong participles HanTa tags as adjectives: "das Korn gedroschen" is dreschen's participle."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.model import Article


def analysed(nlp, text: str):
    return analyze(nlp, Article("Test", text, "test.txt", "test", ((0, len(text)),)))


def token(analysis, form: str):
    return next(t for t in analysis.tokens if t.text == form)


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        # werden: a passive
        ("Früher wurde in der Scheune auch das Korn gedroschen.", "gedroschen", "dreschen"),
        ("Man sagt, dass in der Scheune früher das Korn gedroschen wurde.", "gedroschen", "dreschen"),
        # "worden" makes the passive, whatever the finite verb
        ("In der Scheune ist früher das Korn gedroschen worden.", "gedroschen", "dreschen"),
        # haben: a perfect
        ("Die Bauern haben das Korn im Herbst mit Flegeln gedroschen.", "gedroschen", "dreschen"),
    ],
)
def test_strong_participle_after_auxiliary_is_a_verb(nlp, text, form, lemma):
    word = token(analysed(nlp, text), form)
    assert (word.tag, word.lemma) == ("VVPP", lemma)


def test_passive_clause_gets_its_verb(nlp):
    sentence = analysed(nlp, "Früher wurde in der Scheune auch das Korn gedroschen.").sentences[0]
    main = sentence.clauses[0]
    assert (main.lemma, main.voice) == ("dreschen", "passive")


@pytest.mark.parametrize(
    "text",
    [
        # no auxiliary: an attributive or predicative adjective stays one
        "Das ist eine abgedroschene Phrase, die niemand mehr hören mag.",
        "Das Korn bleibt den ganzen Winter über ungedroschen in der Scheune.",
        # sein with a verb that takes haben: a state, an adjective as in UD
        "Das Dorf ist idyllisch am Ufer des Sees gelegen.",
    ],
)
def test_adjective_without_verbal_auxiliary_stays(nlp, text):
    analysis = analysed(nlp, text)
    assert not any(t.tag == "VVPP" and t.lemma in ("dreschen", "liegen") for t in analysis.tokens)


def test_standard_spelling_of_the_infinitive(nlp):
    """wordfreq counts "abschliessen" as "abschließen": the lemma is written with ß."""
    from quizgen.analysis.hanta import _strong_participle_verb

    assert _strong_participle_verb("abgeschlossen") == "abschließen"
    assert _strong_participle_verb("gedroschen") == "dreschen"
    assert _strong_participle_verb("abgedroschen") == ""  # "abdreschen" is no verb German uses
