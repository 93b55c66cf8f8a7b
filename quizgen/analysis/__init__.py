"""Analysis: a spaCy ``Language`` for German and its conversion to plain ``model`` data.

Public API (used by the pipeline and the CLI):
    load_pipeline(model: str | None = None) -> spacy.Language
    analyze(nlp, article) -> model.Analysis
    analyze_many(nlp, articles, batch_size=8) -> Iterator[model.Analysis]
"""

from .pipeline import analyze, analyze_many, load_pipeline

__all__ = ["analyze", "analyze_many", "load_pipeline"]
