"""Heading lines in plain text: a short line is a heading only when it introduces text."""

from __future__ import annotations

from pathlib import Path

from quizgen.reading import read_article

TEXT = """Die Ebenen der Information

Aus diesen Betrachtungen ergeben sich vier Ebenen, unter denen der Begriff betrachtet wird.
Diese sind

Diese Ebenen steigern sich im Hinblick auf den Bedeutungsgehalt der Information.

Die älteste Universität der Stadt stammt aus dem Jahr
1888.

Geschichte

Die Stadt wurde im Mittelalter von Kaufleuten gegründet.
"""


def _headings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "ebenen.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    return [article.paragraph_texts()[index] for index in article.headings]


def test_a_list_intro_and_a_broken_sentence_are_no_headings(tmp_path):
    headings = _headings(tmp_path, TEXT)
    assert "Diese sind" not in headings  # the last line of its paragraph: the list was dropped
    assert not any(heading.startswith("Die älteste Universität") for heading in headings)  # "1888." ends it
    assert "Geschichte" in headings and "Die Ebenen der Information" in headings


def test_a_heading_inside_a_block_still_counts_when_text_follows(tmp_path):
    text = "Der Titel\n\nDer Fluss ist lang. Er fließt nach Norden.\nGeschichte\nDie Römer bauten hier eine Brücke über den Fluss.\n"
    assert "Geschichte" in _headings(tmp_path, text)


def test_a_title_ending_in_a_regnal_number_is_the_title(tmp_path):
    """"Georg III." ends with the ordinal's point, not a sentence's: it is the title (the sheet
    printed "Georg Iii" from the file name)."""
    path = tmp_path / "georg-iii.txt"
    path.write_text("Georg III.\n\nGeorg erhielt von Satirikern den Spitznamen Farmer George.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Georg III."
    assert not any("Georg III." == text for text in article.paragraph_texts()[1:])
