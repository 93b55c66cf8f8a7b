"""Decks checked by importing them with the official Anki library into fresh collections."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.exporters.anki import AnkiExporter
from quizgen.model import Article
from quizgen.pipeline import build_material


def write_package(tmp_path: Path, materials, options: Options, name: str = "deck.apkg") -> Path:
    exporter = AnkiExporter()
    files = (
        exporter.render_bundle(materials, options)
        if len(materials) > 1
        else exporter.render(materials[0], options)
    )
    path = tmp_path / name
    path.write_bytes(next(iter(files.values())))
    return path


def import_into(collection: Collection, path: Path):
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
    )
    return collection.import_anki_package(request)


@pytest.fixture
def collection(tmp_path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture(scope="module")
def seed_deck(tmp_path_factory, seed_material):
    return write_package(tmp_path_factory.mktemp("deck"), [seed_material], Options())


def test_every_note_yields_cards_and_no_card_is_empty(collection, seed_deck, seed_material):
    import_into(collection, seed_deck)
    expected_notes = (
        len(seed_material.clozes) + len(seed_material.vocabulary) + len(seed_material.questions)
    )
    assert collection.note_count() == expected_notes
    cards_expected = (
        sum(len(note.answers) for note in seed_material.clozes)
        + len(seed_material.vocabulary)
        + sum(1 for item in seed_material.vocabulary if item.gloss)
        + len(seed_material.questions)
    )
    assert collection.card_count() == cards_expected
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        question = re.sub(r"<style>.*?</style>", "", card.question(), flags=re.DOTALL)
        assert re.sub(r"<[^>]+>", "", question).strip(), f"empty card {card_id}"


def test_each_cloze_card_hides_exactly_its_deletion(collection, seed_deck, seed_material):
    import_into(collection, seed_deck)
    notes = {note.source_sentence: note for note in seed_material.clozes}
    checked = 0
    for card_id in collection.find_cards("note:Lückentext*"):
        card = collection.get_card(card_id)
        question, answer = card.question(), card.answer()
        hidden = re.findall(r'<span class="cloze" data-cloze="([^"]*)"[^>]*>(.*?)</span>', question)
        assert len(hidden) == 1, question
        shown_answer = re.findall(r'<span class="cloze"[^>]*>(.*?)</span>', answer)
        assert len(shown_answer) == 1
        assert shown_answer[0] not in re.sub(
            r'<span class="cloze".*?</span>', "", question.split("</style>")[-1]
        )
        assert (
            hidden[0][1].startswith("[") and hidden[0][1] != f"[{shown_answer[0]}]"
        )  # a hint, not the word
        checked += 1
    assert checked == sum(len(note.answers) for note in notes.values())


def test_vocabulary_cards_show_article_plural_and_example(collection, seed_deck):
    import_into(collection, seed_deck)
    note_ids = collection.find_notes('"note:Vokabel (quizgen)" Wort:*Rakete')
    assert note_ids
    note = collection.get_note(note_ids[0])
    assert note["Genus"] == "die" and "die Raketen" in note["Formen"] and "<b>" in note["Beispiel"]
    assert note["Wortart"] == "Nomen"
    card = note.cards()[0]
    assert "die</span> Rakete" in card.question()
    assert "vokabel" in note.tags and "quizgen" in note.tags and "nomen" in note.tags
    verbs = collection.find_notes('"note:Vokabel (quizgen)" Wort:auf·fordern')
    assert verbs and "hat aufgefordert" in collection.get_note(verbs[0])["Formen"]


def test_deck_names_and_tags(collection, seed_deck):
    import_into(collection, seed_deck)
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    for sub in ("Lückentexte", "Vokabeln", "Verständnis"):
        assert f"Deutsch::quizgen::Nordkorea Raketen::{sub}" in names
    for note_id in collection.find_notes(""):
        tags = collection.get_note(note_id).tags
        assert "quizgen" in tags and "nordkorea-raketen" in tags
        assert all(" " not in tag for tag in tags)
        assert any(tag.startswith("niveau-") for tag in tags)
        assert {"lueckentext", "vokabel", "verstaendnis"} & set(tags)


def test_a_second_import_adds_nothing(collection, seed_deck):
    import_into(collection, seed_deck)
    count = collection.note_count()
    import_into(collection, seed_deck)
    assert collection.note_count() == count


def test_regenerated_deck_of_an_edited_article_updates_and_adds_only_new(
    collection, tmp_path, nlp, seed_article
):
    first = build_material(analyze(nlp, seed_article), Options())
    import_into(collection, write_package(tmp_path, [first], Options(), "first.apkg"))
    cards_before = {
        collection.get_card(c).nid: collection.get_card(c).id for c in collection.find_cards("")
    }
    edited_text = seed_article.text.replace(
        "Nordkorea und Russland haben jegliche Waffengeschäfte bestritten.",
        "Nordkorea und Russland haben alle Waffengeschäfte entschieden bestritten.",
    )
    assert edited_text != seed_article.text
    edited = replace(seed_article, text=edited_text, paragraphs=_shift(seed_article, edited_text))
    second = build_material(analyze(nlp, edited), Options())
    before = collection.note_count()
    import_into(collection, write_package(tmp_path, [second], Options(), "second.apkg"))
    new_guids = {n.guid for n in _notes(collection)} - {guid for guid in _guids(first)}
    # the edited sentence gives a new cloze note, maybe a new word and the questions built on it
    assert collection.note_count() - before == len(new_guids) <= 6
    assert set(cards_before) <= {collection.get_card(c).nid for c in collection.find_cards("")}


def _shift(article: Article, text: str) -> tuple[tuple[int, int], ...]:
    spans, position = [], 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 1
    return tuple(spans)


def _notes(collection):
    return [collection.get_note(note_id) for note_id in collection.find_notes("")]


def _guids(material) -> set[str]:
    import genanki

    from quizgen.exporters.anki import cloze_note, question_note, vocab_note

    notes: list[genanki.Note] = [cloze_note(n, material) for n in material.clozes]
    notes += [vocab_note(i, material) for i in material.vocabulary]
    notes += [question_note(q, material) for q in material.questions]
    return {note.guid for note in notes}


def test_bundle_deduplicates_vocabulary(collection, tmp_path, nlp, seed_material):
    text = "Die Rakete fliegt am Montag über das Meer. Der Krieg ist eine Gefahr für das ganze Land und seine Menschen."
    other = build_material(
        analyze(nlp, Article("Meer", text, "meer.txt", "meer", ((0, len(text)),))), Options()
    )
    path = write_package(tmp_path, [seed_material, other], replace(Options(), bundle="Nachrichten"))
    import_into(collection, path)
    words = [
        collection.get_note(n)["Wort"] for n in collection.find_notes('"note:Vokabel (quizgen)"')
    ]
    assert len(words) == len(set(words))
    assert any(
        name.endswith("Meer::Lückentexte")
        for name in (d.name for d in collection.decks.all_names_and_ids())
    )


def test_single_deck_option(collection, tmp_path, seed_material):
    import_into(
        collection,
        write_package(
            tmp_path,
            [seed_material],
            replace(Options(), single_deck=True, deck="Deutsch::Nachrichten"),
        ),
    )
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    assert "Deutsch::Nachrichten::Nordkorea Raketen" in names
    assert not any(name.endswith("::Vokabeln") for name in names)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed (Debian: apt-get install espeak-ng)")
def test_audio_is_packaged_as_media(collection, tmp_path, seed_material):
    small = replace(seed_material, vocabulary=seed_material.vocabulary[:2], clozes=(), questions=())
    import_into(collection, write_package(tmp_path, [small], replace(Options(), audio=True)))
    media = list(Path(collection.media.dir()).iterdir())
    assert len(media) == 2 and all(
        path.suffix == ".wav" and path.stat().st_size > 1000 for path in media
    )
    note = collection.get_note(collection.find_notes("")[0])
    assert note["Audio"].startswith("[sound:quizgen-")


def test_export_writes_the_package_files(tmp_path, seed_material):
    exporter = AnkiExporter()
    (single,) = exporter.export(seed_material, tmp_path, Options())
    assert single == tmp_path / "nordkorea-raketen.apkg" and single.stat().st_size > 1000
    (bundle,) = exporter.export_bundle(
        [seed_material], tmp_path, replace(Options(), bundle="Meine Texte")
    )
    assert bundle.name == "meine-texte.apkg"
    assert not [path for path in tmp_path.iterdir() if path.suffix == ".tmp"]


def test_regenerated_deck_with_other_hints_updates_notes_and_keeps_cards(
    collection, tmp_path, seed_material
):
    """A rebuild with other options into the same folder: Anki updates a note only when the
    incoming one is newer, so the package is stamped one second after the one it replaces
    (by design the time no longer comes from the clock, which made every build differ). The same
    notes with other hints need the dictionary: without meanings the default hints drop the gaps
    a lemma would only give away."""
    from quizgen.generation import make_clozes

    if not any(item.gloss for item in seed_material.vocabulary):
        pytest.skip("no dictionary installed (Debian trans-de-en; `quizgen dictionary install`)")

    options = replace(Options(), output=tmp_path)
    name = f"{seed_material.article.stem}.apkg"
    import_into(collection, write_package(tmp_path, [seed_material], options, name))
    cards = set(collection.find_cards(""))
    clozes = make_clozes(
        seed_material.analysis,
        seed_material.vocabulary,
        seed_material.facts,
        replace(Options(), hint="first-letter"),
    )
    regenerated = replace(seed_material, clozes=clozes)
    import_into(collection, write_package(tmp_path, [regenerated], options, name))
    assert set(collection.find_cards("")) == cards
    texts = [
        collection.get_note(n)["Text"] for n in collection.find_notes('"note:Lückentext (quizgen)"')
    ]
    assert texts and all("::die Rakete}}" not in text for text in texts)
    assert any(re.search(r"::\w…\}\}", text) for text in texts)


def _package_times(path: Path) -> tuple[set[int], set[tuple[int, ...]]]:
    import sqlite3
    import zipfile

    with zipfile.ZipFile(path) as archive:
        stamps = {info.date_time for info in archive.infolist()}
        (path.parent / "check.anki2").write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(path.parent / "check.anki2")
    mods = {row[0] for row in connection.execute("SELECT mod FROM notes UNION SELECT mod FROM cards")}
    connection.close()
    return mods, stamps


def test_two_builds_give_the_same_bytes_and_an_unchanged_rebuild_keeps_them(tmp_path, seed_material):
    # a folder of its own: the package `make demo` left in output/ would set the time otherwise
    fresh = replace(Options(), output=tmp_path / "fresh")
    first = AnkiExporter().render(seed_material, fresh)
    second = AnkiExporter().render(seed_material, fresh)
    assert first == second
    (name, data), = first.items()
    (tmp_path / name).write_bytes(data)
    rebuilt = AnkiExporter().render(seed_material, replace(Options(), output=tmp_path))
    assert rebuilt[name] == data  # the package already there holds the same notes: same time
    mods, stamps = _package_times(tmp_path / name)
    mtime = int((Path(seed_material.article.source)).stat().st_mtime)
    assert mods == {mtime}  # the article's time, not the clock's
    assert len(stamps) == 1


def test_source_date_epoch_sets_the_package_time(monkeypatch, tmp_path, seed_material):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    path = write_package(tmp_path, [seed_material], Options())
    mods, stamps = _package_times(path)
    assert mods == {1700000000} and stamps == {(2023, 11, 14, 22, 13, 20)}


def test_every_field_is_escaped(collection, tmp_path, nlp):
    text = "Die Firma <b>Acme</b> & Co. baut {{c1::Raketen}} in der großen Fabrik. Die Fabrik steht seit vielen Jahren am Rand der Stadt."
    material = build_material(
        analyze(nlp, Article("Acme <i>", text, "acme.txt", "acme", ((0, len(text)),))), Options()
    )
    import_into(collection, write_package(tmp_path, [material], Options()))
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        for value in note.fields:
            assert "<b>Acme" not in value and "<i>" not in value and "{{c1::Raketen}}" not in value
    assert collection.card_count() >= collection.note_count() > 0


def test_audio_without_espeak_is_a_clear_usage_error(monkeypatch, seed_material):
    from quizgen.errors import UsageError
    from quizgen.exporters import anki

    monkeypatch.setattr(anki.shutil, "which", lambda name: None)
    with pytest.raises(UsageError, match="espeak-ng"):
        AnkiExporter().render(seed_material, replace(Options(), audio=True))
