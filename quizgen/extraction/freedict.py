"""FreeDict's German–English dictionary as a second source of glosses (after Ding).

Debian's ``dict-freedict-deu-eng`` ships it in dictd format (``.index`` + ``.dict.dz``, one
article per sense: ``abhängen <v, intr>`` / ``depend <v>`` / ``Note: von``); FreeDict also
publishes the TEI it is built from. FreeDict is made from Ding, but split into one entry per
German word, so a sense's standing comes from its synonyms, not from a line's order.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from ..errors import InputError
from .dictionaries import _dictd_data
from .ding import _BAD_REGISTER, _GERMAN_REGION, PREPOSITIONS, Entry, _more_common
from .senses import cue_words

_FREEDICT_POS = {"v": "VERB", "n": "NOUN", "adj": "ADJ", "adv": "ADV"}
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(text: str) -> int:
    number = 0
    for char in text:
        number = number * 64 + _B64.index(char)
    return number


def _freedict_article(text: str) -> list[Entry]:
    """Entries from one dictd article of FreeDict's deu-eng (header line, senses, notes)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    header = re.match(r"^(.+?)\s+(?:/[^/]*/\s*)?<([^>]*)>", lines[0])
    if not header:
        return []
    lemma, tags = header.group(1).strip(), [tag.strip() for tag in header.group(2).split(",")]
    pos = next((_FREEDICT_POS[tag] for tag in tags if tag in _FREEDICT_POS), "")
    if not pos or " " in lemma or "pl" in tags:
        return []
    synonym_line = next((line for line in lines if line.strip().startswith("Synonym")), "")
    synonyms = re.findall(r"\{([^}]*)\}", synonym_line)
    heads = [(lemma, "", False), *((word, "", False) for word in synonyms if " " not in word)]
    examples = " ".join(line.split('"')[1] for line in lines if line.strip().startswith('"') and line.count('"') >= 2)
    cues = cue_words(f"{examples} {' '.join(synonyms)}", lemma)
    notes = [line.strip()[5:].strip() for line in lines if line.strip().startswith("Note:")]
    german_note = next((note for note in notes if note.split() and note.split()[0] in PREPOSITIONS), "")
    preposition = german_note.split()[0] if pos == "VERB" and german_note else ""
    english_note = next((note for note in notes if note != german_note), "")
    sense = lines[1].strip() if len(lines) > 1 else ""
    damping = (0.3 if _BAD_REGISTER.search(sense) or _GERMAN_REGION.search(sense) else 1.0) * (2.0 if not synonyms else 1.0)
    entries: list[Entry] = []
    for j, part in enumerate(re.sub(r"\[[^\]]*\]", "", sense).split(">,")[:4]):
        gloss = re.sub(r"<[^>]*>?|\b(?:sb|sth)\.", "", part).strip(" ,.")
        gloss = re.sub(r"\s+", " ", gloss)
        if not gloss or len(gloss.split()) > 4:
            continue
        if pos == "VERB":
            if preposition and english_note and len(english_note.split()) == 1:
                gloss = f"{gloss} {english_note}"
            gloss = f"to {gloss}"
        entries.append((lemma, pos, gloss, damping / (1 + 0.5 * j) / (1 + 0.5 * _more_common(lemma, heads)), preposition, cues))
    return entries


def dictd_entries(index_path: Path, only: frozenset[str] | None) -> Iterator[Entry]:
    data_path = _dictd_data(index_path)
    if data_path is None:
        raise InputError(f"{index_path}: dictd index without its .dict or .dict.dz beside it")
    opener = gzip.open if data_path.name.endswith(".dz") else open
    with opener(data_path, "rb") as handle:  # type: ignore[operator]
        data = handle.read()
    with index_path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3 or fields[0].startswith("00database"):
                continue
            if only is not None and fields[0] not in {word.lower() for word in only}:
                continue
            start, length = _b64(fields[1]), _b64(fields[2])
            yield from _freedict_article(data[start : start + length].decode("utf-8", errors="replace"))


def tei_entries(path: Path, only: frozenset[str] | None) -> Iterator[Entry]:
    """FreeDict TEI: <entry><form><orth>…</orth></form><gramGrp><pos>v</pos></gramGrp>
    <sense><cit type="trans"><quote>…</quote></cit></sense></entry>."""
    try:
        for _, element in ElementTree.iterparse(path):
            if element.tag.rsplit("}", 1)[-1] != "entry":
                continue
            texts = {child.tag.rsplit("}", 1)[-1]: child for child in element.iter()}
            orth = texts.get("orth")
            lemma = (orth.text or "").strip() if orth is not None else ""
            pos_element = texts.get("pos")
            pos = _FREEDICT_POS.get((pos_element.text or "").strip() if pos_element is not None else "", "")
            if lemma and pos and " " not in lemma and (only is None or lemma in only):
                senses = [sense for sense in element.iter() if sense.tag.rsplit("}", 1)[-1] == "sense"]
                for s, sense in enumerate(senses[:6]):
                    quotes = [q.text.strip() for q in sense.iter() if q.tag.rsplit("}", 1)[-1] == "quote" and q.text]
                    for j, quote in enumerate(quotes[:3]):
                        gloss = f"to {quote}" if pos == "VERB" and not quote.startswith("to ") else quote
                        yield lemma, pos, gloss, 2.0 / (1 + s) / (1 + 0.5 * j), "", frozenset()
            element.clear()
    except ElementTree.ParseError as error:
        raise InputError(f"{path}: not a readable TEI file ({error})") from error
