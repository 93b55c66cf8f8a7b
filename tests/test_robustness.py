"""Hostile and arbitrary input: everything comes out as text, nothing but quizgen's errors."""

from __future__ import annotations

import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.errors import QuizgenError
from quizgen.exporters.json import material_record
from quizgen.pipeline import build_material, export_material
from quizgen.reading import read_article

NASTY = Path(__file__).parent / "nasty"

HOSTILE = (
    "Die Regierung von Nordkorea hat am Montag neue Raketen getestet. "
    "<script>alert('xss')</script> Der Test fand in der Nähe der Hauptstadt statt.\n"
    "Ein Sprecher sagte: <img src=x onerror=alert(1)> „Wir sind bereit.“ "
    "Die Nachbarländer reagierten mit {{c1::Sorge::Hinweis}} auf die Tests.\n"
    "=HYPERLINK(\"http://example.invalid\") Viele Experten erwarten weitere Tests im nächsten Jahr.\n"
    "Die Vereinigten Staaten und Japan kritisierten das Verhalten der Regierung scharf.\n"
)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def hostile_outputs(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "feindlich.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    # A1: the hostile sentence holds only basic words, and its cards are what must stay escaped
    options = Options(output=folder / "out", formats=("apkg", "html", "json"), level="A1")
    material = build_material(analyze(nlp, read_article(path)), options)
    files = export_material(material, options)
    return material, {file.name: file for file in files}


def test_hostile_markup_never_becomes_markup_in_html(hostile_outputs):
    _, files = hostile_outputs
    for name, path in files.items():
        if not name.endswith(".html"):
            continue
        parsed = elements(path.read_text(encoding="utf-8"))
        assert not [tag for tag, _ in parsed.tags if tag == "img"], name
        for tag, attrs in parsed.tags:
            assert not [key for key in attrs if key.startswith("on")], (name, tag, attrs)
            assert tag != "script" or "src" not in attrs, name
        for script in parsed.scripts:
            assert "alert('xss')" not in script.replace("\\u0027", "'") or "</script" not in script.lower()


def test_hostile_text_is_escaped_in_anki_fields(hostile_outputs):
    material, files = hostile_outputs
    apkg = next(path for name, path in files.items() if name.endswith(".apkg"))
    with zipfile.ZipFile(apkg) as archive:
        names = archive.namelist()
        database = next(name for name in names if name.startswith("collection.anki2"))
        raw = archive.read(database)
    assert b"<script>" not in raw and b"<img" not in raw
    assert b"&lt;script&gt;" in raw  # kept, as text
    for note in material.clozes:
        assert len(re.findall(r"\{\{c\d+::", note.text)) == len(note.answers)
        assert "{{c1::Sorge" not in note.text


def test_hostile_text_stays_text_in_json(hostile_outputs):
    material, _ = hostile_outputs
    record = material_record(material)
    assert any("<script>" in sentence for sentence in record["sentences"])  # kept as text
    json.loads(json.dumps(record))


@pytest.mark.parametrize("path", sorted(p for p in NASTY.iterdir() if p.name != "README.md"), ids=lambda path: path.name)
def test_nasty_corpus_ends_in_output_or_a_quizgen_error(path, nlp, tmp_path):
    """Regression corpus of inputs that once broke something (or could)."""
    try:
        article = read_article(path)
    except QuizgenError as error:
        assert "\n" not in str(error)
        return
    options = Options(output=tmp_path, formats=("json", "html"))
    export_material(build_material(analyze(nlp, article), options), options)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.text(min_size=0, max_size=400))
def test_arbitrary_unicode_never_raises_anything_but_quizgen_errors(nlp, tmp_path, text):
    path = tmp_path / "beliebig.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        article = read_article(path, force=True)
    except QuizgenError:
        return
    material = build_material(analyze(nlp, article), Options(output=tmp_path))
    json.dumps(material_record(material))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            ["Die", "Rakete", "fliegt", "über", "das", "Meer", "und", "Kim", "sagte", "„Nein“",
             "100", "Raketen", ",", ".", "{{c1::x}}", "<b>", "&amp;", "ß", "Übung", "am", "Montag"]
        ),
        min_size=5,
        max_size=40,
    )
)
def test_german_like_word_salad_gives_valid_material(nlp, tmp_path, words):
    path = tmp_path / "salat.txt"
    path.write_text(" ".join(words) + ".", encoding="utf-8")
    try:
        article = read_article(path, force=True)
    except QuizgenError:
        return
    material = build_material(analyze(nlp, article), Options(output=tmp_path))
    for note in material.clozes:
        plain = re.sub(r"\{\{c\d+::(.*?)(::[^}]*)?\}\}", r"\1", note.text)
        assert "{{c" not in plain
