"""Reading: a .txt, .md or .html file (or standard input) → ``Article``.

``Article.text`` is the plain text that is analysed; every offset in quizgen points into it.
For a .txt file it is the file's text as read (line endings normalised to ``\\n``, a space put
back where a sentence runs into the next without one, markup of wiki-style headings ``== …``
blanked out with spaces so that offsets stay those of the file).
For Markdown and HTML it is the text of the document's blocks, one paragraph per block,
separated by blank lines.
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from .errors import InputError
from .language import check_german
from .model import Article

MAX_BYTES = 2_000_000  # about 300,000 words: a long book chapter, not a whole book
MIN_WORDS = 5
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")

_SENTENCE_END = re.compile(r"[.!?:;…“\"»)]\s*$")
# A title with its kind in brackets, as encyclopedias name articles: "Der Vorleser (Film)",
# "Kreta (griechische Region)"; its closing bracket ends no sentence.
_QUALIFIED_TITLE = re.compile(r"[^.!?:;()]{1,60}\(\w[\w.-]*(?: [\w.-]+){0,2}\)\s*")
_REGNAL_NUMBER = re.compile(r"\s[IVXL]+\.\s*$")  # "Georg III.", "Ludwig XIV.": the point is the ordinal's
_WIKI_HEADING = re.compile(r"^(=+)\s*(.*?)\s*=*\s*$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# A sentence glued to the next by a lost space, as texts copied out of a web page or a corpus often
# are ("… zu verbessern.Neben ihren …", "… bewegen.“Jolie …", "… der UNESCO.Mary Anning …"): a
# word of three lower-case letters or an acronym of three capitals or more, its end mark, then a
# capitalised word or a year that opens the next sentence ("… 1200 Menschen.1920 kam es …").
# Abbreviations end in fewer lower-case letters ("Mio.", "St."); a web or mail address is left alone.
_GLUED_SENTENCE = re.compile(
    r"(?<![\w/@.])([^\s/@]*?(?:[a-zäöüß]{3}|(?<![\w.])[A-ZÄÖÜ]{3,})[.!?][“”\"»«]?)"
    r"(?=[A-ZÄÖÜ][a-zäöüß]|(?:1\d{3}|20\d{2})\s)"
)
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.apkg)",
    b"\x7fELF": "a program",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF media file",
    b"SQLite format 3": "an SQLite database",
}


def read_article(
    path: str | Path, *, force: bool = False, title: str | None = None
) -> Article:
    """Read one article; raise ``InputError`` with one line naming the file and the problem."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        source, stem, suffix = "<stdin>", "stdin", ".txt"
    else:
        path = Path(path)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not an article")
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise InputError(
                    f"{path}: {size / 1e6:.1f} MB is too long; quizgen reads articles up to "
                    f"{MAX_BYTES / 1e6:.0f} MB (split the text into chapters)"
                )
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from error
        source, stem, suffix = name, slug(path.stem) or "article", path.suffix.lower()
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: too long; quizgen reads articles up to {MAX_BYTES / 1e6:.0f} MB")
    text = decode(data, source)
    if suffix in (".md", ".markdown") or _markdown_title(text):
        article = _from_markdown(text, source, stem)
    elif suffix in (".html", ".htm") or (suffix not in SUFFIXES and _looks_like_html(text)):
        article = _from_html(text, source, stem)
    else:
        article = _from_plain(text, source, stem)
    if title:
        article = _with_title(article, title)
    words = len(re.findall(r"\w+", article.text))
    if words == 0:
        raise InputError(f"{source}: no text in it")
    if words < MIN_WORDS:
        raise InputError(
            f"{source}: too short to make anything from ({words} words; at least {MIN_WORDS} needed)"
        )
    if not force:
        check_german(article.text, source)
    return article


def heading_depth(article: Article, index: int) -> int:
    """How deep a heading stands: the width of the blanked wiki markup before it on its line
    ("== Geographie" 3, "=== Verlauf" 4), 0 for a heading without markup (Markdown, HTML, a
    plain headline). Only comparisons within one article mean anything."""
    start = article.paragraphs[index][0]
    line_start = article.text.rfind("\n", 0, start) + 1
    before = article.text[line_start:start]
    return len(before) if not before.strip() else 0


def slug(name: str) -> str:
    """A file-name- and tag-safe form of a name: lower case, ASCII letters, digits and hyphens."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
    text = name.translate(table).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return text.strip("-")[:80]


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM, or UTF-16 with BOM), else Windows-1252, else refuse."""
    if not data.strip():
        raise InputError(f"{source}: empty file" if not data else f"{source}: only whitespace")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{source}: this is {what}, not a text article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary data, not a text article")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{source}: cannot decode byte {data[error.start]:#04x} at offset {error.start} "
                    "(save the file as UTF-8)"
                ) from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\t\f")
    if controls > max(8, len(text) // 100) or text.count("\ufffd") > max(8, len(text) // 100):
        raise InputError(f"{source}: binary data or an unknown encoding, not a text article")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    text = _GLUED_SENTENCE.sub(_unglue, text)
    if not text.strip():
        raise InputError(f"{source}: only whitespace")
    return text


def _unglue(match: re.Match[str]) -> str:
    word = match.group(1)
    return word if word.lower().startswith("www.") else word + " "


def _markdown_title(text: str) -> bool:
    """Does a plain-text file open with a Markdown title ("# Jennifer Lee")? Then it is read as
    Markdown: the line is the article's title, not its first sentence (read as text, "# Zweiter
    Golfkrieg: Raketenangriffe" became a card's example and the sheet's first line)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return bool(re.match(r"# \S", first))


def _from_plain(text: str, source: str, stem: str) -> Article:
    spans: list[tuple[int, int]] = []
    headings: list[int] = []
    chars = list(text)
    lines = _line_spans(text)
    has_blank_lines = any(start == end or not text[start:end].strip() for start, end in lines)
    block: list[tuple[int, int]] = []
    depths: dict[int, int] = {}  # span index of a wiki heading → its level ("==" 2, "===" 3)

    def flush() -> None:
        if block:
            spans.append((block[0][0], block[-1][1]))
            block.clear()

    for position, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            flush()
            continue
        lead = len(line) - len(line.lstrip())
        start, end = start + lead, start + len(line.rstrip())
        line = text[start:end]
        heading = _WIKI_HEADING.match(line) if line.startswith("=") else None
        if heading:
            flush()
            inner = start + line.index(heading.group(2)) if heading.group(2) else start
            for k in range(start, end):  # blank the markup, keep the offsets
                if not inner <= k < inner + len(heading.group(2)):
                    chars[k] = " "
            spans.append((inner, inner + len(heading.group(2))))
            headings.append(len(spans) - 1)
            depths[len(spans) - 1] = len(heading.group(1))
        elif not has_blank_lines or _is_headline(line, block, text, _next_line(text, lines, position)):
            flush()
            spans.append((start, end))
            if _is_headline(line, [], text, _next_line(text, lines, position)):
                headings.append(len(spans) - 1)
        else:
            block.append((start, end))
    flush()
    if has_blank_lines:
        spans, headings = _without_stubs(text, chars, spans, headings, depths)
    kept = [index for index, span in enumerate(spans) if span[1] > span[0]]
    headings = [kept.index(index) for index in headings if index in kept]
    spans = [spans[index] for index in kept]
    return _article("".join(chars), spans, headings, source, stem)


# Sections of an encyclopedia article that hold only links and references: an export to plain
# text keeps their headings with nothing (or a list of titles) under them.
_LINK_SECTIONS = frozenset({
    "siehe auch", "weblinks", "einzelnachweise", "quellen", "anmerkungen", "fußnoten", "belege",
})
# A list of books at the article's top level, a topic in a subsection ("=== Literatur" of Kreta
# is about the island's poetry).
_BOOK_SECTIONS = frozenset({"literatur", "weitere literatur"})
# What a list or a quotation an introducing colon announces starts with.
_LIST_START = re.compile(r"[-*•–·„\"»‚']|\d+[.)]\s")


def _without_stubs(
    text: str, chars: list[str], spans: list[tuple[int, int]], headings: list[int],
    depths: dict[int, int],
) -> tuple[list[tuple[int, int]], list[int]]:
    """Leave out what an export of a wiki article to plain text leaves empty: the link sections
    ("== Weblinks", "== Siehe auch") with what stands under them, a heading whose section holds no
    text ("== Dauerkalender" right before "== Andere Systeme …"), and a paragraph's last line that
    announces a list the export dropped ("Beispiele:", "Die Kalenderwoche ist nach ISO 8601 so
    definiert:" before a blank line and no list). A reader of Woche (Wikipedia) found all three
    on the sheet; on the 40 devdata articles every one of the 99 paragraphs that ends in a colon
    is such a stub. Dropped text is blanked (offsets stay those of the file); a dropped span
    becomes empty and is left out by the caller."""
    spans = list(spans)
    heading_set = set(headings)

    def blank(start: int, end: int) -> None:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = " "

    def drop(index: int) -> None:
        blank(*spans[index])
        spans[index] = (spans[index][0], spans[index][0])

    top = min(depths.values(), default=0)
    links_depth = 0
    for index in range(len(spans)):
        depth = depths.get(index, 0)
        if depth and links_depth and depth > links_depth or not depth and links_depth:
            drop(index)
            continue
        links_depth = 0
        name = text[spans[index][0] : spans[index][1]].strip().lower()
        if depth and (name in _LINK_SECTIONS or depth == top and name in _BOOK_SECTIONS):
            links_depth = depth
            drop(index)
    following: tuple[int, int] | None = None  # the next span kept, as (index, depth)
    for index in range(len(spans) - 1, -1, -1):
        start, end = spans[index]
        if end <= start:
            continue
        depth = depths.get(index, 0)
        next_depth = following[1] if following else None
        if depth and (following is None or 0 < next_depth <= depth):  # type: ignore[operator]
            drop(index)
            continue
        if index not in heading_set and text[start:end].rstrip().endswith(":"):
            after = text[spans[following[0]][0] : spans[following[0]][1]] if following else ""
            if following is None or next_depth or not _LIST_START.match(after):
                cut = text.rfind("\n", start, end)
                blank(cut + 1 if cut >= 0 else start, end)
                spans[index] = (start, len(text[start:cut].rstrip()) + start) if cut >= 0 else (start, start)
                if spans[index][1] <= start:
                    continue
        following = (index, depth)
    return spans, headings


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _next_line(text: str, lines: list[tuple[int, int]], position: int) -> str:
    """The line after ``position`` ("" at the end of the text or before a blank line)."""
    if position + 1 >= len(lines):
        return ""
    start, end = lines[position + 1]
    return text[start:end].strip()


def _is_headline(line: str, block: list[tuple[int, int]], text: str, following: str = "") -> bool:
    """A short line without a sentence-final mark that starts a block: a heading. A line that a
    short next line completes ("… aus dem Jahr" / "1888.") is a broken sentence. Inside a block
    (after a line that ends a sentence) it must introduce text: a line that ends the block
    ("Diese sind" before a list the source dropped) is the paragraph's own last line."""
    words = line.split()
    if not words or len(words) > 14 or _SENTENCE_END.search(line) and not (
            len(words) <= 4 and _REGNAL_NUMBER.search(line) or _QUALIFIED_TITLE.fullmatch(line)):
        return False
    if 0 < len(following.split()) < 3:
        return False
    if block:
        previous = text[block[-1][0] : block[-1][1]]
        return bool(following) and bool(_SENTENCE_END.search(previous)) and line[:1].isupper()
    return line[:1].isupper() or line[:1].isdigit()


def _title_from(
    text: str, spans: list[tuple[int, int]], headings: list[int], stem: str
) -> tuple[str, tuple[int, int] | None]:
    if spans and 0 in headings:
        start, end = spans[0]
        return text[start:end].strip(), (start, end)
    pretty = stem.replace("-", " ").replace("_", " ").strip()
    if re.fullmatch(r"[A-Za-zÄÖÜäöüß ]{3,}", pretty):
        return " ".join(word[:1].upper() + word[1:] for word in pretty.split()), None
    first = text[spans[0][0] : spans[0][1]] if spans else stem
    words = first.split()
    return (" ".join(words[:8]) + (" …" if len(words) > 8 else "")), None


def _with_title(article: Article, title: str) -> Article:
    return replace(article, title=title.strip())


def _from_blocks(blocks: list[tuple[str, bool]], source: str, stem: str, title: str | None) -> Article:
    """Join (text, is_heading) blocks with blank lines into an Article."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    headings: list[int] = []
    offset = 0
    for text, is_heading in blocks:
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        spans.append((offset, offset + len(text)))
        if is_heading:
            headings.append(len(spans) - 1)
        parts.append(text)
        offset += len(text)
    return _article("".join(parts), spans, headings, source, stem, title)


def _article(
    text: str, spans: list[tuple[int, int]], headings: list[int], source: str, stem: str,
    title: str | None = None,
) -> Article:
    """An Article from its text and paragraph spans; the title from the text unless given."""
    title_span = None
    if title is None:
        title, title_span = _title_from(text, spans, headings, stem)
    elif spans and 0 in headings and text[spans[0][0] : spans[0][1]] == title:
        title_span = spans[0]
    return Article(
        title=title,
        text=text,
        source=source,
        stem=stem,
        paragraphs=tuple(spans),
        headings=tuple(headings),
        title_span=title_span,
    )


def _from_markdown(text: str, source: str, stem: str) -> Article:
    import markdown

    html = markdown.markdown(text, extensions=["extra", "sane_lists"])
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    title = next((block for block, heading in parser.blocks if heading), None)
    return _from_blocks(parser.blocks, source, stem, title)


def _from_html(text: str, source: str, stem: str) -> Article:
    parser = _BlockParser()
    parser.feed(text)
    parser.close()
    blocks = parser.main_blocks()
    h1 = next((block for block, level in parser.heading_levels if level == 1), None)
    title = h1 or (re.sub(r"\s+", " ", parser.title).strip() or None)
    if title and blocks and blocks[0][0].strip() != title:
        blocks = [(title, True), *blocks]
    return _from_blocks(blocks, source, stem, title)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


class _BlockParser(HTMLParser):
    """Collects the text of block elements; drops scripts, styles, navigation and forms."""

    SKIP: ClassVar[frozenset[str]] = frozenset({
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template",
        "svg", "button", "select", "iframe", "object", "figure",
    })
    BLOCKS: ClassVar[frozenset[str]] = frozenset({
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
        "td", "th", "div", "section", "article", "main", "br", "tr", "ul", "ol", "table",
    })
    HEADINGS: ClassVar[dict[str, int]] = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, bool]] = []
        self.heading_levels: list[tuple[str, int]] = []
        self.title = ""
        self._skip = 0
        self._in_title = False
        self._buffer: list[str] = []
        self._heading = 0
        self._main_depth = 0
        self._main_blocks: list[tuple[str, bool]] = []
        self._seen_main = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCKS:
            self._flush()
            self._heading = self.HEADINGS.get(tag, 0)
        if tag in ("main", "article"):
            self._main_depth += 1
            self._seen_main = True

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS:
            self._flush()
        if tag in ("main", "article"):
            self._main_depth = max(0, self._main_depth - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        self._buffer = []
        if text:
            block = (text, bool(self._heading))
            self.blocks.append(block)
            if self._main_depth:
                self._main_blocks.append(block)
            if self._heading:
                self.heading_levels.append((text, self._heading))
        self._heading = 0

    def main_blocks(self) -> list[tuple[str, bool]]:
        """The blocks inside <main>/<article> when the page has them, else all blocks."""
        return self._main_blocks if self._seen_main and self._main_blocks else self.blocks

