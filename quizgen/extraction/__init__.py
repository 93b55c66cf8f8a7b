"""Extraction: vocabulary items and facts from an analysed article.

Public API (used by the pipeline):
    extract_vocabulary(analysis, options) -> tuple[VocabItem, ...]
    extract_facts(analysis) -> tuple[Fact, ...]
    estimate_level(analysis, vocabulary) -> str  (A1..C2, an estimate)
"""

from .facts import extract_facts
from .levels import estimate_level
from .vocabulary import extract_vocabulary

__all__ = ["estimate_level", "extract_facts", "extract_vocabulary"]
