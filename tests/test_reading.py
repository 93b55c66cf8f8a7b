"""Reading articles: formats, titles, paragraphs, encodings and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.errors import InputError
from quizgen.language import guess_language
from quizgen.reading import read_article, slug

GERMAN = (
    "Die Stadt Hamburg liegt im Norden von Deutschland. Sie hat einen großen Hafen, "
    "in dem jeden Tag viele Schiffe ankommen. Die Elbe fließt durch die Stadt."
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def paragraphs(article) -> list[str]:
    return list(article.paragraph_texts())


def test_seed_article_lines_are_paragraphs_and_the_subheading_is_a_heading(seed_article):
    texts = paragraphs(seed_article)
    assert len(texts) == 11
    assert texts[5] == "Besorgnis der USA über nordkoreanische Waffen"
    assert seed_article.headings == (5,)
    assert texts[0].startswith("Der Aufruf von Kim Jong Un")
    # the first line is a sentence, not a headline: the title comes from the file name
    assert seed_article.title == "Nordkorea Raketen"
    assert seed_article.title_span is None


def test_offsets_point_into_the_file_text(tmp_path):
    text = "Ein Titel\n\n== Erster Teil ==\nDer Hund bellt laut.\nDie Katze schläft.\n"
    article = read_article(write(tmp_path, "tiere.txt", text))
    assert len(article.text) == len(text)
    assert paragraphs(article) == [
        "Ein Titel",
        "Erster Teil",
        "Der Hund bellt laut.\nDie Katze schläft.",
    ]
    assert article.headings == (0, 1)
    assert article.title == "Ein Titel"
    assert "==" not in article.text


def test_markdown_heading_is_the_title_and_formatting_is_dropped(tmp_path):
    text = "# Der Hafen\n\nDie **Stadt** Hamburg hat einen *großen* Hafen.\n\n- Viele Schiffe kommen an.\n"
    article = read_article(write(tmp_path, "hafen.md", text))
    assert article.title == "Der Hafen"
    assert paragraphs(article) == [
        "Der Hafen",
        "Die Stadt Hamburg hat einen großen Hafen.",
        "Viele Schiffe kommen an.",
    ]
    assert "*" not in article.text


def test_a_text_file_opening_with_a_markdown_title_is_read_as_markdown(tmp_path):
    text = "# Zweiter Golfkrieg\n\nVon irakischer Seite wurden R-17-Raketen eingesetzt. Es wurden Raketen abgefeuert.\n"
    article = read_article(write(tmp_path, "golfkrieg.txt", text))
    assert article.title == "Zweiter Golfkrieg"
    assert "#" not in article.text
    # a hash inside the text, or one without a space after it, leaves a plain text plain
    plain = read_article(write(tmp_path, "tags.txt", "#Hashtag Die Stadt Hamburg hat einen großen Hafen. Viele Schiffe kommen an.\n"))
    assert plain.text.startswith("#Hashtag")


def test_html_keeps_the_main_text_and_drops_scripts_and_navigation(tmp_path):
    html = """<!doctype html><html><head><title>Seite</title><script>alert('x')</script></head>
    <body><nav><a href="/">Startseite</a> Menü</nav>
    <main><h1>Der Hafen von Hamburg</h1><p>Die Stadt Hamburg hat einen großen Hafen.</p>
    <p onclick="evil()">Jeden Tag kommen viele Schiffe an.<script>document.write('böse')</script></p></main>
    <footer>Impressum</footer></body></html>"""
    article = read_article(write(tmp_path, "hafen.html", html))
    assert article.title == "Der Hafen von Hamburg"
    assert paragraphs(article) == [
        "Der Hafen von Hamburg",
        "Die Stadt Hamburg hat einen großen Hafen.",
        "Jeden Tag kommen viele Schiffe an.",
    ]
    for unwanted in ("alert", "Startseite", "Impressum", "böse", "evil"):
        assert unwanted not in article.text


def test_windows_1252_file_is_decoded(tmp_path):
    article = read_article(write(tmp_path, "alt.txt", GERMAN.encode("cp1252")))
    assert "großen" in article.text and "fließt" in article.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t \n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (bytes(range(256)) * 4, "binary"),
        ("Ja, gut.", "too short"),
        (
            ("The city of Hamburg is in the north of Germany and it has a large port where "
             "many ships arrive every day, and the river flows through the city."),
            "looks like English",
        ),
    ],
)
def test_bad_input_is_refused_with_one_line_naming_the_file(tmp_path, content, message):
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    text = str(caught.value)
    assert message in text and str(path) in text and "\n" not in text


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nirgends.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)


def test_force_reads_text_in_another_language(tmp_path):
    english = "The city of Hamburg is in the north of Germany and it has a large port where many ships arrive."
    article = read_article(write(tmp_path, "en.txt", english), force=True)
    assert article.text.startswith("The city")


def test_language_guess_on_real_german_articles(devdata):
    for path in sorted((devdata / "articles").glob("*/*.txt"))[:10]:
        assert guess_language(path.read_text(encoding="utf-8"))[0] == "German", path


def test_slug_is_ascii_and_tag_safe():
    assert slug("Nordkorea: Raketen über Südkorea!") == "nordkorea-raketen-ueber-suedkorea"


def test_a_sentence_glued_to_the_next_gets_its_space_back(tmp_path):
    """Text copied out of a corpus or a web page loses the space between two sentences; the
    sheet reprints the text, so "verbessern.Neben" would reach the gap text and the cards."""
    path = tmp_path / "jolie.txt"
    path.write_text(
        "Daneben unterstützte sie verschiedene Gesetzesvorhaben des US-Kongresses, die Entwicklungshilfe für "
        "Kinder in der Dritten Welt zu verbessern.Neben ihren politischen Aktivitäten begann Jolie, humanitäre "
        "Probleme in den Medien zu platzieren. Sie sagte, sie wolle „die Menschen bewegen.“Jolie unterstützte "
        "auch Ärzte ohne Grenzen (siehe www.Aerzte.De oder info@Aerzte.De), 3 Mio.Euro gingen nach St.Gallen. "
        "Die Küste gehört zum Welterbe der UNESCO.Mary Anning wurde in Lyme Regis geboren, wie die GmbH.Danach "
        "kam die U.S.A.Die Stadt blieb.",
        encoding="utf-8",
    )
    text = read_article(path).text
    assert "verbessern. Neben ihren" in text
    assert "bewegen.“ Jolie unterstützte" in text
    assert "www.Aerzte.De" in text and "info@Aerzte.De" in text  # addresses stay as written
    assert "3 Mio.Euro" in text and "St.Gallen" in text  # an abbreviation is not a sentence's end
    assert "der UNESCO. Mary Anning" in text  # an acronym ends a sentence as a word does
    assert "GmbH.Danach" in text and "U.S.A.Die" in text  # not a mixed abbreviation or one with points
