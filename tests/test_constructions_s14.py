"""A verb's construction on its card (issue 13: "verbs with their constructions"): abhängen von +
Dat., verfügen über + Akk., leiden an + Dat., sich interessieren für + Akk. — read from the verb's
clause and given by the dictionary; a place or a means of transport is none."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import genanki
import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.exporters.anki import AnkiExporter, vocab_note
from quizgen.exporters.html import headword, vocabulary_row
from quizgen.exporters.json import vocab_record
from quizgen.exporters.tabular import AnkiTextExporter, CsvExporter
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.glossary import load_glossary
from quizgen.extraction.vocabulary import construction
from quizgen.loading import vocab_item
from quizgen.model import Article, Material, VocabItem


def _needs_dictionary() -> None:
    if load_glossary(None) is None:
        pytest.skip("no dictionary installed (Debian trans-de-en; `quizgen dictionary install`)")


def _analysis(nlp, text: str):
    return analyze(nlp, Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),)))


def _verbs(nlp, text: str) -> dict[str, VocabItem]:
    """The verb items of ``text`` for a learner at A1 (every word, no cap), by lemma."""
    items = extract_vocabulary(_analysis(nlp, text), Options(level="A1", max_words=0))
    return {item.lemma: item for item in items if item.pos == "VERB"}


@pytest.mark.parametrize(
    ("text", "lemma", "shown"),
    [
        ("Der Erfolg der kleinen Firma hängt von den Kunden ab.", "abhängen", "abhängen von + Dat."),
        ("Die Stadt verfügt über einen großen Hafen.", "verfügen", "verfügen über + Akk."),
        ("Viele Menschen leiden an einer chronischen Krankheit.", "leiden", "leiden an + Dat."),
        ("Die Kinder denken oft an den Urlaub.", "denken", "denken an + Akk."),
        ("Meine Schwester interessiert sich für alte Autos.", "interessieren", "sich interessieren für + Akk."),
    ],
)
def test_a_verb_with_its_prepositional_object_shows_its_construction(nlp, text, lemma, shown):
    """The preposition of the clause's prepositional object with its case: the preposition's
    own (von: Dat., über in an object: Akk.) or, after an, auf, in, the phrase's (an einer
    Krankheit: Dat., an den Urlaub: Akk.)."""
    _needs_dictionary()
    assert headword(_verbs(nlp, text)[lemma]) == shown


def test_sich_is_added_where_the_item_does_not_show_it(nlp):
    """"Ich interessiere mich für Kunst": the item is not marked reflexive (the pronoun is not
    "sich"), but the clause is and the dictionary has "sich für etw. interessieren"."""
    _needs_dictionary()
    item = _verbs(nlp, "Ich interessiere mich sehr für moderne Kunst.")["interessieren"]
    assert not item.reflexive and item.construction == "sich für + Akk."
    assert headword(item) == "sich interessieren für + Akk."


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Meine Schwester wohnt seit zwei Jahren in Berlin.", "wohnen"),
        ("Wir fahren morgen mit dem Auto nach Hamburg.", "fahren"),
        ("Nach dem Essen arbeitet er im Garten.", "arbeiten"),
    ],
)
def test_a_place_or_a_means_is_no_construction(nlp, text, lemma):
    """A free adverbial (in Berlin, mit dem Auto, im Garten) is not the verb's construction, with
    or without a dictionary."""
    analysis = _analysis(nlp, text)
    items = {item.lemma: item for item in extract_vocabulary(analysis, Options(level="A1", max_words=0))}
    if lemma in items:
        assert items[lemma].construction == ""
        assert construction(items[lemma], analysis.sentences[0], None) == ""


def test_without_a_dictionary_the_valency_list_alone_decides(nlp):
    """No dictionary installed: the analysis' prepositional object (from its valency list) is
    the construction; a reflexive "mich" adds nothing, as no dictionary confirms it."""
    for text, lemma, expected in (("Der Erfolg der kleinen Firma hängt von den Kunden ab.", "abhängen", "von + Dat."),
                                  ("Ich interessiere mich sehr für moderne Kunst.", "interessieren", "für + Akk.")):
        analysis = _analysis(nlp, text)
        item = _verbs(nlp, text)[lemma]
        assert construction(item, analysis.sentences[0], None) == expected


def _item(**fields) -> VocabItem:
    return VocabItem(**{"lemma": "verfügen", "pos": "VERB", "verb_forms": ("verfügt", "verfügte", "hat verfügt"),
                        "gloss": ("to have at one's disposal",), "example": "Die Stadt verfügt über einen Hafen.",
                        "construction": "über + Akk.", **fields})


def test_the_anki_note_shows_the_construction_and_keeps_its_guid(nlp, tmp_path):
    """Imported with the official Anki library: the headword field (front of the recognition card,
    back of the production card) reads "verfügen über + Akk."; the note's GUID is the one it had
    without a construction, so a regenerated deck updates the note."""
    _needs_dictionary()
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    text = "Die Stadt verfügt über einen großen Hafen. Viele Menschen leiden an einer chronischen Krankheit."
    analysis = _analysis(nlp, text)
    items = extract_vocabulary(analysis, Options(level="A1", max_words=0))
    material = Material(analysis=analysis, vocabulary=items)
    path = tmp_path / "deck.apkg"
    path.write_bytes(next(iter(AnkiExporter().render(material, Options()).values())))
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(path), options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)))
        note = collection.get_note(collection.find_notes('"note:Vokabel (quizgen)" Wort:verfügen*')[0])
        assert note["Wort"] == 'verfügen <span class="construction">über + Akk.</span>'
        recognition, production = note.cards()
        assert "über + Akk." in recognition.question() and "über + Akk." in production.answer()
        verfuegen = next(item for item in items if item.lemma == "verfügen")
        assert note.guid == vocab_note(replace(verfuegen, construction=""), material).guid
    finally:
        collection.close()


def test_every_export_escapes_the_construction():
    """Anki fields, the worksheet row (autoescaped by its template), the CSV and Anki's text
    import: a construction edited by hand in the JSON is text, never markup."""
    item = _item(construction="über <b>etw.</b>")
    analysis = _analysis_stub()
    material = Material(analysis=analysis, vocabulary=(item,))
    assert vocab_note(item, material).fields[0] == 'verfügen <span class="construction">über &lt;b&gt;etw.&lt;/b&gt;</span>'
    assert vocabulary_row(item)["word"] == "verfügen über <b>etw.</b>"  # the template escapes it
    rows = list(csv.reader(io.StringIO(CsvExporter().render(material, Options())["test.csv"].decode("utf-8-sig"))))
    assert rows[1][0] == "verfügen über <b>etw.</b>"
    line = AnkiTextExporter().render(material, Options())["test.anki.txt"].decode().splitlines()[-1]
    assert line.split("\t")[1] == "verfügen über &lt;b&gt;etw.&lt;/b&gt;"


def _analysis_stub():
    from quizgen.model import Analysis

    text = "Die Stadt verfügt über einen Hafen."
    return Analysis(article=Article(title="T", text=text, source="test", stem="test", paragraphs=((0, len(text)),)),
                    sentences=(), entities=())


def test_separable_and_reflexive_headwords_keep_their_marks():
    """The particle mark and the pronoun stay where they were: "sich ab·grenzen von + Dat."."""
    item = _item(lemma="abgrenzen", separable_prefix="ab", reflexive=True, construction="von + Dat.")
    material = Material(analysis=_analysis_stub(), vocabulary=(item,))
    assert vocab_note(item, material).fields[0] == 'sich ab·grenzen <span class="construction">von + Dat.</span>'
    assert vocabulary_row(item)["word"] == "sich ab·grenzen von + Dat."
    assert genanki.guid_for("quizgen-vocab", "abgrenzen", "VERB", "") == vocab_note(item, material).guid


def test_json_keeps_the_construction_and_old_files_still_load():
    """The JSON record carries it; a file written before it existed loads with none."""
    record = json.loads(json.dumps(vocab_record(_item())))
    assert record["construction"] == "über + Akk."
    assert vocab_item("vocabulary[0]", record).construction == "über + Akk."
    del record["construction"]
    assert vocab_item("vocabulary[0]", record).construction == ""


def test_markdown_table_shows_the_construction():
    """The Markdown sheet's table, its marks escaped as everywhere in that export."""
    from quizgen.exporters.markdown_export import vocabulary_table

    section = {"rows": [{**vocabulary_row(_item()), "line": "3"}], "line_numbers": True}
    assert any("| verfügen über \\+ Akk\\. |" in line for line in vocabulary_table(section))


def test_a_fused_preposition_tells_the_case(nlp):
    """"orientieren sich am Verlauf": am is an dem, so the construction is an + Dat."""
    _needs_dictionary()
    item = _verbs(nlp, "Manche Vögel orientieren sich beim Flug am Verlauf der Flüsse.")["orientieren"]
    assert headword(item) == "sich orientieren an + Dat."
