"""A JSON export (perhaps edited by a teacher) → ``model.Material``, for ``quizgen render``.

Nothing is analysed again: the article's text, paragraphs and sentences come from the file,
and what the teacher wrote (prompts, options, answers, glosses, the title) is taken as
written. A file that cannot be used raises one ``InputError`` whose single line names the
field and the problem, e.g. ``questions[2] (q03).answer: 'Paris' is not one of its options``.

Two layouts are read: the current one (``"format": 2``, see ``exporters/json.py``) and the
first one (no ``"format"``), which had no article text: :mod:`quizgen.legacy` rebuilds it
from the sentences and the offsets the file carries.
"""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any, NoReturn

from .config import Options
from .errors import InputError, QuizgenError
from .exporters.json import FORMAT, TOKEN_FIELDS
from .model import (
    FALSE,
    NOT_IN_TEXT,
    QUESTION_TYPES,
    TRUE,
    Analysis,
    Article,
    ClozeNote,
    Entity,
    Fact,
    Material,
    Occurrence,
    Question,
    Sentence,
    Token,
    VocabItem,
)

MAX_BYTES = 50_000_000
GAP = re.compile(r"___\((\d+)\)___")
FOCUS = ("content", "vocabulary")


class Problem(Exception):
    """One thing wrong with the file: where (a field path) and what."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}" if where else what)


def fail(where: str, what: str) -> NoReturn:
    raise Problem(where, what)


def shown(value: Any, limit: int = 60) -> str:
    """A value as a message shows it: quoted, on one line, cut after ``limit`` characters."""
    text = " ".join(str(value).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(text) if isinstance(value, str) else text


def kind_of(value: Any) -> str:
    names = {str: "a string", bool: "true/false", int: "a number", float: "a number", list: "a list",
             dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# --- typed access to a JSON object --------------------------------------------------------

def get_str(record: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = record.get(key, default)
    if value is None:
        fail(f"{where}.{key}" if where else key, "missing")
    if not isinstance(value, str):
        fail(f"{where}.{key}" if where else key, f"expected a string, not {kind_of(value)}")
    return value


def get_int(record: dict[str, Any], key: str, where: str, default: int | None = None) -> int:
    value = record.get(key, default)
    if value is None:
        fail(f"{where}.{key}", "missing")
    if isinstance(value, bool) or not isinstance(value, int):
        fail(f"{where}.{key}", f"expected a whole number, not {kind_of(value)}")
    return value


def get_list(record: dict[str, Any], key: str, where: str, required: bool = False) -> list[Any]:
    value = record.get(key)
    path = f"{where}.{key}" if where else key
    if value is None:
        if required:
            fail(path, "missing")
        return []
    if not isinstance(value, list):
        fail(path, f"expected a list, not {kind_of(value)}")
    return value


def get_strs(record: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A list of strings; a lone string (a gloss typed by hand) counts as a list of one."""
    value = record.get(key)
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    items = get_list(record, key, where)
    for number, item in enumerate(items):
        if not isinstance(item, str):
            fail(f"{where}.{key}[{number}]", f"expected a string, not {kind_of(item)}")
    return tuple(items)


def objects(record: dict[str, Any], key: str, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """The objects of a list field, each with its path: ``[("questions[0]", {...}), …]``."""
    out = []
    for number, item in enumerate(get_list(record, key, where)):
        path = f"{where}.{key}[{number}]" if where else f"{key}[{number}]"
        if not isinstance(item, dict):
            fail(path, f"expected an object, not {kind_of(item)}")
        out.append((path, item))
    return out


def build(cls: type, record: dict[str, Any], where: str, **given: Any) -> Any:
    """A model dataclass from a JSON object: known fields only, lists as tuples, plain types
    checked against the field's annotation; ``given`` values win."""
    values: dict[str, Any] = {}
    for spec in fields(cls):
        name = spec.name
        if name in given:
            values[name] = given[name]
            continue
        required = spec.default is MISSING and spec.default_factory is MISSING
        if name not in record or record[name] is None:
            if required and "None" not in str(spec.type):
                fail(f"{where}.{name}", "missing")
            continue
        values[name] = _typed(record[name], str(spec.type), f"{where}.{name}")
    return cls(**values)


def _typed(value: Any, annotation: str, where: str) -> Any:
    if annotation.startswith("tuple[tuple["):
        if not isinstance(value, list) or not all(isinstance(pair, list) for pair in value):
            fail(where, f"expected a list of pairs, not {kind_of(value)}")
        return tuple(tuple(str(part) for part in pair) for pair in value)
    if annotation.startswith("tuple["):
        if isinstance(value, str):
            return (value,) if value.strip() else ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            fail(where, f"expected a list of strings, not {kind_of(value)}")
        return tuple(value)
    expected: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,),
                                             "int | None": (int,)}
    kinds = expected.get(annotation)
    if kinds and (not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool))):
        fail(where, f"expected {kind_of(kinds[0]())}, not {kind_of(value)}")
    return float(value) if annotation == "float" else value


# --- the parts of a material --------------------------------------------------------------

def vocab_item(where: str, record: dict[str, Any]) -> VocabItem:
    occurrences = tuple(build(Occurrence, item, path) for path, item in objects(record, "occurrences", where))
    item: VocabItem = build(VocabItem, record, where, occurrences=occurrences)
    if not item.lemma.strip():
        fail(f"{where}.lemma", "empty")
    return item


def question(where: str, record: dict[str, Any]) -> Question:
    """A question as the teacher left it; its type-specific consistency is checked after."""
    label = f"{where} ({record['id']})" if isinstance(record.get("id"), str) else where
    answer = record.get("answer")
    if isinstance(answer, list):
        if not all(isinstance(part, str) for part in answer):
            fail(f"{label}.answer", "expected strings in the list")
        answer = tuple(answer)
    elif not isinstance(answer, str):
        fail(f"{label}.answer", "missing" if answer is None else f"expected a string or a list, not {kind_of(answer)}")
    return build(Question, record, label, answer=answer, sentence=get_int(record, "sentence", label, 0),
                 evidence=get_str(record, "evidence", label, ""))


def check_question(q: Question, where: str) -> None:
    """What a question of its type needs to be printed and scored: one Problem if not."""
    if q.type not in QUESTION_TYPES:
        fail(f"{where}.type", f"unknown question type {shown(q.type)} (choose from {', '.join(QUESTION_TYPES)})")
    if not q.id.strip():
        fail(f"{where}.id", "empty")
    if not q.prompt.strip():
        fail(f"{where}.prompt", "empty")
    if q.focus not in FOCUS:
        fail(f"{where}.focus", f"{shown(q.focus)} is neither 'content' nor 'vocabulary'")
    single = isinstance(q.answer, str)
    if q.type in ("multiple_choice", "true_false", "wh") and not single:
        fail(f"{where}.answer", f"a {q.type} question has one answer (a string), not a list")
    if q.type in ("gap_fill", "matching", "ordering") and single:
        fail(f"{where}.answer", f"a {q.type} question has a list of answers, not one string")
    CHECKS[q.type](q, where)


def _multiple_choice(q: Question, where: str) -> None:
    if len(q.options) < 2:
        fail(f"{where}.options", "a multiple-choice question needs at least two options")
    if len(set(q.options)) < len(q.options):
        fail(f"{where}.options", "an option is there twice")
    if any(not option.strip() for option in q.options):
        fail(f"{where}.options", "an option is empty")
    if q.answer not in q.options:
        fail(f"{where}.answer", f"{shown(q.answer)} is not one of its options ({', '.join(map(shown, q.options))})")


def _true_false(q: Question, where: str) -> None:
    if q.answer not in (TRUE, FALSE, NOT_IN_TEXT):
        fail(f"{where}.answer", f"{shown(q.answer)} is not {TRUE!r}, {FALSE!r} or {NOT_IN_TEXT!r}")


def _wh(q: Question, where: str) -> None:
    if not str(q.answer).strip():
        fail(f"{where}.answer", "empty: a W-question needs a model answer")


def _gap_fill(q: Question, where: str) -> None:
    gaps = [int(number) for number in GAP.findall(q.prompt)]
    if not gaps:
        fail(f"{where}.prompt", "no gap: a gap is written ___(1)___")
    for number in gaps:
        if number > len(q.answer) or not q.answer[number - 1].strip():
            fail(f"{where}.answer", f"gap ({number}) has no answer")
    if len(q.answer) > max(gaps):
        fail(f"{where}.answer", f"answer ({max(gaps) + 1}) {shown(q.answer[max(gaps)])} has no gap in the prompt")
    missing = [answer for answer in q.answer if q.word_bank and answer not in q.word_bank]
    if missing:
        fail(f"{where}.word_bank", f"the answer {shown(missing[0])} is not in the word box")


def _matching(q: Question, where: str) -> None:
    if len(q.answer) != len(q.prompt_items):
        fail(f"{where}.answer", f"{len(q.answer)} answers for {len(q.prompt_items)} prompt_items")
    for number, answer in enumerate(q.answer):
        if answer not in q.options:
            fail(f"{where}.answer[{number}]", f"{shown(answer)} is not one of its options")


def _ordering(q: Question, where: str) -> None:
    if sorted(q.answer) != sorted(q.prompt_items):
        fail(f"{where}.answer", "the order must list exactly the prompt_items")


CHECKS = {"multiple_choice": _multiple_choice, "true_false": _true_false, "wh": _wh,
          "gap_fill": _gap_fill, "matching": _matching, "ordering": _ordering}


def questions(record: dict[str, Any]) -> tuple[tuple[Question, ...], dict[str, str]]:
    """The questions, checked, and the Anki GUID stored for each id."""
    found: list[Question] = []
    guids: dict[str, str] = {}
    seen: dict[str, str] = {}
    for where, item in objects(record, "questions"):
        q = question(where, item)
        label = f"{where} ({q.id})"
        check_question(q, label)
        if q.id in seen:
            fail(f"{label}.id", f"{shown(q.id)} is also the id of {seen[q.id]}")
        seen[q.id] = where
        guid = item.get("guid")
        if isinstance(guid, str) and guid:
            guids[q.id] = guid
        found.append(q)
    return tuple(found), guids


def cloze(where: str, record: dict[str, Any]) -> ClozeNote:
    return build(ClozeNote, record, where, source_sentence=get_str(record, "sentence", where, ""),
                 sentence=get_int(record, "sentence_index", where, 0))


# --- the article and its sentences --------------------------------------------------------

def spans(record: dict[str, Any], key: str, length: int) -> tuple[tuple[int, int], ...]:
    out = []
    for number, span in enumerate(get_list(record, key, "", required=True)):
        if (not isinstance(span, list) or len(span) != 2 or not all(isinstance(n, int) for n in span)
                or not 0 <= span[0] <= span[1] <= length):
            fail(f"{key}[{number}]", f"expected [start, end] within the text, not {shown(span)}")
        out.append((span[0], span[1]))
    return tuple(out)


def article(record: dict[str, Any], stem: str) -> Article:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        fail("text", "missing: the article's text" if text is None else "empty or not a string")
    title_span = record.get("title_span")
    if title_span is not None and (not isinstance(title_span, list) or len(title_span) != 2):
        fail("title_span", f"expected [start, end] or null, not {shown(title_span)}")
    paragraphs = spans(record, "paragraphs", len(text))
    headings = get_list(record, "headings", "")
    if not all(isinstance(n, int) and 0 <= n < len(paragraphs) for n in headings):
        fail("headings", "expected numbers of paragraphs")
    title = get_str(record, "title", "")
    if not title.strip():
        fail("title", "empty")
    return Article(title=title, text=text, source=get_str(record, "source", "", ""),
                   stem=get_str(record, "stem", "", stem) or stem, paragraphs=paragraphs,
                   headings=tuple(headings), title_span=tuple(title_span) if title_span else None)  # type: ignore[arg-type]


def sentences(record: dict[str, Any], text: str) -> tuple[Sentence, ...]:
    analysis = record.get("analysis")
    if not isinstance(analysis, dict):
        fail("analysis", "missing: the sentences' places in the text")
    names = get_strs(analysis, "token_fields", "analysis") or TOKEN_FIELDS
    out: list[Sentence] = []
    for where, item in objects(analysis, "sentences", "analysis"):
        start, end = get_int(item, "start", where), get_int(item, "end", where)
        if not 0 <= start <= end <= len(text):
            fail(where, f"span {start}–{end} is outside the text ({len(text)} characters)")
        tokens = []
        for number, row in enumerate(get_list(item, "tokens", where)):
            if not isinstance(row, list) or len(row) != len(names):
                fail(f"{where}.tokens[{number}]", f"expected a list of {len(names)} values")
            tokens.append(build(Token, dict(zip(names, row, strict=True)), f"{where}.tokens[{number}]"))
        out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end], tokens=tuple(tokens),
                            paragraph=get_int(item, "paragraph", where, 0),
                            is_heading=bool(item.get("is_heading", False))))
    if not out:
        fail("analysis.sentences", "empty")
    return tuple(out)


def check_references(material: Material) -> None:
    """Indices into the sentences and offsets into the text that the exporters follow."""
    count, length = len(material.analysis.sentences), len(material.article.text)
    for number, item in enumerate(material.vocabulary):
        for k, occurrence in enumerate(item.occurrences):
            if not 0 <= occurrence.sentence < count or not 0 <= occurrence.start <= occurrence.end <= length:
                fail(f"vocabulary[{number}] ({item.lemma}).occurrences[{k}]", "points outside the text")
    for number, q in enumerate(material.questions):
        if not 0 <= q.sentence < count:
            fail(f"questions[{number}] ({q.id}).sentence", f"{q.sentence} is not a sentence (0–{count - 1})")
    for number, note in enumerate(material.clozes):
        if "{{c" not in note.text:
            fail(f"cloze[{number}].text", "no cloze deletion {{c1::…}}")


# --- the whole file -----------------------------------------------------------------------

def material_from_record(record: Any, stem: str) -> Material:
    """The Material a JSON export describes; raises Problem (field: what) when it cannot."""
    if not isinstance(record, dict):
        fail("", f"expected a JSON object, not {kind_of(record)}")
    if "quizgen" not in record and "format" not in record:
        fail("", "not a quizgen export (no 'quizgen' or 'format' field)")
    version = record.get("format", 1)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= FORMAT:
        fail("format", f"{shown(version)}: this quizgen reads formats 1 to {FORMAT}")
    if version == 1:
        from .legacy import upgrade

        record = upgrade(record, stem)
    source = article(record, stem)
    analysis = Analysis(
        article=source,
        sentences=sentences(record, source.text),
        entities=tuple(build(Entity, item, where) for where, item in objects(record, "entities")),
        model=get_str(record, "model", "", "quizgen-offline"),
    )
    found, guids = questions(record)
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    material = Material(
        analysis=analysis,
        vocabulary=tuple(vocab_item(where, item) for where, item in objects(record, "vocabulary")),
        facts=tuple(build(Fact, item, where) for where, item in objects(record, "facts")),
        clozes=tuple(cloze(where, item) for where, item in objects(record, "cloze")),
        questions=found,
        level=get_str(record, "level", "", ""),
        meta={**{str(k): str(v) for k, v in (meta or {}).items()}, **{f"guid:{k}": v for k, v in guids.items()}},
        warnings=get_strs(record, "warnings", ""),
    )
    check_references(material)
    return material


def export_stem(path: Path) -> str:
    """The output stem a file name suggests: "nordkorea-raketen (1).json" → "nordkorea-raketen"."""
    return re.sub(r"\s*\(\d+\)$", "", path.name.removesuffix(".json")) or "material"


def load_material(path: str | Path) -> Material:
    """Read and check a JSON export; an ``InputError`` of one line says what is wrong where."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    if path.stat().st_size > MAX_BYTES:
        raise InputError(f"{path}: too large for a quizgen export ({path.stat().st_size / 1e6:.0f} MB)")
    try:
        record = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    try:
        material = material_from_record(record, export_stem(path))
    except Problem as problem:
        raise InputError(f"{path}: {problem}") from None
    # the deck's time (exporters/apkg.py): an edited file is newer than the deck it came from,
    # so that Anki, which updates a note only from a newer one, takes the edits
    material.meta["modified"] = str(int(path.stat().st_mtime))
    return material


# --- rendering a loaded material ----------------------------------------------------------

# what ``render`` writes unless --formats says otherwise: every format but the JSON itself
# (the teacher's file stays the one source) and the review page (``quizgen review``)
NOT_BY_DEFAULT = ("json", "review")


def render_formats(material: Material, available: tuple[str, ...]) -> tuple[tuple[str, ...], list[str]]:
    """The formats ``render`` makes by default, and why any other is left out (one line each)."""
    formats, skipped = [], []
    for name in available:
        if name in NOT_BY_DEFAULT:
            continue
        if name == "pdf":
            try:
                from .exporters.pdf import require_weasyprint

                require_weasyprint()
            except QuizgenError as error:  # WeasyPrint or Pango missing
                skipped.append(f"pdf left out: {error}")
                continue
        if name == "h5p" and material.vocabulary and not any(item.gloss for item in material.vocabulary):
            skipped.append("h5p left out: no vocabulary item has an English gloss")
            continue
        formats.append(name)
    return tuple(formats), skipped


def render_material(material: Material, options: Options, formats: tuple[str, ...]) -> list[Path]:
    """Every format in ``formats`` from a loaded material: all rendered first, then all written
    (a failure writes nothing), exactly as ``build`` exports."""
    from .pipeline import export_material

    return export_material(material, options, formats)
