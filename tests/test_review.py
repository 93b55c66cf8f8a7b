"""The review page (<stem>.review.html): the material embedded safely, and in a real headless
Chromium (tests marked ``browser``): untick two questions, edit one prompt, save, render the
saved file, and read the worksheet."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.config import Options
from quizgen.exporters.json import dumps, material_record
from quizgen.exporters.review import review_page
from quizgen.loading import load_material

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]
NASTY = "Wer sagte </script><script>alert(1)</script> & „was“?"


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory, seed_material) -> Path:
    path = tmp_path_factory.mktemp("review") / "nordkorea-raketen.json"
    path.write_text(dumps(material_record(seed_material)), encoding="utf-8")
    return path


def embedded(page: str) -> dict:
    match = re.search(r'<script id="material" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert match
    return json.loads(match.group(1))


def test_the_page_embeds_the_export_and_no_text_escapes_it(seed_json, tmp_path):
    record = json.loads(seed_json.read_text(encoding="utf-8"))
    record["questions"][0]["prompt"] = NASTY
    record["title"] = "<i>Titel</i>"
    edited = tmp_path / "nasty.json"
    edited.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    page = review_page(load_material(edited), Options())
    assert "<script>alert(1)" not in page and "<i>Titel" not in page
    assert "&lt;i&gt;Titel&lt;/i&gt;" in page
    assert page.count("</script>") == 3  # the two data blocks and the page's own script
    data = embedded(page)
    assert data["questions"][0]["prompt"] == NASTY and data["title"] == "<i>Titel</i>"
    assert data == json.loads(dumps(material_record(load_material(edited))))
    assert "http" not in page.split("<script>", 1)[0].replace("http-equiv", "")  # nothing loaded from the web


def test_review_command_and_build_flag_write_the_page(seed_json, seed_path, tmp_path):
    assert main(["review", "-q", str(seed_json), "-o", str(tmp_path / "a")]) == 0
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["nordkorea-raketen.review.html"]
    assert main(["build", "-q", "--model", "offline", "--formats", "html", "--review", str(seed_path), "-o", str(tmp_path / "b")]) == 0
    names = sorted(p.name for p in (tmp_path / "b").iterdir())
    assert "nordkorea-raketen.review.html" in names and "nordkorea-raketen.worksheet.html" in names


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_untick_two_edit_one_save_and_render(seed_json, tmp_path):
    record = json.loads(seed_json.read_text(encoding="utf-8"))
    assert main(["review", "-q", str(seed_json), "-o", str(tmp_path)]) == 0
    page = tmp_path / "nordkorea-raketen.review.html"
    questions = record["questions"]
    dropped = [q for q in questions if q["type"] in ("wh", "true_false", "multiple_choice")][:2]
    edited = next(q for q in questions if q["type"] == "wh" and q not in dropped)
    new_prompt = "Was forderte Kim Jong Un <laut KCNA> & warum?"
    script = (
        "document.getElementById('f').onload=function(){var d=this.contentDocument;"
        + "".join(f"d.getElementById('keep-{q['id']}').click();" for q in dropped)
        + f"var p=d.getElementById('prompt-{edited['id']}');p.value={json.dumps(new_prompt)};"
        "p.dispatchEvent(new Event('input'));"
        "d.getElementById('save').click();"
        "var a=d.getElementById('download');"
        "document.getElementById('out').textContent='LINK='+a.href.slice(0,5)+' '+a.download+' STATUS='"
        "+d.getElementById('status').textContent+' SAVED='+d.getElementById('saved').value;};"
    )
    home = tmp_path / "home"  # Chromium saves downloads into $HOME/Downloads
    home.mkdir()
    harness = tmp_path / "harness.html"
    harness.write_text(f"<!DOCTYPE html><html><body><iframe id=f src='{page.as_uri()}'></iframe><pre id=out></pre>"
                       f"<script>{script}</script></body></html>", encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--allow-file-access-from-files",
         "--virtual-time-budget=5000", "--dump-dom", harness.as_uri()],
        capture_output=True, text=True, timeout=120, check=False, env={**os.environ, "HOME": str(home)}).stdout
    match = re.search(r"<pre id=\"out\">(.*?)</pre>", dom, re.DOTALL)
    assert match, dom[-800:]
    out = html.unescape(match.group(1))
    assert out.startswith("LINK=blob: nordkorea-raketen.json STATUS=Gespeichert: "), out[:300]
    saved = json.loads(out.split(" SAVED=", 1)[1])
    assert len(saved["questions"]) == len(questions) - 2
    assert not {q["id"] for q in dropped} & {q["id"] for q in saved["questions"]}
    assert next(q for q in saved["questions"] if q["id"] == edited["id"])["prompt"] == new_prompt
    downloaded = home / "Downloads" / "nordkorea-raketen.json"  # the Blob link really downloads
    assert downloaded.is_file() and json.loads(downloaded.read_text(encoding="utf-8")) == saved
    saved_file = tmp_path / "nordkorea-raketen (1).json"  # as a browser names a second download
    shutil.copy(downloaded, saved_file)
    assert main(["render", "-q", str(saved_file), "-o", str(tmp_path / "out"), "--formats", "html,apkg"]) == 0
    sheet = (tmp_path / "out" / "nordkorea-raketen.worksheet.html").read_text(encoding="utf-8")
    assert html.escape(new_prompt, quote=False) in sheet and "<laut KCNA>" not in sheet
    for question in dropped:
        assert html.escape(question["prompt"].split("? ")[-1], quote=False) not in sheet
    kept = [q for q in questions if q not in dropped and q is not edited and q["type"] in ("wh", "true_false")]
    for question in kept:
        assert html.escape(question["prompt"], quote=False) in sheet
