"""Wrong senses the card readers of judged round 5 found (session 8, issue 13), each class checked
on a German sentence like the judged one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizgen.extraction.glossary import load_glossary

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


def _senses(nlp, text: str, lemma: str, pos: str) -> tuple[str, ...]:
    """The glossary's senses of the word with this lemma in a one-sentence text, read with its analysis."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    sentence = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),))).sentences[0]
    token = next(token.i for token in sentence.tokens if token.lemma == lemma)
    return load_glossary(DING).senses(lemma, pos, sentence=sentence, token_i=token)


@pytest.fixture()
def ding():
    load_glossary.cache_clear()
    yield
    load_glossary.cache_clear()


@needs_ding
def test_a_specialists_sense_with_its_partner_in_the_sentence_goes_first(ding, nlp):
    """"ein Gesetz aufheben :: to repeal a law" is a lawyer's line [jur.], but a sentence whose
    object is that law ("das Stempelgesetz") means it: the card read "to raise; to keep"."""
    senses = _senses(nlp, "Mit Unterstützung des Königs hob der Premierminister das unpopuläre Stempelgesetz auf.", "aufheben", "VERB")
    assert senses[:1] == ("to repeal",)
    senses = _senses(nlp, "Sie hob den Stein vom Boden auf.", "aufheben", "VERB")
    assert senses[:1] != ("to repeal",)
