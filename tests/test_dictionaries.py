"""Obtaining, verifying and installing dictionaries; FreeDict formats; the one-line hint."""

from __future__ import annotations

import base64
import gzip
import hashlib
import http.server
import threading
from functools import partial
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.errors import InputError
from quizgen.extraction import dictionaries
from quizgen.extraction.dictionaries import find_dictionary, install, install_from_url, verify
from quizgen.extraction.glossary import load_glossary

# A few Ding lines written for these tests (same format as trans-de-en, not taken from it).
SMALL_DING = """\
# Version :: test
Haus {n} | Häuser {pl} :: house | houses
Wasser {n} | Wässer {pl} :: water | waters
Hund {m} | Hunde {pl} :: dog | dogs
Buch {n} | Bücher {pl} :: book | books
gehen {vi} | gehend | gegangen :: to go | going | gone
abhängen; abnehmen; herunternehmen {vt} | abhängend | abgehängt :: to take down | taking down | taken down
von einer Sache abhängen {vi} | davon abhängen :: to depend on sth. | to depend on it
über etw. verfügen {vi} :: to have sth. at one's disposal
etw. verfügen; anordnen {vt} :: to decree sth.
"""


@pytest.fixture()
def isolated(tmp_path, monkeypatch):
    """A machine without any dictionary: empty user cache, no system paths."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv(dictionaries.ENV_PATHS, "")
    monkeypatch.delenv(dictionaries.ENV_FILE, raising=False)
    load_glossary.cache_clear()
    yield tmp_path
    load_glossary.cache_clear()


@pytest.fixture()
def server(tmp_path):
    """An HTTP server on 127.0.0.1 serving the files of tmp_path/www."""
    root = tmp_path / "www"
    root.mkdir()
    handler = partial(QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_nothing_found_without_dictionary(isolated, capsys):
    assert find_dictionary() is None
    assert load_glossary(None) is None
    assert main(["dictionary"]) == 0
    assert "quizgen dictionary install" in capsys.readouterr().out


def test_download_verifies_checksum_and_installs_into_user_cache(isolated, server, capsys):
    root, url = server
    packed = gzip.compress(SMALL_DING.encode())
    (root / "de-en.txt.gz").write_bytes(packed)
    (root / "de-en.txt.gz.sha256").write_text(f"{hashlib.sha256(packed).hexdigest()}  de-en.txt.gz\n")
    installed = install_from_url(f"{url}/de-en.txt.gz")
    assert installed.path.parent == isolated / "cache" / "quizgen" / "dictionary"
    assert installed.format == "ding" and installed.origin.endswith("/de-en.txt.gz")
    assert installed.path.read_text(encoding="utf-8") == SMALL_DING  # unpacked
    found = find_dictionary()
    assert found is not None and found.path == installed.path
    assert load_glossary(None).senses("Hund", "NOUN") == ("dog",)
    assert main(["dictionary"]) == 0
    shown = capsys.readouterr().out
    assert str(installed.path) in shown and url in shown


def test_download_with_wrong_checksum_is_refused(isolated, server):
    root, url = server
    (root / "de-en.txt").write_text(SMALL_DING, encoding="utf-8")
    (root / "de-en.txt.sha256").write_text("0" * 64 + "\n")
    with pytest.raises(InputError, match="SHA-256"):
        install_from_url(f"{url}/de-en.txt")
    assert find_dictionary() is None


def test_download_that_is_not_a_dictionary_is_refused(isolated, server):
    root, url = server
    (root / "page.html").write_text("<html><body>Not found :: sorry</body></html>" * 20, encoding="utf-8")
    with pytest.raises(InputError, match="German–English"):
        install_from_url(f"{url}/page.html")
    with pytest.raises(InputError, match="download failed"):
        install_from_url(f"{url}/missing.txt")
    assert find_dictionary() is None


def test_verify_checks_size_and_known_entries(tmp_path):
    tiny = tmp_path / "tiny.txt"
    tiny.write_text("Haus {n} :: house\n", encoding="utf-8")
    with pytest.raises(InputError, match="too small"):
        verify(tiny)
    good = tmp_path / "good.txt"
    good.write_text(SMALL_DING, encoding="utf-8")
    assert verify(good) == "ding"


def test_install_from_path_and_cli(isolated, tmp_path, capsys):
    source = tmp_path / "mine.txt"
    source.write_text(SMALL_DING, encoding="utf-8")
    assert main(["dictionary", "install", str(source)]) == 0
    assert "installed" in capsys.readouterr().err
    assert install(str(source)).origin == str(source.resolve())
    assert main(["dictionary", "install", str(tmp_path / "absent.txt")]) == 3


def test_build_says_once_how_to_get_meanings(isolated, tmp_path, seed_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(seed_path), "-o", str(out), "--formats", "json", "-q"]) == 0
    assert "dictionary" not in capsys.readouterr().err  # -q: nothing
    assert main(["build", str(seed_path), "-o", str(out), "--formats", "json"]) == 0
    err = capsys.readouterr().err
    assert err.count("quizgen dictionary install") == 1


def test_construction_decides_the_sense(isolated, tmp_path):
    path = tmp_path / "ding.txt"
    path.write_text(SMALL_DING, encoding="utf-8")
    glossary = load_glossary(path)
    assert glossary.senses("abhängen", "VERB", context="Das hängt vom Wetter ab.")[0] == "to depend on"
    assert glossary.senses("abhängen", "VERB", context="Er hängt das Bild an der Wand ab.")[0] == "to take down"
    assert glossary.senses("verfügen", "VERB", context="Das Land verfügt über Raketen.")[0] == "to have at disposal"
    assert glossary.senses("verfügen", "VERB", context="Der Kaiser verfügte das Gesetz.")[0] == "to decree"


def _dictd_files(folder: Path) -> Path:
    """A dictd pair in FreeDict's deu-eng layout: a .index and a gzip'd .dict.dz."""
    articles = {
        "abhängen": "abhängen /ˈaphˌɛŋən/ <v, intr>\ndepend <v>\n         Note: on\n\n         Note: von +Dat.\n",
        "abhängen ": "abhängen /ˈaphˌɛŋən/ <v>\ntake down <v>\n   Synonyms: {abnehmen}, {herunternehmen}\n",
        "haus": "Haus /hˈaʊs/ <neut, n, sg>\nhouse <n>\n",
        "hund": "Hund /hˈʊnt/ <masc, n, sg>\ndog <n>, hound <n>\n",
        "wasser": "Wasser /vˈasɜ/ <neut, n, sg>\nwater <n>\n",
        "buch": "Buch /bˈuːx/ <neut, n, sg>\nbook <n>\n",
        # FreeDict's layout: examples in quotes, synonyms, "see:" forms (written for the test)
        "familie": "Familie /famˈiːli̯ə/ <fem, n, sg>\nfamily <n>\n      \"eine große Familie\"  - a large family\n   Synonyms: {Sippe}, {Sippschaft}, {Clan}\n\n see: {Familien}\n",
        "familie ": "Familie /famˈiːli̯ə/ <fem, n, sg>\nhouse <n>\n   Synonym: {Haus}\n\n see: {Häuser}\n",
    }
    data, index = b"", []
    for word, text in articles.items():
        encoded = text.encode()
        index.append(f"{word.strip()}\t{_b64(len(data))}\t{_b64(len(encoded))}")
        data += encoded
    (folder / "freedict-deu-eng.dict.dz").write_bytes(gzip.compress(data))
    path = folder / "freedict-deu-eng.index"
    path.write_text("\n".join(index) + "\n", encoding="utf-8")
    return path


def _b64(number: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    digits = ""
    while True:
        digits = alphabet[number % 64] + digits
        number //= 64
        if not number:
            return digits


def test_freedict_dictd_is_a_second_source(isolated, tmp_path):
    index = _dictd_files(tmp_path)
    assert base64  # the dictd offsets are FreeDict's own base-64 digits, not RFC 4648
    glossary = load_glossary(index)
    assert glossary.senses("Hund", "NOUN")[0] == "dog"
    # "house" is first the sense of its more common synonym Haus; Familie's rarer synonyms take nothing
    assert glossary.senses("Familie", "NOUN")[0] == "family"
    assert glossary.senses("abhängen", "VERB", context="Es hängt davon ab.")[0] == "to depend on"
    assert glossary.senses("abhängen", "VERB", context="Sie hängt die Wäsche ab.")[0] == "to take down"
    installed = install(str(index))
    assert installed.format == "freedict" and (installed.path.parent / "freedict-deu-eng.dict.dz").is_file()


def test_freedict_tei(isolated, tmp_path):
    tei = tmp_path / "deu-eng.tei"
    entries = "".join(
        f'<entry><form><orth>{word}</orth></form><gramGrp><pos>{pos}</pos></gramGrp>'
        f'<sense><cit type="trans"><quote>{english}</quote></cit></sense></entry>'
        for word, pos, english in (
            ("Haus", "n", "house"), ("Hund", "n", "dog"), ("Wasser", "n", "water"), ("gehen", "v", "go"), ("schnell", "adj", "fast")
        )
    )
    tei.write_text(f'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>{entries}</body></text></TEI>', encoding="utf-8")
    glossary = load_glossary(tei)
    assert glossary.senses("gehen", "VERB") == ("to go",)
    assert glossary.senses("schnell", "ADJ") == ("fast",)
    assert verify(tei) == "tei"
