"""The comprehension questions on every page and in every export: the global task first with
numbered paragraphs, "Welches Wort passt?" as its own vocabulary task, accepted answer variants,
evidence with its place in the text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_html import Page, curie_material, pages

from quizgen.config import Options
from quizgen.exporters.html import build_context, paragraph_lines
from quizgen.model import Question

GLOBAL_PROMPT = "Welche Aussage passt zu welchem Absatz? Eine Aussage bleibt übrig."
STATEMENTS = (
    "Sie stirbt an den Folgen ihrer Arbeit.",
    "Herkunft und Kindheit in Polen",
    "Zwei Nobelpreise für eine Frau",
    "Ein <Leben> für die Musik & {Kunst}",  # the statement left over, hostile on purpose
    "Studium und Ehe in Paris",
)


def global_question(sentence: int = 0) -> Question:
    return Question(
        id="q20", type="matching", prompt=GLOBAL_PROMPT, skill="global",
        prompt_items=("Absatz 1", "Absatz 2", "Absatz 3", "Absatz 4"), options=STATEMENTS,
        answer=(STATEMENTS[1], STATEMENTS[4], STATEMENTS[2], STATEMENTS[0]), sentence=sentence, evidence="",
    )


def comprehension_material():
    """Marie Curie with a global task (listed last), a "Welches Wort passt?" item (listed first)
    and W-questions with accepted variants, one of them hostile."""
    material = curie_material()
    s = material.sentences
    word = Question(
        id="q21", type="multiple_choice", focus="vocabulary", skill="word",
        prompt="Welches Wort passt in die Lücke? Marie Curie _____ 1934 an den Folgen der Strahlung.",
        options=("starb", "lebte", "reiste", "schrieb"), answer="starb", sentence=6, evidence=s[6],
        explanation=f"Im Text steht: „{s[6]}“",
    )
    wh = Question(id="q22", type="wh", prompt="Wann zog Marie Curie nach Paris?", answer="1891",
                  accepted=("im Jahr 1891", "<b>1891</b>"), sentence=2, evidence=s[2], skill="wann")
    chemie = replace(material.questions[3], accepted=("Chemie", "den Nobelpreis für Chemie"), skill="wofür")
    questions = [word, *material.questions[:3], chemie, wh, *material.questions[4:], global_question()]
    return replace(material, questions=tuple(questions))


@pytest.fixture(scope="module")
def rendered():
    return pages(comprehension_material())


def task_headings(html: str) -> list[str]:
    return re.findall(r"Aufgabe \d+: ([^<(]+?)\s*(?:<|\()", html)


def test_global_task_comes_first_and_word_choice_after_the_comprehension_tasks(rendered):
    for name in ("worksheet", "answers"):
        headings = task_headings(rendered[name])
        assert headings[0] == "Wortschatz"  # the word box before the text
        assert headings[1] == "Worum geht es in den Absätzen?", headings
        assert headings.index("Wortschatz: Welches Wort passt?") > max(
            headings.index(h) for h in ("Richtig oder falsch?", "Was ist richtig?", "Fragen zum Text"))
        assert headings.index("Wortschatz: Welches Wort passt?") < headings.index("Lückentext")
    sheet = rendered["worksheet"]
    assert sheet.index("Lesetext") < sheet.index("Worum geht es in den Absätzen?")
    # the multiple-choice comprehension task keeps only the content item
    comprehension = sheet[sheet.index("Was ist richtig?"):sheet.index("Fragen zum Text")]
    assert "Wo studierte Marie Curie?" in comprehension and "_____ 1934" not in comprehension
    vocabulary = sheet[sheet.index("Wortschatz: Welches Wort passt?"):sheet.index("Lückentext")]
    assert "Marie Curie _____ 1934 an den Folgen der Strahlung." in vocabulary
    assert "Welches Wort passt in die Lücke? Kreuze an." in vocabulary  # the lead is the instruction
    # questions are numbered 1, 2, 3 … in the order of the sheet
    numbers = [int(n) for n in re.findall(r'<li class="q" value="(\d+)"', sheet)]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def test_the_text_shows_paragraph_numbers_when_a_task_names_paragraphs(rendered):
    material = comprehension_material()
    context = build_context(material, Options(), key=False)
    for name in ("worksheet", "quiz"):
        shown = re.findall(r'<span class="pno">(\d*)</span>', rendered[name])
        assert [n for n in shown if n] == ["1", "2", "3", "4"], name
        assert len(shown) == len(context["lines"])  # one margin cell per line
    # each number stands on the first line of its paragraph
    firsts = {line.paragraph: line.text for line in context["lines"] if line.paragraph}
    assert firsts[1].startswith("Marie Curie wurde 1867") and firsts[4].startswith("Marie Curie starb")
    # a sheet without a global task keeps its plain margin
    assert 'class="pno"' not in pages(curie_material())["worksheet"]


def test_key_gives_each_paragraph_its_statement_lines_and_the_left_over(rendered):
    material = comprehension_material()
    context = build_context(material, Options(), key=True)
    spans = paragraph_lines(context["lines"])
    key = Page(rendered["answers"]).plain
    letters = "abcde"
    question = material.questions[-1]
    for number, statement in enumerate(question.answer, start=1):
        first, last = spans[number]
        where = f"Z. {first}" if first == last else f"Z. {first}–{last}"
        letter = letters[STATEMENTS.index(statement)]
        assert f"{letter}) Absatz {number}: {statement} ({where})" in key
    assert "Übrig bleibt: d) Ein <Leben> für die Musik & {Kunst}" in key
    assert "Ein &lt;Leben&gt; für die Musik &amp; {Kunst}" in rendered["answers"]
    assert "<Leben>" not in rendered["answers"] and "<Leben>" not in rendered["worksheet"]


def test_key_shows_model_answer_variants_evidence_and_lines(rendered):
    material = comprehension_material()
    references = {item["id"]: item["lines"] for s in build_context(material, Options(), key=True)["sections"]
                  for item in s["items"]}
    key = Page(rendered["answers"]).plain
    assert "auch richtig: Chemie · den Nobelpreis für Chemie" in key
    assert "auch richtig: im Jahr 1891 · <b>1891</b>" in key and "<b>1891</b>" not in rendered["answers"]
    wh = next(q for q in material.questions if q.id == "q22")
    assert re.fullmatch(r"Z\. \d+(–\d+)?", references["q22"])
    assert f"{references['q22']} {wh.evidence}" in key
    sheet = Page(rendered["worksheet"]).plain
    assert "auch richtig" not in sheet and "im Jahr 1891" not in sheet


def test_quiz_data_carries_variants_evidence_and_tasks(rendered):
    import json

    page = Page(rendered["quiz"])
    data = json.loads(next(script for script in page.scripts if script.strip().startswith("{")))
    by_id = {q["id"]: q for q in data["questions"]}
    assert data["questions"][0]["id"] == "q20"  # the global task first
    assert by_id["q22"]["accepted"] == ["im Jahr 1891", "<b>1891</b>"] and by_id["q22"]["evidence"]
    assert by_id["q21"]["task"].endswith("Wortschatz: Welches Wort passt?")
    assert by_id["q20"]["lines"].startswith("Absatz 1: Z. 1")
    assert "<b>" not in rendered["quiz"]  # the JSON escapes < as \u003c


def test_moodle_xml_lists_variants_as_full_answers_and_keeps_vocabulary_apart():
    from quizgen.exporters.moodle import MoodleXmlExporter

    material = comprehension_material()
    xml = next(iter(MoodleXmlExporter().render(material, Options()).values()))
    root = ET.fromstring(xml)
    elements = root.findall("question")
    categories = [(k, e.find("category/text").text) for k, e in enumerate(elements) if e.get("type") == "category"]
    assert [path for _, path in categories] == ["$course$/quizgen/Marie Curie", "$course$/quizgen/Marie Curie/Wortschatz"]
    names = [e.find("name/text").text for e in elements if e.get("type") != "category"]
    assert names[0] == "q20" and names[-1] == "q21"  # global first, the vocabulary item in its category
    assert elements[categories[1][0] + 1].find("name/text").text == "q21"
    by_name = {e.find("name/text").text: e for e in elements if e.get("type") != "category"}
    answers = [(a.get("fraction"), a.find("text").text) for a in by_name["q22"].findall("answer")]
    assert answers == [("100", "1891"), ("100", "im Jahr 1891"), ("100", "<b>1891</b>")]
    assert by_name["q22"].find("usecase").text == "0"
    pairs = [(s.find("text").text or "", s.find("answer/text").text) for s in by_name["q20"].findall("subquestion")]
    assert pairs[0][0].startswith("Absatz 1 („Marie Curie wurde 1867 in Warschau geboren.")
    assert pairs[-1] == ("", STATEMENTS[3])  # the statement left over stays a distractor
    assert b"<Leben>" not in xml and b"&lt;b&gt;1891" in xml


def test_gift_lists_variants_and_keeps_vocabulary_apart():
    from test_exports import read_gift

    from quizgen.exporters.gift import GiftExporter

    material = comprehension_material()
    text = next(iter(GiftExporter().render(material, Options()).values())).decode("utf-8")
    assert text.index("$CATEGORY: $course$/quizgen/Marie Curie/Wortschatz") < text.index("::q21::")
    assert text.index("::q20::") < text.index("::q01::") < text.index("$CATEGORY: $course$/quizgen/Marie Curie/Wortschatz")
    parsed = {q["title"]: q for q in read_gift(text)}
    right = re.findall(r"(?<!\\)=((?:\\.|[^=#])*)", parsed["q22"]["answers"][0])
    assert [r.strip() for r in right] == ["1891", "im Jahr 1891", "<b>1891</b>"]
    block = parsed["q20"]["answers"][0]
    assert "=Absatz 1 („Marie Curie wurde 1867 in Warschau geboren. Als …“) -> Herkunft" in block
    assert "= -> Ein <Leben> für die Musik & \\{Kunst\\}" in block


def test_anki_notes_carry_evidence_reference_variants_and_paragraph_openings(tmp_path):
    from anki.collection import Collection
    from test_anki import import_into, write_package

    material = comprehension_material()
    references = {item["id"]: item["lines"] for s in build_context(material, Options(), key=True)["sections"]
                  for item in s["items"]}
    collection = Collection(str(tmp_path / "c.anki2"))
    try:
        import_into(collection, write_package(tmp_path, [material], Options()))
        notes = [collection.get_note(n) for n in collection.find_notes('"note:Verständnis (quizgen)"')]
        assert len(notes) == len(material.questions)
        by_prompt = {note["Frage"]: note for note in notes}
        wh = by_prompt["Wann zog Marie Curie nach Paris?"]
        sentence = material.questions[5].evidence
        assert wh["Beleg"].startswith(sentence)
        assert f"Abs. 2 · Arbeitsblatt {references['q22']}" in wh["Beleg"]
        assert "auch richtig: im Jahr 1891 · &lt;b&gt;1891&lt;/b&gt;" in wh["Antwort"]
        assert "frage-wann" in wh.tags
        word = next(note for note in notes if "fokus-wortschatz" in note.tags)
        assert "_____ 1934" in word["Frage"] and "Abs. 4" in word["Beleg"]
        assert "Im Text steht" not in word["Antwort"]  # the evidence is on the card already
        overall = next(note for note in notes if note["Frage"] == GLOBAL_PROMPT)
        assert "Absatz 3 („1903 erhielt sie zusammen mit ihrem Mann den …“)" in overall["Optionen"]
        assert "&lt;Leben&gt;" in overall["Optionen"] and "<Leben>" not in overall["Optionen"]
        for note in notes:
            for value in note.fields:
                assert "<b>1891" not in value and "<Leben>" not in value
        card = overall.cards()[0]
        assert "Absatz 1 („Marie Curie wurde 1867" in card.answer()
    finally:
        collection.close()


def test_anki_cites_paragraphs_only_without_the_text(tmp_path):
    from quizgen.exporters.anki import question_reference

    material = comprehension_material()
    with_text = question_reference(material, Options())
    without = question_reference(material, replace(Options(), no_text=True))
    assert with_text["q22"].startswith("Abs. 2 · Arbeitsblatt Z. ")
    assert without["q22"] == "Abs. 2" and "q20" not in without


def test_markdown_marks_paragraphs_for_the_global_task():
    import markdown

    from quizgen.exporters.markdown_export import MarkdownExporter

    text = next(iter(MarkdownExporter().render(comprehension_material(), Options()).values())).decode("utf-8")
    marks = re.findall(r"^    \[(\d+)\]", text, re.MULTILINE)
    assert marks == ["1", "2", "3", "4"]
    html = markdown.markdown(text, extensions=["tables"])
    assert html.index("Worum geht es in den Absätzen?") < html.index("Richtig oder falsch?")
    assert "&lt;Leben&gt;" in html and "<Leben>" not in html
    plain = next(iter(MarkdownExporter().render(curie_material(), Options()).values())).decode("utf-8")
    assert not re.search(r"^    \[\d+\]", plain, re.MULTILINE)


def test_sections_option_still_rules_and_derived_tasks_follow_their_types():
    material = comprehension_material()
    only_wh = build_context(material, replace(Options(), sections=("text", "wh", "true_false")), key=False)
    assert [s["kind"] for s in only_wh["sections"]] == ["text", "wh", "true_false"]
    assert not only_wh["paragraph_numbers"]
    with_mc = build_context(material, replace(Options(), sections=("multiple_choice", "matching")), key=False)
    assert [s["kind"] for s in with_mc["sections"]] == ["global", "multiple_choice", "word_choice", "matching"]
    assert with_mc["paragraph_numbers"]  # the self-check page still shows the text
    no_text = build_context(material, replace(Options(), no_text=True), key=False)
    assert not no_text["paragraph_numbers"] and no_text["sections"][1]["kind"] == "global"
    for name, html in pages(material, replace(Options(), no_text=True)).items():
        assert not re.search(r"Z\. \d", html) and 'class="pno"' not in html, name


def test_a_long_article_keeps_the_paragraphs_the_global_task_names():
    from test_excerpt import long_material

    material = long_material()
    question = replace(global_question(), prompt_items=("Absatz 12", "Absatz 40"),
                       answer=(STATEMENTS[0], STATEMENTS[1]), options=STATEMENTS[:3])
    material = replace(material, questions=(*material.questions, question))
    context = build_context(material, Options(), key=True)
    shown = {line.paragraph for line in context["lines"] if line.paragraph}
    assert {12, 40} <= shown and 20 not in shown
    item = next(i for s in context["sections"] for i in s["items"] if i["id"] == "q20")
    spans = paragraph_lines(context["lines"])
    assert item["refs"] == [f"Z. {spans[12][0]}–{spans[12][1]}", f"Z. {spans[40][0]}–{spans[40][1]}"]
    assert "Absatz 12 Satz 1" in context["lines"][spans[12][0] - 1].text


def test_seed_build_puts_word_choice_items_after_the_comprehension_tasks(seed_material):
    """The real pipeline's questions, plus a global task over the seed's first paragraphs."""
    statements = ("Kim besucht Fabriken.", "Der Aufruf zur Massenproduktion", "Manöver als Generalprobe",
                  "Ein Fußballspiel in Seoul")
    overall = Question(id="q99", type="matching", prompt=GLOBAL_PROMPT, skill="global",
                       prompt_items=("Absatz 1", "Absatz 2", "Absatz 3"), options=statements,
                       answer=(statements[1], statements[0], statements[2]), sentence=0, evidence="")
    material = replace(seed_material, questions=(*seed_material.questions, overall))
    context = build_context(material, Options(), key=False)
    kinds = [s["kind"] for s in context["sections"] if s["kind"] not in ("vocabulary", "text")]
    assert kinds[0] == "global"
    words = [q for q in material.questions if q.type == "multiple_choice" and q.focus == "vocabulary"]
    content = [k for k in ("true_false", "multiple_choice", "wh") if k in kinds]
    if words:
        assert all(kinds.index("word_choice") > kinds.index(k) for k in content)
        ids = {i["id"] for s in context["sections"] if s["kind"] == "word_choice" for i in s["items"]}
        assert ids == {q.id for q in words}
    first_lines = [line for line in context["lines"] if line.paragraph]
    assert first_lines[0].paragraph == 1 and first_lines[0].text.startswith("Der Aufruf von Kim Jong Un")
    html = pages(material)["worksheet"]
    assert '<span class="pno">1</span>' in html and '<span class="pno">3</span>' in html
    # the heading ("== … ==" in the seed) gets no number: the numbers count paragraphs of text
    headings = [line for line in context["lines"] if line.heading]
    assert headings and all(line.paragraph == 0 for line in headings)


HOSTILE = st.text(alphabet="ab <>&\"'{}=~#:/ „“", min_size=1, max_size=30)


@settings(max_examples=25, deadline=None)
@given(variant=HOSTILE, statement=HOSTILE, evidence=HOSTILE)
def test_variants_statements_and_evidence_never_reach_html_unescaped(variant, statement, evidence):
    from quizgen.exporters.anki import question_note

    material = comprehension_material()
    payload = "<i>{}</i>"
    questions = []
    for question in material.questions:
        if question.id == "q22":
            question = replace(question, accepted=(payload.format(variant),), evidence=payload.format(evidence))
        if question.id == "q20":
            question = replace(question, options=(*question.options[:3], payload.format(statement), question.options[4]))
        questions.append(question)
    material = replace(material, questions=tuple(questions))
    for name, html in pages(material).items():
        assert "<i>" not in html, name
    for question in material.questions:
        note = question_note(question, material, payload.format(evidence))
        assert all("<i>" not in value for value in note.fields), question.id


def test_json_keeps_variants_focus_and_skill():
    import json

    from quizgen.exporters.json import JsonExporter

    material = comprehension_material()
    data = json.loads(next(iter(JsonExporter().render(material, Options()).values())))
    by_id = {record["id"]: record for record in data["questions"]}
    assert by_id["q22"]["accepted"] == ["im Jahr 1891", "<b>1891</b>"] and by_id["q22"]["skill"] == "wann"
    assert by_id["q21"]["focus"] == "vocabulary" and by_id["q20"]["skill"] == "global"
    assert by_id["q20"]["answer"] == list(material.questions[-1].answer)


HEADED = """# Die Stadt am Fluss

## Lage
Die Stadt liegt an einem großen Fluss im Süden des Landes. Im Norden beginnen die Berge.

## Geschichte
Die Römer gründeten die Stadt vor 2000 Jahren. Im Mittelalter wurde sie eine wichtige Handelsstadt.

## Wirtschaft
Heute arbeiten viele Menschen in kleinen Firmen. Der Hafen bringt der Stadt viel Geld.

## Kultur
Die Stadt hat drei Theater und ein großes Museum. Jeden Sommer feiern die Bewohner ein Fest.

## Verkehr
Eine Brücke verbindet die beiden Ufer. Die Straßenbahn fährt bis zum Bahnhof.
"""


def test_a_heading_task_hides_the_headings_in_the_text(tmp_path, nlp):
    """When the global task asks which heading fits which section, the text must not print them."""
    from quizgen.analysis import analyze
    from quizgen.exporters.html import HIDDEN_HEADING, asks_for_headings, reading_lines
    from quizgen.pipeline import build_material
    from quizgen.reading import read_article

    path = tmp_path / "stadt.md"
    path.write_text(HEADED, encoding="utf-8")
    material = build_material(analyze(nlp, read_article(path)), Options())
    assert asks_for_headings(material), "five sections with their own headings make a heading task"
    lines, _ = reading_lines(material, Options())
    shown = " ".join(line.text for line in lines)
    assert HIDDEN_HEADING in shown
    for heading in ("Lage", "Geschichte", "Wirtschaft", "Kultur", "Verkehr"):
        assert heading not in shown.split()
