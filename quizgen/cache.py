"""Compact indexes of the lexicons, cached in the user's cache directory (never in the repo).

``$XDG_CACHE_HOME/quizgen`` or ``~/.cache/quizgen``. A cache that cannot be written (a
read-only home) only costs time: the index is then built in memory each run.

Each index is a set of tables (:class:`Table`), read-only mappings kept in an SQLite file (nouns,
glossary, word frequencies, synonyms). A table is opened in a millisecond and reads only the
words an article asks for, so a single-article build does not pay for loading 100,000 entries.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quizgen"


def source_key(path: Path, version: int) -> str:
    """A short key for a cache built from a file: changes with its path, size, time and our format."""
    stat = path.stat()
    return hashlib.sha1(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{version}".encode()).hexdigest()[:16]


class Table(Mapping[str, Any]):
    """A read-only ``str → value`` mapping in one table of an SQLite file, read on demand.

    Values are builtin types (str, numbers, tuples, lists, dicts) stored with ``marshal``;
    each value read is kept in memory, so a word asked for twice is read once. The
    connection is opened on first use in each process (never shared across a fork).
    """

    def __init__(self, path: Path, name: str) -> None:
        self._path = path
        self._name = name
        self._select = f"SELECT value FROM {name} WHERE key = ?"
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._memo: dict[str, Any] = {}

    def _execute(self, sql: str, *parameters: str) -> sqlite3.Cursor:
        if self._connection is None or self._pid != os.getpid():
            self._connection = _connect(self._path)
            self._pid = os.getpid()
        return self._connection.execute(sql, parameters)

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        try:
            value = self._memo[key]
        except KeyError:
            row = self._execute(self._select, key).fetchone()
            value = self._memo[key] = marshal.loads(row[0]) if row else _MISSING
        return default if value is _MISSING else value

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _MISSING) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        return (key for (key,) in self._execute(f"SELECT key FROM {self._name}"))

    def __len__(self) -> int:
        return int(self._execute(f"SELECT count(*) FROM {self._name}").fetchone()[0])


_MISSING = object()


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def tables(
    path: Path, build: Callable[[], dict[str, dict[str, Any]]], stale_prefix: str = ""
) -> dict[str, Mapping[str, Any]]:
    """The named tables cached at ``path``, built with ``build()`` when there is no cache.

    ``build`` returns ``{table name: {key: value}}``. The file is written to a temporary
    name and renamed, so processes running at the same time never see half a cache; when it
    cannot be written at all, the freshly built dicts are used in memory. With
    ``stale_prefix``, older caches of the same kind are removed.
    """
    opened = _open_tables(path)
    if opened is not None:
        return opened
    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.unlink(missing_ok=True)
        connection = sqlite3.connect(temporary)
        with connection:
            for name, rows in built.items():
                connection.execute(f"CREATE TABLE {name} (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
                connection.executemany(
                    f"INSERT INTO {name} VALUES (?, ?)", ((key, marshal.dumps(value)) for key, value in rows.items())
                )
        connection.close()
        os.replace(temporary, path)
        if stale_prefix:
            for stale in path.parent.glob(f"{stale_prefix}*"):
                if stale != path and (_abandoned(stale) if stale.name.endswith(".tmp") else older_version(stale, path)):
                    stale.unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        return dict(built)
    return _open_tables(path) or dict(built)


VERSION = re.compile(r"-v(\d+)")


def older_version(stale: Path, current: Path) -> bool:
    """Is ``stale`` a cache of an older version than ``current`` ("lexicon-v1" beside
    "lexicon-v2")? A newer one stays: another quizgen, installed beside this one, may be
    reading it right now."""
    old, new = VERSION.search(stale.name), VERSION.search(current.name)
    return old is None or new is None or int(old[1]) < int(new[1])


ABANDONED_SECONDS = 24 * 3600  # a temporary cache file this old was left by a process that was killed


def _abandoned(path: Path) -> bool:
    """A temporary cache file no running build can still be writing (left by a killed process)."""
    try:
        return time.time() - path.stat().st_mtime > ABANDONED_SECONDS
    except OSError:
        return False


def _open_tables(path: Path) -> dict[str, Mapping[str, Any]] | None:
    if not path.is_file():
        return None
    try:
        connection = _connect(path)
        names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        connection.close()
    except sqlite3.Error:
        return None
    return {name: Table(path, name) for name in names} or None
