"""Shared fixtures: the seed article, the analysis pipeline (loaded once), dev data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nordkorea-raketen.txt"
SHARED = ROOT.parent / "shared"
DEVDATA = SHARED / "devdata"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def devdata() -> Path:
    if not DEVDATA.is_dir():
        pytest.skip("../shared/devdata is not beside the repository")
    return DEVDATA


@pytest.fixture(scope="module")
def ding():
    """Debian's trans-de-en as a glossary, for the sense tests marked ``needs_ding``; a test
    module that writes its own small dictionary defines its own ``ding``."""
    import os

    from quizgen.extraction.glossary import load_glossary

    path = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
    load_glossary.cache_clear()
    yield load_glossary(path)
    load_glossary.cache_clear()


@pytest.fixture(scope="session")
def nlp():
    from quizgen.analysis import load_pipeline

    return load_pipeline("offline")


@pytest.fixture(scope="session")
def seed_article():
    from quizgen.reading import read_article

    return read_article(SEED)


@pytest.fixture(scope="session")
def seed_analysis(nlp, seed_article):
    from quizgen.analysis import analyze

    return analyze(nlp, seed_article)


@pytest.fixture(scope="session")
def seed_material(seed_analysis):
    from quizgen.config import Options
    from quizgen.pipeline import build_material

    return build_material(seed_analysis, Options())


@pytest.fixture(scope="session")
def corpus_materials(nlp, devdata):
    """Material for the 40 dev articles (Klexikon and Wikipedia), built once per run."""
    from quizgen.config import Options
    from quizgen.pipeline import materials
    from quizgen.reading import read_article

    paths = sorted((devdata / "articles").glob("*/*.txt"))
    articles = [read_article(path) for path in paths]
    return dict(zip(paths, materials(articles, Options(), nlp=nlp), strict=True))


@pytest.fixture(scope="session")
def seed_sheet(seed_material):
    """The seed's material with every question type the exporters handle: what the generator
    made, plus richtig/falsch statements, content multiple choice and (when the selection left
    it out) a gap text written by hand on the seed's sentences. Exporter tests use it, so that
    they do not depend on how many items of a type the generator finds safe to ask."""
    from dataclasses import replace

    from quizgen.model import FALSE, GAP, GAP_SOLUTIONS, NOT_IN_TEXT, TRUE, Question

    sentences = seed_material.analysis.sentences

    def where(start: str) -> int:
        return next(s.index for s in sentences if s.text.startswith(start))

    tf = (TRUE, FALSE, NOT_IN_TEXT)
    tested, accused, summit = where("Pjöngjang hat"), where("Die Vereinigten Staaten haben"), where("Staats- und")
    called = where("Der nordkoreanische Staatschef")
    extra = (
        Question(id="", type="true_false", prompt="Nordkorea hat mehr als 100 Raketen getestet.", answer=TRUE,
                 sentence=tested, evidence=sentences[tested].text, options=tf, skill="statement-true",
                 explanation="Richtig: So steht es im Text."),
        Question(id="", type="true_false", prompt="Die USA beschuldigen Russland, Nordkorea Waffen geliefert zu haben.",
                 answer=FALSE, sentence=accused, evidence=sentences[accused].text, options=tf, skill="statement-swap",
                 explanation=f"Falsch: Im Text steht: „{sentences[accused].text}“"),
        Question(id="", type="true_false", prompt="Das Gipfeltreffen findet an einem Montag statt.", answer=NOT_IN_TEXT,
                 sentence=summit, evidence=sentences[summit].text, options=tf, skill="statement-absent",
                 explanation="Steht nicht im Text: Der Text nennt den Freitag."),
        Question(id="", type="multiple_choice",
                 prompt="In welcher Stadt halten Südkorea, die USA und Japan am Freitag ein Gipfeltreffen ab?",
                 answer="in Washington", options=("in Seoul", "in Washington", "in Tokio", "in Peking"),
                 sentence=summit, evidence=sentences[summit].text, skill="in-welcher-stadt",
                 explanation=f"Im Text steht: „{sentences[summit].text}“"),
        Question(id="", type="multiple_choice",
                 prompt="Welches Wort passt in die Lücke? " + sentences[called].text.replace("Rüstungsindustrie", "_____", 1),
                 answer="Rüstungsindustrie", options=("Landwirtschaft", "Rüstungsindustrie", "Filmindustrie", "Tourismusbranche"),
                 sentence=called, evidence=sentences[called].text, focus="vocabulary", skill="word",
                 explanation=f"Im Text steht: „{sentences[called].text}“"),
    )
    if not any(q.type == "gap_fill" for q in seed_material.questions):  # the selection may leave it out
        since = where("Seitdem die diplomatischen")
        passage = sentences[since].text
        answers = ("diplomatischen", "steigern", "verbessern")
        prompt = passage
        for number, word in enumerate(answers, start=1):
            prompt = prompt.replace(word, GAP.format(n=number), 1)
        extra = (*extra, Question(
            id="", type="gap_fill", prompt=prompt, answer=answers, sentence=since, evidence=passage,
            word_bank=tuple(sorted({*answers, "abhalten", "Gipfeltreffen"}, key=str.lower)), focus="vocabulary",
            skill="word", explanation=GAP_SOLUTIONS.format(", ".join(answers))))
    questions = (*extra, *seed_material.questions)
    return replace(seed_material, questions=tuple(replace(q, id=f"q{k:02d}") for k, q in enumerate(questions, start=1)))


@pytest.fixture()
def fresh_glossary():
    """The glossary loader's cache cleared before and after a test that loads the installed
    dictionary (another test may have loaded a small one written for it)."""
    from quizgen.extraction.glossary import load_glossary

    load_glossary.cache_clear()
    yield
    load_glossary.cache_clear()


@pytest.fixture()
def ding_text(tmp_path, monkeypatch):
    """A factory: a Ding dictionary written from a string, loaded into a fresh glossary (its own
    cache directory, the loader's cache cleared before and after)."""
    from quizgen.extraction.glossary import load_glossary

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    load_glossary.cache_clear()

    def load(name: str, text: str):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return load_glossary(path)

    yield load
    load_glossary.cache_clear()
