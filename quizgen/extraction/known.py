"""Known-word lists (``--known FILE``): words the learner already knows are left out.

Accepted: one lemma per line ("Rakete", "die Rakete", "auffordern"), or an Anki text export
of notes (tab-separated, the first field the word; ``#`` header lines; HTML is stripped).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

from ..errors import InputError

_TAGS = re.compile(r"<[^>]+>")
_ARTICLE = re.compile(r"^(der|die|das|sich)\s+", re.IGNORECASE)


@lru_cache(maxsize=8)
def load_known(path: Path) -> frozenset[str]:
    if not path.is_file():
        raise InputError(f"{path}: known-words file not found")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: known-words file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}:1: not a text file (expected one word per line)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        where = data[: error.start].count(b"\n") + 1
        raise InputError(f"{path}:{where}: not UTF-8 text") from error
    words: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        field = html.unescape(_TAGS.sub("", line.split("\t")[0])).strip()
        field = _ARTICLE.sub("", field).split(",")[0].strip()
        if not field or len(field.split()) > 4 or not any(char.isalpha() for char in field):
            raise InputError(f"{path}:{number}: expected a word, got {line[:60]!r}")
        words.add(field)
        words.add(field.lower())
    if not words:
        raise InputError(f"{path}: no words in it")
    return frozenset(words)
