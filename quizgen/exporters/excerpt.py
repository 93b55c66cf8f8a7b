"""A long article's worksheet text as an excerpt: the paragraphs the tasks need.

A Wikipedia article of 8000 words gives 1000 numbered lines, 20 pages of reading text before
the first task. Above ``EXCERPT_ABOVE`` lines the worksheet prints only the first paragraph,
the paragraphs the questions cite and the heading above each of them, with "[…]" where text
was left out, and calls the section "Lesetext (Auszug)". The excerpt is numbered on its own,
so the key's "Z. 12–14" refers to the lines the students have in front of them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..model import Material
from .comprehension import is_global, named_paragraphs, paragraphs_by_number
from .layout import Line

EXCERPT_ABOVE = 150  # lines of text: about three and a half A4 pages
OMISSION = "[…]"


def _cited_paragraphs(material: Material) -> set[int]:
    """The paragraphs the tasks need: those of their evidence, and those a global task names."""
    from .html import evidence_sentences  # html imports this module

    analysis = material.analysis
    by_index = {sentence.index: sentence for sentence in analysis.sentences}
    by_number = paragraphs_by_number(analysis)
    cited = {by_index[index].paragraph for question in material.questions
             for index in evidence_sentences(question, analysis) if index in by_index}
    for question in filter(is_global, material.questions):
        numbers = (number for item in question.prompt_items for number in named_paragraphs(item))
        cited |= {by_number[number] for number in numbers if number in by_number}  # "Absätze 15–17": all three
    return cited


def excerpt(material: Material, lines: list[Line], limit: int = EXCERPT_ABOVE) -> list[Line] | None:
    """The excerpt's lines (renumbered, "[…]" lines where text is left out), or None when the
    whole text is short enough or the excerpt would not be much shorter."""
    if len(lines) <= limit:
        return None
    article = material.analysis.article
    body = [index for index, span in enumerate(article.paragraphs) if span != article.title_span]
    cited = _cited_paragraphs(material) & set(body)
    if not cited:
        return None
    keep = set(cited)
    keep.add(next((index for index in body if index not in article.headings), body[0]))
    for index in cited:  # the heading a cited paragraph stands under
        above = [heading for heading in article.headings if heading < index and heading in body]
        if above:
            keep.add(max(above))
    starts = [article.paragraphs[index][0] for index in range(len(article.paragraphs))]
    kept: list[Line] = []
    left_out = False
    for line in lines:
        paragraph = bisect_right(starts, line.start) - 1
        if paragraph not in keep:
            left_out = True
            continue
        if left_out and line.paragraph_start:
            kept.append(Line(0, OMISSION, -1, -1, heading=False, paragraph_start=True))
        left_out = False
        kept.append(line)
    if left_out:
        kept.append(Line(0, OMISSION, -1, -1, heading=False, paragraph_start=True))
    if len(kept) > len(lines) * 2 // 3:
        return None
    return [replace(line, number=number) for number, line in enumerate(kept, start=1)]
