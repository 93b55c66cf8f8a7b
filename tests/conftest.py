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
