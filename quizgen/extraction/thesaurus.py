"""German synonyms from OpenThesaurus (LGPL 2.1), read at run time where Debian installs it.

``apt install openthesaurus-de-text`` puts one synonym set per line in
``/usr/share/openthesaurus-de/openthesaurus.txt``: ``Gegend;Areal;Gebiet;Territorium;Raum``,
with register notes in brackets (``Ecke (ugs.)``). quizgen uses it for one thing: a wrong
option or an extra word in a word box must never be a synonym of the right answer (Gebiet for
Gegend would make two options right). Without the file nothing is filtered. The data is never
copied into the repository; the parsed index is cached in the user's cache like the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from ..cache import cache_dir, source_key, tables

THESAURUS_PATHS = (Path("/usr/share/openthesaurus-de/openthesaurus.txt"),)
INDEX_VERSION = 1
_NOTE = re.compile(r"\([^)]*\)")


class Thesaurus:
    def __init__(self, index: Mapping[str, list[str]]) -> None:
        self._index = index

    def synonyms(self, word: str) -> frozenset[str]:
        """The single-word synonyms of a word, over all its senses."""
        return frozenset(self._index.get(word, ()))

    def are_synonyms(self, first: str, second: str) -> bool:
        return first != second and (second in self.synonyms(first) or first in self.synonyms(second))


def _parse(path: Path) -> dict[str, dict[str, list[str]]]:
    synonyms: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            words = {_NOTE.sub("", entry).strip() for entry in line.rstrip("\n").split(";")}
            words = {word for word in words if word and " " not in word}
            for word in words:
                synonyms.setdefault(word, set()).update(words - {word})
    return {"synonyms": {word: sorted(others) for word, others in synonyms.items() if others}}


def default_thesaurus() -> Path | None:
    return next((path for path in THESAURUS_PATHS if path.is_file()), None)


@lru_cache(maxsize=4)
def load_thesaurus(path: Path | None = None) -> Thesaurus:
    """The thesaurus at ``path`` or Debian's; an empty one when none is installed."""
    path = path or default_thesaurus()
    if path is None:
        return Thesaurus({})
    key = source_key(path, INDEX_VERSION)
    found = tables(cache_dir() / f"thesaurus-v{INDEX_VERSION}-{key}.sqlite", lambda: _parse(path), stale_prefix="thesaurus-")
    return Thesaurus(found.get("synonyms", {}))
