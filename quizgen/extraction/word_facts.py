"""What a card says about a word: der/die/das and plural of a noun, principal parts of a verb.

Facts come from the lexicons (german-nouns, ablaut), checked against the article where it
shows a form; a fact that cannot be trusted is left out rather than guessed. Where the
lexicon has more than one answer the article decides (der See / die See by its determiner,
hat das Auto gefahren), else the form in common use (wordfreq). Nouns declined like
adjectives show both articles (der/die Angestellte, die Angestellten); a plural nobody writes
is "meist Singular" (Nahrung, Musik, Bevölkerung).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..analysis.lexicon import NounEntry, noun_lexicon
from ..cache import cache_dir, tables
from ..memo import LastOne
from ..model import Sentence, Token
from .frequency import zipf_frequency
from .verbs import AMBIGUOUS_PREFIXES, Usage, principal_parts

ARTICLES = {"Masc": "der", "Fem": "die", "Neut": "das"}
# Suffixes whose nouns form the plural with -en when they have one (Weiterbildung → -en).
_REGULAR_EN = ("ung", "heit", "keit", "ion", "schaft", "tät")
# Zipf by which a mass noun's singular outnumbers its plural: an abstract noun (-ung, -heit,
# -ismus … Bevölkerung 5.0 / Bevölkerungen 2.9, Feminismus 3.8 / Feminismen 1.1) needs
# ABSTRACT_GAP, any other MASS_GAP (Musik 5.3 / Musiken 2.2, Nahrung 4.2 / 1.2): weekdays and
# months (Dienstag 4.6 / Dienstage 2.0) have gaps up to 2.9 and keep their plural (measured on
# the 43 dev articles). An abstract -nis (Verständnis 4.6 / Verständnisse 1.6, Gedächtnis,
# Wildnis; round-8 readers: "die Verständnisse" is no plural a learner meets) is abstract too;
# a countable one keeps its plural (Ergebnisse, Erlebnisse, Bündnisse: gaps under 1.1).
_ABSTRACT = ("ung", "heit", "keit", "schaft", "tum", "ik", "ion", "ismus", "ität", "nis")
ABSTRACT_GAP = 2.0
MASS_GAP = 3.0
# A feminine noun (the gender of most abstract formations: Effizienz, Psyche, Quarantäne)
# whose plural wordfreq hardly knows is abstract too: Zwangsarbeit 3.5 / Zwangsarbeiten 1.3,
# Altersvorsorge 3.7 / 1.2 (Dienstage 2.0, Raketen 3.9 are written).
UNWRITTEN_PLURAL = 1.5
COMMON_SINGULAR = 3.0  # below this Zipf the gap says nothing (rare words have no plural data)
WRITTEN_SINGULAR = 2.0  # …but a plural wordfreq lacks beside a singular this common is unused
USED_PLURAL = 2.0  # a plural this common is in use
# Zipf by which a noun's singular outnumbers its dative plural (singular + n) where the plural is
# spelt like the singular: materials and collectives 1.9 to 3.4 (Kupfer, Getreide, Zucker,
# Leder, Geflügel), count nouns below 1.7 (Gebirge 1.2, Teller 1.2, Theater 1.7)
SAME_FORM_GAP = 1.8
MIN_MODIFIER = 3  # letters of a compound's modifier and head at least: Fußball|nationalmannschaft
PLURAL_LEAD = 1.0  # Zipf by which one gender's plural must lead to tell the common sense alone
# Zipf by which a singular the text uses as a mass must outnumber its plural (Steinkohle 3.2 /
# Steinkohlen 2.2, Braunkohle 1.4); count nouns Ding lists without a plural: Umlaufbahn 1.0
MASS_USE_GAP = 1.0
_CLAUSE_BREAKS = frozenset({"$,", "$.", "KON", "KOUS"})
RECIPROCAL_WORDS = frozenset({"gegenseitig", "einander", "untereinander"})  # sich gegenseitig: each other


@lru_cache(maxsize=50000)
def nominalised_adjective(lemma: str) -> bool:
    """Englische, Schwarz-Weiße, Angestellter: an adjective form, not a headword of its own
    (der/die Angestellte is the headword of Angestellter)."""
    from ..analysis.hanta import hanta_tagger

    lexicon = noun_lexicon()
    entry = lexicon.lookup(lemma)
    if entry is not None:
        weak_form = (
            lexicon.lookup(lemma[:-1], compound_fallback=False) if lemma.endswith("er") else None
        )
        return entry.adjectival and weak_form is not None and weak_form.adjectival
    if not lemma.endswith(("e", "en")) or _adjectival_masculine(lemma + "r") is not None:
        return False  # der/die Liberale: a person's headword, though the lexicon lists Liberaler only
    stem = lemma.rsplit("-", 1)[-1].lower().removesuffix("n").removesuffix("e")
    return len(stem) > 2 and hanta_tagger().analyze(stem)[1].startswith("ADJ")


def _adjectival_masculine(lemma: str) -> NounEntry | None:
    """The lexicon's own entry of a masculine noun declined like an adjective (Liberaler,
    Zehnjähriger, Angestellter), or None; not one guessed for an unknown word (Befreier is no
    "Befreie")."""
    entry = noun_lexicon().lookup(lemma, compound_fallback=False) if lemma.endswith("er") else None
    return entry if entry is not None and entry.adjectival and entry.gender == "Masc" else None


def adjectival_headword(lemma: str) -> str:
    """The headword of a noun declined like an adjective: its weak form after the article.

    "als Zehnjähriger", "die Liberalen" are lemmatised to the lexicon's masculine strong form
    (Wiktionary lists Zehnjähriger and Liberaler, often without a form in -e); a learner learns
    der/die Zehnjährige, der/die Liberale, as for Angestellte and Deutsche (noun_fields shows both
    articles). Any other lemma is returned as it is.
    """
    return lemma[:-1] if _adjectival_masculine(lemma) is not None else lemma


def _adjectival_feminine(lemma: str) -> NounEntry | None:
    """der/die Liberale where the lexicon lists only der Liberale(r): the feminine entry, with the
    masculine's plural (die Liberalen)."""
    masculine = _adjectival_masculine(lemma + "r") if lemma.endswith("e") else None
    if masculine is None:
        return None
    return NounEntry(lemma, "Fem", ("Fem",), masculine.plural, (masculine.plural,), adjectival=True)


# HanTa's log-probability of an uninflected adjective below which a participle is no adjective
# of its own (verfasst -16.1, betitelt -16.9, unterschätzt -19.2; vertraut -11.9, verwandt
# -12.6, gewohnt -13.0, erfahren -13.7), and the margin its verb reading must lead by.
ADJECTIVE_FLOOR = -16.0
PARTICIPLE_LEAD = 2.0
RARE_PARTICIPLE = 3.0  # Zipf of a present participle that lives on as an adjective (spannend 4.4)
COMMON_ADJECTIVE = 4.5  # a participle HanTa also reads as adjective, this common, is one (verheiratet)
# Zipf by which a past participle outnumbers its verb's other forms when German uses it as an
# adjective of its own: ausgeprägt 3.8 against ausprägen/ausprägte/auszuprägen 2.2, verschieden
# 4.0 against verscheiden 2.4; plain participles stay below (ausgesetzt +0.4, gerichtet -0.6).
OWN_ADJECTIVE_GAP = 1.0
# Zipf by which a participle's inflected forms (entgegengesetzte, -en, -er, -es, -em) outnumber
# its bare form when German uses it as an attributive adjective of its own: entgegengesetzt
# +0.35, abgelegen +0.67, verwandt +0.50, ausgeprägt +0.20; a verb's participle is met bare, in
# its perfect and passive (ausgesetzt -1.31, versprochen -0.80, gebogen +0.07).
ATTRIBUTIVE_LEAD = 0.2


@lru_cache(maxsize=20000)
def participle_verb(adjective: str) -> str:
    """The verb whose participle this adjective lemma is, when the word is no adjective of its
    own: a learner learns "versprechen", not "versprochen" (das versprochene Land, die
    ausgesetzten Belohnungen, ein abgefilmter Trailer, die regierende Monarchin); "" for an
    adjective in its own right (bekannt, vertraut, verwandt, spannend, entscheidend).

    A past participle counts as a verb form when HanTa knows no adjective reading of it, or
    only a far less likely one; a present participle when it is rare itself (regierend,
    erscheinend). The verb must be one German uses, with this very participle (ablaut).
    """
    from ..analysis.hanta import hanta_tagger
    from .frequency import zipf_frequency

    tagger = hanta_tagger()
    if not adjective.isalpha() or not adjective.islower():
        return ""
    if adjective.endswith("end"):
        verb = adjective[:-1]
        if (gerundive := _without_zu(verb)) != verb:
            return gerundive  # "die anzutreffenden Arten": antreffen
        rare = zipf_frequency(adjective, "de") < RARE_PARTICIPLE
        if not rare or not _used_verb(verb) or "VV(PP)" in dict(tagger.tag_word(adjective)):
            return ""
        return "" if _outnumbers_its_verb(adjective, verb) else verb
    scores = dict(tagger.tag_word(adjective))
    participle, reading = scores.get("VV(PP)"), scores.get("ADJ(D)")
    if participle is None or (
        reading is not None
        and (
            reading > ADJECTIVE_FLOOR
            or participle - reading < PARTICIPLE_LEAD
            or zipf_frequency(adjective, "de") >= COMMON_ADJECTIVE  # verheiratet
        )
    ):
        return ""
    verb = tagger.analyze(adjective, pos="VV(PP)", taglevel=1)[0]
    parts = principal_parts(verb) if _used_verb(verb) else None
    if parts is None or parts.participle != adjective or outgrows_its_verb(adjective, verb):
        return ""
    return verb


@lru_cache(maxsize=20000)
def participle_of(word: str) -> str:
    """The verb a past participle form belongs to, adjective reading or not ("überzogen" →
    überziehen, whose participle it is: the word itself decides that it is the inseparable
    variant, not "übergezogen"); "" for a word that is no verb's participle."""
    from ..analysis.hanta import hanta_tagger

    tagger = hanta_tagger()
    if not word.isalpha() or not word.islower() or "VV(PP)" not in dict(tagger.tag_word(word)):
        return ""
    verb = tagger.analyze(word, pos="VV(PP)", taglevel=1)[0]
    parts = principal_parts(verb, (word,)) if _used_verb(verb) else None
    return verb if parts is not None and parts.participle == word else ""


def _outnumbers_its_verb(present_participle: str, verb: str) -> bool:
    """Is the present participle, with its endings (verheerend, -e, -en …), more common than its
    verb's infinitive and principal parts? Then it lives on as an adjective of its own: "die
    verheerenden Überschwemmungen" teaches verheerend 'devastating', not the rare verheeren
    (3.7 against 2.3; a reader missed verheerend), as spannend and dringend are adjectives;
    regierend (3.9 against regieren 4.3) is a verb form."""
    from .levels import zipf

    parts = principal_parts(verb)
    forms = {verb}
    if parts is not None:
        forms |= {parts.prefix + form.split()[0] for form in (parts.present, parts.preterite)} | {parts.participle}
    inflected = zipf(present_participle + ending for ending in ("", "e", "en", "er", "es", "em"))
    return inflected > zipf(forms)


@lru_cache(maxsize=20000)
def outgrows_its_verb(participle: str, verb: str) -> bool:
    """Is the past participle far more common than every other form of its verb, so that
    German uses it as an adjective of its own (ausgeprägt, not ausprägen; verschieden)? Counted
    are the forms that cannot be the participle: the infinitive, the zu-infinitive and the joined
    present and preterite of a separable verb (its main-clause forms stand apart and cannot be
    counted), the present only where it differs from the participle (verheiratet)."""
    from .levels import zipf

    parts = principal_parts(verb)
    if parts is None or parts.participle != participle or participle == verb:
        return False  # versehen, begraben: the participle's count is the infinitive's too
    prefix = parts.prefix
    present, preterite = (form.split()[0] for form in (parts.present, parts.preterite))
    forms = {verb, prefix + preterite, prefix + present}
    if prefix:
        forms.add(prefix + "zu" + verb[len(prefix):])
    forms.discard(participle)
    return zipf_frequency(participle, "de") - zipf(forms) >= OWN_ADJECTIVE_GAP or attributive_adjective(participle)


def attributive_adjective(participle: str) -> bool:
    """Is the past participle met mostly inflected, before a noun, rather than bare (by
    ``ATTRIBUTIVE_LEAD``)? A verb's participle is written bare in its perfect and passive
    (ausgesetzt, versprochen); one German uses as an adjective of its own stands mostly before
    nouns: "in die entgegengesetzte Richtung" is the adjective entgegengesetzt 'opposite', not
    the verb entgegensetzen 'to counter' (readers found that card's lemma and meaning wrong),
    though the verb's forms are as common as the bare participle."""
    from .levels import zipf

    inflected = zipf(participle + ending for ending in ("e", "en", "er", "es", "em"))
    return inflected - zipf_frequency(participle, "de") >= ATTRIBUTIVE_LEAD


# Adverbs that grade an adjective: a participle after one is used as an adjective (weit
# verbreitet, sehr angesehen, stark ausgeprägt).
_DEGREE = frozenset(
    ["sehr", "besonders", "äußerst", "höchst", "weit", "stark", "ziemlich", "überaus", "am", "zu", "so", "recht"]
)


def graded(sentence: Sentence, token: Token) -> bool:
    """Is the adjective form graded: a degree adverb right before it, or a superlative (die
    verbreitetsten)? A participle so used is an adjective, not a verb form."""
    before = next((t for t in reversed(sentence.tokens) if t.i < token.i), None)
    if before is not None and before.text.lower() in _DEGREE and before.tag in ("ADV", "ADJD", "PTKA"):
        return True
    rest = token.text.lower()[len(token.lemma):] if token.text.lower().startswith(token.lemma) else ""
    return rest.startswith(("st", "est")) and not token.lemma.endswith("end")


def state_participle(sentence: Sentence, token: Token) -> bool:
    """A past participle that names a state, not an event: no haben or werden in its clause and
    a verb whose perfect takes haben ("ist stark ausgeprägt", but "ist angelangt", "wurde
    ausgelost" are verb forms)."""
    parts = principal_parts(token.lemma)
    if parts is None or parts.auxiliary != "haben":
        return False
    return not any(t.lemma in ("haben", "werden") and t.tag.startswith("VA") for t in _clause(sentence, token))


# Verbs that link a subject to a predicative adjective: "ist verheiratet", "bleibt geschlossen",
# "wirkt verletzt", "zeigt sich reserviert" (zeigen only with sich).
_COPULAS = frozenset({"sein", "bleiben", "wirken", "scheinen", "erscheinen"})


def predicative_adjective(sentence: Sentence, token: Token) -> bool:
    """A past participle that is an adjective in its own right (HanTa knows its adjective
    reading: verheiratet, reserviert, geschlossen; not veröffentlicht, gegründet), used
    predicatively: with a copula or "sich zeigen", and no haben or werden (state_participle), so
    neither a perfect nor a passive. A learner learns the adjective, not verheiraten or "sich
    reservieren"."""
    if not state_participle(sentence, token):
        return False
    word = token.text.lower()
    if not word.isalpha() or participle_verb(word) or "ADJ(D)" not in _tags(word):
        return False
    clause = _clause(sentence, token)
    if any(t.tag == "APPR" and t.lemma in ("von", "durch") for t in clause) and not _measured(clause, token):
        return False  # war durch Ziegen bedroht: an agent shows the state passive of the verb
    lemmas = {t.lemma for t in clause if t.i != token.i and t.tag.startswith(("VA", "VV"))}
    reflexive = any(t.tag == "PRF" and t.text.lower() == "sich" for t in clause)
    return bool(lemmas & _COPULAS) or ("zeigen" in lemmas and reflexive)


def _measured(clause: list[Token], participle: Token) -> bool:
    """Does a length or "weit" stand before the participle, ahead of its von-phrase ("sind fast
    1.000 Kilometer von der Küste entfernt", "ist weit von der Stadt entfernt")? The von-phrase then says from where, not by whom: the participle is the
    adjective (entfernt "far away", not entfernen "to remove": round 25). A number after a
    preposition (seit drei Jahren) or inside the von-phrase (von drei Armeen besetzt) is none."""
    tokens = [t for t in clause if t.i < participle.i]
    von = next((k for k, t in enumerate(tokens) if t.tag == "APPR" and t.lemma in ("von", "durch")), None)
    if von is None:
        return False
    for k, t in enumerate(tokens[:von]):
        if t.text.lower() in ("weit", "unweit") and t.tag in ("ADV", "ADJD"):
            return True
        if t.tag == "CARD" and (k == 0 or tokens[k - 1].tag != "APPR") and k + 1 < von \
                and tokens[k + 1].text.lower() in _LENGTHS:
            return True
    return False


# Units of length: "1.000 Kilometer von der Küste entfernt" measures a distance; a duration does
# not ("war 20 Jahre von den Römern besetzt" is the state passive of besetzen).
_LENGTHS = frozenset(["kilometer", "km", "meter", "m", "zentimeter", "cm", "meile", "meilen",
                      "seemeile", "seemeilen", "lichtjahr", "lichtjahre", "lichtjahren"])


def _tags(word: str) -> dict[str, float]:
    from ..analysis.hanta import hanta_tagger

    return dict(hanta_tagger().tag_word(word))


def _without_zu(infinitive: str) -> str:
    """The verb of a zu-infinitive with a separable particle (anzusehen → ansehen, of the
    gerundive "der anzusehende Film"), when German uses that verb (aufzucken keeps its zu);
    else the form unchanged."""
    from ..analysis.hanta import SEPARABLE_PARTICLES

    for particle in sorted(SEPARABLE_PARTICLES, key=len, reverse=True):
        base = infinitive[len(particle) + 2 :]
        if infinitive.startswith(particle + "zu") and len(base) >= 5 and _used_verb(particle + base):
            return particle + base
    return infinitive


def _used_verb(infinitive: str) -> bool:
    """A verb German uses (HanTa reads it as a verb; wordfreq knows it, or a particle before a
    verb it knows: abfilmen)."""
    from ..analysis.hanta import SEPARABLE_PARTICLES, hanta_tagger
    from .frequency import zipf_frequency

    used = zipf_frequency(infinitive, "de") >= 2.0 or any(
        infinitive.startswith(p) and zipf_frequency(infinitive[len(p) :], "de") >= 2.0
        for p in SEPARABLE_PARTICLES
    )
    return used and hanta_tagger().analyze(infinitive)[1].startswith("VV")


def noun_fields(lemma: str, found: list[tuple[Sentence, Token]]) -> dict | None:
    """Article, gender and plural of the noun ``lemma`` as the article uses it (``found``:
    its occurrences), or None when they cannot be trusted."""
    entry: NounEntry | None = (
        noun_lexicon().lookup(lemma) or _adjectival_feminine(lemma) or dictionary_noun(lemma)
    )
    if entry is None:
        return None
    if entry.plural_only:  # die Kosten: the headword is the plural, no second form to show
        return {"article": "die", "gender": "", "number_note": "nur Plural"}
    if not entry.genders:
        return None
    if entry.adjectival:
        if found and all(token.text[:1].islower() for _, token in found):
            return None  # "für bessere Qualität": an adjective the tagger took for a noun
        if "Neut" not in entry.genders and any(
            _abstract(sentence, token) or token.text == lemma + "s" for sentence, token in found
        ):
            return None  # das Entscheidende, etwas Antibakterielles: an adjective in disguise, not a person
        return _adjectival_fields(entry, entry.gender or _gender_in_text(entry, found))
    if "Fem" in entry.genders and _person_adjective(lemma) and "Neut" not in _genders_shown(found):
        return _adjectival_fields(entry, "Fem")  # Deutsche am Steuer: der/die Deutsche, not das Deutsche
    if len(entry.genders) > 1 and found and all(_bare_after_preposition(s, t) for s, t in found):
        return None
    gender = entry.gender or _gender_in_text(entry, found)
    plural = (
        entry.plurals[entry.genders.index(gender)]
        if len(entry.plurals) == len(entry.genders)
        else entry.plural
    )
    fields: dict = {
        "article": ARTICLES[gender],
        "gender": gender,
        "weak_noun": entry.weak and gender == "Masc",
    }
    plural_found = [(sentence, token) for sentence, token in found if not _genitive_singular(sentence, token)]
    plural = _plural_in_use(entry, _plural_written(lemma, plural, plural_found), {token.text for _, token in plural_found})
    if plural not in ("-", "~") and plural not in {token.text for _, token in plural_found} and (
        _name_like(lemma, gender, found) or _uncounted_here(lemma, plural, found)
    ):
        plural = "~"
    if plural == "-":
        fields["number_note"] = "kein Plural"
    elif plural == "~":
        fields["number_note"] = "meist Singular"
    elif plural:
        fields["plural"] = f"die {plural}"
    return fields


# Tags of the words that make a singular noun phrase count (ein, die, diese, jede, ihre, kein, zum)
_DETERMINERS = frozenset({"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT", "PRELAT", "APPRART"})


def _uncounted_here(lemma: str, plural: str, found: list[tuple[Sentence, Token]]) -> bool:
    """Is a noun the dictionary in use lists without a plural (:func:`_no_plural_in_ding`) one
    nobody counts, by the figures or by the text? Its plural never written beside a written
    singular (Informationsflut 2.2 / Informationsfluten 0), or well behind it (``MASS_USE_GAP``)
    where the text uses the noun only as a mass, a bare singular with no determiner
    ("Als Energieträger hat Steinkohle …", "Erdöl, Erdgas, Steinkohle": Steinkohle 3.2 /
    Steinkohlen 2.2). Round 25's readers found "die Informationsfluten" and "die Steinkohlen"
    on cards; the plural the lexicon builds from the head (Fluten, Kohlen) is no evidence that
    the compound is counted. Ding alone omits the plural of many count nouns (Umlaufbahn,
    Anzahlung), so it decides only together with the figures or the text."""
    if not plural or plural == lemma or not _no_plural_in_ding(lemma):
        return False
    if _unwritten_plural(lemma, plural):
        return True
    return (
        _gap(lemma, plural) >= MASS_USE_GAP
        and bool(found)
        and all(token.text == lemma and _bare(sentence, token) for sentence, token in found)
    )


def _bare(sentence: Sentence | None, noun: Token) -> bool:
    """Does the noun stand without a determiner (its adjectives and adverbs between)?"""
    if sentence is None:
        return False
    before = [token for token in sentence.tokens if token.i < noun.i and token.tag not in ("ADJA", "ADV")]
    return not before or before[-1].tag not in _DETERMINERS


def _bare_after_preposition(sentence: Sentence | None, noun: Token) -> bool:
    """"an Bord der Prometheus", "über Bord", "vor Gericht": a noun right after a preposition,
    with no determiner, in a fixed phrase that shows no gender. Of a noun whose gender tells
    its meanings apart (der Bord "board" of a ship, das Bord "shelf") the text then does not
    say which it uses (readers found "das Bord – die Borde – shelf" for "an Bord"), and a card
    with the wrong one is worse than none."""
    if sentence is None:
        return False
    position = next(k for k, token in enumerate(sentence.tokens) if token.i == noun.i)
    return position > 0 and sentence.tokens[position - 1].tag == "APPR" and noun.tag == "NN"


_GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jenes"})


def _genitive_singular(sentence: Sentence | None, noun: Token) -> bool:
    """Does a genitive article stand before the noun (its adjectives between)? "des Holocausts",
    "eines Autos": the form is the genitive singular, however the plural is spelt."""
    if sentence is None:
        return False
    before = [token for token in sentence.tokens if token.i < noun.i and token.tag != "ADJA"]
    return bool(before) and before[-1].text.lower() in _GENITIVE_ARTICLES


def _name_like(lemma: str, gender: str, found: list[tuple[Sentence, Token]]) -> bool:
    """Is a masculine or neuter noun used like a name: its genitive singular written without -s
    ("im Rahmen des Holocaust", "die Ausbreitung des Islam"), as German writes names and
    one-of-a-kind things? Such a noun is "meist Singular" whatever plural Wiktionary lists
    (die Holocausts, which wordfreq counts with the genitive des Holocausts and English
    holocausts). Nouns that end in a sibilant take -es and are not read so."""
    if gender not in ("Masc", "Neut") or lemma.endswith(("s", "ß", "x", "z")):
        return False
    return any(token.text == lemma and _genitive_singular(sentence, token) for sentence, token in found)


def dictionary_noun(lemma: str) -> NounEntry | None:
    """Gender and plural of a noun the Wiktionary extract lacks, from the Ding dictionary in use
    (Debian's trans-de-en): "Wagen {m}; Gefährt {n} | Wagen {pl}; …" gives der Wagen, die Wagen.
    Wiktionary's extract has no der Wagen, the most common such noun: a noun spelt like a verb
    (wagen) and with its plural spelt like its singular. Only lines whose headword is the noun
    with a gender marker count, and only when they agree on the gender; the plural is the first
    word of a line's second part when Ding marks it {pl}. Only for a word Wiktionary knows no
    form of, and not for an adjective written as a noun (das Äußere, etwas Antibakterielles),
    which the lexicon leaves out on purpose. None without a Ding dictionary."""
    from ..analysis.hanta import hanta_tagger
    from .dictionaries import find_dictionary

    dictionary = find_dictionary()
    if dictionary is None or dictionary.format != "ding" or not lemma[:1].isupper():
        return None
    if noun_lexicon().forms(lemma) or any(tag.startswith("ADJ") for tag, _ in hanta_tagger().tag_word(lemma.lower())[:2]):
        return None
    found = _ding_nouns(str(dictionary.path)).get(lemma)
    if not found or not found[0]:
        return None
    gender, plural = found
    return NounEntry(lemma, gender, (gender,), plural, (plural,))


_DING_NOUN = re.compile(r"([A-ZÄÖÜ]\w+) \{([mfn])\}(?: \[[^\]]*\]| /[^/ ]+/)*")  # Kupfer {n} [chem.] /Cu/
_DING_PLURAL = re.compile(r"(\w+) \{pl\}(?: \[[^\]]*\])*")
_DING_GENDERS = {"m": "Masc", "f": "Fem", "n": "Neut"}


@lru_cache(maxsize=2)
def _ding_nouns(path: str) -> Mapping[str, Any]:
    """Ding's nouns as headwords, lemma → (gender, plural): "" for a gender the lines disagree on
    or a plural none gives. Read once (about 2 s) and cached in the user cache."""
    source = Path(path)
    stat = source.stat()
    cache = cache_dir() / f"ding-nouns-v3-{stat.st_size}-{int(stat.st_mtime)}.sqlite"

    def build() -> dict[str, dict[str, Any]]:
        nouns: dict[str, tuple[str, str]] = {}
        with source.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                parts = line.split(" :: ")[0].split(" | ")
                head = _DING_NOUN.fullmatch(parts[0].split("; ")[0])
                if head is None:
                    continue
                lemma, gender = head.group(1), _DING_GENDERS[head.group(2)]
                plural_match = _DING_PLURAL.fullmatch(parts[1].split("; ")[0]) if len(parts) > 1 else None
                plural = plural_match.group(1) if plural_match else ""
                if not _plural_of(plural, lemma):
                    plural = ""
                old_gender, old_plural = nouns.get(lemma, (gender, plural))
                nouns[lemma] = (
                    gender if old_gender == gender else "",
                    old_plural if old_plural == plural or not plural else old_plural or plural,
                )
        return {"nouns": {lemma: list(value) for lemma, value in nouns.items()}}

    return tables(cache, build, stale_prefix="ding-nouns-")["nouns"]


def _plural_of(plural: str, lemma: str) -> bool:
    """Can ``plural`` be the plural of ``lemma``: its stem (umlaut aside) and at most four letters
    more (Haus, Häuser; not Regen, Regenfälle; not Fotograf, Foto, which Ding's lines also pair)?"""
    folded = plural.translate(str.maketrans("äöüÄÖÜ", "aouAOU"))
    stem = lemma[: max(2, len(lemma) - 2)]
    return folded.startswith(stem.translate(str.maketrans("äöüÄÖÜ", "aouAOU"))) and len(plural) <= len(lemma) + 4


def _genders_shown(found: list[tuple[Sentence, Token]]) -> set[str]:
    return {token.feature("Gender") for _, token in found} - {""}


def _person_adjective(lemma: str) -> bool:
    """Has the feminine noun ``lemma`` a masculine declined like an adjective (Deutsche,
    Deutscher), so that it names a person of either sex? Wiktionary lists das Deutsche (the
    language) beside die Deutsche, which hides the adjectival declension."""
    if not lemma.endswith("e"):
        return False
    masculine = noun_lexicon().lookup(lemma + "r", compound_fallback=False)
    return masculine is not None and masculine.adjectival


def _plural_written(lemma: str, plural: str, found: list[tuple[Sentence, Token]]) -> str:
    """The plural the text writes where Wiktionary lists it beside the usual one: die Worte
    (utterances) beside die Wörter, die Regimes beside die Regime. A dative plural (Wörtern,
    the nominative plus -n) is not a headword's plural."""
    lexicon = noun_lexicon()
    for _, token in found:
        form = token.text
        if form == plural or (lemma, "Plur") not in lexicon.forms(form):
            continue
        dative = form.endswith("n") and (lemma, "Plur") in lexicon.forms(form[:-1])
        if not dative and form != lemma:
            return form
    return plural


def senses_by_gender(lemma: str, found: list[tuple[Sentence, Token]]) -> list[list[tuple[Sentence, Token]]]:
    """The occurrences of a noun split by meaning where its gender tells the meaning apart: der
    See and die See, der Leiter and die Leiter become one card each. Occurrences whose gender
    the text does not show go with the sense met most often."""
    entry = noun_lexicon().lookup(lemma)
    if entry is None or len(entry.genders) < 2:
        return [found]
    by_gender: dict[str, list[tuple[Sentence, Token]]] = {}
    for occurrence in found:
        gender = occurrence[1].feature("Gender")
        by_gender.setdefault(gender if gender in entry.genders else "", []).append(occurrence)
    shown = sorted((g for g in by_gender if g), key=lambda g: -len(by_gender[g]))
    if len(shown) < 2:
        return [found]
    by_gender[shown[0]] += by_gender.pop("", [])
    return [sorted(by_gender[g], key=lambda o: (o[0].index, o[1].i)) for g in shown]


def _gender_in_text(entry: NounEntry, found: list[tuple[Sentence, Token]]) -> str:
    """The gender of the sense the article uses: der See / die See.

    The determiners in the text decide (the lexicon component set Gender from them); else a
    plural form only one gender has (Menschen, not Menscher); else a plural far more in use
    than the other's (wordfreq, where each gender has a plural of its own it can count:
    Gehälter, not Gehalte); else the gender most compounds give the head (der Teil, der Fall,
    die Rolle, das Alter, das Tor), not for a weak noun (der Kunde, not the Kunde of
    Erdkunde); else the plural in use; else Wiktionary's first.
    """
    seen = Counter(token.feature("Gender") for _, token in found)
    shown = [gender for gender, _ in seen.most_common() if gender in entry.genders]
    if shown:
        return shown[0]
    usage: dict[str, float] = {}
    plurals = dict(zip(entry.genders, entry.plurals, strict=False))
    if len(entry.plurals) == len(entry.genders):
        forms = {token.text for _, token in found}
        matching = [g for g, plural in plurals.items() if plural in forms]
        if len(matching) == 1:
            return matching[0]
        if len(set(entry.plurals)) == len(entry.plurals) and all(
            _countable_plural(entry, plural) for plural in entry.plurals
        ):
            usage = {g: zipf_frequency(plural, "de") for g, plural in plurals.items()}
    ranked = sorted(usage, key=usage.__getitem__, reverse=True)
    if ranked and usage[ranked[0]] - usage[ranked[1]] >= PLURAL_LEAD:
        return ranked[0]
    # a weak masculine names a person (der Kunde, der Erbe), a sense compounds rarely build on
    by_compounds = "" if entry.weak else noun_lexicon().gender_in_compounds(entry.head or entry.lemma)
    if by_compounds in entry.genders:
        return by_compounds
    if ranked and usage[ranked[0]] >= USED_PLURAL:
        return ranked[0]
    return entry.genders[0]


def _countable_plural(entry: NounEntry, plural: str) -> bool:
    """Can wordfreq (which ignores letter case) count this plural as the plural? Not when it is
    none ("-"), spelt like the singular (das Alter, die Alter), or read first as another word
    (fallen, alten, mangeln: Fallen, Alten, Mangeln)."""
    from ..analysis.hanta import hanta_tagger

    if plural in ("", "-", entry.lemma):
        return False
    return hanta_tagger().tag_word(plural.lower())[0][0] == "NN"


_ABSTRACT_BEFORE = frozenset({"das", "etwas", "nichts", "viel", "wenig", "alles"})


def _abstract(sentence: Sentence | None, noun: Token) -> bool:
    """"das Verbindende", "etwas Entscheidendes": a neuter noun declined like an adjective, which
    names a quality rather than a person (der/die Fliehende)."""
    if sentence is None:
        return False
    before = [token for token in sentence.tokens if token.i < noun.i and token.tag != "ADJA"]
    return bool(before) and before[-1].text.lower() in _ABSTRACT_BEFORE


def _plural_in_use(entry: NounEntry, plural: str, forms: set[str]) -> str:
    """The plural a dictionary would show: "-" none, "~" mostly singular, or the form.

    A plural the lexicon lists but nobody writes (Nahrungen, Musiken, Bevölkerungen,
    Zwangsarbeiten: Zipf far below a common singular) is "meist Singular"; an -ung/-heit/-keit/-ion/
    -schaft/-tät noun given no plural has its regular one when that is in use (Weiterbildungen).
    A compound is judged by its head (Militärübung as Übung). A plural the article itself
    uses is shown whatever the figures say; of a plural spelt like the singular, only its
    dative (Getreiden) shows it: the other forms are the singular's as well.
    """
    if _unmeasured_plural(entry, plural) and plural + "n" not in forms and _no_plural_in_ding(entry.lemma):
        return "~"
    if plural not in forms and _adjective_form_plural(entry, plural) and _no_plural_in_ding(entry.lemma):
        return "-"  # die Antike, die Moderne: an epoch, no plural
    if plural in forms or (
        plural == "-" and entry.lemma.endswith(_REGULAR_EN) and entry.lemma + "en" in forms
    ):
        return plural if plural != "-" else entry.lemma + "en"
    modifier = entry.lemma[: len(entry.lemma) - len(entry.head)] if entry.head else ""
    singular = entry.head or entry.lemma
    if plural == "-":
        regular = singular + "en"
        if (
            singular.endswith(_REGULAR_EN)
            and zipf_frequency(regular, "de") >= USED_PLURAL
            and _gap(singular, regular) < ABSTRACT_GAP
        ):
            return entry.lemma + "en"
        return "-"
    own = plural[len(modifier) :]
    own = own[:1].upper() + own[1:]
    abstract = singular.endswith(_ABSTRACT) or (
        entry.genders == ("Fem",) and zipf_frequency(own, "de") < UNWRITTEN_PLURAL
    )
    needed = ABSTRACT_GAP if abstract else MASS_GAP
    if (
        plural
        and own != singular
        and not own.endswith("innen")  # Ministerinnen: wordfreq undercounts feminine plurals
        and (
            (zipf_frequency(singular, "de") >= COMMON_SINGULAR and _gap(singular, own) >= needed
             and not (zipf_frequency(own, "de") == 0 and _head_plural_in_use(entry, plural, ABSTRACT_GAP)
                      and not _no_plural_in_ding(entry.lemma)))
            or (abstract and _unwritten_plural(singular, own) and not _head_plural_in_use(entry, plural))
        )
    ):
        return "~"
    return plural


def _unmeasured_plural(entry: NounEntry, plural: str) -> bool:
    """Is a neuter noun's plural, spelt like its singular so that wordfreq cannot count it, a
    mass noun's? It is counted by its dative, the singular plus -n (Getreiden), of the
    compound's head where the lexicon splits it off: a material or collective has a gap past
    ``SAME_FORM_GAP`` (Getreide 3.8 / Getreiden 1.5, Leder, Geflügel), a count noun not (Gebirge
    3.9 / Gebirgen 2.8, Theater; Arbeits·zimmer by Zimmer). Only neuters: the masculines spelt
    so are mostly persons whose singular names an office (der Kanzler 2.4, der Bürgermeister)."""
    if plural != entry.lemma or entry.genders != ("Neut",):
        return False
    compound = noun_lexicon().compound_entry(entry.lemma)
    singular = compound.head if compound is not None and compound.head and len(compound.head) < len(entry.lemma) else entry.lemma
    return singular.endswith(("e", "el", "er")) and zipf_frequency(singular, "de") >= COMMON_SINGULAR \
        and _gap(singular, singular + "n") >= SAME_FORM_GAP


def _adjective_form_plural(entry: NounEntry, plural: str) -> bool:
    """Is a feminine noun made of an adjective (die Antike of antik, die Moderne) given a plural
    spelt like that adjective's inflected form (Antiken: "der antiken Welt")? wordfreq counts
    the adjective there (antiken 3.9), so the figures cannot tell an epoch's missing plural from
    a count noun's: round 22's readers found "die Antike – die Antiken" where the epoch has
    none. Only the dictionary's listing then decides (see :func:`_no_plural_in_ding`)."""
    from ..analysis.hanta import hanta_tagger

    lemma = entry.lemma
    if entry.genders != ("Fem",) or plural != lemma + "n" or not lemma.endswith("e") or len(lemma) < 5:
        return False
    return hanta_tagger().analyze(lemma[:-1].lower())[1].startswith("ADJ")


def _no_plural_in_ding(lemma: str) -> bool:
    """Does the Ding dictionary in use list the noun as a headword and give it no plural line
    (Kupfer {n} [chem.] /Cu/, Getreide {n} [agr.]), as it does for materials and collectives?
    Round 20's readers found "die Kupfer" and "die Getreide" on cards. False without a Ding
    dictionary."""
    from .dictionaries import find_dictionary

    dictionary = find_dictionary()
    if dictionary is None or dictionary.format != "ding":
        return False
    found = _ding_nouns(str(dictionary.path)).get(lemma)
    return bool(found) and bool(found[0]) and not found[1]


def _head_plural_in_use(entry: NounEntry, plural: str, gap: float | None = None) -> bool:
    """Is the plural of one of the compound's heads in use: a noun of the lexicon that ends the
    compound and inflects as it does (and, given a ``gap``, whose plural is less rare than that
    beside its singular)? A rare compound's plural is missing from wordfreq
    because the compound is rare, not because nobody would write it: Fußballnationalmannschaften
    (Zipf 0) made the card "meist Singular" in round 15, while Nationalmannschaften is written
    (2.8); so did Geburtsstädte (0) in round 21, where Städte is common. A head that is itself
    mostly singular lends no plural (Verkehr 4.8 / Verkehre 2.6: round 22's readers found "die
    Nahverkehre"), so a compound's own gap is held to ABSTRACT_GAP. A noun that is no compound
    (Philanthropie) has no such head."""
    lexicon = noun_lexicon()
    for start in range(MIN_MODIFIER, len(entry.lemma) - MIN_MODIFIER):
        rest, own = entry.lemma[start:], plural[start:]
        rest, own = rest[:1].upper() + rest[1:], own[:1].upper() + own[1:]
        head = lexicon.lookup(rest)
        if (
            head is not None
            and head.lemma == rest
            and head.genders == entry.genders
            and head.plural == own
            and zipf_frequency(own, "de") >= USED_PLURAL
            and (gap is None or _gap(rest, own) < gap)
        ):
            return True  # the lexicon builds Ballnationalmannschaft too: a head nobody writes is passed over
    return False


def _unwritten_plural(singular: str, plural: str) -> bool:
    """Is the singular written (``WRITTEN_SINGULAR``) and the plural never, not even once among
    wordfreq's rarest words? A rarer noun than ``COMMON_SINGULAR`` leaves its gap unmeasured, but a
    plural missing altogether beside a singular in use is one nobody uses: Philanthropie 2.2 /
    Philanthropien 0 (readers: "practically not used"), Orthographie 2.9 / 0; a counted rare noun
    has one (Zisternen 2.4, Rückblenden 2.7)."""
    return zipf_frequency(singular, "de") >= WRITTEN_SINGULAR and zipf_frequency(plural, "de") == 0


def _gap(singular: str, plural: str) -> float:
    return zipf_frequency(singular, "de") - zipf_frequency(plural, "de")


def _adjectival_fields(entry: NounEntry, gender: str) -> dict:
    """der/die Angestellte, die Angestellten: a noun declined like an adjective.

    A person noun has a masculine (Angestellter) and a feminine entry: the card shows both
    articles and the persons' plural (die Deutschen, also where Wiktionary's first entry is
    das Deutsche, the language, without one); others keep their own (das Äußere).
    """
    lexicon = noun_lexicon()
    masculine = lexicon.lookup(entry.lemma + "r") if entry.lemma.endswith("e") else None
    both = gender == "Fem" and masculine is not None and masculine.adjectival
    fields: dict = {
        "article": "der/die" if both else ARTICLES[gender],
        "gender": "" if both else gender,
    }
    plural = entry.plural
    if both and plural in ("", "-") and masculine is not None:
        plural = masculine.plural
    if plural not in ("", "-"):
        fields["plural"] = f"die {plural}"
    if entry.lemma.endswith("e") and (both or gender in ("Masc", "Neut")):
        # der Industrielle, ein Industrieller; das Äußere, ein Äußeres: a reader missed on the
        # card that the word is declined like an adjective (the form after "ein" shows it)
        fields["declension"] = f"ein {entry.lemma}{'s' if gender == 'Neut' and not both else 'r'}"
    return fields


def verb_fields(lemma: str, found: list[tuple[Sentence, Token]], reflexive_only: bool = False) -> dict:
    """Principal parts, auxiliary and separable prefix of the verb as the article uses it
    (``reflexive_only``: a verb German uses only with sich, whatever the text shows)."""
    fields: dict = {}
    reflexive = reflexive_only or any(_is_reflexive(sentence, token) for sentence, token in found)
    usage = Usage(
        participles=tuple(t.text for s, t in found if t.tag == "VVPP" and not _read_as_finite(s, t)),
        separated=any(_separated(sentence, token) for sentence, token in found),
        perfects=tuple(p for sentence, token in found if (p := _perfect(sentence, token))),
        reflexive=reflexive,
        objects=tuple(o for sentence, token in found if (o := _has_object(sentence, token)) is not None),
        finites=tuple(token.text for _, token in found if token.tag == "VVFIN"),
        joined=any(_joined_in_main_clause(sentence, token) for sentence, token in found),
        directions=tuple(_directed(sentence, token) for sentence, token in found if token.tag != "ADJA"),
    )
    parts = principal_parts(lemma, usage=usage)
    if parts is not None:
        forms = (parts.present, parts.preterite, f"{parts.auxiliary_3sg} {parts.participle}")
        fields.update(
            verb_forms=_with_sich(forms) if reflexive else forms,
            auxiliary=parts.auxiliary,
            separable_prefix=parts.prefix,
        )
    fields["reflexive"] = reflexive
    return fields


def _with_sich(forms: tuple[str, str, str]) -> tuple[str, ...]:
    """A reflexive verb's principal parts as a dictionary prints them: the pronoun after the
    finite form (setzt sich ein, setzte sich ein, hat sich eingesetzt); round-8 readers found
    "setzt ein" on the card of sich einsetzen."""
    return tuple(" ".join([form.split()[0], "sich", *form.split()[1:]]) for form in forms)


def _clause(sentence: Sentence, verb: Token) -> list[Token]:
    """The tokens of the verb's clause: between commas, full stops and conjunctions."""
    tokens = sentence.tokens
    position = verb.i - tokens[0].i  # a sentence's tokens are numbered on (no scan per occurrence)
    if not 0 <= position < len(tokens) or tokens[position].i != verb.i:
        position = next(k for k, token in enumerate(tokens) if token.i == verb.i)
    start = end = position
    while start > 0 and tokens[start - 1].tag not in _CLAUSE_BREAKS:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].tag not in _CLAUSE_BREAKS:
        end += 1
    return list(tokens[start : end + 1])


def _separated(sentence: Sentence, verb: Token) -> bool:
    """schreibt … unter, unterzuschreiben: the verb's particle is a word of its own."""
    return verb.tag == "VVIZU" or verb.i in particles(sentence)


def _particles_of(sentence: Sentence) -> dict[int, Token]:
    """Verb index → its separable particle (the first) in ``sentence``."""
    found: dict[int, Token] = {}
    for token in sentence.tokens:
        if token.particle_of is not None:
            found.setdefault(token.particle_of, token)
    return found


# The particles of the sentence last asked about: a verb met 2,000 times in one line
# (tests/nasty/long-line.txt) scanned the line for its particle once per occurrence.
particles: LastOne[Sentence, dict[int, Token]] = LastOne(_particles_of)


def _read_as_finite(sentence: Sentence, verb: Token) -> bool:
    """Is the form the tagger took for a participle the finite verb of its clause ("ob die Firma
    den Versuch im Sommer durchführt": no auxiliary stands with it)? An inseparable weak verb's
    participle is its present (durchführt), so the form is no evidence for that variant: taken
    for one, it made durchführen "durchführt, hat durchführt"."""
    return any(clause.finite == verb.i for clause in sentence.clauses)


def _joined_in_main_clause(sentence: Sentence, verb: Token) -> bool:
    """Does the finite verb stand joined with its prefix in a verb-second clause ("Der Fluss
    durchbricht die Bergkette")? A separable verb leaves its particle at the clause's end there
    (bricht … durch), so this one is inseparable: durchbricht, durchbrach, hat durchbrochen. A
    clause coordinated with a subordinate one is verb-final ("bevor er sich wendet und die
    Bergketten durchbricht") and writes both verbs joined: it tells nothing."""
    if verb.tag != "VVFIN" or not verb.text.lower().startswith(AMBIGUOUS_PREFIXES):
        return False
    clauses = sentence.clauses
    clause = next((c for c in clauses if c.finite == verb.i), None)
    while clause is not None and clause.kind == "coordinated" and clause.parent is not None:
        clause = clauses[clause.parent]
    return clause is not None and clause.kind in ("main", "question") and verb.lemma[:4].lower() == verb.text[:4].lower()


def _perfect(sentence: Sentence, verb: Token) -> tuple[str, str] | None:
    """(form, haben/sein) when the form stands with a perfect auxiliary and no passive werden."""
    if verb.tag not in ("VVPP", "VVINF"):
        return None
    lemmas = {token.lemma for token in _clause(sentence, verb) if token.tag.startswith("VA")}
    if "werden" in lemmas or len(lemmas & {"haben", "sein"}) != 1:
        return None
    return verb.text, (lemmas & {"haben", "sein"}).pop()


def _has_object(sentence: Sentence, verb: Token) -> bool | None:
    """Has the clause of this verb an accusative object (landete die Maschine) or a clause as
    its object (ergänzte, dass …), or None when the analysis read no clause with this verb. A
    passive (werden ausgeschieden) shows a transitive verb: its subject is the object of the
    active. A participle before a noun tells nothing: "ein gebogener T-Stab" is a rod someone
    bent (hat gebogen), but "das abgestürzte Raumschiff" one that crashed (ist abgestürzt;
    readers found "hat" on its card), and "die landende Maschine" is neither."""
    if verb.tag == "ADJA":
        return None
    if verb.tag == "VVPP" and any(
        token.lemma == "werden" and token.tag.startswith("VA") for token in _clause(sentence, verb)
    ):
        return True
    for clause in sentence.clauses:
        if verb.i in clause.verbs:
            return bool(clause.role("object_acc") or any(
                not _conditional(sentence, complement) for complement in clause.role("complement")))
    return None


# Prepositions of a goal with the accusative, and those of a goal or a path whatever the case.
_TO_ACCUSATIVE = frozenset(["in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen"])
_TOWARDS = frozenset(["nach", "zu", "zum", "zur", "durch", "ins", "ans", "aufs", "übers", "hinters", "vors"])


def _directed(sentence: Sentence, verb: Token) -> bool:
    """Has the verb's clause a phrase of direction: a preposition of a goal with an accusative
    ("in die Stadt", "auf den Platz"), a fused one (ins, ans) or one of a goal or path (nach,
    zu, durch)? A verb of a manner of moving takes sein with one (see verbs.DIRECTED_MOTION_VERBS)."""
    tokens = _clause(sentence, verb)
    for k, token in enumerate(tokens):
        word = token.text.lower()
        if token.tag not in ("APPR", "APPRART"):
            continue
        if word in _TOWARDS:
            return True
        following = tokens[k + 1 : k + 4]
        if word in _TO_ACCUSATIVE and any(t.feature("Case") == "Acc" for t in following):
            return True
    return False


def _conditional(sentence: Sentence, complement) -> bool:
    """Is the clause read as a complement one that begins with its finite verb ("Würde man sich
    … setzen, würde man umfallen")? That is a condition, no object: taken for one, it made
    umfallen inseparable ("umfällt, hat umfallen", round 22's readers)."""
    first = next((token for token in sentence.tokens if token.i == complement.start), None)
    return first is not None and first.tag.endswith("FIN")


def _is_reflexive(sentence: Sentence, verb: Token) -> bool:
    """A reflexive pronoun "sich" in a clause whose only full verb is this one.

    (Mit dem Sinken der Preise verlangsamte sich …: the sich is not sinken's.) Where the
    analysis read the verb's clause, its reflexive pronoun decides, also across an inserted
    phrase (bis es sich, etwa 675 km südlich, zu einem Tief formierte). Not the sich of lassen
    with this verb's infinitive: "Das Projekt … lässt sich zurückführen auf getrennte
    Entwurfsstudien" is zurückführen auf (round 20's readers found "sich zurückführen auf").
    """
    if verb.text[:1].isupper() and verb.i != sentence.tokens[0].i:
        return False  # das Sinken: a verb form written as a noun
    if _after_lassen(sentence, verb):
        return False
    particle = particles(sentence).get(verb.i)
    for parsed in sentence.clauses:
        if verb.i in parsed.verbs and parsed.lemma == verb.lemma and parsed.reflexive is not None:
            if particle is not None and parsed.reflexive > particle.i:
                continue  # setzte seine Wanderung fort und verstärkte sich: the particle closed the clause
            reflexive = next((t for t in sentence.tokens if t.i == parsed.reflexive), None)
            if reflexive is not None and reflexive.text.lower() == "sich" and not _not_the_verbs(sentence, reflexive, verb):
                return True
    clause = _clause(sentence, verb)
    if any(token.tag.startswith("VV") and token.i != verb.i for token in clause):
        return False
    return any(
        token.tag == "PRF" and token.text.lower() == "sich" and not _not_the_verbs(sentence, token, verb)
        for token in clause
    )


def _after_lassen(sentence: Sentence, verb: Token) -> bool:
    """Is the verb an infinitive whose clause has lassen as its other verb (lässt sich
    zurückführen, ließ sich überzeugen)?"""
    if verb.tag != "VVINF":
        return False
    clauses = [clause.verbs for clause in sentence.clauses if verb.i in clause.verbs]
    others = {i for verbs in clauses for i in verbs} or {token.i for token in _clause(sentence, verb)}
    return any(token.lemma == "lassen" and token.i != verb.i and token.i in others for token in sentence.tokens)


def _not_the_verbs(sentence: Sentence, pronoun: Token, verb: Token) -> bool:
    """Does this "sich" belong to something other than ``verb``: a preposition, a participle
    phrase of its own, or an insertion between dashes or brackets that the verb stands outside?"""
    return (
        _after_preposition(sentence, pronoun)
        or _of_a_participle(sentence, pronoun)
        or _inserted(sentence, pronoun) != _inserted(sentence, verb)
        or _reciprocal(sentence, pronoun)
    )


def _reciprocal(sentence: Sentence, pronoun: Token) -> bool:
    """Is the sich reciprocal, each other's object ("während die Cham-Sprachen und das Sanskrit
    sich gegenseitig beeinflussten")? Then the verb is the plain transitive one (beeinflussen,
    "to influence"; "each other" is the pronoun's): round 15's readers found "sich beeinflussen"
    on the card. gegenseitig or (unter)einander after the pronoun says so; a bare plural sich
    ("die beiden trafen sich") is left as it reads."""
    tokens = sentence.tokens
    position = next(k for k, token in enumerate(tokens) if token.i == pronoun.i)
    following = tokens[position + 1].text.lower() if position + 1 < len(tokens) else ""
    return following in RECIPROCAL_WORDS


def _inserted(sentence: Sentence, token: Token) -> int | None:
    """The position of the dash or bracket that opens the insertion ``token`` stands in, or
    None outside one. "Dessen Tochter übergab die Partitur – unter denen sich auch eine Sonate
    befand – an eine Kirche": the sich is befinden's, in the inserted relative clause, and not
    übergeben's (readers found "sich übergeben", to vomit, on the card)."""
    opened = None
    for k, other in enumerate(sentence.tokens):
        if other.i == token.i:
            return opened
        if other.text in ("(", "["):
            opened = k
        elif other.text in (")", "]"):
            opened = None
        elif other.text in ("–", "—") and other.tag.startswith("$"):
            opened = None if opened is not None else k
    return opened


def _of_a_participle(sentence: Sentence, pronoun: Token) -> bool:
    """Janek und seine Co-Piloten rammen – sich selbst opfernd – das Raumschiff: the sich is
    the object of the present participle that ends its phrase, set off by commas or dashes,
    not of rammen (readers found "sich rammen" on the card). A present participle is an
    adjective made of an infinitive and -d (opfernd, verändernd) of a verb German uses."""
    tokens = sentence.tokens
    position = next(k for k, token in enumerate(tokens) if token.i == pronoun.i)
    if position == 0 or tokens[position - 1].tag not in ("$,", "$("):
        return False  # er zeigte sich überzeugend: a phrase of its own opens after a comma or dash
    for token in tokens[position + 1 :]:
        if token.tag.startswith("$") or token.tag.startswith(("VV", "VA", "VM")):
            return False
        lemma = token.lemma.lower()
        if token.tag in ("ADJD", "ADJA") and lemma.endswith("nd") and _used_verb(lemma[:-1]):
            return True
    return False


def _after_preposition(sentence: Sentence, pronoun: Token) -> bool:
    """Für sich (selbst) behält sie die Dose, an sich, bei sich: a preposition's object, not the
    verb's reflexive pronoun (behalten is not sich behalten)."""
    position = next(k for k, token in enumerate(sentence.tokens) if token.i == pronoun.i)
    return position > 0 and sentence.tokens[position - 1].tag in ("APPR", "APPRART")
