"""Constituents of a clause and their grammatical roles.

The clause's own words are grouped into phrases (noun phrases with their genitive
attributes, prepositional phrases, adverbs, "als"-phrases); embedded clauses become
constituents of their parent. Noun phrases get a role from case (``topology_cases``) and
subject–verb agreement; prepositional phrases from the verb's valency (prepositional
object), the passive (agent) or the preposition's meaning (time, place, direction …).
Where case and agreement leave two readings, the constituent is marked ``sure=False``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Constituent, Token
from . import adverbials
from . import roles_lexicon as lex
from .hanta import SEPARABLE_PARTICLES
from .topology_cases import (
    ALL,
    DETERMINER_TAGS,
    Readings,
    cases_of,
    determiner_readings,
    noun_readings,
    numbers_of,
    phrase_readings,
    pronoun_readings,
)
from .topology_verbs import SLOTS, VerbComplex, perfect_auxiliary

NOUN_TAGS = frozenset({"NN", "NE", "FM"})
PRONOUN_TAGS = frozenset({"PPER", "PDS", "PIS", "PRELS", "PWS", "PPOSS", "PRF"})
PREMODIFIER_TAGS = DETERMINER_TAGS | frozenset({"ADJA", "CARD", "TRUNC"})
NOUN_PREPOSITIONS = frozenset({"von", "zwischen"})
COORDINATORS = frozenset({"und", "oder", "sowie", "bzw.", "beziehungsweise", "&"})


@dataclass
class Phrase:
    kind: str  # np, pp, adv, als, clause
    positions: list[int]
    head: int
    preposition: str = ""
    readings: Readings = ALL
    person: str = "3"
    coordinated: bool = False
    pronoun: bool = False
    name: bool = False
    definite: bool = False
    parts: list[int] = field(default_factory=list)
    span: bool = False  # "von Juni 2003 bis Dezember 2006": one stretch of time or way
    relative: bool = False  # the relative pronoun opening a relative clause (tagged ART or PDS as often as PRELS)


def _np_end(tokens: tuple[Token, ...], own: list[int], n: int) -> tuple[int, int] | None:
    """A noun phrase starting at own[n]: (index after it in own, head position), or None."""
    start = n
    head = None
    if _year_before_amount(tokens, own, start):
        return start + 1, own[start]
    while n < len(own) and (n == start or _joined(tokens, own[n - 1], own[n]) and not _determiner_after(tokens, own, n)) and (
            tokens[own[n]].tag in PREMODIFIER_TAGS or _saxon_genitive(tokens, own, n) or (
        (tokens[own[n]].tag in ("ADV", "ADJD", "PIS", "KOKOM", "PROAV", "PAV") or tokens[own[n]].text.lower() in APPROXIMATELY)
        and _modifies_next(tokens, own, n)
    ) or (n > start and _extended_attribute(tokens, own, n))):
        if _joiner_follows(tokens, own, n):
            n += 1
        n += 1
        if n < len(own) and (attribute := attribute_span(tokens, own, n)) is not None:
            n = attribute  # over an extended attribute to its participle or its noun
    if n == start + 1 and n < len(own) and _year_before_noun(tokens, own, start):
        return n, own[start]
    if n < len(own) and tokens[own[n]].tag in NOUN_TAGS and (n == start or _joined(tokens, own[n - 1], own[n])):
        head = own[n]
        first_tag = tokens[own[n]].tag
        n += 1
        while n + 1 < len(own) and own[n + 1] == own[n] + 1 and tokens[own[n + 1]].tag in NOUN_TAGS and (
            is_glued_hyphen(tokens, own[n])
        ):  # a compound split at its hyphen: Shell - Konzern
            head = own[n + 1]
            first_tag = tokens[head].tag
            n += 2
        run = [own[n - 1]]
        while n < len(own) and (tokens[own[n]].tag in NOUN_TAGS or _roman_in_name(tokens, own, n, start)) and (
            tokens[own[n]].tag in ("NE", "CARD") or first_tag == "NE" or tokens[own[n]].ent_label or tokens[own[n - 1]].tag == "NN"
            or tokens[own[n]].tag == "FM" or tokens[own[n - 1]].tag == "FM" != first_tag  # a title: "ihrer Single I Kissed a Girl"
        ) and own[n] == own[n - 1] + 1 and not _noun_after_foreign_name(tokens, run, own[n]) and not _disagreeing_noun(
                tokens, own, start, n) and not _noun_after_person(tokens, own[start], own[n]) and not _span_of_time(tokens, own, n) and (
                not _noun_after_time(tokens, own, start, n)):
            run.append(own[n])
            n += 1
        if n < len(own) and own[n] == own[n - 1] + 1 and _saxon_genitive(tokens, own, n - 1) and tokens[own[n]].tag == "NN":
            run.append(own[n])  # "Unter Dr. Lukes Plattenlabel sang Kesha": the name's genitive before its noun
            n += 1
        if n + 1 < len(own) and _quoted_title_before_name(tokens, own[start], own[n], own[n + 1]):
            n += 1  # over the closing quote, to the name right after it
            while n < len(own) and tokens[own[n]].tag == "NE" and own[n] == own[n - 1] + 1:
                run.append(own[n])
                n += 1
        head = _run_head(tokens, run)
        if (counted := _counted_noun(tokens, own, n, run)) is not None:
            n, head = counted
    elif n > start:
        last = own[n - 1]
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        elliptic = tokens[last].tag == "ADJA" and n - start >= 2 and tokens[own[start]].tag in ("ART", "PDAT", "PPOSAT") and (
            own[start] > 0 and tokens[own[start] - 1].text.lower() in COORDINATORS)  # "das zweite Album und das erste"
        nominalised = tokens[last].text[:1].isupper() or tokens[last].tag != "ADJA" or elliptic
        if tokens[last].tag in ("ADJA", "CARD", "PIAT", "PIDAT", "PDAT") and nominalised and (
            following is None or following.tag not in ("NN", "NE", "TRUNC", "KON", "$(", "ADJA")
        ) or _elliptic_before_coordination(tokens, own, start, n):
            head = last
    if head is None:
        return None
    return n, head


# Nouns that count what follows them without a determiner or a genitive ending: "sechs
# Millionen europäische Juden", "mehrere Dutzend junge Leute".
COUNTING_NOUNS = frozenset("Million Millionen Milliarde Milliarden Dutzend Dutzende Tausend Tausende Hundert Hunderte".split())  # noqa: SIM905


def _counted_noun(tokens: tuple[Token, ...], own: list[int], n: int, run: list[int]) -> tuple[int, int] | None:
    """A counting noun and adjectives with the noun they count, which UD GSD makes the head
    ("15 Millionen neue Arbeitsplätze": Millionen is its nmod): "Im Holocaust wurden etwa sechs
    Millionen europäische Juden ermordet" has one subject, not "etwa sechs Millionen" and an
    adverbial "europäische Juden". The phrase's new end and head, or None."""
    if len(run) != 1 or tokens[run[0]].text not in COUNTING_NOUNS:
        return None
    k = n
    while k < len(own) and own[k] == own[k - 1] + 1 and tokens[own[k]].tag == "ADJA":
        k += 1
    if k == n or k >= len(own) or own[k] != own[k - 1] + 1 or tokens[own[k]].tag != "NN":
        return None
    return k + 1, own[k]


ROMAN_NUMERAL = re.compile(r"^[IVXLC]+\.?$")


def _roman_in_name(tokens: tuple[Token, ...], own: list[int], n: int, start: int) -> bool:
    """A Roman numeral inside a name that a determiner opens, between a name and the noun it
    names: "die King Edward *XIV* Highschool" (tagged CARD, it cut the name in two). After a
    ruler's name without a determiner the numeral ends the name ("als Napoleon III Frankreich
    regierte")."""
    token = tokens[own[n]]
    return (token.tag == "CARD" and bool(ROMAN_NUMERAL.match(token.text)) and tokens[own[n - 1]].tag == "NE"
            and tokens[own[start]].tag in DETERMINER_TAGS
            and n + 1 < len(own) and own[n + 1] == own[n] + 1 and tokens[own[n + 1]].tag == "NN")


def _noun_after_foreign_name(tokens: tuple[Token, ...], run: list[int], k: int) -> bool:
    """A German common noun after a foreign name with its own function words: "an der
    University of Oxford | Pharmakologie" — the name ends before the noun ("die New Yorker
    Börse", a German name, goes on)."""
    return (tokens[k].tag == "NN" and tokens[k].feature("Gender") in ("Masc", "Fem", "Neut")
            and any(tokens[m].tag in ("NE", "FM") and tokens[m].text.isalpha() and tokens[m].text.islower() for m in run)
            and not _english_name_word(tokens, run, k))


def _english_name_word(tokens: tuple[Token, ...], run: list[int], k: int) -> bool:
    """A noun English spells alike after an English title ends the title: "ihrer Last Girl on
    Earth Tour" is one name (the question asked "Was war Kesha … als Vorgruppe zu sehen? – Tour");
    "an der University of Oxford | Pharmakologie" is not."""
    from ..extraction.frequency import zipf_frequency

    return tokens[run[-1]].tag == "FM" and zipf_frequency(tokens[k].text.lower(), "en") >= 4.0


def _year_before_noun(tokens: tuple[Token, ...], own: list[int], start: int) -> bool:
    """A year after a preposition, then a noun in the singular that no number counts: "Er
    studierte ab *1944* | Chemie", "seit *1990* | Mitglied der Partei", "von 1944 bis *1946* |
    Chemie" — the noun is a phrase of its own ("ab 2000 Euro", "um 1900 Einwohner" count their
    noun)."""
    year, noun = tokens[own[start]], tokens[own[start + 1]]
    if not adverbials.is_year(year) or not year.text.isdigit() or own[start] == 0 or (
            tokens[own[start] - 1].tag not in ("APPR", "APPRART") and tokens[own[start] - 1].text.lower() != "bis") or (
            own[start + 1] != own[start] + 1):
        return False
    return noun.tag == "NN" and noun.text not in adverbials.UNITS and all(r[1] == "Sing" for r in noun_readings(noun))


def _noun_after_person(tokens: tuple[Token, ...], start: int, k: int) -> bool:
    """A common noun right after a bare person's name starts a phrase of its own: "1973 wurde
    John Vane | Leiter der Forschung" (the predicative). After an article the noun ends the name
    ("Das Marina Bay Floating Stadium")."""
    before, noun = tokens[k - 1], tokens[k]
    return (noun.tag == "NN" and not noun.ent_label and before.tag == "NE" and before.ent_label == "PER"
            and tokens[start].tag == "NE")


def _disagreeing_noun(tokens: tuple[Token, ...], own: list[int], start: int, n: int) -> bool:
    """A common noun right after a plural common noun that its determiner cannot reach in case
    and number: "Sie gab *den Kindern* | Geld", "*den Eltern* | Geschenke" — two phrases. "einer
    Flasche Wein", "die Firma Wintergartenbau", "mehrere Dutzend Menschen" stay one."""
    before, noun, determiner = tokens[own[n - 1]], tokens[own[n]], tokens[own[start]]
    if before.tag != "NN" or noun.tag != "NN" or determiner.tag not in DETERMINER_TAGS:
        return False
    first = {r[:2] for r in determiner_readings(determiner.text) & noun_readings(before)}
    if not first or any(number == "Sing" for _, number in first):
        return False  # "mehrere Dutzend Menschen", "ein Glas Wasser": a measure before what it measures
    return not first & {r[:2] for r in noun_readings(noun)}


def _year_before_amount(tokens: tuple[Token, ...], own: list[int], start: int) -> bool:
    """A year, then an amount of its own: "Der Umsatz betrug *2012* | rund 4 Milliarden Euro",
    "… betrug 2001 | noch 372.613" — the year is a phrase of its own (a time), not part of the amount."""
    year = tokens[own[start]]
    if start + 1 >= len(own) or own[start + 1] != own[start] + 1 or not adverbials.is_year(year) or not year.text.isdigit():
        return False
    k = start + 1
    while k < len(own) - 1 and k < start + 3 and own[k + 1] == own[k] + 1 and (
            tokens[own[k]].text.lower() in APPROXIMATORS or tokens[own[k]].tag == "ADV"):
        k += 1  # "2012 *rund* 4 Milliarden", "2001 *noch* 372.613"
    return tokens[own[k]].tag == "CARD" and tokens[own[k]].text[:1].isdigit()


def _elliptic_before_coordination(tokens: tuple[Token, ...], own: list[int], start: int, n: int) -> bool:
    """An article and adjective whose noun comes only after the coordination: "*der persische*
    und der griechische Einfluss" (the first conjunct's noun left out). The first conjunct is a
    phrase of its own, which the coordination then joins (``_attachments``)."""
    last = own[n - 1]
    if n - start < 2 or tokens[own[start]].tag not in ("ART", "PDAT", "PPOSAT") or tokens[last].tag != "ADJA":
        return False
    if n + 2 >= len(own) or tokens[own[n]].text not in ("und", "oder", "sowie") or own[n] != last + 1:
        return False
    second = _np_end(tokens, own, n + 1)
    return second is not None and tokens[own[n + 1]].tag == tokens[own[start]].tag and tokens[second[1]].tag == "NN"


# "ca 45 Minuten": the abbreviation, however tagged (often NE), modifies the number after it.
APPROXIMATELY = frozenset({"ca", "ca.", "circa", "zirka"})
QUOTES = frozenset('"„“”»«')


def _quoted_title_before_name(tokens: tuple[Token, ...], first: int, quote: int, name: int) -> bool:
    """A title in quotes that opens right before the phrase and closes before a person's name:
    '"Der Große Kurfürst" Friedrich Wilhelm' is one noun phrase, the name its head."""
    return (first > 0 and tokens[first - 1].text in QUOTES and tokens[quote].text in QUOTES and name == quote + 1
            and tokens[name].tag == "NE" and tokens[name].ent_label == "PER")


def _determiner_after(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """An article, possessive or demonstrative after a number or adjective opens a new noun
    phrase ("in den Jahren 2002 und 2008 | den Verkauf")."""
    return tokens[own[n]].tag in ("ART", "PPOSAT", "PDAT") and tokens[own[n - 1]].tag in ("CARD", "ADJA", "ADJD")


def _joiner_follows(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """After a truncated word or an adjective, an "und" or a comma that joins it to more of the
    same noun phrase: "Staats- und Regierungschefs", "nukleare und Raketenbedrohungen",
    "gesundes, zurückhaltendes und schüchternes Kind"."""
    if tokens[own[n]].tag not in ("TRUNC", "ADJA") or n + 2 >= len(own):
        return False
    joiner = tokens[own[n + 1]]
    if joiner.tag == "KON":
        return tokens[own[n]].tag == "TRUNC" or tokens[own[n + 2]].tag in ("ADJA", "NN")
    return tokens[own[n]].tag == "ADJA" and joiner.text == "," and _adjective_follows(tokens, own, n + 2)


def _possessive_genitive(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """"dessen"/"deren" right before a noun or adjective: a genitive in the determiner's place."""
    return (tokens[own[n]].text.lower() in ("dessen", "deren") and n + 1 < len(own) and own[n + 1] == own[n] + 1
            and tokens[own[n + 1]].tag in ("NN", "NE", "ADJA"))


def _adjective_follows(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """After a comma inside a noun phrase: another attributive adjective, maybe after adverbs
    ("ein zweispitziger, aktiv beweglicher Dorn")."""
    for m in range(n, min(n + 3, len(own))):
        if tokens[own[m]].tag == "ADJA":
            return True
        if tokens[own[m]].tag not in ("ADV", "ADJD"):
            return False
    return False


def is_glued_hyphen(tokens: tuple[Token, ...], k: int) -> bool:
    """A hyphen inside a word that was split (Shell - Konzern in UD's tokens): written without
    spaces, or a plain "-" between two nouns ("Flat - TV", "E - Mail"; a dash between clauses
    is "–" or "--", or has no noun on both sides)."""
    if tokens[k].text not in ("-", "–") or not 0 < k < len(tokens) - 1:
        return False
    if not tokens[k].whitespace and not tokens[k - 1].whitespace:
        return True
    before, after = tokens[k - 1], tokens[k + 1]
    return (tokens[k].text == "-" and before.tag in ("NN", "NE", "FM", "TRUNC", "CARD")
            and after.tag in ("NN", "NE", "FM") and after.text[:1].isupper())


def _joined(tokens: tuple[Token, ...], before: int, after: int) -> bool:
    """Two words of one noun phrase: nothing but punctuation or a negation between them. A verb
    or a verb particle in between ends the phrase ("Von Juni 2003 bis Dezember 2006 | mietete |
    die Onur Air": "2006" is no numeral of "die Onur Air")."""
    return not any(t.tag.startswith("V") or t.tag in ("PTKVZ", "PTKZU") for t in tokens[before + 1 : after])


def _extended_attribute(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """Inside a noun phrase after its determiner, a word of an extended attribute: "einer *vom*
    BVMB veranstalteten Tagung", "das *ihr* geschenkte Buch" — a preposition or pronoun whose
    phrase ends in an adjective (a participle) right before the phrase's noun, with no verb or
    punctuation in between."""
    if _measured_attribute(tokens, own, n):
        return True
    if tokens[own[n - 1]].tag not in DETERMINER_TAGS and not _inside_attribute(tokens, own, n):
        return False
    for m in range(n, min(n + 9, len(own) - 1)):
        token = tokens[own[m]]
        if token.tag == "KON" and _joins_predicatives(tokens, own[m]):
            continue  # "die von Zeitgenossen als fortschrittlich *und* kultiviert eingeschätzte Kronprinzessin"
        if token.tag.startswith("V") or token.tag in ("$,", "$.", "KOUS", "KON") or not _joined(tokens, own[m], own[m + 1]):
            return False
        if token.tag == "ADJA" and tokens[own[m + 1]].tag in NOUN_TAGS and m > n:
            return tokens[own[n]].tag in ("APPR", "APPRART", "PPER", "PRF") or _inside_attribute(tokens, own, n)
    return False


# Pronouns inside an extended attribute: objects ("das *ihr* geschenkte Buch"), never a subject.
ATTRIBUTE_PRONOUNS = frozenset({"ihm", "ihr", "ihnen", "mir", "dir", "uns", "euch", "ihn"})
# Words that end an extended attribute's stretch: a verb, a clause boundary, a relative word.
ATTRIBUTE_BREAKS = frozenset({"$,", "$.", "KOUS", "KON", "PRELS", "PRELAT", "PWS", "PWAV", "PTKZU", "PTKVZ"})


def attribute_span(tokens: tuple[Token, ...], own: list[int], n: int) -> int | None:
    """Right after a determiner, a whole extended attribute up to its participle: "Die *im Jahr
    1990 von der Regierung* gegründete Firma", "der *neu ins Gefängnis* gekommene Kieran Nugent",
    "einige *– später als Fälschung entlarvte –* Gräuelberichte" (the phrase's words come without
    their dashes). The index of the participle (or adjective) before the phrase's noun, of the
    noun after a closing dash, or None. The attribute opens with a preposition, pronoun, adverb
    or adverbial adjective (a noun right after the determiner is the phrase's own noun: "die
    Kinder in den großen Städten"); it holds no verb and no clause boundary, and the determiner
    agrees with the noun after the participle."""
    determiner, first = tokens[own[n - 1]], tokens[own[n]]
    year = first.tag == "CARD" and adverbials.is_year(first) and n + 1 < len(own) and tokens[own[n + 1]].tag in ("APPR", "APPRART")
    counting = _counting_number(determiner)
    if determiner.tag not in DETERMINER_TAGS and not counting or (
            first.tag not in ("APPR", "APPRART", "PPER", "PRF", "ADV", "ADJD") and not year):
        return None  # (a year opens one before a phrase: "dem *1995 vom Kongress* verabschiedeten Jerusalem Embassy Act")
    if first.tag == "PPER" and first.text.lower() not in ATTRIBUTE_PRONOUNS:
        return None  # "mit der *er* die noch fehlende Erfahrung erwarb": a subject opens no attribute
    dash = _dash_between(tokens, own[n - 1], own[n])
    if own[n] != own[n - 1] + 1 and dash is None:
        return None
    for m in range(n + 1, min(n + 16, len(own) - 1)):
        token, after = tokens[own[m]], tokens[own[m + 1]]
        if own[m] != own[m - 1] + 1 or token.tag.startswith("V") or token.tag in ATTRIBUTE_BREAKS and not (
                token.tag == "KON" and _joins_predicatives(tokens, own[m])):
            return None
        if token.tag != "ADJA" or after.tag not in NOUN_TAGS:
            continue
        closing = _dash_between(tokens, own[m], own[m + 1])
        if (closing is None) != (dash is None) or own[m + 1] != own[m] + (1 if dash is None else 2) or closing != dash:
            return None
        agrees = any(reading[1] == "Plur" for reading in noun_readings(after)) if counting else (
            determiner_readings(determiner.text) & noun_readings(after))
        if not agrees or _own_article(tokens, own, n, m):
            continue  # a phrase inside the attribute: "dem im Übergang zu *einem außertropischen System* befindlichen Sturm"
        return m if dash is None else m + 1
    return None


def _counting_number(token: Token) -> bool:
    """A number that counts the noun after an attribute as a determiner would: "Jeweils *drei* im
    Leseraster nebeneinander liegende Nukleotide bilden ein Codon" (not a year, not "ein")."""
    return token.tag == "CARD" and not adverbials.is_year(token) and token.text.lower() not in ("ein", "eins", "1")


def _own_article(tokens: tuple[Token, ...], own: list[int], n: int, m: int) -> bool:
    """Does an article inside the stretch own the adjective and noun at its end ("der er *die*
    noch fehlende Erfahrung")? Then they make that article's phrase, not the outer one's."""
    for k in range(m - 1, n - 1, -1):
        tag = tokens[own[k]].tag
        if tag in DETERMINER_TAGS:
            return True
        if tag not in ("ADV", "ADJA", "ADJD", "PTKNEG", "CARD"):
            return False
    return False


def _dash_between(tokens: tuple[Token, ...], before: int, after: int) -> str | None:
    """The dash that stands alone between two words, or None."""
    if after != before + 2 or tokens[before + 1].text not in ("–", "—", "-") or tokens[before + 1].tag != "$(":
        return None
    return tokens[before + 1].text


def _joins_predicatives(tokens: tuple[Token, ...], k: int) -> bool:
    """"und"/"oder" between two adverbial adjectives inside an extended attribute: "als
    fortschrittlich *und* kultiviert eingeschätzte"."""
    return (tokens[k].text.lower() in COORDINATORS and 0 < k < len(tokens) - 1
            and tokens[k - 1].tag == "ADJD" and tokens[k + 1].tag == "ADJD")


# Adjectives of measure that take an amount before them: "1200 Meter lang", "zwei Jahre alt".
MEASURE_ADJECTIVES = ("lang", "breit", "hoch", "hoh", "tief", "alt", "schwer", "dick", "weit", "groß", "stark")


def _measured_attribute(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """"Das *152 Seiten umfassende* Buch", "der *der Stadt gehörende* Park": a noun after the
    determiner (and a number) that the determiner cannot belong to (case, number or gender
    disagree), then a participle and the noun it does agree with — an extended attribute, not
    the phrase's end."""
    if tokens[own[n]].tag not in ("NN", "NE", "ART"):
        return False
    d = n - 1
    while d > 0 and tokens[own[d]].tag == "CARD" and own[d] == own[d + 1] - 1:
        d -= 1
    determiner = tokens[own[d]]
    if determiner.tag not in ("ART", "PDAT", "PPOSAT") or own[d] != own[n] - (n - d):
        return False
    inner_at = next((k for k in range(n, min(n + 3, len(own))) if tokens[own[k]].tag in ("NN", "NE")), None)
    if inner_at is None:
        return False
    inner = tokens[own[inner_at]]
    for m in range(inner_at + 1, min(inner_at + 3, len(own) - 1)):  # the participle right after the inner noun (or one adverb)
        token, noun = tokens[own[m]], tokens[own[m + 1]]
        if own[m + 1] != own[m] + 1 or own[m] != own[m - 1] + 1:
            return False
        if token.tag == "ADJA" and noun.tag in NOUN_TAGS:
            measure = token.text.lower().startswith(MEASURE_ADJECTIVES)  # "Die 1200 Meter lange Brücke"
            if not (measure or re.search(r"(end|t|en)(e|en|er|es|em)$", token.text)):
                return False
            own_readings = determiner_readings(determiner.text)
            outer = own_readings & noun_readings(noun)
            counted = d < n - 1 and all(r[1] == "Sing" for r in outer)  # "Die 1200 Meter lange Brücke": a number under a singular
            return bool(outer) and (counted or not own_readings & noun_readings(inner))
        if token.tag not in ("ADV", "ADJD"):
            return False
    return False


def _inside_attribute(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """The word follows a preposition or a second determiner that opened an extended attribute
    (checked by the caller): "einer *vom* BVMB veranstalteten Tagung", "der *seinem*
    Patrozinium unterstellten Basilika" — two determiners in a row open a phrase inside."""
    return any(m > 0 and tokens[own[m - 1]].tag in DETERMINER_TAGS and (
        tokens[own[m]].tag in ("APPR", "APPRART") or (
            tokens[own[m]].tag in ("ART", "PPOSAT", "PDAT") and tokens[own[m - 1]].tag in ("ART", "PPOSAT", "PDAT")))
        for m in range(max(0, n - 4), n))


def _run_head(tokens: tuple[Token, ...], run: list[int]) -> int:
    """The head of a noun/name run as UD GSD marks it most often: its first word (*Präsident*
    Donald Trump, *Kim* Jong Un: title 58 : 31, first name 100 : 10 on dev), but a final
    common noun after names (New Yorker *Börse*)."""
    if len(run) > 1 and tokens[run[-1]].tag == "NN" and all(tokens[k].tag in ("NE", "NN") for k in run[:-1]):
        return run[-1]  # also two common nouns written apart: "Burger Varianten", "NLP Kurs"
    return run[0]


def _saxon_genitive(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """A name in the genitive before its noun: "Japans Außenminister", "Kims Besuch"."""
    token = tokens[own[n]]
    return (
        token.tag == "NE"
        and token.text.endswith("s")
        and n + 1 < len(own)
        and own[n + 1] == own[n] + 1
        and tokens[own[n + 1]].tag in ("NN", "ADJA")
    )


def _modifies_next(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """An adverb, ADJD or "mehr als" before an adjective or number inside a noun phrase."""
    if n + 1 >= len(own) or own[n + 1] != own[n] + 1:
        return False
    token, after = tokens[own[n]], tokens[own[n + 1]]
    if token.tag == "KOKOM":
        return token.text.lower() == "als" and after.tag == "CARD" and n > 0 and tokens[own[n - 1]].text.lower() in (
            "mehr", "weniger")
    if token.tag == "PIS":
        return token.text.lower() in ("mehr", "weniger") and after.text.lower() == "als"
    if (token.text.lower() in adverbials.NUMBER_MODIFIERS or token.text.lower() in APPROXIMATELY) and after.tag == "CARD":
        return True
    for k in own[n + 1 : n + 4]:  # "bildungspolitisch nicht gerade leichten Zeiten"
        if tokens[k].tag in ("ADJA", "CARD"):
            return True
        if tokens[k].tag not in ("ADV", "ADJD", "PTKNEG"):
            return False
    return False


def _noun_phrase(tokens: tuple[Token, ...], own: list[int], n: int) -> tuple[int, Phrase] | None:
    """A noun phrase with genitive attributes, von-PPs and coordination attached."""
    if _possessive_genitive(tokens, own, n):
        found = _noun_phrase(tokens, own, n + 1)  # "dessen Fortsetzung": the noun's case counts
        if found is not None:
            found[1].positions.insert(0, own[n])
            found[1].definite = True
            return found
    if _pronoun_with_adjective(tokens, own, n):  # "etwas Antibakterielles", "nichts Neues": one phrase
        readings, person = pronoun_readings(replace(tokens[own[n]], tag="PIS"))
        return n + 2, Phrase("np", own[n : n + 2], own[n], readings=readings, person=person, pronoun=True)
    if tokens[own[n]].tag in PRONOUN_TAGS and not _degree_word(tokens, own, n):
        token = tokens[own[n]]
        readings, person = pronoun_readings(token)
        phrase = Phrase("np", [own[n]], own[n], readings=readings, person=person, pronoun=True)
        if _pronoun_with_noun(tokens, own, n):  # "wir Gewerkschaften", "für uns Gäste": the noun is the head
            bounds = _np_end(tokens, own, n + 1)
            if bounds is not None:
                phrase.positions, phrase.head = own[n : bounds[0]], bounds[1]
                return bounds[0], phrase
        if token.tag == "PPER" and n + 1 < len(own) and tokens[own[n + 1]].tag == "KON":
            return _attachments(tokens, own, n + 1, phrase), phrase  # "auf sie und Shaw"
        partitive = _partitive_genitive(tokens, own, n)
        if partitive is not None:
            phrase.positions.extend(own[n + 1 : partitive])
            return partitive, phrase
        return n + 1, phrase
    bounds = _np_end(tokens, own, n)
    if bounds is None:
        return None
    end, head = bounds
    words = [tokens[k] for k in own[n:end]]
    phrase = Phrase("np", own[n:end], head, readings=_readings(words, head, tokens))
    phrase.name = tokens[head].tag == "NE" or any(
        tokens[k].tag == "NE" and tokens[k].ent_label == "PER" for k in own[n:end] if k > head)  # "König Georg II."
    phrase.definite = any(t.tag in DETERMINER_TAGS for t in words)
    end = _attachments(tokens, own, end, phrase)
    _name_after_honorific(tokens, phrase)
    return end, phrase


def _partitive_genitive(tokens: tuple[Token, ...], own: list[int], n: int) -> int | None:
    """An indefinite pronoun with the genitive plural of the set it is taken from: "*Keiner
    seiner Vorgänger* war älter geworden", "Sie ist *eine der bekanntesten Sängerinnen*",
    "*Jeder der Teilnehmer* erhielt". The pronoun stays the head; returns the index in ``own``
    after the genitive, or None."""
    word = tokens[own[n]].text.lower()
    if tokens[own[n]].tag != "PIS" or not word.startswith(PARTITIVE_STEMS) or n + 1 >= len(own) or own[n + 1] != own[n] + 1:
        return None
    if tokens[own[n + 1]].tag not in ("ART", "PPOSAT", "PDAT"):
        return None
    found = _np_end(tokens, own, n + 1)
    if found is None:
        return None
    readings = phrase_readings([tokens[k] for k in own[n + 1 : found[0]]])
    return found[0] if ("Gen", "Plur", "") in readings else None


# Pronouns that take a part of a set: einer, keine, jedes, viele, einige, manche, mehrere, wenige, beide.
PARTITIVE_STEMS = ("ein", "kein", "jed", "viel", "einig", "manch", "mehrer", "wenig", "beid")


QUANTITY_PRONOUNS = frozenset({"etwas", "nichts", "viel", "wenig", "alles", "allerlei", "mehr"})


def _pronoun_with_adjective(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """"etwas Antibakterielles", "nichts Neues", "alles Gute": a quantity pronoun and the
    nominalised adjective right after it are one phrase, the pronoun its head (as UD GSD has it)."""
    if tokens[own[n]].text.lower() not in QUANTITY_PRONOUNS or n + 1 >= len(own) or own[n + 1] != own[n] + 1:
        return False
    following = tokens[own[n + 1]]
    return following.text[:1].isupper() and following.text.endswith(("es", "e")) and following.tag in ("NN", "ADJA", "ADJD")


def _pronoun_with_noun(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """"wir Gewerkschaften", "uns Gäste", "ihr Kinder": a first or second person plural pronoun
    right before a noun without a determiner is one phrase with it."""
    if tokens[own[n]].tag != "PPER" or tokens[own[n]].text.lower() not in ("wir", "uns", "ihr", "euch") or n + 1 >= len(own):
        return False
    following = tokens[own[n + 1]]
    return own[n + 1] == own[n] + 1 and following.tag in ("NN", "ADJA") and following.text[:1].isupper()


def _degree_word(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """"mehr"/"weniger" right after a negation is the adverb of "nicht mehr", "kaum weniger",
    however the tagger called it, not a pronoun that could be an object."""
    k = own[n]
    return tokens[k].text.lower() in ("mehr", "weniger") and k > 0 and tokens[k - 1].text.lower() in (
        "nicht", "nie", "kaum", "keineswegs", "niemals")


HONORIFICS = frozenset({"Herr", "Herrn", "Frau", "Dr.", "Prof.", "Professor"})


def _name_after_honorific(tokens: tuple[Token, ...], phrase: Phrase) -> None:
    """"Herrn Klimmet", "Frau Doktor Luger", "Herrn Dr. Sieben": the name is the head, the
    honorific only addresses the person (as UD GSD marks it, 15 : 4 on dev)."""
    k = phrase.head
    while tokens[k].text in HONORIFICS and k + 1 in phrase.positions and tokens[k + 1].tag in NOUN_TAGS | {"CARD"}:
        k += 1
    if k != phrase.head and tokens[k].text not in HONORIFICS:
        phrase.head = k


def _readings(words: list[Token], head: int, tokens: tuple[Token, ...]) -> Readings:
    """The phrase's case readings. A title right before a person's name takes the person's
    gender, not its lexicon entry's: "Der PDS-Vorsitzende Lothar Bisky" is nominative, though
    the lexicon lists "die Vorsitzende"."""
    words = _without_attribute(words, tokens[head])
    titled = [w for n, w in enumerate(words) if not (
        w.tag == "NN" and n + 1 < len(words) and words[n + 1].tag == "NE" and words[n + 1].ent_label == "PER")]
    found = phrase_readings(titled)
    if tokens[head].tag == "NE" and not any(t.tag in DETERMINER_TAGS or t.tag == "ADJA" for t in words):
        found = frozenset(r for r in found if r[1] == "Sing" and (r[0] != "Gen" or tokens[head].text.endswith("s")))
    return found or ALL


def _without_attribute(words: list[Token], head: Token) -> list[Token]:
    """The determiner and the words from the adjectives before the head on: the case of "den *seit
    1798* anhaltenden Aufstand" is that of "den anhaltenden Aufstand" (a year or another noun
    inside the extended attribute says nothing about it)."""
    at = next((n for n, w in enumerate(words) if w is head), None)
    if at is None or not words or words[0].tag not in DETERMINER_TAGS and not _counting_number(words[0]):
        return words
    start = at
    while start > 1 and words[start - 1].tag == "ADJA":
        start -= 1
    if not any(w.tag in ("APPR", "APPRART") for w in words[1:start]):
        return words
    return [words[0], *words[start:]]


def _attachments(tokens: tuple[Token, ...], own: list[int], end: int, phrase: Phrase) -> int:
    while end < len(own) and own[end] == own[end - 1] + 1:
        token = tokens[own[end]]
        if token.tag == "CARD" and _numbers_noun(tokens, own, end, phrase):
            if phrase.positions == [phrase.head] and tokens[phrase.head].text in adverbials.SPAN_PARTS:
                phrase.head = own[end]  # "Anfang 1996": the year is the head, "Anfang" says which part
            phrase.positions.append(own[end])
            end += 1
            continue
        if phrase.positions == [phrase.head] and tokens[phrase.head].text in adverbials.SPAN_PARTS and (
                token.tag in ("ADJA", "NN")):
            found = _np_end(tokens, own, end)  # "bis Ende kommenden Jahres": the year is the head
            if found is not None and "Gen" in cases_of(phrase_readings([tokens[k] for k in own[end : found[0]]])) and (
                    adverbials.is_time_word(tokens[found[1]])):
                phrase.positions.extend(own[end : found[0]])
                phrase.head = found[1]
                end = found[0]
                continue
        if token.tag in ("ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJA") or (token.tag == "NE" and token.text.endswith("s")):
            found = _np_end(tokens, own, end)
            if found is None or not _is_genitive(tokens, [tokens[k] for k in own[end : found[0]]], phrase):
                break
            phrase.positions.extend(own[end : found[0]])
            end = found[0]
            continue
        if token.tag in ("APPR", "APPRART") and adverbials.base_preposition(token.text) in NOUN_PREPOSITIONS:
            if tokens[phrase.head].tag not in NOUN_TAGS:
                break
            found = _np_end(tokens, own, end + 1) if end + 1 < len(own) else None
            if found is None or _from_someone(tokens, own, end, phrase, found[1]):
                break
            phrase.positions.extend(own[end : found[0]])
            end = found[0]
            continue
        if token.text == "," and _enumeration_follows(tokens, own, end):
            following = _noun_phrase(tokens, own, end + 1)
            if following is None:
                break
            next_end, other = following
            phrase.positions.extend([own[end]] + other.positions)
            phrase.parts.append(other.head)
            end = next_end
            continue
        if token.text.lower() == "als" and _both_and(tokens, own, end, phrase):
            following = _noun_phrase(tokens, own, end + 2)
            if following is None:
                break
            next_end, other = following
            phrase.positions.extend(own[end : end + 2] + other.positions)
            phrase.positions.insert(0, min(phrase.positions) - 1)  # "sowohl"
            phrase.parts.append(other.head)
            phrase.coordinated = True
            phrase.readings = frozenset(r for r in ALL if r[0] in cases_of(phrase.readings) & cases_of(other.readings) and r[1] == "Plur") or phrase.readings
            end = next_end
            continue
        if token.tag == "KON" and token.text.lower() in COORDINATORS and end + 1 < len(own):
            if adverbials.is_year(tokens[own[end - 1]]) and adverbials.is_year(tokens[own[end + 1]]):
                phrase.positions.extend(own[end : end + 2])  # "zwischen 1841 und 1843 | Kriegsminister"
                phrase.parts.append(own[end + 1])
                end += 2
                continue
            following = _noun_phrase(tokens, own, end + 1)
            if following is None:
                break
            next_end, other = following
            phrase.positions.extend([own[end]] + other.positions)
            phrase.parts.append(other.head)
            if token.text.lower() in ("und", "sowie"):
                phrase.coordinated = True
                phrase.readings = frozenset(r for r in ALL if r[0] in cases_of(phrase.readings) & cases_of(other.readings) and r[1] == "Plur") or phrase.readings
            end = next_end
            continue
        break
    return end


def _from_someone(tokens: tuple[Token, ...], own: list[int], k: int, phrase: Phrase, head: int) -> bool:
    """"bekam John Vane *von seinen Eltern* einen Chemiebaukasten": after a name, "von" with a
    possessive and a common noun is a phrase of the clause, not part of the name ("Karl von
    Habsburg", "Ursula von der Leyen" have no common noun; "Ellen Waitzis von der Hessischen
    Verbraucherzentrale" names where she works; "die Universität von Birmingham" is no name)."""
    return (tokens[phrase.head].tag == "NE" and tokens[head].tag == "NN" and k + 1 < len(own)
            and tokens[own[k + 1]].tag == "PPOSAT")


def _both_and(tokens: tuple[Token, ...], own: list[int], k: int, phrase: Phrase) -> bool:
    """"sowohl den Rückstoß *als auch* das Mündungsfeuer": one coordinated phrase."""
    start = min(phrase.positions)
    return (start > 0 and tokens[start - 1].text.lower() == "sowohl" and k + 2 < len(own)
            and tokens[own[k + 1]].text.lower() == "auch" and own[k + 1] == own[k] + 1)


def _numbers_noun(tokens: tuple[Token, ...], own: list[int], k: int, phrase: Phrase) -> bool:
    """A number right after a noun that names which one: the year of a time noun ("im Jahr
    1953", "Juni 2003", "des Geschäftsjahres 2005", also of a genitive attribute: "die Miss World
    des Jahres 1990"), the number in a name ("Boeing 707",
    "Apollo 11", "Dr. Sieben"). A year after another noun is a time of its own ("kaufte das Haus 1990"), a
    number after a common noun often an amount ("betrug die Einwohnerzahl 11.694"), and a
    number before a word counts it ("den Kindern 50 Euro", "Merkel 3 mal")."""
    head = tokens[phrase.head]
    number = tokens[own[k]]
    if head.tag not in NOUN_TAGS or phrase.pronoun:
        return False
    before = tokens[own[k] - 1]
    time_noun = adverbials.is_time_word(head) or (before.tag == "NN" and adverbials.is_time_word(before))
    if time_noun and adverbials.is_year(number):  # also after an attached genitive: "die Miss World des Jahres 1990"
        return True
    following = tokens[own[k] + 1] if own[k] + 1 < len(tokens) else None
    counts = following is not None and following.tag in NOUN_TAGS | {"ADJA", "ADJD", "ADV", "TRUNC", "CARD", "PIAT"}
    if tokens[own[k] - 1].text in HONORIFICS:
        return True  # "Dr. Sieben": a name that is a number word
    return tokens[own[k] - 1].tag == "NE" and not counts and not adverbials.is_year(number) and number.text.isdigit()


def _enumeration_follows(tokens: tuple[Token, ...], own: list[int], end: int) -> bool:
    """A comma inside an enumeration of noun phrases that ends in und/oder + noun phrase.

    The words after the comma are read in the sentence, not among the clause's own words: a
    relative clause or the finite verb left out between them ends the enumeration ("im März
    1886, | bei der … anwesend waren, | erhielt Anandi rauschenden Beifall und …" has no
    enumeration "1886, Anandi … und …")."""
    if end + 1 >= len(own) or own[end + 1] != own[end] + 1:
        return False
    for k in range(own[end] + 1, min(len(tokens), own[end] + 12)):
        token = tokens[k]
        if token.tag == "KON" and token.text.lower() in COORDINATORS:
            return True
        if token.tag.startswith("V") or token.tag in ("APPR", "APPRART", "KOUS", "PRELS", "$.", "ADV", "ADJD"):
            return False
    return False


def _is_genitive(tokens: tuple[Token, ...], words: list[Token], phrase: Phrase) -> bool:
    """A noun phrase right after a noun that is its genitive attribute: "des Landes", "der
    Türkei", "einer Vereinigung", "umfassender Sicherung", "Kims" (Dat/Gen -er forms count)."""
    if tokens[phrase.head].tag not in NOUN_TAGS:
        return False
    first = words[0]
    if first.tag == "NE":
        return len(words) == 1
    cases = cases_of(phrase_readings(words))
    if "Gen" not in cases:
        return False
    return cases == {"Gen"} or first.text.lower().endswith("er")


def _prepositional_phrase(tokens: tuple[Token, ...], own: list[int], n: int) -> tuple[int, Phrase] | None:
    prep = tokens[own[n]]
    if n + 1 >= len(own):
        return None
    if prep.text.lower() == "bis" and tokens[own[n + 1]].tag in ("APPR", "APPRART") and own[n + 1] == own[n] + 1:
        found = _prepositional_phrase(tokens, own, n + 1)  # "bis zum 3. August", "bis in die Nacht"
        if found is not None:
            end, inner = found
            inner.positions, inner.preposition = [own[n]] + inner.positions, "bis"
            return end, inner
    following = _noun_phrase(tokens, own, n + 1)
    if following is None:
        after = tokens[own[n + 1]]
        noun = _noun_ahead(tokens, own, n + 1)
        if noun is not None:  # "über fast alles", "zu Dr. Sieben", 'über meine "alten" Ansichten'
            found = _noun_phrase(tokens, own, noun)
            if found is not None:
                end, inner = found
                inner.kind, inner.preposition = "pp", _preposition(prep)
                inner.positions = own[n:noun] + inner.positions
                return end, inner
        if after.tag in ("ADV", "CARD", "ADJD", "PAV"):
            phrase = Phrase("pp", own[n : n + 2], own[n + 1], preposition=_preposition(prep))
            if after.tag == "CARD":  # "zwischen 1841 und 1843"
                return _attachments(tokens, own, n + 2, phrase), phrase
            return n + 2, phrase
        return None
    end, inner = following
    inner.kind = "pp"
    inner.positions = [own[n]] + inner.positions
    inner.preposition = _preposition(prep)
    if prep.tag == "APPRART":
        inner.definite = True
    if end < len(own) and (tokens[own[end]].tag == "APZR" or _circumposition_aus(tokens, own, end, inner)):
        inner.positions.append(own[end])
        end += 1
    return end, inner


# The second halves of circumpositions, by the preposition they close.
CIRCUMPOSITIONS = {"von": "aus", "um": "herum", "an": "vorbei", "durch": "hindurch"}


def _circumposition_aus(tokens: tuple[Token, ...], own: list[int], k: int, phrase: Phrase) -> bool:
    """"vom Irak aus", "um die Altstadt herum": the second half of a circumposition right after
    its phrase closes it when no noun phrase of its own follows it ("vom Irak aus erstmals acht
    Raketen"), unlike "vom Wein aus der Flasche". (A separable particle of the clause's verb is not
    among the clause's own tokens, so "läuft um den See herum" is not misread.)"""
    closing = CIRCUMPOSITIONS.get(phrase.preposition or "")
    if closing is None or tokens[own[k]].text.lower() != closing or own[k] != max(phrase.positions) + 1:
        return False
    following = tokens[own[k] + 1] if own[k] + 1 < len(tokens) else None
    return following is None or following.tag not in DETERMINER_TAGS | NOUN_TAGS | PRONOUN_TAGS | {"ADJA", "CARD", "PIS"}


def _noun_ahead(tokens: tuple[Token, ...], own: list[int], n: int) -> int | None:
    """Where a preposition's noun phrase starts after words the chunker does not expect
    (an adverb, a quote, a title): the index in ``own`` of the next noun or pronoun, or None.
    A verb between ends the search: the clause's own words leave the verbs out, so "Vor kurzem
    | hatte | er" would otherwise read as one phrase and hide the subject."""
    for m in range(n, min(n + 4, len(own))):
        token = tokens[own[m]]
        if m > n and not _joined(tokens, own[m - 1], own[m]):
            return None
        if token.tag in NOUN_TAGS or token.tag in PRONOUN_TAGS:
            return m
        if token.tag.startswith("V") or token.tag in ("APPR", "APPRART", "KON", "KOUS", "$.", "$,"):
            return None
    return None


def _preposition(token: Token) -> str:
    word = token.text.lower()
    return adverbials.base_preposition(word)


# Words that round the number after them: "rund vier Millionen", "etwa 300 Meter".
APPROXIMATORS = APPROXIMATELY | frozenset({"rund", "etwa", "ungefähr", "knapp", "fast", "beinahe"})


def _with_approximators(tokens: tuple[Token, ...], found: list[Constituent]) -> list[Constituent]:
    """A rounding word right before a phrase that opens with a number belongs to that phrase
    ("Berlin hatte damals *rund vier Millionen Einwohner*"): the amount the text gives is
    "rund vier Millionen", and the word alone is no adverbial to ask about. Joined after the
    roles are decided, which read the phrase's own first word (a number, no determiner)."""
    offset = tokens[0].i
    rounding = {c.end: c for c in found
                if c.end - c.start == 1 and tokens[c.start - offset].text.lower() in APPROXIMATORS}
    joined = {c.start for c in found if c.start in rounding and tokens[c.start - offset].tag == "CARD"}
    result = []
    for constituent in found:
        if constituent.end in joined and rounding.get(constituent.end) is constituent:
            continue
        word = rounding.get(constituent.start)
        if word is not None and constituent.start in joined:
            constituent = replace(constituent, start=word.start,
                                  text=_text(tokens, word.start - offset, constituent.end - offset))
        result.append(constituent)
    return result


def phrases(tokens: tuple[Token, ...], own: list[int], skip: set[int]) -> list[Phrase]:
    """The phrases among a clause's own words (verbs, conjunctions, punctuation left out)."""
    words = [k for k in own if k not in skip and (
        tokens[k].tag not in ("$,", "$.", "$(") or tokens[k].text == "," or is_glued_hyphen(tokens, k))]
    result: list[Phrase] = []
    n = 0
    while n < len(words):
        token = tokens[words[n]]
        found: tuple[int, Phrase] | None = None
        if token.text.lower() == "alles" and [tokens[k].text.lower() for k in words[n + 1 : n + 3]] == ["in", "allem"]:
            found = n + 3, Phrase("adv", words[n : n + 3], words[n])
        elif token.tag in ("APPR", "APPRART") or (
                token.text.lower() == "bis" and n + 1 < len(words) and tokens[words[n + 1]].tag in ("APPR", "APPRART")):
            found = _prepositional_phrase(tokens, words, n)  # "bis in die Gegenwart": tagged ADV or KON as often
        elif token.tag in NOUN_TAGS or token.tag in PREMODIFIER_TAGS or token.tag in PRONOUN_TAGS:
            found = _noun_phrase(tokens, words, n)
        elif token.tag == "KOKOM" and n + 1 < len(words):
            inner = _noun_phrase(tokens, words, n + 1)
            if inner is not None:
                end, phrase = inner
                phrase.kind, phrase.positions, phrase.preposition = "als", [words[n]] + phrase.positions, token.text.lower()
                found = end, phrase
        elif adverbials.is_compass_word(token) and (by_direction := _compass_phrase(tokens, words, n, result)) is not None:
            found = by_direction
        elif token.tag in ("ADV", "ADJD", "PAV", "PWAV", "PROAV"):
            found = n + 1, Phrase("adv", [words[n]], words[n])
        elif token.tag == "VVPP":
            found = n + 1, _depictive(result, words[n])
        if found is None:
            n += 1
            continue
        end, phrase = found
        if end < len(words) and phrase.kind == "np" and (
                tokens[words[end]].tag == "APPO" or _postposition(tokens, words[end]) or _duration_lang(tokens, phrase, words[end])):
            phrase.kind, phrase.preposition = "pp", tokens[words[end]].text.lower()
            phrase.positions.append(words[end])
            end += 1
        end = _span_end(tokens, words, end, phrase)
        result.append(phrase)
        n = max(end, n + 1)
    return result


def _compass_phrase(tokens: tuple[Token, ...], words: list[int], n: int, result: list[Phrase]) -> tuple[int, Phrase] | None:
    """"(direkt) nördlich von Bangkok": the direction word with its von-phrase is one place
    adverbial (was three pieces: a manner adverb, another, and a where-from phrase). A degree
    adverb right before it joins it."""
    if n + 1 >= len(words) or words[n + 1] != words[n] + 1 or tokens[words[n + 1]].text.lower() != "von":
        return None
    found = _prepositional_phrase(tokens, words, n + 1)
    if found is None:
        return None
    end, phrase = found
    start = [words[n]]
    if result and result[-1].kind == "adv" and result[-1].positions == [words[n] - 1] and tokens[words[n] - 1].tag in ("ADV", "ADJD"):
        start = [result.pop().positions[0], words[n]]
    phrase.positions = start + phrase.positions
    return end, phrase


def _depictive(found: list[Phrase], participle: int) -> Phrase:
    """A participle outside the verb complex (``topology_verbs.depictive_participles``) with the
    phrase right before it that it governs: "nackt oder *in Decken gehüllt*" is one adverbial of
    manner, not a place "in Decken"."""
    if found and found[-1].kind in ("pp", "np") and found[-1].positions[-1] == participle - 1:
        before = found.pop()
        return Phrase("adv", [*before.positions, participle], participle)
    return Phrase("adv", [participle], participle)


SPAN_STARTS = frozenset({"von", "ab", "seit"})


def _span_end(tokens: tuple[Token, ...], words: list[int], end: int, phrase: Phrase) -> int:
    """A "von"-phrase and the "bis"-phrase right after it are one stretch ("Von Juni 2003 bis
    Dezember 2006", "von 1982 bis zu seinem Tod", "von Rom bis Capua"): apart, the first
    piece reads as the agent of a passive and neither answers "Wann?" alone."""
    if phrase.kind != "pp" or phrase.preposition not in SPAN_STARTS or end + 1 >= len(words):
        return end
    word = tokens[words[end]]
    if word.text.lower() != "bis" or words[end] != max(phrase.positions) + 1:
        return end
    following = tokens[words[end + 1]]
    if following.tag in ("APPR", "APPRART"):
        found = _prepositional_phrase(tokens, words, end + 1)
    else:
        found = _noun_phrase(tokens, words, end + 1)
    if found is None:
        return end
    after, other = found
    phrase.positions.extend([words[end]] + other.positions)
    phrase.span = True
    return after


POSTPOSITIONS = frozenset({"gegenüber", "zufolge", "entlang", "zuliebe"})


def _postposition(tokens: tuple[Token, ...], k: int) -> bool:
    """"den Hunden gegenüber", "dem Bericht zufolge": a postposition after its noun phrase,
    whatever the tagger called it, unless it is the verb's separated particle, or a preposition
    whose own phrase follows it ("die Flusslandschaft *entlang der Aare*", "das Haus *gegenüber
    dem Rathaus*")."""
    token = tokens[k]
    if token.particle_of is not None or k == 0 or tokens[k - 1].tag not in NOUN_TAGS | PRONOUN_TAGS:
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is not None and token.text.lower() in ("entlang", "gegenüber") and following.tag in DETERMINER_TAGS | {"NE"}:
        return False
    return token.text.lower() in POSTPOSITIONS or _closes_circumposition(tokens, k)


def _closes_circumposition(tokens: tuple[Token, ...], k: int) -> bool:
    """"um die Altstadt herum": the word closes a phrase opened by its preposition a few words
    before (the word is then no particle of the verb, which ``particle_of`` would say)."""
    word = tokens[k].text.lower()
    opening = [p for p, closing in CIRCUMPOSITIONS.items() if closing == word]
    for j in range(k - 1, max(-1, k - 7), -1):
        if tokens[j].tag in ("APPR", "APPRART") and _preposition(tokens[j]) in opening:
            return True
        if tokens[j].tag.startswith("V") or tokens[j].tag in ("$,", "$.", "KON"):
            return False
    return False


def _duration_lang(tokens: tuple[Token, ...], phrase: Phrase, k: int) -> bool:
    """"1500 Jahre lang", "drei Wochen lang": "lang" tagged as an adjective is the postposition
    of a time noun phrase, one duration with it."""
    return tokens[k].text.lower() in ("lang", "lange") and adverbials.is_time_word(tokens[phrase.head])


def _agrees(phrase: Phrase, slots: frozenset[int]) -> bool:
    if not slots:
        return True
    numbers = set(numbers_of(phrase.readings)) | ({"Plur", "Sing"} if phrase.coordinated else set())
    return any(SLOTS[slot] in {(phrase.person, number) for number in numbers} for slot in slots)


def _is_time_noun(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    return adverbials.is_time_word(tokens[phrase.head]) or _early_year(tokens, phrase)


def _early_year(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """A bare three-digit number alone before the finite verb at the start of a sentence is a
    year of the first millennium ("394 wurde Theodosius schließlich Alleinherrscher"), not a
    subject or predicative: a counted subject names what it counts ("300 Soldaten kamen")."""
    k = phrase.head
    if len(phrase.positions) != 1 or tokens[k].tag != "CARD" or not (tokens[k].text.isdigit() and len(tokens[k].text) == 3):
        return False
    opens = k == 0 or tokens[k - 1].tag in ("$.", "$(") or tokens[k - 1].text in (";", ":")
    return opens and k + 1 < len(tokens) and tokens[k + 1].tag in ("VAFIN", "VVFIN", "VMFIN")


@dataclass
class _Assigned:
    phrase: Phrase
    role: str
    case: str = ""
    detail: str = ""
    sure: bool = True


def _subject(tokens: tuple[Token, ...], nps: list[Phrase], vc: VerbComplex, kind: str, gap: bool) -> tuple[Phrase | None, bool]:
    """The subject among the clause's noun phrases and whether case, agreement, definiteness or
    a person's name decided it. A sure subject settles the other phrases: one clause has one
    subject, so a phrase beside it that could be nominative is an object (measured on UD GSD
    dev: obj recall 0.60 → 0.65 at precision 0.916)."""
    if kind in ("zu_infinitive", "um_zu") or gap:
        return None, True
    candidates = [p for p in nps if "Nom" in cases_of(p.readings) and _agrees(p, vc.slots)]
    if not candidates:
        return None, True
    if vc.copula:
        first = candidates[0]
        sure = first.pronoun or first.definite or first.name or len(candidates) == 1
        return first, sure and vc.finite is not None and tokens[first.head].text.lower() != "es"
    existential = next((p for p in candidates if _existential_es(tokens, p, nps, vc)), None)
    if existential is not None:
        return existential, vc.finite is not None
    only_nom = [p for p in candidates if cases_of(p.readings) == {"Nom"}]
    if len(only_nom) == 1:
        return only_nom[0], vc.finite is not None
    if len(candidates) == 1:
        return candidates[0], vc.finite is not None and bool(vc.slots)
    if only_nom:
        return only_nom[0], False
    if tokens[candidates[0].head].text.lower() == "es":
        if vc.lemma.lower() == "geben":  # es gibt X
            return candidates[0], vc.finite is not None
        placeholder = len(candidates) == 2 and _vorfeld_es(tokens, candidates[0], vc, kind) and (
            vc.lemma.lower() in lex.PRESENTATIONAL_VERBS)
        return candidates[1], placeholder  # "Es herrscht Bewegung": es only holds the Vorfeld
    if len(candidates) == 2 and _more_prominent(tokens, candidates[0], candidates[1]):
        return candidates[0], vc.finite is not None
    if len(candidates) == 2 and _subject_first(tokens, candidates[0], candidates[1], vc, kind):
        return candidates[0], True
    if len(candidates) == 2 and _noun_before_pronoun(tokens, candidates[0], candidates[1], vc, kind):
        return candidates[0], True
    people = [p for p in candidates if _is_person(tokens, p)]
    if len(people) == 1 and people[0] is candidates[0] and vc.voice == "active":
        return people[0], vc.finite is not None
    return candidates[0], False


def _existential_es(tokens: tuple[Token, ...], phrase: Phrase, nps: list[Phrase], vc: VerbComplex) -> bool:
    """"es" of "es gibt" right after the finite verb, with no dative in the clause: the subject,
    whatever stands in the Vorfeld ("Ein eigenes Gelände gibt es nicht"). With a dative, "geben"
    is "give" ("Das Kind gibt es der Mutter")."""
    finite = vc.finite - tokens[0].i if vc.finite is not None else -1
    return (vc.lemma.lower() == "geben" and phrase.pronoun and tokens[phrase.head].text.lower() == "es"
            and phrase.head == finite + 1 and not any("Dat" in cases_of(p.readings) and not {"Nom", "Acc"} & set(cases_of(p.readings))
                                                     for p in nps))


def _more_prominent(tokens: tuple[Token, ...], first: Phrase, second: Phrase) -> bool:
    """The first of two case-ambiguous noun phrases is definite (article, pronoun, name) and the
    second is not: "Die Betreiber benutzen Windows-Rechner". Fronted objects are given
    information, so an object before an indefinite subject is rare; two definites stay unsure."""
    def definite(phrase: Phrase) -> bool:
        first_word = tokens[phrase.positions[0]]
        if phrase.pronoun:
            return phrase.relative or tokens[phrase.head].tag in ("PPER", "PDS", "PRELS")
        if first_word.tag == "ART":
            return first_word.text.lower() in ("der", "die", "das", "den", "dem", "des")
        return first_word.tag in ("PPOSAT", "PDAT") or (phrase.name and first_word.tag == "NE")

    def indefinite(phrase: Phrase) -> bool:
        first_word = tokens[phrase.positions[0]]
        if phrase.pronoun:
            return tokens[phrase.head].tag == "PIS" and tokens[phrase.head].text.lower() not in ("man",)
        if first_word.tag == "NN" and phrase.name:
            return False  # a title before a name: "hat *Präsident Almasbek Atambajew* … angeprangert"
        return first_word.tag in ("ADJA", "NN", "CARD", "PIAT", "PIDAT") or (
            first_word.tag == "ART" and first_word.text.lower().startswith("ein")
        ) or first_word.text.lower().startswith("kein")

    relative_before_pronoun = (first.relative or tokens[first.head].tag == "PRELS") and second.pronoun  # "die niemand erwartet hatte"
    return definite(first) and indefinite(second) and not relative_before_pronoun


def _subject_first(tokens: tuple[Token, ...], first: Phrase, second: Phrase, vc: VerbComplex, kind: str) -> bool:
    """Two case-ambiguous definite phrases of an active verb-second clause, one in the Vorfeld and
    one after the finite verb: the Vorfeld one is the subject ("Die dänischen Rentner müssen die
    hohen Steuern zahlen"). A fronted object beside a subject that looks the same is rare enough
    in written German that writers avoid it (no counter-example among the 799 sentences of UD
    GSD dev), except before a person's name: "Die Hauptrolle spielte Charles Laughton"."""
    finite = vc.finite - tokens[0].i if vc.finite is not None else -1

    def definite(phrase: Phrase) -> bool:
        word = tokens[phrase.positions[0]]
        return phrase.name or word.tag in ("ART", "PPOSAT", "PDAT") and not word.text.lower().startswith(("ein", "kein"))

    person_after = _is_person(tokens, second) and not _is_person(tokens, first)  # "Die Hauptrolle spielte Charles Laughton"
    split = max(first.positions) < finite < min(second.positions)
    # both after the finite verb, in the Mittelfeld's unmarked order: "Daraufhin verließen die
    # Gefangenen ihre Zellen nicht mehr"
    mittelfeld = 0 <= finite < min(first.positions) and max(first.positions) < min(second.positions)
    return (kind in ("main", "coordinated") and vc.voice == "active" and (split or mittelfeld)
            and definite(first) and definite(second) and not person_after)


def _noun_before_pronoun(tokens: tuple[Token, ...], first: Phrase, second: Phrase, vc: VerbComplex, kind: str) -> bool:
    """A full noun phrase before a personal pronoun, both in the Mittelfeld: the noun phrase is
    the subject ("Nach Einbruch der Dunkelheit versteckte die Familie sie", "dass die Firma es
    verkauft"). An unstressed pronoun object stands before a full subject, never after it, so
    the other reading ("dass sie die Familie versteckte" for 'she hid the family') would put
    the pronoun first."""
    finite = vc.finite - tokens[0].i if vc.finite is not None else -1
    if finite < 0 or vc.voice != "active" or first.pronoun or not second.pronoun:
        return False
    if tokens[second.head].tag != "PPER" or tokens[second.head].text.lower() not in ("sie", "es"):
        return False
    verb_second = kind in ("main", "coordinated") and finite < min(first.positions)
    fronted = any(tokens[k].tag in ("PRELS", "PRELAT", "PWS", "PWAT") or tokens[k].text.lower() in ("dessen", "deren")
                  for k in first.positions)  # "dessen Werk es ähnelt": the relative phrase opens its clause whatever its role
    verb_final = kind in ("subordinate", "relative") and max(second.positions) < finite and not fronted and not first.relative
    return (verb_second or verb_final) and max(first.positions) < min(second.positions)


def _vorfeld_es(tokens: tuple[Token, ...], phrase: Phrase, vc: VerbComplex, kind: str) -> bool:
    """"Es" opening a main clause that has another, sure subject: the Vorfeld's placeholder
    ("Es herrscht ein rauher Ton"); an object "es" never stands in the Vorfeld."""
    finite = vc.finite - tokens[0].i if vc.finite is not None else -1
    return (kind in ("main", "coordinated") and phrase.pronoun and tokens[phrase.head].text.lower() == "es"
            and 0 <= phrase.head < finite and vc.lemma != "geben")


def _is_person(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """A person by name (also after a title: "US-Präsident Bill Clinton") or pronoun: the
    likelier agent when case leaves two subjects."""
    head = tokens[phrase.head]
    named = any(tokens[k].ent_label == "PER" and tokens[k].tag == "NE" for k in phrase.positions if k >= phrase.head)
    return named or (phrase.pronoun and head.text.lower() in ("ich", "du", "wir", "ihr", "sie", "er"))


def _object_roles(nps: list[Phrase], vc: VerbComplex, subject_found: bool, strong: bool = True) -> list[_Assigned]:
    """Accusative, dative and genitive objects (and predicatives) among the other NPs.

    Without a sure subject (``strong``), an object that could itself be nominative owes its
    role to the choice of subject and stays unsure.
    """
    result: list[_Assigned] = []
    for phrase in nps:
        cases = set(cases_of(phrase.readings))
        could_be_subject = "Nom" in cases and not strong
        if subject_found or not vc.finite:
            if vc.copula and "Nom" in cases:
                result.append(_Assigned(phrase, "predicative", "Nom"))
                continue
            cases.discard("Nom")
        if vc.voice == "passive" or vc.auxiliary == "sein" or vc.copula:
            cases.discard("Acc")
        if cases == {"Acc"}:
            result.append(_Assigned(phrase, "object_acc", "Acc"))
        elif cases == {"Dat"}:
            result.append(_Assigned(phrase, "object_dat", "Dat"))
        elif cases == {"Gen"}:
            result.append(_Assigned(phrase, "object_gen", "Gen", sure=False))
        elif not cases or cases == {"Nom"}:
            result.append(_Assigned(phrase, "adverbial", sure=False))
        else:
            result.append(_Assigned(phrase, "", ",".join(sorted(cases))))
        if could_be_subject:
            result[-1].sure = False
    _resolve_ambiguous(result, vc)
    for item in result:
        if item.role == "object_acc" and vc.lemma.lower() in lex.NO_ACCUSATIVE_VERBS:
            item.sure = False  # the verb takes no accusative: "lag damit 20,52 Zähler über …" is an amount
    return result


def _resolve_ambiguous(assigned: list[_Assigned], vc: VerbComplex) -> None:
    """Acc/Dat-ambiguous objects: the other object or the verb's valency decides."""
    open_items = [a for a in assigned if not a.role]
    has_acc = any(a.role == "object_acc" for a in assigned)
    has_dat = any(a.role == "object_dat" for a in assigned)
    for item in open_items:
        cases = set(item.case.split(","))
        dative_verb = vc.lemma.lower() in lex.DATIVE_VERBS
        if "Acc" in cases and (has_dat or (not dative_verb and len(open_items) == 1 and not has_acc)):
            item.role, item.case = "object_acc", "Acc"
            if not has_dat and item.phrase.pronoun and item.phrase.person != "3":  # uns, euch alone: often a dative
                item.sure = False
            has_acc = True
        elif "Dat" in cases and (has_acc or dative_verb):
            item.role, item.case = "object_dat", "Dat"
            has_dat = True
        elif "Dat" in cases and "Acc" in cases and len(open_items) == 2:
            first = item is open_items[0]
            item.role, item.case = ("object_dat", "Dat") if first else ("object_acc", "Acc")
            item.sure = False
        else:
            item.role, item.sure = "adverbial", False


def _pp_role(tokens: tuple[Token, ...], phrase: Phrase, vc: VerbComplex) -> tuple[str, str, bool]:
    """Role, detail and sureness of a prepositional phrase: part of an idiomatic predicate, the
    verb's prepositional object, the agent of a passive, else what ``adverbials`` makes of the
    phrase up to its noun."""
    prep = phrase.preposition
    lemma = vc.lemma.lower().removeprefix("sich ")
    own = _own_words(tokens, phrase)
    if phrase.span:
        if any(adverbials.is_time_word(t) for t in own):
            return "time", "range", True
        return "adverbial", "range", True
    if " ".join(t.text.lower() for t in own) in lex.PREDICATE_PHRASES:
        return "adverbial", "idiom", True  # "zur Welt kommen": part of the predicate, asked about never
    kind = adverbials.settled(adverbials.adverbial_kind(own, cases_of(phrase.readings) - {"Nom"}))
    passive_by = vc.voice == "passive" and prep == "von"  # "vom Kongress verabschiedet": the agent, not the object
    if prep in lex.VALENCY.get(lemma, ()) and not passive_by and not _is_time_noun(tokens, phrase) and not _located(prep, kind, own):
        return "object_prep", "", True
    if prep == "aus" and lemma in lex.ORIGIN_VERBS and not _is_time_noun(tokens, phrase):
        return "origin", "aus", True
    circumposition = tokens[max(phrase.positions)].text.lower() == "aus"  # "vom Irak aus": where from, no agent
    if vc.voice == "passive" and prep == "von" and not _is_time_noun(tokens, phrase) and not circumposition:
        return "agent", "", True
    start = min(phrase.positions)
    if start > 0 and tokens[start - 1].text.lower() == "bis":  # "bis zur Eröffnung": the phrase lacks its "bis"
        return "adverbial", "bis", True
    return kind.role, kind.detail, kind.sure


def _located(preposition: str, kind: adverbials.Kind, own: list[Token]) -> bool:
    """A two-way preposition's dative phrase whose noun names a place is where something
    happens, even beside a verb that governs the preposition: "Er arbeitete an der Universität
    Wien" (arbeiten an + Dat. is what one works on: "Woran arbeitete er? – an der Universität
    Wien" would be asked), "Sie warteten auf dem Bahnhof". An organisation is no place here:
    "Er nahm an den Olympischen Spielen teil" stays the object."""
    return preposition in adverbials.TWO_WAY and kind.role == "place" and kind.sure and adverbials.names_place(own)


def _own_words(tokens: tuple[Token, ...], phrase: Phrase) -> list[Token]:
    """The phrase's words up to its head and the name run after it, without attached phrases
    ("vor den Militärübungen" of "vor den Militärübungen zwischen Südkorea und …") and without
    an extended attribute ("auf dem [1995 vom Kongress der Vereinigten Staaten] verabschiedeten
    Jerusalem Embassy Act" is no place)."""
    positions = sorted(phrase.positions)
    words = [k for k in positions if k <= phrase.head]
    for k in positions:
        if k == words[-1] + 1 and tokens[k].tag in ("NE", "FM") or (k > phrase.head and (tokens[k].tag == "APPO" or tokens[k].text.lower() == phrase.preposition == "lang")):
            words.append(k)
    found = [tokens[k] for k in words]
    opener = 1 if found and found[0].tag == "APPR" else 0
    return found[:opener] + _without_attribute(found[opener:], tokens[phrase.head])


def _adverbial_beside_predicative(tokens: tuple[Token, ...], assigned: list[_Assigned]) -> None:
    """A lone adverbial adjective beside a noun phrase that is the predicative qualifies the
    clause: "Die Afrikameisterschaft war *gleichzeitig* die Qualifikation für die WM" (an
    adverbial; the noun phrase is what the subject is)."""
    nominal = [item for item in assigned if item.role == "predicative" and item.phrase.kind == "np"]
    if not nominal:
        return
    for item in assigned:
        if item.role == "predicative" and item.phrase.kind == "adv" and tokens[item.phrase.head].tag == "ADJD":
            kind = adverbials.settled(adverbials.adverbial_kind([tokens[item.phrase.head]]))
            item.role, item.detail, item.sure = kind.role, kind.detail, kind.sure


def _adverb_role(token: Token, vc: VerbComplex) -> tuple[str, str, bool]:
    if token.tag == "ADJD" and vc.copula:
        return "predicative", "", True
    kind = adverbials.settled(adverbials.adverbial_kind([token]))
    return kind.role, kind.detail, kind.sure


def _clause_role(kind: str, conjunction: Token | None, before: Token | None = None) -> tuple[str, str, bool]:
    """Role of a dependent clause from its conjunction; "so dass" (the adverb ``before`` it)
    gives a consequence, not a complement."""
    if kind in ("zu_infinitive", "relative") or conjunction is None:
        return "complement", "", True
    word = conjunction.text.lower()
    if word in ("dass", "daß") and before is not None and before.text.lower() == "so":
        word = "so dass"
    if conjunction.tag in ("PWS", "PWAV", "PWAT") or word in ("dass", "ob"):
        return "complement", word, True
    found = adverbials.conjunction_kind(word)
    return found.role, found.detail, found.sure


Child = tuple[int, list[int], str, int | None, VerbComplex]


def constituents(
    tokens: tuple[Token, ...],
    own: list[int],
    kind: str,
    vc: VerbComplex,
    conjunction: int | None = None,
    antecedent: int | None = None,
    children: list[Child] | None = None,
) -> tuple[Constituent, ...]:
    """The constituents of one clause (positions are indices into the sentence)."""
    offset = tokens[0].i
    verb_positions = {i - offset for i in vc.verbs}
    skip = set(verb_positions)
    skip.update(k for k in own if (tokens[k].tag in ("PTKZU", "PTKVZ", "PTKNEG", "KOUS", "KOUI", "PTKANT", "ITJ")
                                   and not _postposition(tokens, k))
                or tokens[k].particle_of is not None or is_reflexive(tokens, k))
    skip.update(_bracketed(tokens, own))
    skip.update(_truncated_particles(tokens, own))
    if own and tokens[own[0]].tag == "KON":
        skip.add(own[0])
    if conjunction is not None and kind != "relative":
        skip.add(conjunction)
        if conjunction > 0 and conjunction - 1 in own and tokens[conjunction - 1].tag == "ADV":
            skip.add(conjunction - 1)  # "so dass", "auch wenn": the adverb goes with the conjunction
    relative_np = None
    if kind == "relative" and conjunction is not None and tokens[conjunction].tag not in ("PRELAT",) and not (
        conjunction > 0 and tokens[conjunction - 1].tag in ("APPR", "APPRART")
    ):
        skip.add(conjunction)
        readings, _ = pronoun_readings(replace(tokens[conjunction], tag="PRELS"))
        article_like = conjunction + 1 < len(tokens) and tokens[conjunction + 1].tag in NOUN_TAGS  # ", die Lieferzeiten wurden"
        relative_np = Phrase("np", [conjunction], conjunction, readings=readings, pronoun=True, relative=not article_like)
    found = _attach_to_nouns(tokens, phrases(tokens, own, skip), vc, kind)
    if relative_np is not None:
        found.insert(0, relative_np)
    if kind == "relative" and antecedent is not None:
        _agree_with_antecedent(tokens, found, antecedent)
    gap = kind == "coordinated" and len(own) > 1 and (
        own[1] in verb_positions or own[0] in verb_positions)  # "und studierte Chemie", "…, studierte Chemie"
    appositions = [p for p in found if p.kind == "np" and (_after_list_word(tokens, p) or _apposition(tokens, found, p))]
    appositions += _apposition_tails(tokens, found, appositions)
    nps = [p for p in found if p.kind == "np" and p not in appositions and not (
        _is_time_noun(tokens, p) and "Nom" not in cases_of(p.readings) - {"Nom"} and _time_np(tokens, p))]
    subject, subject_sure = _subject(tokens, nps, vc, kind, gap)
    strong = subject is not None and subject_sure
    others = [p for p in nps if p is not subject]
    assigned: list[_Assigned] = []
    if subject is not None:
        assigned.append(_Assigned(subject, "subject", "Nom", sure=subject_sure))
    infinitive = kind in ("zu_infinitive", "um_zu") or gap  # the subject is outside the clause
    opening = next((k for k in own if tokens[k].tag != "KON" and not tokens[k].tag.startswith("$")), -1)
    expletive = [p for p in others if p.head == opening and subject_sure and subject is not None and _vorfeld_es(tokens, p, vc, kind)]
    others = [p for p in others if p not in expletive]
    assigned.extend(_Assigned(p, "adverbial", detail="expletive", sure=False) for p in expletive)
    assigned.extend(_object_roles(others, vc, subject is not None or infinitive, strong or infinitive))
    for phrase in found:
        if phrase in appositions:
            assigned.append(_Assigned(phrase, "adverbial", detail="apposition", sure=False))
        elif phrase.kind == "np" and phrase not in nps:
            assigned.append(_Assigned(phrase, "time", "Acc", adverbials.adverbial_kind(_own_words(tokens, phrase)).detail))
        elif phrase.kind == "pp":
            role, detail, sure = _pp_role(tokens, phrase, vc)
            assigned.append(_Assigned(phrase, role, detail=detail, sure=sure))
        elif phrase.kind == "adv":
            role, detail, sure = _adverb_role(tokens[phrase.head], vc)
            assigned.append(_Assigned(phrase, role, detail=detail, sure=sure))
        elif phrase.kind == "als":
            assigned.append(_Assigned(phrase, "adverbial", detail=phrase.preposition, sure=not _compared(tokens, phrase)))
    _adverbial_beside_predicative(tokens, assigned)
    if subject is not None and not subject_sure:
        for item in assigned:
            if item.role.startswith("object") or item.role == "predicative":
                item.sure = False
    coordinator = own[0] if own and tokens[own[0]].tag == "KON" else None
    _doubt_unmarked_objects(tokens, assigned, (strong or infinitive) and len(others) == 1, coordinator)
    if _reflexive_with_folded_infinitive(tokens, own, vc):
        for item in assigned:
            if item.role.startswith("object_") and item.role != "object_prep":
                item.sure = False
    _doubt_restricted_prepositions(tokens, assigned, children or [], vc)
    _doubt_attribute_pieces(tokens, assigned)
    assigned = _attach_places_to_nouns(tokens, assigned, vc)
    result = [_constituent(tokens, item, vc, kind) for item in assigned]
    for child, span, child_kind, child_conjunction, child_vc in children or []:
        if child_kind == "relative" or not span:
            continue
        opener = tokens[child_conjunction] if child_conjunction is not None else None
        before = tokens[child_conjunction - 1] if child_conjunction else None
        role, detail, sure = _clause_role(child_kind, opener, before)
        if child_kind == "coordinated":
            continue
        head = child_vc.finite if child_vc.finite is not None else (child_vc.verbs[-1] if child_vc.verbs else span[0] + offset)
        while len(span) > 1 and (tokens[span[-1]].tag in ("$,", "$.") or tokens[span[-1]].text in ("(", "„")):
            span = span[:-1]
        while len(span) > 1 and (tokens[span[0]].tag in ("$,", "KON") or tokens[span[0]].text in (")", "“")):
            span = span[1:]
        span = _without_list_tail(tokens, span, child_vc)
        result.append(Constituent(
            role=role, start=span[0] + offset, end=span[-1] + 1 + offset, head=head,
            text=_text(tokens, span[0], span[-1] + 1), detail=detail,
            field=_field(span[0] + offset, vc, kind), clause=child,
            sure=sure,
        ))
    result = _with_approximators(tokens, result)
    if any(c.role == "complement" for c in result):  # "es" before a dass/zu clause is expletive
        result = [replace(c, sure=False) if c.role == "subject" and c.text.lower() == "es" else c for c in result]
    result.sort(key=lambda c: c.start)
    return tuple(result)


def _reflexive_with_folded_infinitive(tokens: tuple[Token, ...], own: list[int], vc: VerbComplex) -> bool:
    """A reflexive full verb with a zu-infinitive in the same clause, no comma between them:
    "weigert sich das Rauschgold einen Lärmschutz anzubringen". Two verbs' objects share one
    clause, so which verb an object belongs to, and whether the reflexive is accusative or
    dative beside it, is open: none of them is sure."""
    offset = tokens[0].i
    if vc.finite is None or tokens[vc.finite - offset].tag != "VVFIN" or not any(is_reflexive(tokens, k) for k in own):
        return False
    return any(tokens[i - offset].tag == "VVIZU" or (i > offset and tokens[i - offset - 1].tag == "PTKZU") for i in vc.verbs)


COMPARATIVE_WORDS = frozenset({"mehr", "weniger", "eher", "lieber", "anders"})


def _compared(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """An "als"-phrase right after a comparative ("gelten als relativ gesünder *als Zigaretten*"):
    what is compared with, no role or name the clause gives ("gilt als Heilmittel"), so it is no
    sure constituent to ask about."""
    start = min(phrase.positions)
    if start == 0:
        return False
    before = tokens[start - 1]
    return before.text.lower() in COMPARATIVE_WORDS or (before.tag == "ADJD" and before.text.lower().endswith("er"))


def _doubt_attribute_pieces(tokens: tuple[Token, ...], assigned: list[_Assigned]) -> None:
    """A subject or object that starts with an adjective right after a measure ("30 Jahre",
    "drei Meter") is the rest of an extended attribute the chunker cut ("eine 30 Jahre |
    anhaltende Glanzzeit"): its answer would lack the start, so it is unsure."""
    for item in assigned:
        start = min(item.phrase.positions)
        measure = start > 0 and (tokens[start - 1].tag == "CARD" or (
            start > 1 and tokens[start - 1].tag == "NN" and tokens[start - 2].tag == "CARD"))  # "30 Jahre", "drei Meter"
        if (item.role == "subject" or item.role.startswith("object_")) and tokens[start].tag == "ADJA" and measure:
            item.sure = False


# Nouns (and compound heads) of a way or a going, whose "nach X" or "in X" says where they lead.
WAY_NOUNS = ("weg", "flug", "reise", "fahrt", "rückkehr", "flucht", "umzug", "eintritt", "zugang", "wanderung",
             "export", "import", "transport", "verbindung", "route", "strecke", "expedition", "zug", "einreise")


def _attach_places_to_nouns(tokens: tuple[Token, ...], assigned: list[_Assigned], vc: VerbComplex) -> list[_Assigned]:
    """Places that belong to the noun before them, merged into its phrase.

    A place right after another prepositional phrase's noun most often says where that noun is,
    not where the clause happens ("sagte die Teilnahme *am Gipfel in Japan* ab", "Kritik an der
    Junta *in Lagos*"; 11 of the 28 places on UD German-GSD dev that are no adverbial): asked
    with "Wo?" it would place the whole event there, and the phrase before it would lack what
    says which. After a time ("am Montag in Berlin"), a companion ("lebte mit seiner Familie in
    Berlin"), an agent, a noun phrase without a preposition or a place, sure or guessed ("auf
    einer Demo in Jerusalem": where the demo is, the clause is too), the place is the clause's
    own. An origin after a name is the name's too ("die Firma FAG *aus Schweinfurt*") unless the
    verb is one of going or coming ("kehrte Berkman *aus San Francisco* zurück"), and so is
    a direction after a noun of a way or a going ("auf dem Weg *nach Russland*", "der Eintritt
    *in alle Museen*"); after others it is the verb's ("fliesst durch Solothurn *nach Luterbach*").
    """
    kept: list[_Assigned] = []
    for item in sorted(assigned, key=lambda item: min(item.phrase.positions)):
        host = kept[-1] if kept else None
        if host is not None and _belongs_to_noun(tokens, host, item, vc):
            host.phrase.positions.extend(item.phrase.positions)
            continue
        kept.append(item)
    chosen = {id(item) for item in kept}
    return [item for item in assigned if id(item) in chosen]


def _name_after_comma(tokens: tuple[Token, ...], host: Phrase, item: Phrase) -> bool:
    """"an der University of California, *San Diego*": a bare name right after a comma that
    follows a name is the place of the institution (topology keeps it in the clause)."""
    start = min(item.positions)
    return (item.kind == "np" and start >= 2 and tokens[start - 1].text == "," and max(host.positions) == start - 2
            and tokens[start - 2].tag == "NE" and all(tokens[k].tag == "NE" for k in item.positions) and len(item.positions) <= 3)


# Prepositions of a phrase right after a copula's noun that belongs to the noun: "der Grund für",
# "ein Buch über", "die Hauptstadt von", "der Schlüssel zu", "ein Kampf gegen", "die Grenze zwischen".
PREDICATIVE_ATTRIBUTES = frozenset({"für", "über", "von", "zu", "gegen", "zwischen"})


def _belongs_to_noun(tokens: tuple[Token, ...], host: _Assigned, item: _Assigned, vc: VerbComplex) -> bool:
    """The rules of ``_attach_places_to_nouns`` for one phrase and the phrase before it."""
    if _name_after_comma(tokens, host.phrase, item.phrase):
        return True
    if item.phrase.kind != "pp" or not _adjacent(tokens, host.phrase, item.phrase):
        return False
    if host.role in ("time", "agent") or host.phrase.preposition == "mit":
        return False
    last = max(host.phrase.positions)
    if tokens[last].tag not in NOUN_TAGS:
        return False
    if vc.copula and host.role == "predicative" and item.role == "adverbial" and item.phrase.preposition in PREDICATIVE_ATTRIBUTES:
        return True  # "war gleichzeitig *die Qualifikation für die Weltmeisterschaft*": what the subject is
    prepositional = host.phrase.kind == "pp" or any(tokens[k].tag in ("APPR", "APPRART") for k in host.phrase.positions)
    in_place = host.role == "place" and host.sure or host.detail == "place?"
    if item.role == "place" and item.phrase.preposition in ("in", "an", "auf", "bei"):
        return prepositional and not in_place
    if item.role == "origin":
        moving = bool(vc.lemma) and (perfect_auxiliary(vc.lemma.lower()) == "sein" or vc.lemma.lower() in lex.ORIGIN_VERBS)
        return tokens[last].tag == tokens[host.phrase.head].tag == "NE" and not moving
    return item.role == "direction" and tokens[host.phrase.head].lemma.lower().endswith(WAY_NOUNS)


def _doubt_restricted_prepositions(tokens: tuple[Token, ...], assigned: list[_Assigned], children: list[Child], vc: VerbComplex) -> None:
    """A prepositional phrase before the finite verb whose noun a relative clause right after it
    restricts ("Zu den Personen, *die in der Kirche ihre letzte Ruhestätte fanden*, gehört …"):
    the answer would be "zu den Personen" without the clause that says which, so it is unsure."""
    finite = vc.finite - tokens[0].i if vc.finite is not None else -1
    starts = {min(span) for _, span, child_kind, _, _ in children if child_kind == "relative" and span}
    for item in assigned:
        end = max(item.phrase.positions)
        if item.phrase.kind == "pp" and end < finite and (end + 1 in starts or end + 2 in starts and tokens[end + 1].text == ","):
            item.sure = False


def _attach_to_nouns(tokens: tuple[Token, ...], found: list[Phrase], vc: VerbComplex, kind: str) -> list[Phrase]:
    """Prepositional phrases that belong to the noun before them, merged into its phrase.

    In a verb-second clause everything before the finite verb is one constituent, so a PP that
    follows a noun there is the noun's attribute ("Staats- und Regierungschefs *aus Südkorea*
    werden …"). Elsewhere a PP right after a noun belongs to it when the noun takes that
    preposition ("die Kontakte *zum* US-Präsidenten", "Angst *vor* dem Krieg") and the verb
    does not.
    """
    finite = vc.finite - tokens[0].i if vc.finite is not None else -1
    verb_second = kind in ("main", "coordinated") and finite >= 0 and any(
        k > finite and tokens[k].tag not in ("$,", "$.", "$(") for p in found for k in p.positions)
    lemma = vc.lemma.lower().removeprefix("sich ")
    result: list[Phrase] = []
    for phrase in found:
        host = result[-1] if result else None
        if verb_second and phrase.kind == "pp" and max(phrase.positions) < finite and _placed_by_adverb(tokens, result, phrase):
            adverb = result.pop()  # "Die Lage *mitten im Niederdorf*, wo …, ist": the Vorfeld is one constituent
            result[-1].positions.extend(adverb.positions + phrase.positions)
            continue
        if host is not None and phrase.kind == "pp" and _adjacent(tokens, host, phrase) and tokens[host.head].tag in NOUN_TAGS:
            in_vorfeld = verb_second and max(phrase.positions) < finite and host.kind in ("np", "pp")
            noun = tokens[host.head].lemma.lower()
            valency = phrase.preposition in lex.noun_prepositions(noun) and phrase.preposition not in lex.VALENCY.get(lemma, ())
            predicative = vc.copula and host.kind == "np" and _after_finite(host, finite) and not _definite_start(tokens, host)
            # "in vier Wochen *zu je sieben Tagen*", "zwei Gruppen *mit je fünf Spielern*": a share each
            distributive = len(phrase.positions) > 1 and tokens[sorted(phrase.positions)[1]].text.lower() == "je"
            if in_vorfeld or predicative or distributive or (valency and host.kind in ("np", "pp", "als")):
                host.positions.extend(phrase.positions)
                continue
        if host is not None and _examples_of(tokens, host, phrase):
            host.positions.extend(phrase.positions)  # "vergängliche Materialien *wie Holz und Lehm*"
            continue
        result.append(phrase)
    return _join_vorfeld_insertion(tokens, result, finite) if verb_second else result


def _examples_of(tokens: tuple[Token, ...], host: Phrase, phrase: Phrase) -> bool:
    """A "wie"-phrase right after a common noun names examples of it ("Vermutlich dienten
    vergängliche Materialien *wie Holz und Lehm* als Baustoffe", "Städte wie Berlin"): part of the
    noun's phrase, no comparison of the clause ("arbeitete wie ein Pferd", "so groß wie …" follow
    no noun; "spielte Fußball wie ein Profi": an indefinite after "wie" compares)."""
    first = tokens[phrase.positions[1]] if len(phrase.positions) > 1 else None
    return (phrase.kind == "als" and phrase.preposition == "wie" and host.kind in ("np", "pp")
            and tokens[max(host.positions)].tag == "NN" and _adjacent(tokens, host, phrase)
            and first is not None and not first.text.lower().startswith(("ein", "kein")))


def _join_vorfeld_insertion(tokens: tuple[Token, ...], found: list[Phrase], finite: int) -> list[Phrase]:
    """The phrases of an insertion between commas in the Vorfeld, joined to the noun or
    prepositional phrase before it: the Vorfeld is one constituent, and what stands between
    its two commas says more about that phrase ("Im Women Medical College of Pennsylvania,
    *später Teil der Drexel University*, absolvierte"; "Das QVB, *190 m lang und 30 m breit*,
    füllt"; "Christopher Nolan, *Produzent und Drehbuchautor des Vorgängerfilms*, wirkt"), no
    subject or object of its own. The joined phrase takes the cases either part allows."""
    if finite < 2 or tokens[finite - 1].text != ",":
        return found
    for n, host in enumerate(found):
        end = max(host.positions)
        if end >= finite - 1:
            break
        if tokens[end + 1].text != "," or host.kind not in ("np", "pp") or tokens[host.head].tag not in NOUN_TAGS:
            continue
        inserted = [p for p in found[n + 1 :] if end < min(p.positions) and max(p.positions) < finite]
        if not inserted:
            break
        for phrase in inserted:
            host.positions.extend(phrase.positions)
            if phrase.kind == "np" and host.kind == "np":
                host.readings = host.readings | phrase.readings
        return [p for p in found if not any(p is q for q in inserted)]
    return found


PLACING_ADVERBS = frozenset({"mitten", "direkt", "gleich", "unmittelbar", "ganz", "weit", "hoch", "tief", "kurz"})


def _placed_by_adverb(tokens: tuple[Token, ...], result: list[Phrase], phrase: Phrase) -> bool:
    """A noun, an adverb that places what follows ("mitten", "direkt", "kurz") and a PP, one
    right after the other: "die Lage mitten im Niederdorf", "ein Haus direkt am See"."""
    if len(result) < 2 or result[-1].kind != "adv" or tokens[result[-1].head].text.lower() not in PLACING_ADVERBS:
        return False
    host, adverb = result[-2], result[-1]
    return host.kind == "np" and tokens[host.head].tag in NOUN_TAGS and _adjacent(tokens, host, adverb) and _adjacent(
        tokens, adverb, phrase)


def _definite_start(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """A phrase opened by a definite article, a possessive or a demonstrative: after "bleiben",
    "die Kinder" is the subject, not a predicative that a PP could describe."""
    first = tokens[min(phrase.positions)]
    return first.tag in ("PPOSAT", "PDAT") or (first.tag == "ART" and not first.text.lower().startswith("ein"))


def _after_finite(phrase: Phrase, finite: int) -> bool:
    """A noun phrase after the finite verb: with a copula, the predicative ("ist ein Land *in
    Europa*"), whose PP describes the noun, not where the being happens."""
    return finite >= 0 and min(phrase.positions) > finite




def _adjacent(tokens: tuple[Token, ...], first: Phrase, second: Phrase) -> bool:
    """The second phrase starts right after the first (only punctuation of the first between)."""
    gap = range(max(first.positions) + 1, min(second.positions))
    return all(tokens[k].tag == "$(" and tokens[k].text in "“”\"»«" for k in gap)


LIST_WORDS = frozenset({"darunter", "insbesondere", "namentlich", "beispielsweise", "zum Beispiel"})


def _after_list_word(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """A noun phrase after ", darunter" or ", insbesondere": it lists members of a noun before
    it ("… mit Waffen versorgt, darunter Artilleriegranaten"), so it is no object of the verb."""
    start = min(phrase.positions)
    return start > 1 and tokens[start - 1].text.lower() in LIST_WORDS and tokens[start - 2].text == ","


def _without_list_tail(tokens: tuple[Token, ...], span: list[int], vc: VerbComplex) -> list[int]:
    """A clause's span without a list joined after its last verb (", darunter Artilleriegranaten,
    Schulterraketen und Flugkörper"): the list names members of a noun inside the clause, so an
    answer that is the clause ends before it."""
    offset = tokens[0].i
    last_verb = max((v - offset for v in vc.verbs), default=-1)
    for n in range(1, len(span) - 1):
        if span[n] > last_verb and tokens[span[n]].text == "," and tokens[span[n + 1]].text.lower() in LIST_WORDS:
            return span[:n]
    return span


def _apposition(tokens: tuple[Token, ...], found: list[Phrase], phrase: Phrase) -> bool:
    """A noun phrase opened by an article right after a comma that follows a noun phrase or
    prepositional phrase of the same clause: "von Peter, *dem Bruder von Anna*," describes Peter
    and is no object of the verb. (A bare name there, "Der Vorsitzende, Bodo Schwartz,", often
    carries the case its anchor's lexicon entry gets wrong, so it keeps its own role.)"""
    start = min(phrase.positions)
    if start < 2 or tokens[start - 1].text != ",":
        return False
    end = _closing_comma(tokens, max(phrase.positions) + 1)
    enclosed = tokens[start].tag in NOUN_TAGS and end is not None and (
        end + 1 < len(tokens) and tokens[end + 1].tag.endswith("FIN"))  # "Dieter Spöri, SPD-Wirtschaftsminister …, findet"
    if tokens[start].tag != "ART" and not enclosed:
        return False
    return any(p is not phrase and max(p.positions) == start - 2 and p.kind in ("np", "pp") and tokens[p.head].tag in NOUN_TAGS
               for p in found)


def _closing_comma(tokens: tuple[Token, ...], k: int) -> int | None:
    """The comma that closes an insertion going on at ``k``, with no verb before it, or None."""
    while k < len(tokens) and tokens[k].text != "," and tokens[k].tag != "$." and not tokens[k].tag.startswith("V"):
        k += 1
    return k if k < len(tokens) and tokens[k].text == "," else None


def _apposition_tails(tokens: tuple[Token, ...], found: list[Phrase], appositions: list[Phrase]) -> list[Phrase]:
    """Prepositional phrases after an apposition and before the comma that closes it belong to
    the apposition ("Dieter Spöri, SPD-Wirtschaftsminister *in Teufels großer Koalition*, findet"),
    not to the clause's verb."""
    result: list[Phrase] = []
    for apposition in appositions:
        end = _closing_comma(tokens, max(apposition.positions) + 1)
        if end is None:
            continue
        result.extend(p for p in found if p.kind == "pp" and p not in appositions and max(apposition.positions) < min(p.positions)
                      and max(p.positions) < end)
    return result


def _truncated_particles(tokens: tuple[Token, ...], own: list[int]) -> set[int]:
    """A verb particle cut off before "und" ("sich von den Eltern *ab- und* den Großeltern
    zugewandt": abgewandt und zugewandt) and its "und": part of the verbs, not the start of the
    noun phrase after them. A noun's first part is written with a capital ("Ein- und Ausgang")."""
    found: set[int] = set()
    for k in own:
        token = tokens[k]
        if token.tag == "TRUNC" and token.text[:1].islower() and token.text.rstrip("-").lower() in SEPARABLE_PARTICLES and (
                k + 1 in own and tokens[k + 1].tag == "KON"):
            found.update((k, k + 1))
    return found


def _bracketed(tokens: tuple[Token, ...], own: list[int]) -> set[int]:
    """Words inside round brackets: insertions such as "(FDP)" or "(LKA)" are no constituents."""
    inside: set[int] = set()
    depth = 0
    for k, token in enumerate(tokens):
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(k)
    return inside & set(own)


def is_reflexive(tokens: tuple[Token, ...], k: int) -> bool:
    """A reflexive pronoun of the verb ("hat sich gemacht"), not one inside a PP ("von sich aus")."""
    return tokens[k].tag == "PRF" and not (k > 0 and tokens[k - 1].tag in ("APPR", "APPRART")) and not (
        k + 1 < len(tokens) and tokens[k + 1].tag == "ADJA" and re.search(r"end(e|en|er|es|em)?$", tokens[k + 1].text)
    )  # "eine sich verschärfende Krise": the participle's reflexive


def _span_of_time(tokens: tuple[Token, ...], own: list[int], n: int) -> bool:
    """A part of a span before its year or month ("Anfang 1996", "Ende Mai") opens a time phrase
    of its own, no part of the noun before it: "Der Start der Pflegehilfe | Anfang 1996 gehörte
    …" (read as one phrase, the subject was a second candidate and unsure)."""
    if tokens[own[n]].text not in adverbials.SPAN_PARTS or n + 1 >= len(own) or own[n + 1] != own[n] + 1:
        return False
    after = tokens[own[n + 1]]
    return YEAR.fullmatch(after.text) is not None or after.tag == "NN" and adverbials.is_time_word(after)


def _noun_after_time(tokens: tuple[Token, ...], own: list[int], start: int, n: int) -> bool:
    """A bare noun right after the time noun of a prepositional phrase starts a phrase of its own:
    "liefert seit Jahren | Betreiberkonzepte", "sammelte im Winter | Spenden" (read as one phrase,
    the object was lost). A measure of time keeps what it measures ("nach sechs Jahren Haft"), and
    a time noun keeps another ("am Montag Abend")."""
    before, noun = tokens[own[n - 1]], tokens[own[n]]
    return (start > 0 and tokens[own[start - 1]].tag in ("APPR", "APPRART") and before.tag == noun.tag == "NN"
            and adverbials.is_time_word(before) and not adverbials.is_time_word(noun)
            and not any(tokens[k].tag == "CARD" for k in own[start:n]))


def _time_np(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """A bare noun phrase that is a time adverbial: "letzten Monat", "eine Woche", "jeden Tag"."""
    cases = cases_of(phrase.readings)
    head = tokens[phrase.head]
    first = tokens[phrase.positions[0]]
    if head.tag == "CARD":
        # "Anfang 1919", "Sommer 1920": a part of a year (``PARTS_OF_YEAR``) before the year
        return len(phrase.positions) == 1 or (
            len(phrase.positions) == 2 and YEAR.fullmatch(head.text) is not None and first.tag == "NN"
            and (first.text in PARTS_OF_YEAR or adverbials.is_time_word(first)))
    whole = any(tokens[k].lemma.lower() in ("ganz", "gesamt") for k in phrase.positions)
    if first.tag == "ART" and first.text.lower() in ("den", "das", "die") and not whole:
        return False
    if (first.tag == "PPOSAT" or head.lemma.lower().endswith(STRETCHES)) and not whole:
        return False  # "seine erste Amtszeit beurteilen", "viel Zeit sparen", "eine Zukunft bieten": objects
    return "Acc" in cases and len(phrase.positions) > 1 and adverbials.is_time_word(head)


YEAR = re.compile(r"1\d{3}|20\d{2}")
# Nouns that name a part of the year after them: "Anfang 1919", "Mitte 2005", "Ende 1918".
PARTS_OF_YEAR = frozenset({"Anfang", "Mitte", "Ende", "Beginn"})
# Time nouns that name a stretch of time, not a unit of it: a bare phrase with one is an object
# ("eine Zukunft bieten", "viel Zeit sparen"); as an adverbial it needs "ganz" ("die ganze Zeit").
STRETCHES = ("zeit", "zukunft", "vergangenheit", "gegenwart")


def _doubt_unmarked_objects(tokens: tuple[Token, ...], assigned: list[_Assigned], alone: bool, coordinator: int | None = None) -> None:
    """An object without a case-marking word (no determiner, no pronoun: "Raketen", "Kim",
    "gute Ideen") is only sure when it is the one noun phrase beside a sure subject
    ("Am Wochenende besuchte er Munitionsfabriken"). Measured on UD GSD dev, bare objects were
    right only about 60 % of the time otherwise."""
    for item in assigned:
        if not item.role.startswith("object_") or item.role == "object_prep":
            continue
        phrase = item.phrase
        first = tokens[phrase.positions[0]]
        marked = phrase.pronoun or first.tag in DETERMINER_TAGS
        start = phrase.positions[0]
        before = tokens[start - 1] if start > 0 else None
        after_unit = before is not None and before.tag in NOUN_TAGS and before.text.islower()  # "um 60 cm Durchmesser"
        if not marked and not (alone and item.role == "object_acc" and not after_unit):
            item.sure = False
        coordinated = before is not None and before.tag == "KON" and start - 1 != coordinator  # not the clause's own "und"
        if before is not None and (coordinated or before.tag in ("KOKOM", "APPR", "APPRART") or before.text in "„“\"'`()-–/"
                                   and not _closing_dash(tokens, start - 1) or _inside_quote(tokens, start)):
            item.sure = False  # a stray piece of a coordination or of a PP the chunker missed


def _closing_dash(tokens: tuple[Token, ...], k: int) -> bool:
    """Does the dash at ``k`` close an insertion ("belegte er – seinen Eltern zuliebe – *einen
    Kurs*")? The phrase after it goes on with the clause, as after no dash at all."""
    dashes = [j for j in range(k) if tokens[j].text in ("–", "—") and tokens[j].tag == "$("]
    return tokens[k].text in ("–", "—") and len(dashes) % 2 == 1


def _inside_quote(tokens: tuple[Token, ...], start: int) -> bool:
    """A quotation mark right before the phrase that follows a determiner, adjective or
    preposition: the quote opens inside a longer phrase (für einen französischen ``Vertrauensvertrag''),
    so the words after it are no phrase of their own."""
    return start > 1 and set(tokens[start - 1].text) <= set("„“\"'`") and (
        tokens[start - 2].tag in ("ADJA", "ART", "PPOSAT", "PDAT", "PIAT", "APPR", "APPRART"))


def _agree_with_antecedent(tokens: tuple[Token, ...], found: list[Phrase], antecedent: int) -> None:
    """The relative pronoun takes gender and number from its antecedent where the lexicon has them."""
    noun = tokens[antecedent]
    gender, number = noun.feature("Gender"), noun.feature("Number")
    title = tokens[antecedent - 1] if antecedent > 0 else None
    if not gender and noun.tag == "NE" and title is not None and title.tag == "NN":  # "Herrn Feldkamp, der …"
        gender = "Fem" if title.text == "Frau" else "Masc" if title.text in ("Herr", "Herrn") else title.feature("Gender")
        number = "Sing" if gender else number
    for phrase in found:
        if phrase.pronoun and tokens[phrase.head].tag in ("PRELS", "PDS", "ART", "PRELAT") and phrase.kind == "np":
            narrowed = frozenset(r for r in phrase.readings if (not number or r[1] == number[:4]) and (
                not gender or r[1] == "Plur" or r[2] == gender))
            if narrowed:
                phrase.readings = narrowed
            return


def _constituent(tokens: tuple[Token, ...], item: _Assigned, vc: VerbComplex, kind: str) -> Constituent:
    phrase = item.phrase
    offset = tokens[0].i
    start, end = min(phrase.positions), max(phrase.positions) + 1
    case = item.case if item.case in ("Nom", "Acc", "Dat", "Gen") else ""
    if not case and phrase.kind == "pp":
        cases = cases_of(phrase.readings) - {"Nom"}
        case = next(iter(cases)) if len(cases) == 1 else ""
    return Constituent(
        role=item.role or "adverbial",
        start=start + offset,
        end=end + offset,
        head=phrase.head + offset,
        text=_text(tokens, start, end),
        case=case,
        preposition=phrase.preposition if phrase.kind == "pp" else "",
        detail=item.detail,
        field=_field(start + offset, vc, kind),
        sure=item.sure,
    )


def _text(tokens: tuple[Token, ...], start: int, end: int) -> str:
    return "".join(t.text + t.whitespace for t in tokens[start:end]).strip()


def _field(start: int, vc: VerbComplex, kind: str) -> str:
    if kind not in ("main", "coordinated", "question") or vc.finite is None:
        return ""
    if start < vc.finite:
        return "vorfeld"
    last = max(vc.verbs) if vc.verbs else vc.finite
    if last > vc.finite and start > last:
        return "nachfeld"
    return "mittelfeld"


def finite_person(tokens: tuple[Token, ...], slots: frozenset[int], found: tuple[Constituent, ...]) -> tuple[str, str]:
    """Person and number of the finite verb: its form, narrowed by the subject where needed."""
    if not slots:
        return "", ""
    options = {SLOTS[slot] for slot in slots}
    subject = next((c for c in found if c.role == "subject"), None)
    if len(options) > 1 and subject is not None:
        head = tokens[subject.head - tokens[0].i]
        person = pronoun_readings(head)[1] if head.tag in ("PPER", "PRF") else "3"
        narrowed = {option for option in options if option[0] == person}
        if narrowed:
            options = narrowed
    if len(options) == 1:
        return next(iter(options))
    numbers = {number for _, number in options}
    persons = {person for person, _ in options}
    return (next(iter(persons)) if len(persons) == 1 else ""), (next(iter(numbers)) if len(numbers) == 1 else "")


__all__ = ["constituents", "finite_person", "phrases", "replace"]
