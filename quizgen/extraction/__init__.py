"""Extraction: vocabulary items and facts from an analysed article.

Public API (used by the pipeline):
    extract_vocabulary(analysis, options) -> tuple[VocabItem, ...]
    extract_facts(analysis) -> tuple[Fact, ...]
"""
