"""Compact indexes of the lexicons, cached in the user's cache directory (never in the repo).

``$XDG_CACHE_HOME/quizgen`` or ``~/.cache/quizgen``. A cache that cannot be written (a
read-only home) only costs time: the index is then built in memory each run.
"""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quizgen"


def load(path: Path) -> Any | None:
    """The cached object, or None when there is none (or it is unreadable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    enabled = gc.isenabled()
    gc.disable()  # unpickling large dicts triggers many useless collections: twice as fast
    try:
        return pickle.loads(data)
    except (pickle.PickleError, EOFError, AttributeError, TypeError, ValueError):
        return None
    finally:
        if enabled:
            gc.enable()


def store(path: Path, value: Any, stale_prefix: str = "") -> None:
    """Write atomically; with ``stale_prefix``, remove older caches of the same kind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        if stale_prefix:
            for stale in path.parent.glob(f"{stale_prefix}*.pickle"):
                if stale != path:
                    stale.unlink(missing_ok=True)
    except OSError:
        pass
