"""Where the German–English dictionary comes from: find, fetch, verify and install it.

The dictionary is never part of the repository or the package (Ding is GPL). It is found, in
this order:

1. ``$QUIZGEN_DICTIONARY`` (a file; ``none`` turns glosses off),
2. the one installed into the user cache (``$XDG_CACHE_HOME/quizgen/dictionary/``) by
   ``quizgen dictionary install``, with a record of where it came from,
3. a system-wide one: Debian's ``trans-de-en`` (Ding) or ``dict-freedict-deu-eng`` (dictd),
   searched in ``$QUIZGEN_DICTIONARY_PATHS`` instead when that is set (tests point it
   elsewhere to see the machine without one).

Installing needs no root: ``apt-get download`` fetches Debian's package (apt checks it
against the signed archive index, and we compare its SHA-256 with ``apt-cache show``), and
``dpkg-deb -x`` unpacks it into a temporary folder. Elsewhere the file comes from a path or a
URL (Ding's own site publishes ``de-en.txt.gz``). Every candidate is verified before it is
kept: a minimum size, the format (Ding ``Wort {n} :: word``, FreeDict dictd ``.index`` +
``.dict[.dz]``, FreeDict TEI, or ``word<TAB>gloss`` TSV), a few everyday entries that any
German–English dictionary has, and a SHA-256 checksum when the source publishes one.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import json
import lzma
import os
import shutil
import subprocess
import tempfile
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

from ..cache import cache_dir
from ..errors import InputError

ENV_FILE = "QUIZGEN_DICTIONARY"
ENV_PATHS = "QUIZGEN_DICTIONARY_PATHS"
SYSTEM_PATHS = (
    Path("/usr/share/trans/de-en"),
    Path("/usr/share/dictd/freedict-deu-eng.index"),
    Path("/usr/share/dict/de-en.txt"),
)
DEBIAN_PACKAGES = {  # package → the dictionary file inside it
    "trans-de-en": "usr/share/trans/de-en",
    "dict-freedict-deu-eng": "usr/share/dictd/freedict-deu-eng.index",
}
DING_URL = "https://ftp.tu-chemnitz.de/pub/Local/urz/ding/de-en/de-en.txt.gz"
HINT = (
    "no German–English dictionary: vocabulary has no English meanings; "
    "run 'quizgen dictionary install' (fetches Debian's trans-de-en) or pass --dictionary FILE"
)
MAX_DOWNLOAD = 300 * 2**20  # bytes; Ding is 25 MB unpacked, 7 MB packed
MIN_SIZE = 200  # bytes: anything smaller is not a dictionary
# Everyday words every German–English dictionary has, with a word their glosses contain.
KNOWN_ENTRIES = {"Haus": "house", "Wasser": "water", "Hund": "dog", "Buch": "book", "gehen": "go", "Kind": "child"}
MIN_KNOWN = 3


@dataclass(frozen=True, slots=True)
class Dictionary:
    """A dictionary file and where it came from (shown by ``quizgen dictionary``)."""

    path: Path
    format: str  # "ding", "freedict", "tei" or "tsv"
    origin: str  # "Debian package trans-de-en 1.9-6", "https://…", "/usr/share/trans/de-en (system)"
    sha256: str = ""


def store_dir() -> Path:
    """The user-cache folder that holds an installed dictionary and its record."""
    return cache_dir() / "dictionary"


def find_dictionary() -> Dictionary | None:
    """The dictionary quizgen uses when ``--dictionary`` is not given; None when there is none."""
    explicit = os.environ.get(ENV_FILE)
    if explicit is not None:
        if explicit.strip().lower() in ("", "none", "off"):
            return None
        path = Path(explicit)
        return Dictionary(path, detect_format(path), f"${ENV_FILE}")
    installed = _installed()
    if installed is not None:
        return installed
    for path in _system_paths():
        if path.is_file():
            return Dictionary(path, detect_format(path), f"{path} (installed system-wide)")
    return None


def _system_paths() -> tuple[Path, ...]:
    value = os.environ.get(ENV_PATHS)
    if value is None:
        return SYSTEM_PATHS
    return tuple(Path(part) for part in value.split(os.pathsep) if part)


def _installed() -> Dictionary | None:
    record = store_dir() / "installed.json"
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        found = Dictionary(Path(data["path"]), data["format"], data["origin"], data.get("sha256", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if found.path.is_file() else None


def detect_format(path: Path) -> str:
    """The dictionary format of a file, from its name and first bytes; InputError if none fits."""
    if path.name.endswith(".index"):
        if not _dictd_data(path):
            raise InputError(f"{path}: dictd index without its .dict or .dict.dz beside it")
        return "freedict"
    try:
        with path.open("rb") as handle:
            head = handle.read(20000).decode("utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"{path}: cannot read dictionary ({error.strerror})") from error
    if "<TEI" in head or "<entry" in head:
        return "tei"
    if " :: " in head:
        return "ding"
    if "\t" in head:
        return "tsv"
    raise InputError(
        f"{path}: unknown dictionary format (expected Ding 'Wort :: word', TSV 'Wort<TAB>word', "
        "a dictd .index or a FreeDict TEI file)"
    )


def _dictd_data(index: Path) -> Path | None:
    stem = index.with_suffix("")
    for suffix in (".dict.dz", ".dict"):
        candidate = stem.with_name(stem.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def verify(path: Path, minimum_size: int = MIN_SIZE) -> str:
    """Check a candidate dictionary file: size, format, everyday entries. Returns the format."""
    if not path.is_file():
        raise InputError(f"{path}: dictionary not found")
    data = _dictd_data(path) if path.name.endswith(".index") else None
    size = path.stat().st_size + (data.stat().st_size if data else 0)
    if size < minimum_size:
        raise InputError(f"{path}: {size} bytes is too small for a dictionary (at least {minimum_size})")
    kind = detect_format(path)
    from .glossary import read_index  # the parsers live with the glossary

    index = read_index(path, kind, only=frozenset(KNOWN_ENTRIES))
    found = [
        lemma for lemma, english in KNOWN_ENTRIES.items()
        if any(english in gloss for pos in ("NOUN", "VERB") for gloss, *_ in index.get(f"{lemma}\t{pos}", ()))
    ]
    if len(found) < MIN_KNOWN:
        raise InputError(
            f"{path}: does not look like a German–English dictionary "
            f"({len(found)} of the everyday entries {', '.join(KNOWN_ENTRIES)} found, {MIN_KNOWN} needed)"
        )
    return kind


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def install_file(source: Path, origin: str, expected_sha256: str = "") -> Dictionary:
    """Verify ``source`` (unpacking .gz/.xz/.bz2) and copy it into the user cache."""
    if expected_sha256 and sha256_of(source) != expected_sha256.lower():
        raise InputError(f"{source}: SHA-256 {sha256_of(source)} does not match the published {expected_sha256}")
    with tempfile.TemporaryDirectory(prefix="quizgen-dict-") as work:
        plain = _unpacked(source, Path(work))
        kind = verify(plain)
        target_dir = store_dir()
        target_dir.mkdir(parents=True, exist_ok=True)
        for old in target_dir.iterdir():
            if old.name != "installed.json":
                old.unlink()
        name = plain.name if kind == "freedict" else {"ding": "de-en.txt", "tsv": "de-en.tsv", "tei": "de-en.tei"}[kind]
        target = target_dir / name
        shutil.copyfile(plain, target)
        if kind == "freedict":
            data = _dictd_data(plain)
            assert data is not None  # checked by detect_format
            shutil.copyfile(data, target_dir / data.name)
    found = Dictionary(target, kind, origin, sha256_of(target))
    temporary = target_dir / "installed.json.tmp"
    record = {**asdict(found), "path": str(target)}
    temporary.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, target_dir / "installed.json")
    return found


def _unpacked(source: Path, work: Path) -> Path:
    """The plain dictionary file of ``source``: itself, or decompressed into ``work``."""
    with source.open("rb") as handle:
        magic = handle.read(6)
    openers = {b"\x1f\x8b": gzip.open, b"BZh": bz2.open, b"\xfd7zXZ": lzma.open}
    opener = next((opener for prefix, opener in openers.items() if magic.startswith(prefix)), None)
    if opener is None or source.name.endswith(".dict.dz"):
        return source
    name = source.name
    for suffix in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(suffix)
    target = work / (name or "dictionary")
    try:
        with opener(source, "rb") as packed, target.open("wb") as plain:  # type: ignore[operator]
            shutil.copyfileobj(packed, plain)
    except (OSError, EOFError, lzma.LZMAError) as error:
        raise InputError(f"{source}: cannot unpack ({error})") from error
    return target


def install_from_url(url: str, expected_sha256: str = "", timeout: float = 60.0) -> Dictionary:
    """Download a dictionary (and its published ``.sha256`` when there is one), verify, install."""
    if not url.startswith(("http://", "https://")):
        raise InputError(f"{url}: only http:// and https:// URLs can be installed")
    expected = expected_sha256 or _published_checksum(url, timeout)
    with tempfile.TemporaryDirectory(prefix="quizgen-download-") as work:
        target = Path(work) / (url.rstrip("/").rsplit("/", 1)[-1] or "dictionary")
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response, target.open("wb") as out:
                copied = 0
                while block := response.read(1 << 16):
                    copied += len(block)
                    if copied > MAX_DOWNLOAD:
                        raise InputError(f"{url}: larger than {MAX_DOWNLOAD // 2**20} MB, not a dictionary")
                    out.write(block)
        except OSError as error:
            raise InputError(f"{url}: download failed ({getattr(error, 'reason', error)})") from error
        return install_file(target, url, expected)


def _published_checksum(url: str, timeout: float) -> str:
    """The SHA-256 the site publishes beside the file (``URL.sha256``), or '' when there is none."""
    try:
        with urllib.request.urlopen(url + ".sha256", timeout=timeout) as response:
            text = response.read(4096).decode("ascii", errors="replace")
    except (OSError, ValueError):
        return ""
    word = text.split()[0] if text.split() else ""
    return word.lower() if len(word) == 64 and all(c in "0123456789abcdefABCDEF" for c in word) else ""


def install_from_debian(package: str = "trans-de-en") -> Dictionary:
    """Fetch Debian's package with ``apt-get download`` (no root), unpack it, verify, install."""
    if package not in DEBIAN_PACKAGES:
        raise InputError(f"{package}: not a known dictionary package ({', '.join(DEBIAN_PACKAGES)})")
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        raise InputError("apt-get and dpkg-deb are needed to fetch Debian's dictionary; pass a path or URL instead")
    with tempfile.TemporaryDirectory(prefix="quizgen-apt-") as work:
        folder = Path(work)
        done = subprocess.run(
            ["apt-get", "download", package], cwd=folder, capture_output=True, text=True, timeout=600, check=False
        )
        debs = sorted(folder.glob(f"{package}_*.deb"))
        if done.returncode != 0 or not debs:
            reason = (done.stderr.strip().splitlines() or ["no package file"])[-1]
            raise InputError(f"apt-get download {package} failed: {reason}")
        deb = debs[0]
        expected = _apt_sha256(package, deb.name.split("_")[1])
        if expected and sha256_of(deb) != expected:
            raise InputError(f"{deb.name}: SHA-256 does not match the archive index")
        subprocess.run(["dpkg-deb", "-x", str(deb), str(folder / "root")], check=True, capture_output=True, timeout=300)
        version = deb.name.split("_")[1]
        return install_file(folder / "root" / DEBIAN_PACKAGES[package], f"Debian package {package} {version}")


def _apt_sha256(package: str, version: str) -> str:
    """The package's SHA-256 in apt's (signed) index, or '' when apt-cache cannot say."""
    try:
        shown = subprocess.run(
            ["apt-cache", "show", f"{package}={version.replace('%3a', ':')}"],
            capture_output=True, text=True, timeout=60, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    return next((line.split()[1] for line in shown.splitlines() if line.startswith("SHA256:")), "")


def install(source: str) -> Dictionary:
    """Install from a path, a URL, ``debian`` / a Debian package name, or ``ding`` (Ding's site)."""
    if source in ("", "debian", "auto"):
        return install_from_debian("trans-de-en")
    if source in DEBIAN_PACKAGES:
        return install_from_debian(source)
    if source == "ding":
        return install_from_url(DING_URL)
    if source.startswith(("http://", "https://")):
        return install_from_url(source)
    path = Path(source).expanduser()
    if not path.is_file():
        raise InputError(f"{source}: no such file (give a dictionary file, a URL, 'debian' or 'ding')")
    return install_file(path.resolve(), str(path.resolve()))


def describe(found: Dictionary | None) -> str:
    """What ``quizgen dictionary`` prints: the dictionary in use and where it came from."""
    if found is None:
        return HINT
    lines = [f"dictionary: {found.path} ({found.format})", f"source: {found.origin}"]
    if found.sha256:
        lines.append(f"sha256: {found.sha256}")
    return "\n".join(lines)
