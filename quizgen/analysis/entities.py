"""Named entities (PER, LOC, ORG, MISC) from STTS proper-noun tags, name lists and rules.

Candidates are runs of proper nouns (``NE``), known multi-word names ("Vereinigte Staaten"),
and acronyms. A candidate's label comes, in this order, from: a mention of the same name
earlier in the article ("Kim Jong Un" makes a later "Kim" a person), curated lists of
countries, cities and organisations, a title before it ("Präsident", "Ministerin"), the
shape of the name (-ministerium, AG, GmbH, -stadt, acronyms), and the Wiktionary name lists
(german-nouns: Toponym, Vorname, Nachname). With an official spaCy model, its entities are
kept and this component only adds what it missed (``keep_existing``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import (
    COUNTRIES_AND_PLACES,
    MULTIWORD,
    ORGANISATIONS,
    PERSON_TITLES,
    PLACE_ADJECTIVE_NOUNS,
    TITLE_SUFFIXES,
)
from .lexicon import noun_lexicon

_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}s?$")
_ORG_SUFFIX = re.compile(
    r"(ministerium|ministeriums|partei|bank|verband|verein|institut|behörde|agentur|konzern|"
    r"gesellschaft|universität|hochschule|akademie|kommission|rat|gericht|armee|"
    r"AG|GmbH|KG|SE|Inc\.?|Ltd\.?|e\.V\.)$"
)
_PLACE_SUFFIX = re.compile(r"(land|stadt|burg|berg|dorf|heim|hausen|furt|feld|bach|see|ingen|ien|istan)s?$")
_PROPER = {"NE", "NNE"}


def _base(name: str) -> str:
    """Kims → Kim, Nordkoreas → Nordkorea (genitive -s), leaving names that end in s alone."""
    if name.endswith("s") and len(name) > 3 and not name.endswith(("ss", "us", "is", "os")):
        return name[:-1]
    return name


class EntityRecognizer:
    def __init__(self, keep_existing: bool, use_model: bool = True) -> None:
        self.keep_existing = keep_existing
        self.use_model = use_model
        self._names: dict[str, str] | None = None

    def names(self) -> dict[str, str]:
        if self._names is None:
            self._names = noun_lexicon().names()
        return self._names

    def __call__(self, doc: Doc) -> Doc:
        existing = list(doc.ents) if self.keep_existing else []
        taken = {token.i for span in existing for token in span}
        found: list[Span] = []
        known: dict[str, str] = {}  # surface name and its parts → label, across the article
        statistical = {(start, end): label for start, end, label in self._model_entities(doc)}
        for start, end in self._candidates(doc):
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            label, sure = self._label(doc, span, known)
            overlapping = [key for key in statistical if key[0] < end and start < key[1]]
            if overlapping and not sure:
                continue  # the trained model saw this name in context: its span and label win
            for key in overlapping:
                del statistical[key]
            if not label:
                continue
            found.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
            self._remember(known, span, label)
        for (start, end), label in sorted(statistical.items()):
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            label = known.get(_base(span.text), label)
            found.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
            self._remember(known, span, label)
        doc.ents = sorted([*existing, *found], key=lambda span: span.start)
        return doc

    @staticmethod
    def _remember(known: dict[str, str], span: Span, label: str) -> None:
        known.setdefault(_base(span.text), label)
        if label == "PER":
            for token in span:
                known.setdefault(_base(token.text), "PER")

    def _model_entities(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Entities of the statistical model trained on GermEval (quizgen/data/ner-model)."""
        model = statistical_model() if self.use_model else None
        if model is None:
            return []
        words = [token.text for token in doc]
        spaces = [bool(token.whitespace_) for token in doc]
        predicted = model(Doc(model.vocab, words=words, spaces=spaces))
        return [
            (ent.start, ent.end, ent.label_)
            for ent in predicted.ents
            if self._plausible(doc[ent.start : ent.end], ent.label_)
        ]

    @staticmethod
    def _plausible(span: Span, label: str) -> bool:
        """Model spans that are names, not quoted phrases ("Das qualitative Niveau …")."""
        tokens = [token for token in span if not (token.is_space or token.is_punct)]
        if not tokens or tokens[0].tag_ in ("ART", "PPOSAT", "PDAT") or not tokens[0].text[:1].isupper():
            return False
        if label == "MISC":
            return any(token.tag_ in ("NE", "FM", "XY") or token.text.isupper() for token in tokens)
        return True

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(doc):
            multi = self._multiword(doc, i)
            if multi:
                spans.append((i, i + multi))
                i += multi
                continue
            token = doc[i]
            if self._is_name_token(token):
                end = i + 1
                while end < len(doc) and doc[end].tag_ in _PROPER and not doc[end].is_sent_start:
                    end += 1
                spans.append((i, end))
                i = end
                continue
            i += 1
        return spans

    def _multiword(self, doc: Doc, i: int) -> int:
        for words in MULTIWORD:
            n = len(words)
            if i + n <= len(doc) and all(doc[i + k].text == words[k] for k in range(n)):
                return n
        return 0

    def _is_name_token(self, token) -> bool:
        text = token.text
        if not text[:1].isupper():
            return False
        if token.tag_ in _PROPER:
            return True
        if _ACRONYM.match(text) and token.tag_ in ("NN", "XY", "FM", "ADJA", "ADJD"):
            return True
        base = _base(text)
        return token.tag_ == "NN" and (base in COUNTRIES_AND_PLACES or base in ORGANISATIONS)

    def _label(self, doc: Doc, span: Span, known: dict[str, str]) -> tuple[str, bool]:
        """The label and whether a list or a rule is sure of it (then it beats the model)."""
        text, base = span.text, _base(span.text)
        words = text.split()
        if base in known:
            return known[base], True
        if text in MULTIWORD_LABELS:
            return MULTIWORD_LABELS[text], True
        if base in COUNTRIES_AND_PLACES:
            return "LOC", True
        if base in ORGANISATIONS:
            return ORGANISATIONS[base], True
        previous = doc[span.start - 1] if span.start > 0 else None
        if previous is not None and (
            previous.lemma_ in PERSON_TITLES or previous.text.endswith(TITLE_SUFFIXES)
        ):
            return "PER", True
        if _ORG_SUFFIX.search(words[-1]):
            return "ORG", True
        if len(words) == 1 and _ACRONYM.match(text):
            return "ORG", False
        names = self.names()
        kinds = [names.get(_base(word), "") for word in words]
        if kinds[0] == "Vorname" or (len(words) > 1 and "Nachname" in kinds[1:]):
            return "PER", False
        if len(words) == 1 and kinds[0] == "Toponym":
            return "LOC", False
        if len(words) == 1 and kinds[0] in ("Vorname", "Nachname"):
            return "PER", False
        if base in PLACE_ADJECTIVE_NOUNS or _PLACE_SUFFIX.search(words[-1]):
            return "LOC", False
        if len(words) >= 2:
            return "PER", False
        # an unknown name: most often a person — unless the trained model, which saw the
        # context, found nothing there
        if self.use_model and statistical_model() is not None:
            return "", False
        return ("PER" if span.root.tag_ in _PROPER else ""), False


MULTIWORD_LABELS: dict[str, str] = {" ".join(words): label for words, label in MULTIWORD.items()}


MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "ner-model"


@lru_cache(maxsize=1)
def statistical_model() -> Language | None:
    """The GermEval-trained spaCy NER shipped with quizgen (``make ner-model``), if present."""
    if not (MODEL_PATH / "config.cfg").is_file():
        return None
    import spacy

    return spacy.load(MODEL_PATH)


@Language.factory("quizgen_entities", default_config={"keep_existing": False, "use_model": True})
def make_entity_recognizer(nlp: Language, name: str, keep_existing: bool, use_model: bool) -> EntityRecognizer:
    return EntityRecognizer(keep_existing, use_model)
