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
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import (
    COUNTRIES_AND_PLACES,
    MODEL_PERSON_TITLES,
    MULTIWORD,
    ORGANISATIONS,
    PERSON_TITLES,
    PLACE_ADJECTIVE_NOUNS,
    SPEECH_VERBS,
    TITLE_SUFFIXES,
    geo_places,
)
from .lexicon import noun_lexicon

_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}s?$")
_ORG_SUFFIX = re.compile(
    r"(?i:ministerium|ministeriums|partei|bank|verband|verein|institut|behörde|agentur|konzern|"
    r"gesellschaft|universität|hochschule|akademie|kommission|gericht|armee|verlag|stiftung|"
    r"versicherung|holding|zeitung|fraktion|gruppe|club|klub|airlines|airways|records|college|"
    r"university|institute)$|[a-zäöüß]{2}rat$|(AG|GmbH|KG|SE|Inc\.?|Ltd\.?|e\.V\.)$"
)
# The organisation suffixes of the trained model's feature (as it was trained: keep as is).
_ORG_SUFFIX_FEATURE = re.compile(
    r"(ministerium|ministeriums|partei|bank|verband|verein|institut|behörde|agentur|konzern|"
    r"gesellschaft|universität|hochschule|akademie|kommission|rat|gericht|armee|"
    r"AG|GmbH|KG|SE|Inc\.?|Ltd\.?|e\.V\.)$"
)
# One ministry written as a compound (Bundesgesundheitsministerium); a bare
# "Verteidigungsministerium" is any country's, a common noun.
_MINISTRY = re.compile(r"^(Bundes|Landes)\w+ministeriums?$")
_PLACE_SUFFIX = re.compile(r"(land|stadt|burg|berg|dorf|heim|hausen|furt|feld|bach|see|ingen|ien|istan)s?$")
_PROPER = {"NE", "NNE"}
# Abbreviations of common words that look like names (acronyms) but never are.
_NOT_NAMES = (
    "ISBN ISSN PMID DOI PLZ TV PC CD DVD KB MB GB AG GmbH KG SE Mio Mrd Nr StGB BGB GG PS KW "
    "km kg cm mm ca bzw usw etc"
)
NOT_NAMES = frozenset(_NOT_NAMES.split())

# Label sources (see ``_label``) that beat the trained model where both found a name, that
# also override its span, and that add a name the model did not find.
SURE = {"article", "multiword", "places", "organisations", "title", "org-suffix"}
SPAN_SURE = {"multiword"}
# Measured with the feature model (GermEval train held-out slice and dev): acronyms (units,
# identifiers: KB, MW, ISBN), lone first names or surnames, place suffixes and runs of proper
# nouns the model passed over are more often wrong than right, so they are not added.
ADD_ALONE = {"article", "multiword", "places", "organisations", "title", "org-suffix", "toponym",
             "speech"}


def _base(name: str) -> str:
    """Kims → Kim, Nordkoreas → Nordkorea (genitive -s), leaving names that end in s alone."""
    if name.endswith("s") and len(name) > 3 and not name.endswith(("ss", "us", "is", "os")):
        return name[:-1]
    return name


SOURCES_KEY = "quizgen_entity_sources"
# A line generated from an article (a question, a statement read again by the checks) brings the
# article's names along instead of running the trained model on it: ``doc.user_data[KNOWN_KEY]``
# holds a ``KnownNames``.
KNOWN_KEY = "quizgen_known_names"


class KnownNames:
    """An article's entities by their words, to find them again in a line made from it.

    Compared by identity: one per article, so that a cache of parsed lines keeps the lines of
    one article apart from the same line in another."""

    def __init__(self, names: Iterable[tuple[tuple[str, ...], str]]) -> None:
        by_first: dict[str, dict[tuple[str, ...], str]] = {}
        for words, label in names:
            if words:
                by_first.setdefault(words[0], {}).setdefault(words, label)  # the first mention's label
        # the longest name first: "Kim Jong Un" before "Kim"
        self._by_first = {
            first: sorted(labels.items(), key=lambda item: -len(item[0])) for first, labels in by_first.items()
        }

    def at(self, doc: Doc, i: int) -> tuple[int, str] | None:
        """The length and label of the longest known name that starts at token ``i``."""
        for words, label in self._by_first.get(doc[i].text, ()):
            n = len(words)
            if i + n <= len(doc) and all(doc[i + k].text == words[k] for k in range(1, n)):
                return n, label
        return None


class EntityRecognizer:
    def __init__(self, keep_existing: bool, use_model: bool = True) -> None:
        self.keep_existing = keep_existing
        self.use_model = use_model
        self.rules = True  # False: the trained model's entities only (for measuring)
        self.trace = False  # True: doc.user_data[SOURCES_KEY] tells where each entity came from
        self._names: Mapping[str, str] | None = None

    def names(self) -> Mapping[str, str]:
        if self._names is None:
            self._names = noun_lexicon().names()
        return self._names

    def __call__(self, doc: Doc) -> Doc:
        existing = list(doc.ents) if self.keep_existing else []
        taken = {token.i for span in existing for token in span}
        known_names = doc.user_data.get(KNOWN_KEY)
        predicted = self._model_entities(doc) if known_names is None else self._known_entities(doc, known_names)
        statistical = {(start, end): label for start, end, label in predicted}
        known: dict[str, str] = {}  # surface name and its parts → label, across the article
        chosen: dict[tuple[int, int], str] = {}
        sources: dict[tuple[int, int], str] = {}
        for (start, end), label in statistical.items():
            # the model's names are known before the rules run: a lone "Casagrande" the model
            # passed over is the "Marco Casagrande" it found (``_label``'s source "article")
            self._remember(known, doc[start:end], label)
        for start, end in self._candidates(doc) if self.rules else []:
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            label, source = self._label(doc, span, known)
            overlapping = [key for key in statistical if key[0] < end and start < key[1]]
            if overlapping:
                if source not in SURE or not label:
                    continue  # the trained model saw this name in context: its span and label win
                if (start, end) not in overlapping and source not in SPAN_SURE:
                    continue  # other boundaries ("Universität Hamburg" around "Hamburg"): the model's
                for key in overlapping:
                    del statistical[key]
            elif not label or source not in ADD_ALONE:
                continue
            chosen[(start, end)] = label
            sources[(start, end)] = source + ("/over-model" if overlapping else "")
            taken.update(range(start, end))
            self._remember(known, span, label)
        for (start, end), label in sorted(statistical.items()):
            if any(i in taken for i in range(start, end)):
                continue
            chosen[(start, end)] = label
            sources[(start, end)] = "model"
            taken.update(range(start, end))
            self._remember(known, doc[start:end], label)
        if self.rules and ABBREVIATIONS:
            for (start, end), label in list(chosen.items()):
                # "Bundesamt für Kommunikation ( BAKOM )": the abbreviation names the same thing
                # (only an organisation's: "Angela Merkel ( CDU )" is a person and her party)
                if label == "ORG" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                    short = doc[end + 1]
                    if _ACRONYM.match(short.text) and short.text not in NOT_NAMES and short.i not in taken:
                        chosen[(short.i, short.i + 1)] = label
                        sources[(short.i, short.i + 1)] = "abbreviation"
                        taken.add(short.i)
        chosen = {key: label for key, label in chosen.items() if not _common_noun(doc, *key)}
        labels = consistent_labels(
            {key: self._merged_label(doc[key[0] : key[1]], label, known) for key, label in chosen.items()},
            {key: _base(doc[key[0] : key[1]].text) for key in chosen},
        )
        found = [Span(doc, start, end, label=label) for (start, end), label in labels.items()]
        doc.ents = sorted([*existing, *found], key=lambda span: span.start)
        if self.trace:
            doc.user_data[SOURCES_KEY] = sources
        return doc

    @staticmethod
    def _merged_label(span: Span, label: str, known: dict[str, str]) -> str:
        """A later "Kim" or "Kims" takes the label of an earlier "Kim Jong Un"."""
        if len(span) == 1 and known.get(_base(span.text)) == "PER" and label != "PER":
            return "PER"
        return label

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
        words = tuple(token.text for token in doc)
        spaces = tuple(bool(token.whitespace_) for token in doc)
        tags = tuple(token.tag_ or "_" for token in doc)
        found = []
        predicted = _predicted(words, spaces, tags)
        surnames = {doc[end - 1].text for start, end, label in predicted
                    if label == "PER" and end - start >= 2 and doc[end - 1].tag_ in _PROPER}
        for ent_start, ent_end, ent_label in predicted:
            start, end = self._trimmed(doc, ent_start, ent_end)
            if ent_label == "PER":
                end = self._without_object(doc, start, end, surnames)
            span = doc[start:end]
            if self._plausible(span, ent_label):
                found.append((start, end, self._relabelled(span, ent_label)))
        return found

    def _known_entities(self, doc: Doc, names: KnownNames) -> list[tuple[int, int, str]]:
        """The article's names where they stand in ``doc``, in place of the trained model's
        entities: the model is half of the analysis of a generated line ("Wen besuchte Kim Jong
        Un?"), and a name the line took from the article is labelled as the article labelled
        it. Without the model, none (as ``_model_entities``)."""
        if not self.use_model or statistical_model() is None:
            return []
        found = []
        i = 0
        while i < len(doc):
            match = names.at(doc, i)
            if match is None:
                i += 1
                continue
            length, label = match
            found.append((i, i + length, label))
            i += length
        return found

    @staticmethod
    def _plausible(span: Span, label: str) -> bool:
        """Model spans that are names: not abbreviations of common words (ISBN, TV, Mio), not
        a phrase of common words ("Das qualitative Niveau der Kriegsvorbereitungen")."""
        tokens = [token for token in span if not (token.is_space or token.is_punct)]
        if not tokens or not (tokens[0].text[:1].isupper() or tokens[0].text in ORGANISATIONS):
            return False
        if len(tokens) == 1 and tokens[0].text in NOT_NAMES:
            return False
        named = any(token.tag_ in ("NE", "FM", "XY") or _ACRONYM.match(token.text) for token in tokens)
        return named or tokens[0].tag_ not in ("ART", "PPOSAT", "PDAT")

    @staticmethod
    def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
        """A model span without a common noun before a genitive name ("Besuchen Kims" → "Kims";
        "Universität Hamburg" stays whole), and with the
        rest of a proper-noun run it cut short ("Kim Jong" + "Un")."""
        lexicon = noun_lexicon()
        while (
            end - start == 2
            and doc[start].tag_ == "NN"
            and doc[start + 1].tag_ == "NE"
            and _base(doc[start + 1].text) != doc[start + 1].text
            and lexicon.is_noun(doc[start].lemma_)
        ):
            start += 1
        while end < len(doc) and doc[end].tag_ == "NE" and doc[end - 1].tag_ == "NE" and not doc[end].is_sent_start:
            end += 1
        return start, end

    @staticmethod
    def _without_object(doc: Doc, start: int, end: int, surnames: set[str]) -> int:
        """A person's span without the common noun the model ran on into: "Jennifer Lee … In ihrer
        Jugend spielte *Lee* Flöte" (the model's "Lee Flöte" left Lee without a sex and every "sie"
        of the text without its referent). Only after a surname the text gave with its first name
        and before a noun German knows in this very form: "Thomas Müller" alone keeps its Müller."""
        while end - start == 2 and doc[end - 1].tag_ == "NN" and doc[start].text in surnames and (
                noun_lexicon().forms(doc[end - 1].text)):
            end -= 1
        return end

    @staticmethod
    def _relabelled(span: Span, label: str) -> str:
        """The model's label, corrected by the name's shape (Bundesjustizministerium → ORG)."""
        last = span[-1].text
        if label != "ORG" and _ORG_SUFFIX.search(last) and not _ACRONYM.match(last):
            return "ORG"
        if label != "LOC" and len(span) == 1 and _base(last) in COUNTRIES_AND_PLACES and label == "PER":
            return "LOC"
        return label

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        # A sentence's first word, no common noun German knows, is a name where the tagger reads
        # it as a common noun if it reads it as a proper noun elsewhere in the article:
        # "Casagrande wurde in eine … Familie hineingeboren" (NN) after "Marco Casagrande (* 7.
        # Mai 1971 …)" (NE); ``_label`` gives it the earlier mention's label. Only there: inside
        # a sentence the tagger's NN is more often right ("einen Mann mit Fustanella"), and a
        # known noun stays one ("Burg" of "Olde Burg")
        proper = {token.text for token in doc if token.tag_ in _PROPER}
        i = 0
        while i < len(doc):
            multi = self._multiword(doc, i)
            if multi:
                spans.append((i, i + multi))
                i += multi
                continue
            token = doc[i]
            if self._is_name_token(token) or (token.is_sent_start and token.text in proper and _unknown_word(token)):
                end = i + 1
                while end < len(doc) and doc[end].tag_ in _PROPER and not doc[end].is_sent_start:
                    end += 1
                spans.append((i, end))
                i = end
                continue
            if _person_cue(doc, i) and _unknown_word(token):
                end = i + 1  # "Tochter Ireland", "CEO Rick Dudley", "sagte Pinkwart"
                while end < len(doc) and _unknown_word(doc[end]) and not doc[end].is_sent_start:
                    end += 1
                spans.append((i, end))
                i = end
                continue
            i += 1
        return spans

    def _multiword(self, doc: Doc, i: int) -> int:
        for words in _MULTIWORD_BY_FIRST.get(doc[i].text, ()):
            n = len(words)
            if i + n <= len(doc) and all(doc[i + k].text == words[k] for k in range(1, n)):
                return n
        return 0

    def _is_name_token(self, token) -> bool:
        text = token.text
        if not text[:1].isupper():
            return False
        if token.tag_ in _PROPER:
            return True
        if text in NOT_NAMES:
            return False
        if _ACRONYM.match(text) and token.tag_ in ("NN", "XY", "FM", "ADJA", "ADJD"):
            return True
        base = _base(text)
        if token.tag_ == "NN" and _MINISTRY.search(text):
            return True  # Bundesgesundheitsministerium: one ministry, written as a compound
        return token.tag_ == "NN" and (base in COUNTRIES_AND_PLACES or base in ORGANISATIONS)

    def _label(self, doc: Doc, span: Span, known: dict[str, str]) -> tuple[str, str]:
        """The label and its source: the article, a list, a rule or a guess."""
        text, base = span.text, _base(span.text)
        words = text.split()
        if base in known:
            return known[base], "article"
        if text in MULTIWORD_LABELS:
            return MULTIWORD_LABELS[text], "multiword"
        if base in COUNTRIES_AND_PLACES:
            return "LOC", "places"
        if base in ORGANISATIONS:
            return ORGANISATIONS[base], "organisations"
        previous = doc[span.start - 1] if span.start > 0 else None
        if previous is not None and (
            previous.lemma_ in PERSON_TITLES or previous.text.endswith(TITLE_SUFFIXES)
        ):
            return "PER", "title"
        if _person_cue(doc, span.start):
            return "PER", "speech"
        if _ORG_SUFFIX.search(words[-1]):
            return "ORG", "org-suffix"
        if len(words) == 1 and _ACRONYM.match(text):
            return "ORG", "acronym"
        names = self.names()
        kinds = [names.get(_base(word), "") for word in words]
        if kinds[0] == "Vorname" or (len(words) > 1 and "Nachname" in kinds[1:]):
            return "PER", "first-name"
        if len(words) == 1 and kinds[0] == "Toponym":
            return "LOC", "toponym"
        if len(words) == 1 and kinds[0] in ("Vorname", "Nachname"):
            return "PER", "surname"
        if base in PLACE_ADJECTIVE_NOUNS or _PLACE_SUFFIX.search(words[-1]):
            return "LOC", "place-suffix"
        if len(words) >= 2:
            return "PER", "multi-proper"
        # an unknown name: most often a person — unless the trained model, which saw the
        # context, found nothing there
        if self.use_model and statistical_model() is not None:
            return "", "unknown"
        return ("PER" if span.root.tag_ in _PROPER else ""), "unknown"


ABBREVIATIONS = True
USE_PLACES = True  # the GeoNames place feature (scripts/train_ner.py --no-places trains without)


@lru_cache(maxsize=200_000)
def _word_feature(word: str) -> str:
    lexicon = noun_lexicon()
    base = _base(word)
    parts = []
    if word in COUNTRIES_AND_PLACES or base in COUNTRIES_AND_PLACES:
        parts.append("place")
    if word in ORGANISATIONS or base in ORGANISATIONS:
        parts.append("org")
    if USE_PLACES and (word in geo_places() or base in geo_places()):
        parts.append("geo")
    names = lexicon.names()
    kind = names.get(word) or names.get(base)
    if kind:
        parts.append(kind)
    if word[:1].isupper() and lexicon.forms(word):
        parts.append("noun")
    if word in MODEL_PERSON_TITLES or word.endswith(TITLE_SUFFIXES):
        parts.append("title")
    if len(word) > 3 and _ORG_SUFFIX_FEATURE.search(word):
        parts.append("org-suffix")
    return "+".join(parts) or "-"


def model_features(words: list[str]) -> list[str]:
    """What the trained model sees of each word besides its text and STTS tag (stored in the
    model's ``Doc`` as the lemma): the name lists it is on (curated places and organisations,
    Wiktionary's first names, surnames and toponyms), whether it is a known common noun form
    (German capitalises every noun, so a capital letter alone says little), a person title
    and an organisation suffix. ``scripts/train_ner.py`` trains with the same features."""
    return [_word_feature(word) for word in words]


_DETERMINERS = frozenset({"ART", "APPRART", "PDAT", "PPOSAT", "PIAT"})


def _common_noun(doc: Doc, start: int, end: int) -> bool:
    """"die Erde", "der Pest": one noun after a determiner that the lexicon has as a common
    noun in this very form is no name (unless a curated list or its shape says it is: die
    Schweiz, das Bundesgesundheitsministerium)."""
    if end - start != 1 or start == 0:
        return False
    token = doc[start]
    text = token.text
    if token.tag_ != "NN" or text in COUNTRIES_AND_PLACES or text in ORGANISATIONS:
        return False
    if _MINISTRY.search(text) or _ORG_SUFFIX.search(text):
        return False  # das Bundesgesundheitsministerium: one institution
    before = doc[start - 1]
    if before.tag_ == "ADJA" and start > 1:
        before = doc[start - 2]
    if before.tag_ not in _DETERMINERS:
        return False
    return (text, "Sing") in noun_lexicon().forms(text)


def _unknown_word(token) -> bool:
    """A capitalised word that is no common noun German knows (Pinkwart, Laukötter, Ice-T)."""
    text = token.text
    if not text[:1].isupper() or text in NOT_NAMES:
        return False
    return token.tag_ in ("NE", "FM", "XY") or (token.tag_ == "NN" and not noun_lexicon().forms(text))


def _person_cue(doc: Doc, i: int) -> bool:
    """A word before position i that announces a person: a title or role ("Rapper",
    "Tochter", "Außenminister") or a verb of speech ("sagte Köhler", ", so Ketterer")."""
    if i == 0 or doc[i].is_sent_start:
        return False
    previous = doc[i - 1]
    if previous.lemma_ in PERSON_TITLES or previous.text.endswith(TITLE_SUFFIXES):
        return True
    if previous.tag_.startswith("VV") and previous.lemma_ in SPEECH_VERBS:
        return True
    return previous.lower_ == "so" and i > 1 and doc[i - 2].text == ","


def consistent_labels(
    labels: dict[tuple[int, int], str], names: dict[tuple[int, int], str]
) -> dict[tuple[int, int], str]:
    """One label per name in an article: the most frequent one, on a tie the first mention's
    ("Washington" is LOC throughout, not LOC here and ORG there)."""
    votes: dict[str, Counter[str]] = {}
    for key in sorted(labels):  # Counter keeps insertion order: the first mention's label first
        votes.setdefault(names[key], Counter())[labels[key]] += 1
    winner = {name: counts.most_common(1)[0][0] for name, counts in votes.items()}
    return {key: winner[names[key]] for key in labels}


MULTIWORD_LABELS: dict[str, str] = {" ".join(words): label for words, label in MULTIWORD.items()}
# The multi-word names by their first word, in MULTIWORD's order: a token is compared with the
# names it can start instead of all 30 (that scan was most of the time of finding candidates).
_MULTIWORD_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in MULTIWORD:
    _MULTIWORD_BY_FIRST.setdefault(_words[0], []).append(_words)


MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "ner-model"


@lru_cache(maxsize=1)
def statistical_model() -> Language | None:
    """The GermEval-trained spaCy NER shipped with quizgen (``make ner-model``), if present."""
    if not (MODEL_PATH / "config.cfg").is_file():
        return None
    import spacy

    return spacy.load(MODEL_PATH)


# Texts whose entities from the trained model are kept (``_predicted``): a few batches of articles.
PREDICTED_TEXTS = 128


@lru_cache(maxsize=PREDICTED_TEXTS)
def _predicted(
    words: tuple[str, ...], spaces: tuple[bool, ...], tags: tuple[str, ...]
) -> tuple[tuple[int, int, str], ...]:
    """The trained model's entities (token start, end, label) of a text given its words, spaces
    and STTS tags, all the model reads (with ``model_features`` of the words). The model is a
    sixth of an article's analysis: a text analysed again (``make bench`` analyses every
    article, then builds it) is not read twice."""
    model = statistical_model()
    assert model is not None  # only called where the model is loaded
    doc = Doc(model.vocab, words=list(words), spaces=list(spaces), tags=list(tags), lemmas=model_features(list(words)))
    return tuple((ent.start, ent.end, ent.label_) for ent in model(doc).ents)


@Language.factory("quizgen_entities", default_config={"keep_existing": False, "use_model": True})
def make_entity_recognizer(nlp: Language, name: str, keep_existing: bool, use_model: bool) -> EntityRecognizer:
    return EntityRecognizer(keep_existing, use_model)
