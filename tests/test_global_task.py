"""The global task: headings matched to sections, or summary statements matched to paragraphs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.generation.global_task import (
    COPIED,
    HEADING_PROMPT,
    PARAGRAPH_PROMPT,
    _copies,
    _plain,
    _same_word,
    global_task,
)
from quizgen.generation.reparse import names_of
from quizgen.reading import read_article

WITH_HEADINGS = """Die Stadt am Fluss

Die Stadt liegt an einem großen Fluss im Norden des Landes. Sie hat ungefähr 80.000 Einwohner und einen kleinen Hafen.

== Geschichte ==

Die Stadt wurde im Mittelalter von Kaufleuten gegründet. Im Jahr 1650 zerstörte ein großes Feuer fast alle Häuser der Altstadt.

== Wirtschaft ==

Viele Menschen arbeiten heute im Hafen oder in den Fabriken am Stadtrand. Die wichtigste Firma baut Schiffe für Kunden aus der ganzen Welt.

== Kultur ==

Jedes Jahr im Sommer feiert die Stadt ein Musikfest mit vielen Konzerten. Das Theater zeigt Stücke für Kinder und Erwachsene.

== Verkehr ==

Ein Bahnhof verbindet die Stadt mit der Hauptstadt. Im Zentrum fahren Busse und Straßenbahnen bis spät in die Nacht.

== Weblinks ==

Offizielle Seite der Stadt.
"""

WITHOUT_HEADINGS = """Der Besuch im Zoo

Die Klasse 5b besuchte am Montag den Zoo in Berlin. Die Lehrerin hatte den Ausflug schon lange geplant.

Die Kinder beobachteten zuerst die Elefanten. Ein junger Elefant spielte mit einem Ball und spritzte Wasser auf die Besucher.

Im Affenhaus fütterte ein Tierpfleger die Schimpansen mit Bananen. Die Kinder stellten ihm viele Fragen über die Tiere.

Am Nachmittag fuhr die Klasse mit dem Bus zurück zur Schule. Alle Kinder waren müde, aber glücklich.
"""


def _analysis(nlp, tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


def _section_of(analysis, label: str) -> int:
    """The heading index above the first paragraph a label ("Absätze 3–5") names."""
    number = int(label.split()[-1].split("–")[0])
    index = next(k for k, n in analysis.article.paragraph_numbers().items() if n == number)
    return max(h for h in analysis.article.headings if h < index)


def test_headings_are_matched_to_their_numbered_sections_with_one_extra(nlp, tmp_path):
    analysis = _analysis(nlp, tmp_path, WITH_HEADINGS)
    questions = global_task(analysis, random.Random(3))
    assert len(questions) == 1
    question = questions[0]
    assert question.type == "matching" and question.skill == "global"
    assert question.prompt == HEADING_PROMPT
    # four headed sections with text (Weblinks is back matter): three listed, the fourth
    # heading is the one left over
    assert len(question.prompt_items) == 3 and len(question.options) == 4
    assert set(question.answer) < set(question.options)
    assert "Weblinks" not in question.options
    texts = analysis.article.paragraph_texts()
    for label, heading in zip(question.prompt_items, question.answer, strict=True):
        assert texts[_section_of(analysis, label)].strip() == heading  # the heading above that paragraph


RIVER = """Der Fluss Lauter

Die Lauter ist ein kleiner Fluss im Süden des Landes. Sie fließt durch viele Dörfer und mündet nach 80 Kilometern in einen großen See.

== Geschichte

Schon die Römer bauten an ihrem Ufer eine Brücke aus Stein. Im Mittelalter trieb das Wasser viele Mühlen an, in denen die Bauern ihr Getreide mahlen ließen.

== Natur

=== Pflanzen

Am Ufer wachsen Weiden, Erlen und hohes Schilf. Im Frühling blühen auf den nassen Wiesen gelbe Sumpfdotterblumen und viele Orchideen.

=== Tiere

Im klaren Wasser leben Forellen und Äschen. Der Eisvogel baut seine Höhle in die steilen Ufer, und im Winter rasten hier viele Enten.

== Flusssystem

Die wichtigsten Zuflüsse der Lauter sind:

== Zuflüsse

Der größte Zufluss kommt aus den Bergen im Westen. Nach starkem Regen bringt er so viel Wasser, dass die Lauter über die Ufer tritt.

== Hochwasser

Das Hochwasser von 1920 zerstörte fast alle Brücken im Tal. Seitdem schützen hohe Dämme die Dörfer vor dem Wasser.

== Freizeit

Im Sommer fahren viele Familien mit dem Kanu auf dem Fluss. Ein Radweg führt vom Ursprung bis zur Mündung und ist bei Touristen sehr beliebt.
"""


def test_heading_task_lists_only_clean_sections_and_an_extra_that_fits_none(nlp, tmp_path):
    """The judged faults: a parent heading (Natur above Pflanzen and Tiere), a colon intro
    (Flusssystem), a heading spelled out in its first sentence (Zuflüsse, Hochwasser)."""
    analysis = _analysis(nlp, tmp_path, RIVER)
    question = global_task(analysis, random.Random(2))[0]
    assert question.prompt == HEADING_PROMPT
    assert set(question.answer) == {"Geschichte", "Pflanzen", "Tiere", "Freizeit"}
    assert "Natur" not in question.options and "Flusssystem" not in question.options
    (extra,) = set(question.options) - set(question.answer)
    assert extra in ("Zuflüsse", "Hochwasser")  # a section left out, its word in no listed section
    texts = analysis.article.paragraph_texts()
    for label, heading in zip(question.prompt_items, question.answer, strict=True):
        assert texts[_section_of(analysis, label)].strip() == heading
        assert extra[:6].lower() not in texts[_section_of(analysis, label) + 1].lower()
    assert f"Übrig bleibt die Überschrift „{extra}“" in question.explanation


def test_two_headings_sharing_a_word_are_not_both_asked():
    assert _same_word("flusssystem", "fluss") and _same_word("kautabak", "schnupftabak")
    assert _same_word("mikrosporophylle", "megasporophylle") and _same_word("geografie", "geografisch")
    assert not _same_word("eingemeindungen", "bedeutungen") and not _same_word("vegetation", "fermentation")


def test_a_heading_only_the_text_explains_is_not_asked():
    """Mikro-/Megasporophylle were judged far beyond B1: matching them is word spotting."""
    assert not _plain("Mikrosporophylle", ("Mikrosporophyll",))
    assert not _plain("Biogeografie", ("Biogeografie",))
    assert _plain("Reptilien und Amphibien", ("Reptil", "Amphibie"))  # common in the plural
    assert _plain("Pedalantrieb", ("Pedalantrieb",))  # a compound of common words


def test_heading_task_is_deterministic(nlp, tmp_path):
    analysis = _analysis(nlp, tmp_path, WITH_HEADINGS)
    assert global_task(analysis, random.Random(7)) == global_task(analysis, random.Random(7))


def test_no_global_task_for_a_single_paragraph(nlp, tmp_path):
    text = "Ein kurzer Text\n\nDie Katze schläft auf dem Sofa. Der Hund spielt im Garten mit einem Ball. Die Kinder lesen ein Buch.\n"
    analysis = _analysis(nlp, tmp_path, text)
    assert global_task(analysis, random.Random(1)) == []


def test_seed_article_global_task(seed_analysis):
    """The seed has one heading only: the task, if any, matches topic lines to paragraphs."""
    with names_of(seed_analysis):
        questions = global_task(seed_analysis, random.Random(1), topic_lines=True)
    for question in questions:
        assert question.prompt.startswith(PARAGRAPH_PROMPT)
        assert all(item.startswith("Absatz ") for item in question.prompt_items)


DEVDATA = Path("/work/shared/devdata/articles/klexikon")


@pytest.mark.parametrize("name", ["Kasachstan", "Fahrrad", "Tabak", "London"])
def test_topic_lines_copy_no_words_and_one_is_left_over(nlp, name):
    """No line repeats COPIED consecutive words of its paragraph (students would match them), and
    one line is left over."""
    path = DEVDATA / f"{name}.txt"
    if not path.exists():
        pytest.skip("devdata articles are not available here")
    analysis = analyze(nlp, read_article(path))
    numbers = {n: k for k, n in analysis.article.paragraph_numbers().items()}
    with names_of(analysis):
        questions = global_task(analysis, random.Random(1), topic_lines=True)
    for question in questions:
        assert len(question.options) == len(question.prompt_items) + 1
        for label, line in zip(question.prompt_items, question.answer, strict=True):
            assert not line.endswith(".") and len(line.split()) <= 6 and COPIED == 3
            own = [s for s in analysis.sentences if s.paragraph == numbers[int(label.split()[-1])]]
            assert not _copies(line, own), (line, label)


def test_the_sheet_blanks_the_asked_headings_and_drops_the_left_over_one(nlp, tmp_path):
    """Judged: a blank without a box (or the left-over heading in print) tells readers which
    option is left over. Every blank has its box, and the left-over heading is not on the sheet."""
    from quizgen.config import Options
    from quizgen.exporters.html import HIDDEN_HEADING, reading_lines
    from quizgen.pipeline import build_material

    material = build_material(_analysis(nlp, tmp_path, RIVER), Options(types=("matching",)))
    question = next(q for q in material.questions if q.skill == "global")
    assert question.prompt == HEADING_PROMPT
    lines, _ = reading_lines(material, Options())
    shown = [" ".join(line.text.split()) for line in lines]
    assert shown.count(HIDDEN_HEADING) == len(question.prompt_items)
    for option in question.options:
        assert option not in shown
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    assert "Natur" in shown  # a heading the task does not ask stays in print
