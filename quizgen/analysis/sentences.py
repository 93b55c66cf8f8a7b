"""Sentence boundaries for German news and encyclopedia text.

spaCy's sentencizer glues an opening „ to the previous sentence and knows nothing of
paragraphs. This component:
- never lets a sentence cross a paragraph boundary (the paragraph spans the reader put in
  ``doc.user_data["paragraphs"]``; without them, every line break ends a sentence);
- ends a sentence after . ! ? … and any closing quotes or brackets that follow, unless what
  follows continues it (a comma, a lower-case word: „Kommst du?“, fragte er.);
- keeps abbreviations and ordinals (the tokenizer keeps "z.", "Dr.", "3." whole), but splits the
  full stop off where one of them plainly ends a sentence: a year before any capitalised word
  ("… im Jahr 2023. Dann …") or an amount ("… betrug 476.835. Die …"), a unit with a slash or
  a company suffix before one ("… mit 280 km/h. An diesem Tag …", "… Communications Inc. Kesha
  trat …"), a number after a word before
  a word that only opens a sentence ("… der Kategorie 1. Am 25. August …"; "am 3. Oktober" and
  "Nr. 5" stay whole), "Warner Bros.", "Mio.", "v. Chr." only before such a word ("Warner
  Bros. Records", "5 Mio. Euro");
- splits a sentence end written without a space before the next sentence where the tokenizer
  left it inside one token ("… Liberalismus“.Im New York …", "… im Jahr 2015.Das …",
  "… der UNESCO.Mary Anning …"), but not initials, abbreviations, domains or versions ("K.Will",
  "J.R.R.", "MP3.com", "2.0.Beta");
- makes a headline without a full stop its own sentence (it is a paragraph of its own).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS_KEY = "paragraphs"
_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSING = {"“", "”", '"', "«", "»", "'", "‘", "’", ")", "]", "''"}
_AMBIGUOUS_QUOTES = {'"', "'", "»", "«"}  # open or close, depending on the spaces around
_YEAR_DOT = re.compile(r"^\d{4}\.$")
_NUMBER_DOT = re.compile(r"^\d{1,3}\.$")
# A number no ordinal can be: grouped in thousands or with decimals ("… betrug 476.835. Die …").
_AMOUNT_DOT = re.compile(r"^(\d{1,3}(\.\d{3})+|\d+,\d+)\.$")
_UNIT_DOT = re.compile(r"^[^\W\d_]{1,3}\.$")  # the "h." of "km/h.", the "s." of "m/s."
# "Co." stays inside "& Co. KG": a company suffix ends a sentence only before a word that is
# not written in capitals.
_COMPANY_SUFFIXES = {"Inc.", "Ltd.", "Corp.", "Co."}
# Abbreviations a name or a noun follows inside a sentence ("Warner Bros. Records", "5 Mio.
# Euro", "300 v. Chr. gegründet"): they end one only before a word in _OPENERS.
_OPENER_ENDED = {"Bros.", "Mio.", "Mrd.", "Chr.", "Jh."}
# Words that open a sentence but never follow an ordinal ("am 3. Oktober", "die 2. Liga"):
# articles, pronouns, prepositions, conjunctions and sentence adverbs, capitalised.
_OPENERS = frozenset({
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines",
    "Dieser", "Diese", "Dieses", "Diesen", "Diesem", "Jeder", "Jede", "Jedes", "Alle", "Beide",
    "Kein", "Keine", "Sein", "Seine", "Seiner", "Ihr", "Ihre", "Ihrer", "Er", "Sie", "Es", "Wir",
    "Ich", "Man", "Dies", "Dort", "Hier", "Am", "Im", "Ins", "Zum", "Zur", "Vom", "Beim", "An",
    "In", "Auf", "Aus", "Bei", "Mit", "Nach", "Seit", "Von", "Vor", "Zu", "Für", "Gegen", "Ohne",
    "Um", "Unter", "Über", "Durch", "Während", "Wegen", "Trotz", "Bis", "Ab", "Neben", "Zwischen",
    "Laut", "Und", "Aber", "Doch", "Denn", "Oder", "Als", "Da", "Dann", "Danach", "Daraufhin",
    "Damit", "Dabei", "Dadurch", "Daher", "Darauf", "Deshalb", "Dennoch", "Trotzdem", "Jedoch",
    "Zudem", "Außerdem", "Auch", "So", "Später", "Zuvor", "Bereits", "Damals", "Inzwischen",
    "Nachdem", "Obwohl", "Wenn", "Weil", "Sobald", "Bevor", "Seitdem", "Anschließend",
    "Schließlich", "Zunächst", "Allerdings"
})
_START, _NOT_START = 1, -1  # spaCy's SENT_START values
# One token holding a sentence's last word, its closing quotes or brackets, its final mark and
# the next sentence's first word: "Liberalismus“.Im", "1996).Die", "UNESCO.Mary".
_GLUED_END = re.compile(r"^(?P<word>[^\s.@/]*[^\W_])(?P<closing>[“”\"')\]]*)(?P<mark>[.!?])(?P<next>[^\W\d_]{2,})$")
# What that last word must end in: two letters or a year (not an initial: "K.Will", "J.R.R.").
_WORD_END = re.compile(r"(?:[^\W\d_]{2}|(?<!\d)\d{4})$")


def _paragraph_starts(doc: Doc) -> set[int]:
    """Indices of the first token of each paragraph."""
    starts: set[int] = set()
    spans = doc.user_data.get(PARAGRAPHS_KEY)
    if spans:
        begins = sorted(start for start, _ in spans)
        position = 0
        for token in doc:
            if token.is_space:
                continue
            while position < len(begins) and begins[position] <= token.idx:
                starts.add(token.i)
                position += 1
        return starts
    previous_newline = True
    for token in doc:
        if token.is_space:
            previous_newline = previous_newline or "\n" in token.text
            continue
        if previous_newline:
            starts.add(token.i)
        previous_newline = "\n" in token.whitespace_
    return starts


def _split_final_dots(doc: Doc) -> Doc:
    """Split "2023.", "h." or "Inc." into the word and "." where the full stop ends a sentence,
    and a sentence end glued to the next sentence into its pieces (``_glued_end``)."""
    targets = [(token, [token.text[:-1], "."]) for token in doc
               if _ends_sentence(token, doc[token.i + 1] if token.i + 1 < len(doc) else None)]
    targets += [(token, parts) for token in doc if (parts := _glued_end(token.text))]
    if not targets:
        return doc
    with doc.retokenize() as retokenizer:
        for token, parts in targets:
            retokenizer.split(token, parts, heads=[token] * len(parts))
    return doc


def _glued_end(text: str) -> list[str] | None:
    """The pieces of a token in which one sentence ends and the next begins without a space:
    "Liberalismus“.Im" → "Liberalismus", "“", ".", "Im" (in "… dem klassischen
    Liberalismus“.Im New York Times Book Review wurde …", two sentences had become one). The
    word before the mark has two letters or is a year and holds no full stop, and the next word is
    capitalised with a lower-case letter after its capital: initials, abbreviations, domains and
    versions stay whole ("K.Will", "S.H.I.E.L.D.", "MP3.com", "VWS.CO", "2.0.Beta")."""
    match = _GLUED_END.match(text)
    if match is None or not _WORD_END.search(match["word"]):
        return None
    following = match["next"]
    if not (following[0].isupper() and following[1].islower()):
        return None
    return [match["word"], *match["closing"], match["mark"], following]


def _ends_sentence(token, following) -> bool:
    """Does the full stop of this abbreviation or number end its sentence?"""
    text = token.text
    if following is None:  # the end of the text
        return bool(_YEAR_DOT.match(text) or _AMOUNT_DOT.match(text))
    if not _starts_sentence(following):
        return False
    if _YEAR_DOT.match(text) or _AMOUNT_DOT.match(text):
        return True
    previous = token.doc[token.i - 1] if token.i else None
    if previous is None:
        return False
    if _UNIT_DOT.match(text) and previous.text == "/" and not previous.whitespace_:
        return True
    if text in _COMPANY_SUFFIXES:
        return following.is_space or not following.text.isupper()
    if text in _OPENER_ENDED:
        return following.text in _OPENERS
    return bool(_NUMBER_DOT.match(text) and previous.is_alpha and following.text in _OPENERS)


_ROMAN = re.compile(r"^[IVX]{1,5}$")


def _after_regnal_number(dot) -> bool:
    """Is the full stop the ordinal dot of a ruler's number ("Kaiser Konstantin VII. (r.
    913–959) schickte …", "Stephan I. gründete …")? Such a dot ends the sentence only before a
    word that only opens one (as a number's dot does: ``_OPENERS``)."""
    if dot.i < 2 or dot.doc[dot.i - 1].whitespace_:
        return False
    number, name = dot.doc[dot.i - 1], dot.doc[dot.i - 2]
    return bool(_ROMAN.match(number.text)) and name.text[:1].isupper() and name.is_alpha


def _starts_sentence(token) -> bool:
    return token.text[:1].isupper() or token.text[:1] in '„»"' or token.is_space


def _continues(token) -> bool:
    """Does this token continue the sentence before it?"""
    text = token.text
    return text in {",", ";", ":", "-", "–"} or (text[:1].islower() and text not in {"z.", "u."})


def _is_final(text: str) -> bool:
    return text in _FINAL or (len(text) > 1 and text.strip(".!?…") == "")


def _opens(token) -> bool:
    """A straight quote after a space and before a word opens a quotation: … schwer. "Das …"."""
    if token.text not in _AMBIGUOUS_QUOTES or token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    return bool(previous.whitespace_ or previous.is_space) and not token.whitespace_


@Language.component("quizgen_sentences")
def german_sentences(doc: Doc) -> Doc:
    """Marks every token as a sentence start or not; the marks are written in one array
    (spaCy's ``token.is_sent_start = …`` scans the whole Doc for a parse each time: setting it
    token by token was quadratic in the length of an article)."""
    doc = _split_final_dots(doc)
    starts = _paragraph_starts(doc)
    marks = [_NOT_START] * len(doc)
    pending_break = roman_dot = False
    for token in doc:
        if token.is_space:
            marks[token.i] = _START if token.i == 0 else _NOT_START
            continue
        if token.i in starts or token.i == 0:
            marks[token.i] = _START
            pending_break = False
            continue
        if pending_break:
            if token.text in _CLOSING and not _opens(token):
                continue
            if _is_final(token.text):  # "!!", "?!?" split into single marks
                continue
            pending_break = False
            if _continues(token) or (roman_dot and token.text not in _OPENERS):
                if token.text in _FINAL:
                    pending_break = True
            else:
                marks[token.i] = _START
            continue
        if _is_final(token.text):
            pending_break = True
            roman_dot = token.text == "." and _after_regnal_number(token)
    if len(doc):
        doc.from_array([SENT_START], numpy.array(marks, dtype=numpy.int64).astype(numpy.uint64))
    return doc
