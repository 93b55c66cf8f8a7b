"""Session 28: spare lines that tempt a skimmer, the title as the text writes it, a childhood told (issue 12).

Round 26's readers ruled the spare topic lines out without reading ("Der Verkehr von Kreta",
"Die Freunde von Rembrandt": no word of them stands in the text) and asked for one the text
touches outside the listed paragraphs ("Lindbergh und Deutschland", the paragraph left out);
Blüte's title is the file name "Bluete", which no sentence writes, so no spare line was named
of it; Oskar Schindler's paragraph on where he grew up had no line.
"""

from __future__ import annotations

import random

import pytest
from test_global_s27 import _analysis

from quizgen.generation.global_task import KIND_CUES, _spare, _title, global_task


@pytest.fixture(scope="module")
def analyses(nlp):
    return {name: _analysis(nlp, name) for name in ("Kreta", "Rembrandt", "Blüte", "Oskar_Schindler", "Aare")}


def _task(analysis):
    (question,) = global_task(analysis, random.Random(1), topic_lines=True)
    (extra,) = set(question.options) - set(question.answer)
    return question, extra


@pytest.mark.parametrize("name", ["Kreta", "Rembrandt"])
def test_the_spare_line_names_what_a_paragraph_left_out_tells(analyses, name):
    """Kreta's first paragraph (not listed) gives its 600.000 inhabitants, Rembrandt's second his
    father: the spare line names that, fits no listed paragraph, and the key says where the text
    speaks of it. Not Rembrandt's family: "Seine Frau Saskia … sind vor ihm gestorben" is in the
    listed Absatz 4; nor his origin: Absatz 1 says "ein Maler aus den Niederlanden"."""
    question, extra = _task(analyses[name])
    assert extra not in ("Der Verkehr von Kreta", "Die Freunde von Rembrandt")
    assert extra != "Die Herkunft von Rembrandt"  # listed Absatz 1: "ein Maler aus den Niederlanden"
    kind = extra.split()[1]
    left_out = [int(n) for n in question.explanation.split("nur in Absatz ")[1].split()[0:1]]
    listed = {int(label.split()[-1]) for label in question.prompt_items}
    assert left_out and not set(left_out) & listed
    texts = analyses[name].article.paragraph_texts()
    numbers = analyses[name].article.paragraph_numbers()
    for index, number in numbers.items():
        shown = bool(KIND_CUES[kind].search(texts[index]))
        assert shown == (number in left_out), (number, kind)


def test_without_a_list_the_spare_line_is_a_kind_no_sentence_shows(analyses):
    """Without the listed paragraphs (every paragraph counts as listed) only an absent kind is left:
    the animals and plants of a river."""
    aare = analyses["Aare"]
    assert _spare(aare, _title(aare)) == ("Tiere und Pflanzen", ())


def test_a_title_spelt_out_in_its_file_name_is_found_in_the_text(analyses):
    """"Bluete" is "die Blüte" in the text: its genitive names a spare line, and its compounds
    ("Blütenpflanzen") are the title's, no paragraph's topic."""
    title = _title(analyses["Blüte"])
    assert title.genitive == "der Blüte"
    assert "blüte" in title.words
    spare = _spare(analyses["Blüte"], title)
    assert spare is not None and spare[0].endswith("der Blüte")


def test_where_someone_grew_up_is_a_paragraph_on_his_origin(analyses):
    """Oskar Schindler, Absatz 3: "wuchs in Zwittau auf", "die Landmaschinenfabrik des Vaters":
    the paragraph on his origin, and the text gets its global task back."""
    question, extra = _task(analyses["Oskar_Schindler"])
    lines = dict(zip(question.prompt_items, question.answer, strict=True))
    assert lines["Absatz 3"] == "Die Herkunft von Oskar Schindler"
    assert KIND_CUES["Herkunft"].search("Oskar Schindler wuchs in Zwittau auf.")
    assert not KIND_CUES["Herkunft"].search("Die Pflanzen wuchsen schnell.")
    assert extra not in question.answer


def test_a_wife_named_is_family():
    """"Seine Frau Saskia und später seine Geliebte Hendrickje" tell of a family; "Frau" alone does not."""
    family = KIND_CUES["Familie"]
    assert family.search("Seine Frau Saskia und später seine Geliebte Hendrickje sind vor ihm gestorben.")
    assert family.search("Er stammte aus einer armen Familie.")
    assert not family.search("Eine Frau verkauft Blumen am Markt.")


def test_a_noun_of_place_names_no_paragraph(nlp):
    """Kasachstan, Absatz 3: atomic tests and the rocket site Baikonur, "ein riesiges Gelände",
    "dieses Gelände": "Das Gelände" was judged word matching twice (rounds 25 and 26), and the
    paragraph is left out rather than mislabelled."""
    question, _ = _task(_analysis(nlp, "Kasachstan"))
    assert "Das Gelände" not in question.options
    assert "Absatz 3" not in question.prompt_items and "Absätze 1–4" in question.prompt
