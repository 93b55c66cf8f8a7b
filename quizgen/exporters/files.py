"""Writing output files: all or nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import ExportError


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    A reader never sees a half-written file, and a failure leaves the old file in place.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportError(f"{path.parent}: cannot write here ({error.strerror or error})") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except OSError as error:
        Path(tmp_name).unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write ({error.strerror or error})") from error
    return path


def write_all(files: dict[Path, bytes]) -> list[Path]:
    """Write several files all or nothing: every temporary file first, then the renames.

    A failure while writing (a full disk, a folder that is not writable) removes the
    temporary files and leaves every earlier version of the outputs in place.
    """
    temporaries: list[tuple[str, Path]] = []
    try:
        for path, payload in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temporaries.append((name, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(name, 0o644)
    except OSError as error:
        for name, _ in temporaries:
            Path(name).unlink(missing_ok=True)
        where = temporaries[-1][1] if temporaries else next(iter(files), Path("."))
        raise ExportError(f"{where}: cannot write ({error.strerror or error})") from error
    for name, path in temporaries:
        os.replace(name, path)
    return [path for _, path in temporaries]
