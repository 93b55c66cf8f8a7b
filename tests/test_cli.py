"""The command line as a user meets it: builds, exit codes, one-line errors, no half files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from quizgen import __version__
from quizgen.cli import main
from quizgen.errors import ExitStatus

FAST = ["--model", "offline", "-q"]
ARTICLE = (
    "Der Hafen von Hamburg\n"
    "Die Stadt Hamburg liegt im Norden von Deutschland. Sie hat einen großen Hafen, in dem "
    "jeden Tag viele Schiffe aus China und den USA ankommen. Im Jahr 2023 kamen mehr als "
    "7000 Schiffe nach Hamburg. Der Bürgermeister Peter Tschentscher sagte am Montag, der "
    "Hafen sei wichtig für die ganze Region. Die Elbe fließt durch die Stadt und verbindet "
    "den Hafen mit der Nordsee. Viele Menschen arbeiten im Hafen oder in den Firmen, die "
    "Waren aus aller Welt verkaufen.\n"
)


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        main(["build", "--help"])
    assert caught.value.code == 0
    assert "--formats" in capsys.readouterr().out


def test_python_dash_m_runs():
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and __version__ in result.stdout


def test_build_seed_writes_every_default_file(capsys, tmp_path, seed_path):
    status, _, err = run(capsys, "build", str(seed_path), "-o", str(tmp_path), *FAST)
    assert status == 0, err
    names = sorted(path.name for path in tmp_path.iterdir())
    stem = "nordkorea-raketen"
    for suffix in (".apkg", ".worksheet.html", ".answers.html", ".json"):
        assert f"{stem}{suffix}" in names
    assert not [name for name in names if name.endswith(".tmp")]
    data = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
    for key in ("title", "source", "sentences", "vocabulary", "cloze", "questions"):
        assert key in data
    assert len(data["sentences"]) >= 12
    assert data["vocabulary"] and data["cloze"] and data["questions"]
    for item in data["vocabulary"]:
        assert {"lemma", "pos", "article", "plural", "gloss", "level", "count", "example", "sentence"} <= set(item)
    for note in data["cloze"]:
        assert {"text", "answers", "sentence"} <= set(note) and "{{c1::" in note["text"]
    for question in data["questions"]:
        assert {"id", "type", "prompt", "options", "answer", "sentence", "evidence", "explanation"} <= set(question)


def test_same_input_and_options_give_the_same_json(capsys, tmp_path, seed_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        status, _, err = run(capsys, "build", str(seed_path), "-o", str(folder), "--formats", "json", "--seed", "7", *FAST)
        assert status == 0, err
    assert (first / "nordkorea-raketen.json").read_bytes() == (second / "nordkorea-raketen.json").read_bytes()


def test_analyze_jsonl_offsets_point_into_the_text(capsys, seed_path, seed_article):
    status, out, err = run(capsys, "analyze", str(seed_path), "--format", "jsonl", *FAST)
    assert status == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) >= 12
    for sentence in lines:
        assert seed_article.text[sentence["start"] : sentence["end"]] == sentence["text"]
        for token in sentence["tokens"]:
            assert seed_article.text[token["start"] : token["end"]] == token["text"]
            assert {"i", "lemma", "pos", "tag", "morph"} <= set(token)
        for entity in sentence["entities"]:
            assert seed_article.text[entity["start"] : entity["end"]] == entity["text"]


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["build", "nirgends.txt"], ExitStatus.INPUT, "nirgends.txt: no such file"),
        (["build", "SEED", "--formats", "apkg,docx"], ExitStatus.USAGE, "unknown format docx"),
        (["build", "SEED", "--questions", "-1", "--level", "D1"], ExitStatus.USAGE, "unknown level"),
        (["build", "SEED", "--tf-choices", "4"], ExitStatus.USAGE, "--tf-choices must be 2 or 3, not 4"),
    ],
)
def test_errors_are_one_line_with_a_status_per_kind(capsys, tmp_path, seed_path, args, status, message):
    args = [str(seed_path) if arg == "SEED" else arg for arg in args]
    if args[0] == "build":
        args += ["-o", str(tmp_path / "out")]
    code, _, err = run(capsys, *args, *FAST)
    assert code == status
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_usage_errors_are_reported_together(capsys, seed_path, tmp_path):
    code, _, err = run(capsys, "build", str(seed_path), "--questions", "-1", "--level", "D1", "-o", str(tmp_path), *FAST)
    assert code == ExitStatus.USAGE
    assert "unknown level" in err and "--questions" in err


def test_output_path_that_is_a_file_is_refused(capsys, tmp_path, seed_path):
    target = tmp_path / "datei"
    target.write_text("meins", encoding="utf-8")
    code, _, err = run(capsys, "build", str(seed_path), "-o", str(target), *FAST)
    assert code == ExitStatus.OUTPUT and "is a file" in err
    assert target.read_text(encoding="utf-8") == "meins"


def test_unwritable_output_is_refused(capsys, seed_path):
    code, _, err = run(capsys, "build", str(seed_path), "-o", "/proc/quizgen-output", *FAST)
    assert code == ExitStatus.OUTPUT and "/proc/quizgen-output" in err and "Traceback" not in err


def test_batch_goes_on_after_a_bad_article_and_reports_it(capsys, tmp_path, seed_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "hafen.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(seed_path, articles / "nordkorea.txt")
    (articles / "leer.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(articles), "-o", str(out), "--formats", "json,html", "--model", "offline")
    assert code == ExitStatus.INPUT
    assert "leer.txt: only whitespace" in err
    assert "2 articles (1 failed)" in err
    names = {path.name for path in out.iterdir()}
    assert {"hafen.json", "nordkorea.json", "hafen.worksheet.html"} <= names
    assert not [name for name in names if name.startswith("leer")]


def test_folder_without_articles_is_an_input_error(capsys, tmp_path):
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    code, _, err = run(capsys, "build", str(tmp_path), "-o", str(tmp_path / "out"), *FAST)
    assert code == ExitStatus.INPUT and "no articles in this folder" in err


def test_parallel_jobs_give_the_same_output_as_one_process(capsys, tmp_path, seed_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "hafen.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(seed_path, articles / "nordkorea.txt")
    (articles / "kopie.txt").write_text(ARTICLE.replace("Hamburg", "Bremen"), encoding="utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, _, err = run(capsys, "build", str(articles), "-o", str(out), "--formats", "json", "-j", jobs, *FAST)
        assert code == 0, err
        outputs[jobs] = {path.name: path.read_bytes() for path in out.iterdir()}
    assert outputs["1"] == outputs["2"] and len(outputs["1"]) == 3


def test_book_length_input_is_refused_with_the_limit(capsys, tmp_path):
    book = tmp_path / "buch.txt"
    book.write_text("Die Rakete fliegt über das Meer. " * 80_000, encoding="utf-8")
    code, _, err = run(capsys, "build", str(book), "-o", str(tmp_path / "out"), *FAST)
    assert code == ExitStatus.INPUT and "too long" in err and "MB" in err


def test_full_disk_leaves_nothing_behind(capsys, tmp_path, seed_path):
    """A 64 kB tmpfs stands in for a full disk (needs root; skipped elsewhere)."""
    target = tmp_path / "voll"
    target.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        code, _, err = run(capsys, "build", str(seed_path), "-o", str(target), *FAST)
        assert code == ExitStatus.OUTPUT and "No space left on device" in err
        assert list(target.iterdir()) == []
    finally:
        subprocess.run(["umount", str(target)], check=False)


def test_a_text_too_short_for_questions_gets_a_warning_not_an_error(capsys, tmp_path):
    article = tmp_path / "kurz.txt"
    article.write_text("Sie ist heute zu Hause.\n", encoding="utf-8")
    code, _, err = run(capsys, "build", str(article), "-o", str(tmp_path / "out"), "--model", "offline")
    assert code == ExitStatus.OK
    assert f"quizgen: warning: {article}: no questions" in err or f"quizgen: warning: {article}: only " in err
    assert (tmp_path / "out" / "kurz.worksheet.html").is_file()
    assert not (tmp_path / "out" / "kurz.apkg").exists()  # nothing for a deck beside the worksheet
    code, _, err = run(capsys, "build", str(article), "-o", str(tmp_path / "alone"), "--model", "offline", "--formats", "apkg")
    assert code != ExitStatus.OK and "nothing to put into an Anki deck" in err  # asked for alone: refused, with why
    assert not (tmp_path / "alone" / "kurz.apkg").exists()
    code, _, err = run(capsys, "build", str(article), "-o", str(tmp_path / "out"), *FAST)
    assert code == ExitStatus.OK and err == ""


def test_a_type_the_text_cannot_give_is_named(capsys, tmp_path, seed_path):
    code, _, err = run(capsys, "build", str(seed_path), "-o", str(tmp_path), "--model", "offline", "--types", "ordering,wh")
    assert code == ExitStatus.OK
    assert "none of type ordering" in err  # a news report that does not narrate: no sequencing task
    code, _, err = run(capsys, "build", str(seed_path), "-o", str(tmp_path), "--model", "offline", "--formats", "json")
    assert "warning" not in err  # the full default set: fewer of one type is no reason to warn
