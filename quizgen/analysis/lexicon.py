"""German nouns from Wiktionary (the german-nouns package, CC BY-SA 4.0): gender, plural, forms.

The package ships a 20 MB CSV that takes seconds to parse. The first use builds a compact
index and caches it as SQLite tables in the user's cache directory (``$XDG_CACHE_HOME/quizgen``
or ``~/.cache/quizgen``), keyed by the package version; later processes open it in a
millisecond and read only the words they look up. Nothing is written into the repository.

The spaCy component ``quizgen_lexicon`` adds ``Gender`` and ``Number`` to ``token.morph`` of
nouns, with a compound fallback on the longest known last part (Militärübung → Übung → Fem;
Rechtsfall → der/das Fall, decided by the determiner), a suffix fallback (Verelendung → Fem)
and nominalised infinitives (das Eingreifen), and corrects a noun's lemma when the tagger's
lemma is unknown but the form belongs to exactly one noun.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..cache import cache_dir, tables
from .agreement import gender_in_context

INDEX_VERSION = 10
GENDERS = {"m": "Masc", "f": "Fem", "n": "Neut"}
NAME_KINDS = ("Toponym", "Vorname", "Nachname", "Eigenname")
_CASES = ("nominativ", "genitiv", "dativ", "akkusativ")
MIN_HEAD = 3  # shortest compound head the fallback accepts
COMMON_SHORT_HEAD = 3.5  # Zipf a three-letter head needs (Bau 4.9, Tee 4.5, Lot 3.6; Ern 3.2, Aas 3.2, Ion 3.4)
COMPOUND_MAJORITY = 5  # compounds a head's gender needs to count as its common one
COMPOUND_LEAD = 1.5  # … and their lead over the next gender (der Teil 24, das Teil 14)
PLURAL_MARGIN = 1.0  # Zipf by which a later plural variant must outnumber the first to replace it
SHORT_MODIFIER = 4  # a first part shorter than this must be a noun with a gender (Öl, not Wa)…
LONG_HEAD = 5  # … or any noun before a head this long (Ost|provinz: Wiktionary gives Ost none)
# A singular below this Zipf, with its plural this far above it, is not in use: Dreharbeit 1.3 /
# Dreharbeiten 3.7 (Gliedmaße 2.0 / Gliedmaßen 3.3 keeps its singular).
RARE_SINGULAR = 2.0
PLURAL_GAP = 2.0
# Zipf by which another noun with the same plural must outnumber the tagger's lemma to take the
# plural form: Alben is das Album's (4.75), not der Alb's (3.74); Fakten der Fakt's, not Faktum's.
SHARED_PLURAL_GAP = 0.7
# Suffixes that fix a noun's gender and plural (Duden's rules without exceptions in use).
_SUFFIXES = (
    ("ung", "Fem", "ungen"),
    ("heit", "Fem", "heiten"),
    ("keit", "Fem", "keiten"),
    ("schaft", "Fem", "schaften"),
    ("tion", "Fem", "tionen"),
    ("sion", "Fem", "sionen"),
    ("ität", "Fem", "itäten"),
    ("chen", "Neut", "chen"),
    ("ismus", "Masc", "ismen"),
)
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")


@dataclass(frozen=True, slots=True)
class NounEntry:
    lemma: str
    gender: str  # Masc/Fem/Neut, "" when unknown or ambiguous
    genders: tuple[str, ...] = ()  # every gender the word has (der/das Teil), Wiktionary's order
    plural: str = ""  # nominative plural; "" unknown; "-" no plural
    plurals: tuple[
        str, ...
    ] = ()  # the plural of each gender in ``genders`` (der See/die See: Seen)
    plural_only: bool = False
    weak: bool = False  # n-Deklination
    head: str = ""  # the compound head the entry was derived from
    genitive: str = ""  # genitive singular
    adjectival: bool = False  # declined like an adjective: der/die Angestellte, die Angestellten


@dataclass(slots=True)
class _Index:
    nouns: Mapping[str, tuple[tuple[str, ...], tuple[str, ...], bool, bool, str, bool]]
    forms: Mapping[str, tuple[tuple[str, str], ...]]  # form → ((lemma, "Sing"/"Plur"), …)
    names: Mapping[str, str]
    # a noun of several genders → ((gender, compounds with it as head), …), most first
    heads: Mapping[str, tuple[tuple[str, int], ...]]


def _csv_path() -> Path:
    from importlib.resources import files

    return Path(str(files("german_nouns") / "nouns.csv"))


def _build_index(path: Path) -> _Index:
    nouns: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool, bool, str, bool]] = {}
    forms: dict[str, set[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lemma = row["lemma"]
            kinds = row["pos"].split(",")
            if not lemma or lemma.startswith("-") or " " in lemma:
                continue
            name_kind = next((kind for kind in NAME_KINDS if kind in kinds), "")
            if name_kind:
                names.setdefault(lemma, name_kind)
                continue
            if "Substantiv" not in kinds or "Abkürzung" in kinds:
                continue
            genders = tuple(
                dict.fromkeys(  # Wiktionary lists some genders twice (genus 1 = genus 2 = m)
                    GENDERS[value]
                    for key in ("genus", "genus 1", "genus 2", "genus 3", "genus 4")
                    if (value := row.get(key, "")) in GENDERS
                )
            )
            singular = row.get("nominativ singular") or row.get("nominativ singular 1", "")
            adjectival = "adjektivische Deklination" in kinds
            plural = _common_plural(row)
            if adjectival:  # die Angestellten: the plural after the article
                plural = row.get("nominativ plural schwach", "")
            genitive = row.get("genitiv singular") or row.get("genitiv singular 1", "")
            accusative = row.get("akkusativ singular") or row.get("akkusativ singular 1", "")
            plural_only = not genders and not singular and bool(plural)
            weak = (
                "Masc" in genders
                and bool(accusative)
                and accusative != singular
                and accusative.endswith("n")
            )
            plurals = (plural or ("-" if singular else ""),) * max(1, len(genders))
            if lemma in nouns:  # a second meaning: merge genders, each with its first plural
                old = nouns[lemma]
                known = dict(zip(old[0], old[1], strict=False))
                for gender, value in zip(genders, plurals, strict=False):
                    known.setdefault(gender, value)
                genders, plurals = tuple(known), tuple(known.values()) or old[1]
                plural_only, weak, genitive = (
                    old[2] and plural_only,
                    old[3] or weak,
                    old[4] or genitive,
                )
                adjectival = old[5] and adjectival  # die Alternative is a noun of its own too
            nouns[lemma] = (genders, plurals, plural_only, weak, genitive, adjectival)
            for column, value in row.items():
                if value and column and column.split()[0] in _CASES:
                    number = "Plur" if "plural" in column else "Sing"
                    forms.setdefault(value, set()).add((lemma, number))
    return _Index(
        nouns,
        {form: tuple(sorted(pairs)) for form, pairs in forms.items()},
        names,
        _compound_genders(nouns, names),
    )


def _compound_genders(
    nouns: Mapping[str, tuple], names: Mapping[str, str]
) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each noun with more than one gender, how many compounds of a word and this head
    Wiktionary lists with each gender: a compound takes its head's gender, so the sense German
    builds on shows in them (Stadtteil, Bestandteil, Großteil … der; Einzelteil … das). Only
    compounds of one gender count, each for its longest head, after a first part that is a
    noun or a name (with a linking s/es/n/en)."""
    several = {lemma for lemma, record in nouns.items() if len(record[0]) > 1}
    counts: dict[str, Counter] = {}
    for lemma, record in nouns.items():
        if len(record[0]) != 1:
            continue
        for split in range(2, len(lemma) - MIN_HEAD + 1):
            head = lemma[split].upper() + lemma[split + 1 :]
            if head not in several:
                continue
            first = lemma[:split]
            if any(part in nouns or part in names for part in _without_link(first)):
                counts.setdefault(head, Counter())[record[0][0]] += 1
            break
    return {head: tuple(counted.most_common()) for head, counted in counts.items()}


def _without_link(modifier: str) -> list[str]:
    """The first part of a compound as a headword: itself, or without a linking s/es/n/en."""
    word = modifier[:1].upper() + modifier[1:]
    return [word] + [word[: -len(link)] for link in ("s", "es", "n", "en") if word.endswith(link)]


def _load_index() -> _Index:
    try:
        version = metadata.version("german-nouns")
    except metadata.PackageNotFoundError as error:
        from ..errors import AnalysisError

        raise AnalysisError(
            "german-nouns is not installed: pip install --no-deps -r requirements-nodeps.txt"
        ) from error

    def build() -> dict[str, dict]:
        index = _build_index(_csv_path())
        return {
            "nouns": dict(index.nouns),
            "forms": dict(index.forms),
            "names": dict(index.names),
            "heads": dict(index.heads),
        }

    path = cache_dir() / f"german-nouns-{version}-v{INDEX_VERSION}.sqlite"
    found = tables(path, build, stale_prefix="german-nouns-")
    return _Index(found["nouns"], found["forms"], found["names"], found["heads"])


class NounLexicon:
    def __init__(self, index: _Index) -> None:
        self._index = index
        # compound_entry is pure and asked again for the same words by the analysis, the
        # vocabulary, the levels and the question checks (15,000 calls for 11 articles).
        self._compounds: dict[str, NounEntry | None] = {}
        # lookup and _entry are pure too (an entry is frozen): 180,000 lookups and 250,000
        # entries built for the 41 development articles, most of them for a word asked before.
        self._lookups: dict[tuple[str, bool], NounEntry | None] = {}
        self._entries: dict[str, NounEntry | None] = {}

    def _entry(self, lemma: str) -> NounEntry | None:
        try:
            return self._entries[lemma]
        except KeyError:
            entry = self._entries[lemma] = self._new_entry(lemma)
            return entry

    def _new_entry(self, lemma: str) -> NounEntry | None:
        record = self._index.nouns.get(lemma)
        if record is None:
            return None
        genders, plurals, plural_only, weak, genitive, adjectival = record
        return NounEntry(
            lemma=lemma,
            gender=genders[0] if len(genders) == 1 else "",
            genders=genders,
            plural=plurals[0] if plurals else "",
            plurals=plurals,
            plural_only=plural_only,
            weak=weak,
            genitive=genitive,
            adjectival=adjectival,
        )

    def lookup(self, lemma: str, compound_fallback: bool = True) -> NounEntry | None:
        """The noun's entry; for an unknown compound, one derived from its last part. A word
        Wiktionary lists as a proper name only (der Polarstern, die Wannseekonferenz) takes its
        head's gender but no plural: a name has none."""
        key = (lemma, compound_fallback)
        try:
            return self._lookups[key]
        except KeyError:
            entry = self._lookups[key] = self._looked_up(lemma, compound_fallback)
            return entry

    def _looked_up(self, lemma: str, compound_fallback: bool) -> NounEntry | None:
        entry = self._entry(lemma)
        if entry is None and "ß" in lemma:  # Prozeß, Anlaß: the old spelling of Prozess, Anlass
            entry = self._entry(lemma.replace("ß", "ss"))
        if entry is not None or not compound_fallback:
            return entry
        entry = self.compound_entry(lemma)
        if entry is not None and entry.head and lemma in self._index.names:
            entry = replace(entry, plural="-", plurals=("-",) * len(entry.plurals))
        return entry

    def compound_entry(self, word: str) -> NounEntry | None:
        """Militärübung → die Übung → Fem, plural Militärübungen (the longest known head).

        Not for a prefixed verb's infinitive (das Eingreifen is not Eing + der Reifen) nor for a
        present participle used as a noun (die Fliehenden: der/die Fliehende, not Flieh + das
        Ende); an unknown word with a gender-marking suffix takes the suffix's gender
        (Verelendung; Ostexpansion is -sion, not Ostexpans + das Ion). A word more in use in
        English than in German (Ireland) gets no German inflection. A head after a first part
        that is a word comes first (Pflege|hilfe, not Pfle|gehilfe); a participle written as a
        noun (die Interessierte, Zugewanderte) before a head after a mere string; a
        three-letter head only after a word (Akumu|tator is no Tor).
        """
        if word not in self._compounds:
            self._compounds[word] = self._derived_entry(word)
        return self._compounds[word]

    def _derived_entry(self, word: str) -> NounEntry | None:
        if nominalised_infinitive(word):
            return NounEntry(word, "Neut", ("Neut",), "-", ("-",), genitive=word + "s")
        if self.plural_in_practice(word):
            return NounEntry(word, "", (), word, (word,), plural_only=True)
        participle = _participle_entry(word)
        if participle is not None:
            return participle
        if _english(word):
            return None
        suffix = _suffix_entry(word)
        return (
            self._compound_head(word, suffix, after_word=True)
            or _adjective_entry(word)
            or self._compound_head(word, suffix, after_word=False)
            or suffix
        )

    def _compound_head(
        self, word: str, suffix: NounEntry | None, after_word: bool
    ) -> NounEntry | None:
        """The entry from the longest known head of ``word`` (``after_word``: only after a first
        part that is a word, with a linking s/es/n/en or a hyphen), or the suffix's entry where
        the suffix is the better head."""
        for split in range(2, len(word) - MIN_HEAD + 1):
            modifier, head = word[:split], word[split:]
            if head[:1] == "-":
                modifier, head = word[: split + 1], head[1:]
            head = head[:1].upper() + head[1:]
            entry = self._entry(head)
            if entry is None and "ß" in head:  # Demokratisierungsprozeß: der Prozess
                entry = self._entry(head.replace("ß", "ss"))
            if suffix is not None and (
                head.lower() == suffix.head
                or len(head) < len(suffix.head)
                or (
                    entry is not None
                    and len(head) <= len(suffix.head) + 1
                    and not _is_word(self, modifier)
                )
            ):
                return suffix  # Misswirtschaft: -schaft, not der Schaft; Beanstandung not Dung
            if entry is None or not (entry.genders or entry.plural_only) or len(head) < MIN_HEAD:
                continue  # the longest known head decides, even with two genders (Rechtsfall: Fall, not All)
            if not modifier[-1:].isalpha() and modifier[-1:] != "-":
                continue
            word_before = modifier.endswith("-") or _is_word(self, modifier)
            if after_word and not word_before:
                continue
            if not word_before and len(head) < LONG_HEAD:
                continue  # Beist|zer, Akumu|ta|tor, Antibakteri|elle: a short head after a mere string is chance
            if len(head) == MIN_HEAD and _rare(head):
                continue  # Dünn|ern (a river's name) is no Ern: a rare three-letter head is chance too
            short = self._entry(modifier[:1].upper() + modifier[1:])
            if len(modifier) < SHORT_MODIFIER and not (
                short and (short.genders or len(head) >= LONG_HEAD)
            ):
                continue  # Öl-bremse, Ost|provinz, but Wagen is not Wa + Gen
            plurals = tuple(
                _prefix(modifier, value) if value != "-" else "-" for value in entry.plurals
            )
            plural = plurals[0] if plurals else ""
            genitive = _prefix(modifier, entry.genitive)
            return NounEntry(
                lemma=word,
                gender=entry.gender,
                genders=entry.genders,
                plural=plural,
                plurals=plurals,
                plural_only=entry.plural_only,
                weak=entry.weak,
                head=head,
                genitive=genitive,
                adjectival=entry.adjectival,
            )
        return None

    def attested(self, lemma: str) -> NounEntry | None:
        """The entry of a word Wiktionary lists, or of a compound of such a head with a first
        part that is itself a word (Ermittlungs|akte); None for a guess from a bare string
        ending (Akumu|tator). What evaluation scripts trust to judge a treebank's gender."""
        entry = self.lookup(lemma)
        if entry is None or not entry.head:
            return entry
        modifier = lemma[: len(lemma) - len(entry.head)].rstrip("-")
        return entry if entry.head[:1].isupper() and _is_word(self, modifier) else None

    def plural_in_practice(self, form: str) -> str:
        """The singular of a plural whose singular German hardly writes (Dreharbeiten, Bauarbeiten:
        Dreharbeit is rare), or "": such a noun is learnt as a plural-only one."""
        from ..extraction.frequency import zipf_frequency

        owners = {lemma for lemma, number in self.forms(form) if number == "Plur"}
        if len(owners) != 1 or any(number == "Sing" for _, number in self.forms(form)):
            return ""
        singular = owners.pop()
        entry = self._entry(singular)
        if entry is None or entry.plural != form:
            return ""
        plural, rare = zipf_frequency(form, "de"), zipf_frequency(singular, "de")
        return singular if rare < RARE_SINGULAR and plural - rare >= PLURAL_GAP else ""

    def gender_in_compounds(self, lemma: str) -> str:
        """The gender most compounds give a noun of several genders as their head, when they
        agree clearly (COMPOUND_MAJORITY compounds and COMPOUND_LEAD times the next gender): der
        Teil (24 compounds against 14), der Fall, die Rolle, das Alter, die Bar; else ""."""
        counted = self._index.heads.get(lemma, ())
        if not counted or counted[0][1] < COMPOUND_MAJORITY:
            return ""
        if len(counted) > 1 and counted[0][1] < COMPOUND_LEAD * counted[1][1]:
            return ""
        return counted[0][0]

    def forms(self, form: str) -> tuple[tuple[str, str], ...]:
        """(lemma, number) pairs of the nouns this form can belong to."""
        return self._index.forms.get(form, ())

    def is_noun(self, lemma: str) -> bool:
        return lemma in self._index.nouns

    def names(self) -> Mapping[str, str]:
        """Proper names from Wiktionary: word → Toponym, Vorname, Nachname or Eigenname."""
        return self._index.names


def _common_plural(row: Mapping[str, str]) -> str:
    """Wiktionary's first plural, or another it lists that is far more in use (Themen, not
    Themata; Bauten, not Baue). A variant spelt like the singular is never preferred."""
    from ..extraction.frequency import zipf_frequency

    variants = [row.get("nominativ plural", "")] + [
        row.get(f"nominativ plural {n}", "") for n in range(1, 5)
    ]
    variants = [variant for variant in variants if variant]
    if not variants:
        return ""
    singular = row.get("nominativ singular") or row.get("nominativ singular 1", "")
    first = variants[0]
    for variant in variants[1:]:
        if (
            variant != singular
            and zipf_frequency(variant, "de") >= zipf_frequency(first, "de") + PLURAL_MARGIN
        ):
            first = variant
    return first


def _participle_entry(word: str) -> NounEntry | None:
    """der/die Fliehende, die Fliehenden: a present participle of a verb German uses, written as
    a noun and declined like an adjective (Fliehende is the feminine, Fliehender the masculine
    form, as Wiktionary lists Reisende and Reisender). The participle is the infinitive with
    -d (fliehen-d, handeln-d: die Handelnden)."""
    lower = word.lower()
    if not (word[:1].isupper() and lower.isalpha()):
        return None
    for ending, gender in (("de", "Fem"), ("der", "Masc")):
        infinitive = lower[: -len(ending)]
        if lower.endswith("n" + ending) and infinitive.endswith(("en", "ln", "rn")) and _used_verb(infinitive):
            weak = word[: len(word) - len(ending)] + "den"
            return NounEntry(word, gender, (gender,), weak, (weak,), adjectival=True)
    return None


# Zipf from which a participle written as a noun is a word in use, not HanTa's guess for a
# string it does not know: wordfreq knows it (interessiert 4.9, zugewandert 2.4).
PARTICIPLE_IN_USE = 1.0


def _adjective_entry(word: str) -> NounEntry | None:
    """die Interessierte, der Interessierte(r), die Zugewanderten: a past participle in use
    (HanTa reads the uninflected form as one, maybe not first), written as a noun and declined
    like an adjective: a person (der/die Verletzte). The form in -e is the feminine headword,
    the form in -er the masculine (as Wiktionary lists Angestellte and Angestellter); the
    plural after the article ends in -en. Not for a plain adjective: das Äußere, das Innere,
    das Schöne name a quality, not a person."""
    from ..extraction.frequency import zipf_frequency
    from .hanta import hanta_tagger

    lower = word.lower()
    if not (word[:1].isupper() and lower.isalpha()):
        return None
    for ending, gender in (("e", "Fem"), ("er", "Masc")):
        stem = lower[: -len(ending)]
        if not lower.endswith(ending) or len(stem) < SHORT_MODIFIER:
            continue
        if zipf_frequency(stem, "de") < PARTICIPLE_IN_USE:
            continue
        if "VV(PP)" in dict(hanta_tagger().tag_word(stem)):
            plural = word[: len(word) - len(ending)] + "en"
            return NounEntry(word, gender, (gender,), plural, (plural,), adjectival=True)
    return None


@lru_cache(maxsize=20000)
def _used_verb(infinitive: str) -> bool:
    """A verb in common use (fliehen), and not only the infinitive of a noun's stem."""
    from ..extraction.frequency import zipf_frequency
    from .hanta import hanta_tagger

    return (
        zipf_frequency(infinitive, "de") >= 2.0
        and hanta_tagger().analyze(infinitive)[1].startswith("VV")
    )


@lru_cache(maxsize=20000)
def _english(word: str) -> bool:
    """Is this spelling more in use in English than in German (Ireland, Britain)?"""
    from ..extraction.frequency import zipf_frequency

    return zipf_frequency(word, "en") > zipf_frequency(word, "de")


def _suffix_entry(word: str) -> NounEntry | None:
    """die Verelendung, das Problemchen, der Autoritarismus: the suffix tells gender and plural."""
    for suffix, gender, plural in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            form = word[: len(word) - len(suffix)] + plural
            return NounEntry(word, gender, (gender,), form, (form,), head=suffix, genitive=word)
    return None


def _prefix(modifier: str, form: str) -> str:
    """Militär + Übungen → Militärübungen; US- + Präsidenten → US-Präsidenten."""
    if not form:
        return ""
    return modifier + (form if modifier.endswith("-") else form[:1].lower() + form[1:])


@lru_cache(maxsize=1)
def noun_lexicon() -> NounLexicon:
    """The lexicon, loaded once per process."""
    return NounLexicon(_load_index())


def _common_owner(lexicon: NounLexicon, form: str, lemma: str) -> str:
    """The noun a plural form belongs to when several nouns share it: the one German writes
    far more often (SHARED_PLURAL_GAP), else ``lemma``. Readers found "der Alb" (a nightmare)
    carded for "mehrere Alben" and the rare "das Faktum" for "die historischen Fakten"."""
    from ..extraction.frequency import zipf_frequency

    forms = lexicon.forms(form)
    own = lexicon.lookup(lemma, compound_fallback=False)
    if form == lemma or (lemma, "Plur") not in forms or own is None or own.adjectival:
        return lemma  # die Angeklagten: Angeklagter and Angeklagte are one adjectival noun
    owners = [candidate for candidate, number in forms
              if number == "Plur" and candidate not in (form, lemma)
              and (entry := lexicon.lookup(candidate, compound_fallback=False)) is not None
              and form in entry.plurals and not entry.adjectival
              and (candidate.removesuffix("e") != lemma.removesuffix("e")  # der Kakerlak = die Kakerlake
                   or _only_dative(own, form))]
    if not owners:
        return lemma
    best = max(owners, key=lambda candidate: zipf_frequency(candidate, "de"))
    gap = zipf_frequency(best, "de") - zipf_frequency(lemma, "de")
    return best if gap >= SHARED_PLURAL_GAP or _only_dative(own, form) and gap >= 0 else lemma


def _only_dative(own: NounEntry, form: str) -> bool:
    """Is the plural ``form`` none of ``own``'s plurals, only a case form of one (der Schal, die
    Schals, den Schalen)? Then a noun whose plural it is reads it in every case: "die Körner aus
    den Schalen herausklopfen" is die Schale. Only where that noun is at least as common (in den
    Winden: der Wind, not die Winde)."""
    return form not in own.plurals


def _number(lexicon: NounLexicon, text: str, lemma: str) -> str:
    numbers = {number for candidate, number in lexicon.forms(text) if candidate == lemma}
    if len(numbers) == 1:
        return numbers.pop()
    entry = lexicon.lookup(lemma, compound_fallback=False)
    if numbers and entry is not None and text == entry.plural and text != lemma:
        return "Plur"  # Fahrzeuge: the plural, not the archaic dative singular (dem Fahrzeuge)
    return ""


@Language.component("quizgen_lexicon")
def lexicon_component(doc: Doc) -> Doc:
    lexicon = noun_lexicon()
    _name_lemmas(doc, lexicon.names())
    for token in doc:
        if token.tag_ != "NN":
            continue
        lemma = token.lemma_
        if "ß" in lemma and "ß" not in token.text:
            modern = lemma.replace("ß", "ss")  # HanTa knows some words in the old spelling
            if lexicon.is_noun(modern) or (not lexicon.is_noun(lemma) and lexicon.lookup(modern)):
                lemma = token.lemma_ = modern
        if not lexicon.is_noun(lemma):
            owners = {candidate for candidate, _ in lexicon.forms(token.text)}
            if len(owners) == 1:
                lemma = token.lemma_ = owners.pop()
            elif token.text[:1].isupper() and not nominalised_infinitive(lemma):
                # Polarstern, not HanTa's "Polarster" (Polar + der Ster): the written form's head
                lemma = token.lemma_ = _compound_lemma(lexicon, token.text) or lemma
            elif lexicon.lookup(lemma) is None and not nominalised_infinitive(lemma):
                lemma = token.lemma_ = _compound_lemma(lexicon, token.text) or lemma
        lemma = token.lemma_ = _common_owner(lexicon, token.text, lemma)
        if lexicon.plural_in_practice(token.text) == lemma:
            lemma = token.lemma_ = token.text  # die Dreharbeiten: the plural is the headword
        entry = lexicon.lookup(lemma)
        if entry is None:
            continue
        features = token.morph.to_dict()
        if "Gender" not in features:
            gender = (
                entry.gender
                or gender_in_context(token, entry.genders)
                or _gender_after_ein(token, entry.genders)
            )
            if gender:
                features["Gender"] = gender
        if "Number" not in features:
            number = "Plur" if entry.plural_only else _number(lexicon, token.text, lemma)
            if not number and entry.head:
                number = _compound_number(lexicon, token.text, entry)
            if number:
                features["Number"] = number
        token.set_morph(features)  # type: ignore[attr-defined]
    return doc


# ein-words without an ending (ein, kein, mein …): the adjective after them shows the gender
_BARE_EIN = frozenset({"ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer"})
_STRONG_ENDINGS = {"er": "Masc", "es": "Neut"}


def _gender_after_ein(noun, genders: tuple[str, ...]) -> str:
    """ein neues Haarteil, ein großer Teil: after an ein-word without an ending the adjective
    takes the strong ending, -er for a masculine, -es for a neuter; else ""."""
    doc = noun.doc
    adjective = None
    for previous in reversed(doc[max(0, noun.i - 4) : noun.i]):
        if previous.tag_ == "ADJA":
            adjective = adjective or previous  # the one next to the noun
            continue
        if previous.tag_ == "ADV":
            continue
        if adjective is None or previous.text.lower() not in _BARE_EIN:
            return ""
        text = adjective.text.lower()
        gender = next((g for ending, g in _STRONG_ENDINGS.items() if text.endswith(ending)), "")
        return gender if gender in genders else ""
    return ""


@lru_cache(maxsize=20000)
def nominalised_infinitive(word: str) -> bool:
    """Eingreifen, Einkaufen, Erleben: a prefixed verb's infinitive used as a noun.

    Only prefixed verbs: a bare one may be a noun of its own that the lexicon lacks (der
    Wagen, not das Wagen of "wagen").
    """
    from .hanta import hanta_tagger

    lower = word.lower()
    if not (word[:1].isupper() and lower.isalpha() and lower.endswith("en")):
        return False
    if not hanta_tagger().analyze(lower)[1].startswith("VV"):
        return False
    import ablaut

    try:
        present = ablaut.conjugate(lower).present[2]
    except (ValueError, TypeError):
        return False
    return " " in present or lower.startswith(_INSEPARABLE) and len(lower) > 7


def _rare(word: str) -> bool:
    """Is ``word`` too rare in German to be taken for a compound's short head?"""
    from ..extraction.frequency import zipf_frequency

    return zipf_frequency(word, "de") < COMMON_SHORT_HEAD


def _compound_lemma(lexicon: NounLexicon, text: str) -> str:
    """A compound HanTa could not lemmatise, from its longest known head form.

    Rheinfähre → Rheinfähre (not "Rheinfähr"), Ledercouches → Ledercouch.
    """
    for split in range(2, len(text) - MIN_HEAD + 1):
        modifier, tail = text[:split], text[split:]
        if not (modifier.endswith("-") or _is_word(lexicon, modifier)):
            continue  # Paarungen is not Paa + Rungen
        tail = tail if modifier.endswith("-") else tail[:1].upper() + tail[1:]
        owners = {candidate for candidate, _ in lexicon.forms(tail)}
        if len(owners) == 1:
            head = owners.pop()
            return modifier + (head if modifier.endswith("-") else head[:1].lower() + head[1:])
    return ""


def _is_word(lexicon: NounLexicon, modifier: str) -> bool:
    """Is this the first part of a compound: a noun or name, maybe with a linking s/es/n/en, a
    noun's plural (Städte|trip), an adjective's stem (Polarstern, Großstadt) or a verb's
    (Wasch|raum, Lern|ziel)?"""
    names = lexicon.names()
    return (
        any(lexicon.is_noun(candidate) or candidate in names for candidate in _without_link(modifier))
        or any(number == "Plur" for _, number in lexicon.forms(modifier[:1].upper() + modifier[1:]))
        or _adjective_stem(modifier.lower())
        or _verb_stem(modifier.lower())
    )


@lru_cache(maxsize=20000)
def _verb_stem(word: str) -> bool:
    """wasch, lern, renommier: the stem of a verb wordfreq knows (renommieren 1.2) and HanTa
    reads as one, a first part of compounds (Waschraum, Renommierklub)."""
    from ..extraction.frequency import zipf_frequency
    from .hanta import hanta_tagger

    infinitive = word + "en"
    return (
        len(word) >= SHORT_MODIFIER
        and word.isalpha()
        and zipf_frequency(infinitive, "de") >= 1.0
        and hanta_tagger().analyze(infinitive)[1].startswith("VV")
    )


@lru_cache(maxsize=20000)
def _adjective_stem(word: str) -> bool:
    """polar, groß: a word in use that HanTa knows as the uninflected adjective itself (HanTa
    also guesses adjectives for strings it does not know: "beanstandun"). Memoised: every
    split of an unknown compound asks it of its first part (``_is_word``)."""
    from ..extraction.frequency import zipf_frequency
    from .hanta import hanta_tagger

    if len(word) < SHORT_MODIFIER or not word.isalpha() or zipf_frequency(word, "de") < 2.5:
        return False
    tagger = hanta_tagger()
    return "ADJ(D)" in dict(tagger.tag_word(word)) and tagger.analyze(word, pos="ADJ(D)", taglevel=1)[0] == word


def _name_lemmas(doc: Doc, names: Mapping[str, str]) -> None:
    """A name's genitive takes the name as lemma: Kims → Kim, Nordkoreas → Nordkorea."""
    names_in_doc = [token for token in doc if token.tag_ == "NE"]  # one pass over the doc, not two
    words = {token.text for token in names_in_doc}
    for token in names_in_doc:
        text = token.text
        if (
            len(text) < 4
            or not text.endswith("s")
            or text.endswith(("ss", "'s"))
        ):
            continue
        stem = text[:-1]
        if text not in names and (stem in names or stem in words):
            token.lemma_ = stem


def _compound_number(lexicon: NounLexicon, text: str, entry: NounEntry) -> str:
    """Number of a compound from its head's forms: Militärübungen → Übungen → Plur."""
    for split in range(1, len(text)):
        tail = text[split:]
        tail = tail[:1].upper() + tail[1:]
        if tail.lower().startswith(entry.head.lower()[: max(1, len(entry.head) - 2)]):
            return _number(lexicon, tail, entry.head)
    return ""
