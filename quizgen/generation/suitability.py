"""Passages a teacher would not put in front of a class: vulgar or sexual language.

An encyclopaedia article may quote swear words or describe them ("Schimpfen auf Ungarisch":
"baszd meg" … "fuck", the words for intercourse and genitals). Readers of the worksheets found
such a passage on a sheet for a school class twice, once as a gap text. A teacher skips the
whole part, not only the sentence with the word: the sentences around it explain and repeat
it. So the unit is the section (from one heading to the next) or, in a text without headings,
the paragraph; nothing is asked, carded or gapped from it. The article itself stays as it is
on the sheet: the teacher decides what the class reads.

The words are matched as word beginnings, lower case, after the forms a text may use
("Scheiß-", "Geschlechtsverkehr"). Words with an everyday or a scientific sense beside the
vulgar one are left out rather than misjudge a text about animals, plants or music (Schwanz:
a tail; blasen: to blow; Sexualorgane of a flower; "sex" would also begin Sextant).
"""

from __future__ import annotations

import re

from ..model import Analysis

# Word beginnings of vulgar and sexual language, German and the English a German text quotes.
VULGAR_STEMS = (
    "fick", "fuck", "scheiß", "scheiss", "arschloch", "arschlöcher", "hure", "nutte", "fotze", "wichser",
    "schlampe", "schwuchtel", "titten", "bumsen", "kacke", "verpiss", "motherfuck", "bitch", "shit",
    "geschlechtsverkehr", "geschlechtsteil", "porno",
)
_WORD = re.compile(r"\w+")


def unsuitable_sentences(analysis: Analysis) -> frozenset[int]:
    """The sentences of every section (or, without headings, paragraph) that uses vulgar or
    sexual language: no item, card or gap comes from them."""
    units: dict[int, list[int]] = {}
    unit = -1
    has_headings = any(sentence.is_heading for sentence in analysis.sentences)
    for sentence in analysis.sentences:
        if sentence.is_heading:
            unit = sentence.index
        units.setdefault(unit if has_headings else sentence.paragraph, []).append(sentence.index)
    marked = {
        sentence.index for sentence in analysis.sentences
        if any(word.startswith(VULGAR_STEMS) for word in _WORD.findall(sentence.text.lower()))
    }
    return frozenset(index for members in units.values() if marked & set(members) for index in members)
