"""Anki packages (.apkg) through genanki: cloze, vocabulary and comprehension notes.

Identity: note type IDs are constants (``anki_models``), deck IDs are derived from the deck
name, and note GUIDs from what a note is (lemma + part of speech for vocabulary, the sentence
for a cloze, question + answer for a comprehension card). Re-importing a re-generated deck
therefore updates notes and keeps their review history.

A comprehension note's back carries the evidence sentence with its place in the article,
"Abs. 3", and, when the worksheet prints the text, its lines there, "Arbeitsblatt Z. 12–13":
the deck outlives the printout, and a paragraph can be found in the article itself (its count
does not depend on the worksheet's line breaks or excerpt); the line helps whoever has the sheet.
A global task's paragraphs are shown with their first words, so the card works without the text.

Decks: ``<parent>::<title>::Lückentexte``, ``::Vokabeln``, ``::Verständnis`` (or one deck
``<parent>::<title>`` with ``--single-deck``). Tags: ``quizgen``, the article's slug, the item
kind, the part of speech and the level.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from ..config import Options
from ..errors import ExportError, UsageError
from ..generation.keys import list_rule
from ..model import ClozeNote, Material, Question, VocabItem
from ..reading import slug
from .anki_models import CLOZE_MODEL, QUESTION_MODEL, VOCAB_MODEL
from .apkg import write_package
from .comprehension import answer_variants, global_labels, is_global
from .files import write_atomic
from .html import construction_around, evidence_paragraphs, question_references
from .layout import paragraph_numbers

POS_NAMES = {"NOUN": "Nomen", "VERB": "Verb", "ADJ": "Adjektiv", "ADV": "Adverb", "MWE": "Ausdruck"}
SUBDECKS = {"cloze": "Lückentexte", "vocabulary": "Vokabeln", "question": "Verständnis"}


def e(text: str) -> str:
    """Escape a value for an Anki field (HTML); braces too, so no cloze syntax sneaks in."""
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


def deck_id(name: str) -> int:
    """A stable deck ID from the deck's name: the same deck on every run and machine."""
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16) % (1 << 30) + (1 << 30)


def _level_tag(level: str) -> str:
    return f"niveau-{level.lower()}" if level else ""


def _tags(material: Material, kind: str, *extra: str) -> list[str]:
    tags = ["quizgen", _tag(material.article.stem), kind, *extra]
    return list(dict.fromkeys(tag for tag in tags if tag))


def _tag(text: str) -> str:
    return slug(text) or "x"


def _deck_name(options: Options, title: str, kind: str) -> str:
    base = f"{options.deck}::{title.replace('::', ':')}"
    return base if options.single_deck else f"{base}::{SUBDECKS[kind]}"


def _source(material: Material, sentence: int) -> str:
    """Article title and sentence number, with the address when the article came from one."""
    where = f"{e(material.article.title)} · Satz {sentence + 1}"
    source = material.article.source
    if source.startswith(("http://", "https://")):
        where += f' · <a href="{html.escape(source, quote=True)}">{e(source)}</a>'
    return where


def example_html(item: VocabItem, material: Material) -> str:
    """The item's own example (``item.example``: the sentence chosen for the card, cut to the
    word's part when long) with the word in bold (all of a separable verb's parts). The whole
    sentence of the first occurrence was shown before: readers found 53-word sentences and
    another sentence than the source line's "Satz N" on the card; the note now shows what
    every other export shows, from the sentence its source line cites."""
    occurrence = next((o for o in item.occurrences if o.sentence == item.sentence), None)
    if occurrence is None or not item.example:
        return e(item.example)
    sentence = material.analysis.sentences[occurrence.sentence]
    spans = [(occurrence.start, occurrence.end)]
    verb = next((t for t in sentence.tokens if t.start == occurrence.start), None)
    if verb is not None:
        spans += [(t.start, t.end) for t in sentence.tokens if t.particle_of == verb.i]
    text = material.article.text
    return _bolded(item.example, [text[start:end] for start, end in sorted(spans)],
                   text.find(item.example, sentence.start, sentence.end), spans)


def _bolded(example: str, words: list[str], at: int, spans: list[tuple[int, int]]) -> str:
    """The example, escaped, with each of ``words`` in bold: at their own offsets when the
    example stands in the article as written (``at``: its offset there, else -1), else at their
    first whole-word matches in order (a shortened example drops clauses, not the word's); a
    word not in it stays plain."""
    places = [(start - at, end - at) for start, end in sorted(spans)] if at >= 0 else []
    if not all(0 <= start < end <= len(example) for start, end in places) or not places:
        places, cursor = [], 0  # a particle outside the example's part: found by its form
        for word in words:
            match = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").search(example, cursor)
            if match is not None:
                places.append(match.span())
                cursor = match.end()
    pieces, cursor = [], 0
    for start, end in places:
        pieces += [e(example[cursor:start]), "<b>", e(example[start:end]), "</b>"]
        cursor = end
    pieces.append(e(example[cursor:]))
    return "".join(pieces)


def vocab_word_html(item: VocabItem) -> str:
    """The headword line of both cards: the article in its colour, a separable verb's particle
    marked (auf·fordern), a verb's construction after it in its own span ("verfügen über +
    Akk."; see html.construction_around)."""
    if item.article:
        return f'<span class="article">{e(item.article)}</span> {e(item.lemma)}'
    before, after = construction_around(item)
    if item.separable_prefix and item.lemma.startswith(item.separable_prefix):
        rest = item.lemma[len(item.separable_prefix) :]
        word = e(before + ("sich " if item.reflexive else "") + item.separable_prefix + "·" + rest)
    else:
        word = e(before + item.display)
    return f'{word} <span class="construction">{e(after)}</span>' if after else word


def vocab_forms(item: VocabItem) -> str:
    if item.pos == "NOUN":
        parts = [item.plural or item.number_note, item.declension]
        if item.weak_noun:
            parts.append("n-Deklination")
        return ", ".join(p for p in parts if p)
    if item.pos == "VERB" and item.verb_forms:
        return ", ".join(item.verb_forms)
    return ", ".join(item.comparison)


def vocab_note(item: VocabItem, material: Material, audio: str = "") -> genanki.Note:
    return genanki.Note(
        model=VOCAB_MODEL,
        fields=[
            vocab_word_html(item),
            item.article,
            e(vocab_forms(item)),
            e(POS_NAMES.get(item.pos, item.pos)),
            e("; ".join(item.gloss)),
            example_html(item, material),
            e(" + ".join(item.compound_parts)),
            e(item.level),
            _source(material, item.sentence),
            audio,
        ],
        guid=genanki.guid_for("quizgen-vocab", item.lemma, item.pos, item.article),
        tags=_tags(
            material, "vokabel", _tag(POS_NAMES.get(item.pos, item.pos)), _level_tag(item.level)
        ),
    )


def cloze_guid(note: ClozeNote, material: Material) -> str:
    """From the whole sentence (normalised), not from the gaps or the trimmed part: a
    regenerated deck whose gaps moved updates the note instead of adding one."""
    sentences = material.analysis.sentences
    text = (
        sentences[note.sentence].text
        if 0 <= note.sentence < len(sentences)
        else note.source_sentence
    )
    return genanki.guid_for("quizgen-cloze", " ".join(text.split()))


def _extra_html(extra: str) -> str:
    """One line per gapped word ("die Rakete, die Raketen — rocket")."""
    return "<br>".join(e(part) for part in extra.split(" · ") if part)


def cloze_note(note: ClozeNote, material: Material) -> genanki.Note:
    kinds = sorted(set(note.kinds))
    items = {item.lemma: item for item in material.vocabulary}
    pos_tags = sorted(
        {
            _tag(POS_NAMES.get(items[lemma].pos, items[lemma].pos))
            for lemma in note.lemmas
            if lemma in items
        }
    )
    return genanki.Note(
        model=CLOZE_MODEL,
        fields=[note.text, _extra_html(note.extra), _source(material, note.sentence)],
        guid=cloze_guid(note, material),
        tags=_tags(
            material,
            "lueckentext",
            *(f"luecke-{k}" for k in kinds),
            *pos_tags,
            _level_tag(material.level),
        ),
    )


def _answer_text(question: Question) -> str:
    answer = question.answer
    if isinstance(answer, str):
        return answer
    if question.type == "matching":
        return "; ".join(
            f"{left} → {right}" for left, right in zip(question.prompt_items, answer, strict=False)
        )
    return " · ".join(f"({k}) {value}" for k, value in enumerate(answer, start=1))


def question_reference(material: Material, options: Options) -> dict[str, str]:
    """Question id → "Abs. 3 · Arbeitsblatt Z. 12–13" (the line only when the sheet has the text)."""
    analysis = material.analysis
    numbers = paragraph_numbers(analysis)
    lines = {} if options.no_text else question_references(material, options)
    found = {}
    for question in material.questions:
        if is_global(question):
            continue  # its paragraphs are named on the card
        parts = [evidence_paragraphs(question, analysis, numbers)]
        if lines.get(question.id):
            parts.append(f"Arbeitsblatt {lines[question.id]}")
        found[question.id] = " · ".join(part for part in parts if part)
    return found


def _options_html(question: Question, material: Material) -> str:
    """The front's choices: options a), b) …; the items and options of a matching or ordering."""
    options = ""
    items: tuple[str, ...] = ()
    if question.type in ("matching", "ordering"):
        items = global_labels(question, material.analysis) if is_global(question) else question.prompt_items
    if question.options and question.type != "matching":
        options = (
            "<ol class=options type=a>"
            + "".join(f"<li>{e(o)}</li>" for o in question.options)
            + "</ol>"
        )
    if items:
        options += "<ol class=options>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ol>"
        if question.type == "matching":
            options += (
                "<ul class=options>"
                + "".join(f"<li>{e(o)}</li>" for o in question.options)
                + "</ul>"
            )
    if question.word_bank:
        options += "<div class=extra>Wortkasten: " + e(" · ".join(question.word_bank)) + "</div>"
    return options


def _answer_html(question: Question, answer: str) -> str:
    """The answer, the variants a written answer may also take, the core words an answer in
    other words must have (as the printed key says them, so the learner who grades the card
    knows what counts as right), and the explanation."""
    out = e(answer)
    variants = answer_variants(question)[1:] if question.type == "wh" else []
    if rule := list_rule(question):
        out += f"<div class=extra>{e(rule)}</div>"
    if variants:
        out += f"<div class=extra>auch richtig: {e(' · '.join(variants))}</div>"
    if question.type == "wh" and question.core:
        out += f"<div class=extra>sinngemäß richtig mit: {e(', '.join(question.core))}</div>"
    explanation = question.explanation
    if explanation.startswith("Im Text steht:") and question.evidence:
        explanation = ""  # the evidence is on the card already
    if explanation:
        out += f"<div class=extra>{e(explanation)}</div>"
    return out


def _evidence_html(question: Question, reference: str) -> str:
    """The evidence sentence and where it stands: „…“ then "Abs. 3 · Arbeitsblatt Z. 12–13"."""
    if is_global(question):
        return ""
    out = e(question.evidence)
    if reference:
        out += f"<div class=ref>{e(reference)}</div>"
    return out


def _article_source(material: Material) -> str:
    """The article's title, with its address when it came from one."""
    where = e(material.article.title)
    source = material.article.source
    if source.startswith(("http://", "https://")):
        where += f' · <a href="{html.escape(source, quote=True)}">{e(source)}</a>'
    return where


def question_guid(question: Question, material: Material) -> str:
    """The note's GUID: the one stored for the question's id in ``material.meta``
    (``"guid:q01"``, set when an edited JSON export is loaded, so that a reworded question
    updates its card), else one derived from the question's content."""
    stored = material.meta.get(f"guid:{question.id}", "")
    return stored or genanki.guid_for("quizgen-question", question.type, question.prompt, _answer_text(question))


def question_note(question: Question, material: Material, reference: str = "") -> genanki.Note:
    """A "Verständnis (quizgen)" note; ``reference`` is where the evidence stands (Abs., Z.)."""
    answer = _answer_text(question)
    if is_global(question) and not isinstance(question.answer, str):
        labels = global_labels(question, material.analysis)
        answer = "; ".join(f"{left} → {right}" for left, right in zip(labels, question.answer, strict=False))
    extra = ["fokus-wortschatz" if question.focus == "vocabulary" else ""]
    if question.skill:
        extra.append(f"frage-{_tag(question.skill)}")
    return genanki.Note(
        model=QUESTION_MODEL,
        fields=[
            e(question.prompt),
            _options_html(question, material),
            _answer_html(question, answer),
            _evidence_html(question, reference),
            _article_source(material),
        ],
        guid=question_guid(question, material),
        tags=_tags(material, "verstaendnis", _tag(question.type), *extra, _level_tag(material.level)),
    )


def speak(text: str, folder: Path) -> str:
    """Pronunciation with espeak-ng into a WAV file; returns the file's name."""
    name = f"quizgen-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}.wav"
    target = folder / name
    if not target.exists():
        subprocess.run(  # the text on stdin: a word starting with "-" is no option
            ["espeak-ng", "-v", "de", "-s", "140", "-w", str(target), "--stdin"],
            input=text.encode("utf-8"),
            check=True,
            capture_output=True,
            timeout=30,
        )
    return name


class AnkiExporter:
    name = "apkg"
    suffixes = (".apkg",)

    def export(self, material: Material, out_dir: Path, options: Options) -> list[Path]:
        """Write ``out_dir/<stem>.apkg`` atomically."""
        return [
            write_atomic(out_dir / name, data)
            for name, data in self.render(material, options).items()
        ]

    def export_bundle(
        self, materials: Sequence[Material], out_dir: Path, options: Options
    ) -> list[Path]:
        """Several articles in one package (``--bundle NAME``), each word once."""
        return [
            write_atomic(out_dir / name, data)
            for name, data in self.render_bundle(materials, options).items()
        ]

    def render(self, material: Material, options: Options) -> dict[str, bytes]:
        name = f"{material.article.stem}.apkg"
        return {name: self.package([material], options, name)}

    def render_bundle(self, materials: Sequence[Material], options: Options) -> dict[str, bytes]:
        name = slug(options.bundle or "quizgen") or "quizgen"
        return {f"{name}.apkg": self.package(list(materials), options, f"{name}.apkg")}

    def package(self, materials: list[Material], options: Options, name: str = "") -> bytes:
        """The .apkg file's bytes for these articles (``name``: the file it is written to)."""
        path = Path(name or f"{materials[0].article.stem}.apkg")
        if options.audio and shutil.which("espeak-ng") is None:
            raise UsageError("--audio needs espeak-ng (Debian: apt-get install espeak-ng)")
        decks: dict[str, genanki.Deck] = {}
        seen_vocabulary: set[str] = set()
        seen_guids: set[str] = set()

        def add(deck_name: str, note: genanki.Note) -> None:
            if note.guid in seen_guids:
                return
            seen_guids.add(note.guid)
            if deck_name not in decks:
                decks[deck_name] = genanki.Deck(deck_id(deck_name), deck_name)
            decks[deck_name].add_note(note)

        with tempfile.TemporaryDirectory(prefix="quizgen-media-") as media_dir:
            media: list[str] = []
            for material in materials:
                title = material.article.title
                for note in material.clozes:
                    add(_deck_name(options, title, "cloze"), cloze_note(note, material))
                for item in material.vocabulary:
                    key = f"{item.lemma}|{item.pos}|{item.article}"
                    if key in seen_vocabulary:
                        continue  # one note per word across a bundle, with its first context
                    seen_vocabulary.add(key)
                    audio = ""
                    if options.audio:
                        try:
                            file_name = speak(item.display, Path(media_dir))
                        except (OSError, subprocess.SubprocessError) as error:
                            raise ExportError(
                                f"espeak-ng failed for {item.display!r}: {error}"
                            ) from error
                        media.append(os.path.join(media_dir, file_name))
                        audio = f"[sound:{file_name}]"
                    add(_deck_name(options, title, "vocabulary"), vocab_note(item, material, audio))
                references = question_reference(material, options)
                for question in material.questions:
                    note = question_note(question, material, references.get(question.id, ""))
                    add(_deck_name(options, title, "question"), note)
            if not decks:
                raise ExportError(f"{path}: nothing to put into an Anki deck")
            package = genanki.Package(list(decks.values()), media_files=sorted(set(media)))
            try:
                return write_package(package, materials, options, path.name)
            except (OSError, sqlite3.Error) as error:
                raise ExportError(
                    f"{path}: cannot build the Anki package ({getattr(error, 'strerror', None) or error})"
                ) from error
