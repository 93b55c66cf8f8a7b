"""The worksheet's reading text as numbered lines, and the sentence → line map for the key.

Lines are broken here, not by the browser, so that the numbers printed beside the text are
the numbers the key cites ("Z. 12–14") on every printer and screen width.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis

LINE_WIDTH = 64  # characters; about 14 cm in the worksheet's 11.5 pt serif


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str
    start: int  # offsets into the article text
    end: int
    heading: bool
    paragraph_start: bool
    paragraph: int = 0  # on a paragraph's first line: its number as a reader counts (paragraph_numbers)


def paragraph_numbers(analysis: Analysis) -> dict[int, int]:
    """Paragraph index → its number as a reader counts in the article (``Article.paragraph_numbers``)."""
    return analysis.article.paragraph_numbers()


def wrap(analysis: Analysis, width: int = LINE_WIDTH) -> list[Line]:
    """Every paragraph of the article (the title excluded) broken into lines of ≤ width chars.

    A body paragraph's first line carries the paragraph's number, which the worksheet prints
    in the margin when a task names paragraphs ("Absatz 3")."""
    article = analysis.article
    numbers = paragraph_numbers(analysis)
    lines: list[Line] = []
    for index, (start, end) in enumerate(article.paragraphs):
        if article.title_span == (start, end):
            continue
        heading = index in article.headings
        words: list[tuple[int, int]] = []
        position = start
        for word in article.text[start:end].split():
            word_start = article.text.index(word, position)
            # a "word" longer than a line (a URL, a chemical name) is cut into line-long pieces
            for piece in range(word_start, word_start + len(word), width):
                words.append((piece, min(piece + width, word_start + len(word))))
            position = word_start + len(word)
        first = True
        current: list[tuple[int, int]] = []
        for span in words:
            length = span[1] - current[0][0] if current else span[1] - span[0]
            if current and length > width:
                lines.append(_line(article.text, current, len(lines) + 1, heading, first, numbers.get(index, 0)))
                first, current = False, []
            current.append(span)
        if current:
            lines.append(_line(article.text, current, len(lines) + 1, heading, first, numbers.get(index, 0)))
    return lines


def _line(text: str, spans: list[tuple[int, int]], number: int, heading: bool, first: bool,
          paragraph: int) -> Line:
    start, end = spans[0][0], spans[-1][1]
    return Line(number, " ".join(text[start:end].split()), start, end, heading, first,
                paragraph if first else 0)


def sentence_lines(analysis: Analysis, lines: list[Line]) -> dict[int, tuple[int, int]]:
    """For each sentence index, the first and last line it stands on."""
    result: dict[int, tuple[int, int]] = {}
    for sentence in analysis.sentences:
        numbers = [line.number for line in lines if line.start < sentence.end and sentence.start < line.end]
        if numbers:
            result[sentence.index] = (numbers[0], numbers[-1])
    return result


def line_reference(span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    first, last = span
    return f"Z. {first}" if first == last else f"Z. {first}–{last}"
