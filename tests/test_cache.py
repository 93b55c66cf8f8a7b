"""The lexicon caches: SQLite tables read on demand, the same values as the sources they copy."""

from __future__ import annotations

import re

import pytest
import wordfreq

from quizgen.cache import Table, older_version, tables
from quizgen.extraction.frequency import zipf_frequency


def _rows() -> dict[str, dict]:
    return {
        "nouns": {"Haus": (("Neut",), "Häuser", False, False, "Hauses"), "Straße": (("Fem",), "Straßen", False, False, "")},
        "names": {"Berlin": "Toponym"},
    }


def test_tables_are_built_once_and_read_back(tmp_path):
    calls = []

    def build():
        calls.append(1)
        return _rows()

    path = tmp_path / "lexicon.sqlite"
    first = tables(path, build)
    second = tables(path, build)
    assert calls == [1]
    assert isinstance(second["nouns"], Table)
    for found in (first, second):
        assert found["nouns"]["Haus"] == (("Neut",), "Häuser", False, False, "Hauses")
        assert found["nouns"].get("Baum") is None
        assert "Straße" in found["nouns"] and "Strasse" not in found["nouns"]
        assert dict(found["names"]) == {"Berlin": "Toponym"}
        assert len(found["nouns"]) == 2
    with pytest.raises(KeyError):
        second["nouns"]["Baum"]


def test_an_unwritable_cache_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")  # fails even for root
    found = tables(blocker / "quizgen" / "lexicon.sqlite", _rows)
    assert found["names"]["Berlin"] == "Toponym"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cache"]


def test_a_corrupt_cache_is_rebuilt(tmp_path):
    path = tmp_path / "lexicon.sqlite"
    path.write_bytes(b"not a database" * 100)
    found = tables(path, _rows)
    assert found["names"]["Berlin"] == "Toponym"


def test_stale_caches_of_the_same_kind_are_removed(tmp_path):
    old = tmp_path / "lexicon-v1.sqlite"
    other = tmp_path / "other-v1.sqlite"
    tables(old, _rows)
    other.write_bytes(b"")
    tables(tmp_path / "lexicon-v2.sqlite", _rows, stale_prefix="lexicon-")
    assert not old.exists() and other.exists()


def test_a_temporary_file_a_killed_build_left_is_removed_only_when_old(tmp_path):
    import os
    import time

    abandoned, running = tmp_path / "lexicon-v1.123.tmp", tmp_path / "lexicon-v1.456.tmp"
    abandoned.write_bytes(b"half a cache")
    running.write_bytes(b"being written")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(abandoned, (two_days_ago, two_days_ago))
    tables(tmp_path / "lexicon-v2.sqlite", _rows, stale_prefix="lexicon-")
    assert not abandoned.exists() and running.exists()


def test_zipf_frequency_is_wordfreqs_own(seed_article):
    words = set(re.findall(r"\w+", seed_article.text)) | {"Straße", "STRASSE", "Kim-Jong", "US-Präsident", "Nord-Süd-Gefälle", "2024", "Raketentests"}
    assert len(words) > 100
    for word in words:
        assert zipf_frequency(word) == wordfreq.zipf_frequency(word, "de"), word
    assert zipf_frequency("Haus") > 5 > zipf_frequency("Interkontinentalrakete")


def test_a_newer_versions_cache_stays(tmp_path):
    """Two quizgen versions side by side (a venv and a system install): the older one must not
    delete the cache the newer one is reading ("unable to open database file")."""
    newer = tmp_path / "lexicon-v3.sqlite"
    tables(newer, _rows)
    tables(tmp_path / "lexicon-v2.sqlite", _rows, stale_prefix="lexicon-")
    assert newer.exists()
    assert older_version(tmp_path / "glossary-v92-abc.sqlite", tmp_path / "glossary-v95-abc.sqlite")
    assert not older_version(tmp_path / "glossary-v95-abc.sqlite", tmp_path / "glossary-v92-def.sqlite")
