"""What an adverbial says: time, place, direction, origin, cause, purpose, manner or quantity.

One classifier for both clause builders (the rules in ``topology`` and the dependency adapter
in ``dependencies``), from lexical cues only: the preposition, the head noun (time nouns,
place nouns, LOC entities, years), the case of a two-way preposition's noun phrase (in der
Stadt: place; in die Stadt: direction), an adverb's own meaning, a subordinating
conjunction. Each answer says whether it is sure; an unsure kind is for information, the
question generator skips it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..model import Token

MONTHS = frozenset(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember Jänner".split()  # noqa: SIM905
)
WEEKDAYS = frozenset("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag".split())  # noqa: SIM905
TIME_NOUNS = MONTHS | WEEKDAYS | frozenset(
    """Jahr Jahre Jahren Jahres Monat Monate Monaten Woche Wochen Tag Tage Tagen Tages Stunde
    Stunden Minute Minuten Sekunde Sekunden Jahrhundert Jahrhunderts Jahrhunderten Jahrzehnt
    Jahrzehnte Jahrzehnten Jahrtausend Zeit Zeiten Zeitpunkt Zeitraum Anfang Ende Mitte Beginn
    Morgen Vormittag Mittag Nachmittag Abend Nacht Wochenende Frühling Frühjahr Sommer Herbst
    Winter Saison Ostern Weihnachten Uhr Zeitalter Epoche Ära Phase Jugend Kindheit Laufe
    Lauf Moment Augenblick Vergangenheit Zukunft Gegenwart Jahreswechsel Silvester Quartal
    Quartals Semester Periode Zeitpunkt Jahresbeginn Jahresende Kriegsende Mittelalter Neuzeit
    Antike Altertum Mal Male Jahrzehnts Monats Jahrtausends""".split()  # noqa: SIM905
)
# Nouns that name a part of a span of time before its year: "Anfang 1996", "Mitte 2004".
SPAN_PARTS = frozenset({"Anfang", "Ende", "Mitte", "Beginn"})
# The points of the compass as nouns ("im Osten"), for the generators that must know a direction.
COMPASS_POINTS = frozenset({"Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten", "Südosten", "Südwesten"})
# Events after which or before which something happens: "nach dem Krieg", "vor der Wahl".
EVENT_NOUNS = frozenset(
    """Krieg Weltkrieg Tod Geburt Wahl Wahlen Gründung Ankunft Rückkehr Abschluss Studium
    Ausbruch Einführung Heirat Hochzeit Revolution Wende Wiedervereinigung Fall Sturz
    Unabhängigkeit Machtergreifung Eröffnung Übernahme Besuch Gipfel Spiel Rennen Saison
    Krise Pandemie Unfall Angriff Anschlag Abstimmung Sitzung Treffen Konferenz""".split()  # noqa: SIM905
)
PLACE_NOUNS = frozenset(
    """Stadt Städte Land Länder Dorf Hauptstadt Norden Süden Osten Westen Nordosten Nordwesten
    Südosten Südwesten Region Gebiet Nähe Haus Gebäude Straße Platz Insel Küste Meer See Fluss
    Berg Tal Wald Park Garten Kirche Schule Universität Hotel Bahnhof Flughafen Hafen Zentrum
    Innenstadt Stadtteil Bezirk Kreis Provinz Bundesland Staat Ausland Inland Welt Raum Ort
    Stelle Grenze Gegend Umgebung Museum Theater Krankenhaus Gefängnis Fabrik Werk Labor Büro
    Zimmer Saal Halle Hauptstadt Kontinent Landkreis Gemeinde Stadion Markt Dom Schloss Burg
    Kloster Palast Residenz Ufer Mündung Quelle Gipfel Hang Strand Hof Grundstück Wohnung""".split()  # noqa: SIM905
)
# Compound heads that keep the compound a time or a place: die Steinzeit, das Jahrhundert …
# "-zeit" compounds that name no span of time: eine Mahlzeit, die Hochzeit, in der Freizeit.
NOT_TIMES = ("mahlzeit", "hochzeit", "freizeit")
TIME_HEADS = ("zeit", "jahr", "jahrhundert", "jahrzehnt", "jahrtausend", "epoche", "zeitalter")
# Buildings and territories as compound heads too ("im Krankenhaus", "im Bundesstaat Ohio", "im
# Konzentrationslager"); heads that also end words naming no place stay out ("-ort": Export,
# Transport; "-werk": Regelwerk; "-kreis": Freundeskreis; "-raum": Zeitraum).
PLACE_HEADS = ("stadt", "dorf", "insel", "gebirge", "gebiet", "region", "küste", "hafen", "bahnhof", "platz",
               "straße", "kirche", "schule", "museum", "fabrik", "park", "wald", "see", "tal", "ufer", "viertel",
               "haus", "gebäude", "zentrum", "halle", "saal", "zimmer", "land", "staat", "provinz", "bezirk",
               "kloster", "schloss", "universität", "hochschule", "stadion", "theater", "palast", "garten",
               "lager", "hotel", "turm", "tempel", "gefängnis", "kontinent")
CAUSE_NOUNS = frozenset(
    "Angst Sorge Sorgen Protest Wut Liebe Rücksicht Mangel Gründen Grund Furcht Neugier Scham Not Dankbarkeit".split()  # noqa: SIM905
)
MANNER_NOUNS = frozenset("Weise Art Hilfe Methode Mittel".split())  # noqa: SIM905
UNITS = frozenset(
    "Prozent Euro Dollar Mark Franken Pfund Meter Kilometer Kilogramm Tonnen Tonne Grad Liter Millionen Milliarden Punkte Stück".split()  # noqa: SIM905
)

TIME_ADVERBS = frozenset(
    """heute gestern morgen vorgestern übermorgen jetzt damals bald später früher zuvor
    danach inzwischen mittlerweile nun gerade kürzlich neulich zuletzt erstmals zunächst
    anschließend vorher nachher ehemals einst derzeit zurzeit heutzutage sofort
    gleichzeitig abends morgens nachts mittags montags sonntags wann""".split()  # noqa: SIM905
)
SINCE_ADVERBS = frozenset({"seitdem", "seither"})
UNTIL_ADVERBS = frozenset({"bisher", "bislang"})
# Left out: "meist" (mostly: a hedge), and "da" (there, then, since), "hin", "her", "nach" and "so":
# read alone they say no place, direction or manner a question could ask for ("da sein", "auf
# seinen Wunsch hin", "nach und nach", "So geriet er …").
FREQUENCY_ADVERBS = frozenset(
    "immer nie niemals oft häufig selten manchmal jährlich täglich wöchentlich monatlich regelmäßig ständig".split()  # noqa: SIM905
)
PLACE_ADVERBS = frozenset("hier dort überall oben unten drinnen draußen vorne hinten nirgends wo drüben".split())  # noqa: SIM905
DIRECTION_ADVERBS = frozenset("dorthin hierher weg zurück heim heimwärts wohin hinauf hinunter".split())  # noqa: SIM905
ORIGIN_ADVERBS = frozenset({"woher", "dorther", "von dort"})
CAUSE_ADVERBS = frozenset({"deshalb", "deswegen", "daher", "darum", "folglich", "warum", "weshalb", "wieso"})
PURPOSE_ADVERBS = frozenset({"wozu"})
MANNER_ADVERBS = frozenset({"gern", "gerne", "gemeinsam", "zusammen", "allein", "wie", "anders", "vergeblich", "heimlich"})
# Sentence adverbs and focus words: no question asks for them.
MODAL_WORDS = frozenset(
    """wahrscheinlich vermutlich offenbar offensichtlich angeblich sicher sicherlich
    vielleicht möglicherweise eigentlich tatsächlich wirklich leider zudem außerdem
    auch noch schon bereits nur sogar erst etwa rund fast kaum jedoch aber allerdings
    trotzdem dennoch ebenfalls ebenso wieder weiterhin bekanntlich natürlich""".split()  # noqa: SIM905
)

CAUSE_PREPOSITIONS = frozenset({"wegen", "aufgrund", "dank", "infolge", "angesichts", "mangels"})
PURPOSE_PREPOSITIONS = frozenset({"zwecks", "um_willen"})
TWO_WAY = frozenset({"in", "an", "auf", "unter", "über", "hinter", "vor", "neben", "zwischen"})
APPRART = {
    "am": "an", "ans": "an", "im": "in", "ins": "in", "zum": "zu", "zur": "zu", "vom": "von",
    "beim": "bei", "aufs": "auf", "übers": "über", "fürs": "für", "ums": "um", "durchs": "durch",
    "hinterm": "hinter", "hinters": "hinter", "unterm": "unter", "unters": "unter", "vorm": "vor",
    "vors": "vor", "überm": "über",
}
_ACCUSATIVE_ARTICLES = frozenset({"die", "das", "den", "eine", "einen", "ein", "diese", "diesen", "dieses"})
_DATIVE_ARTICLES = frozenset({"dem", "der", "einem", "einer", "diesem", "dieser"})
_ACCUSATIVE_FUSED = frozenset({"ins", "ans", "aufs", "übers", "hinters", "unters", "vors"})
_DEICTIC = ("letzt", "nächst", "vorig", "dies", "kommend", "vergangen", "selb", "gleich")
_YEAR = re.compile(r"^(1[0-9]|20)\d\d(er|/\d\d)?$")  # also a season: "2016/17"

# Subordinating conjunctions (and um/ohne/statt of infinitive clauses) → (role, detail, sure).
CONJUNCTIONS: dict[str, tuple[str, str, bool]] = {
    "weil": ("cause", "weil", True), "da": ("cause", "da", True), "zumal": ("cause", "zumal", True),
    "damit": ("purpose", "damit", True), "um": ("purpose", "um", True), "auf dass": ("purpose", "", True),
    "als": ("time", "", True), "nachdem": ("time", "after", True), "bevor": ("time", "before", True),
    "ehe": ("time", "before", True), "während": ("time", "", False), "sobald": ("time", "", True),
    "solange": ("time", "duration", True), "seit": ("time", "since", True), "seitdem": ("time", "since", True),
    "bis": ("time", "until", True), "wenn": ("time", "condition", False), "sooft": ("time", "frequency", True),
    "indem": ("manner", "indem", True), "ohne": ("manner", "ohne", True), "statt": ("adverbial", "statt", True),
    "anstatt": ("adverbial", "statt", True), "obwohl": ("adverbial", "concession", True),
    "obgleich": ("adverbial", "concession", True), "wenngleich": ("adverbial", "concession", True),
    "falls": ("adverbial", "condition", True), "sofern": ("adverbial", "condition", True),
    "sodass": ("adverbial", "consequence", True), "so dass": ("adverbial", "consequence", True),
    "wie": ("manner", "wie", True), "denn": ("cause", "denn", True),
}
# Words that modify a number inside a noun phrase ("rund 100 Raketen", "fast alle").
NUMBER_MODIFIERS = frozenset(
    "viel viele wenig wenige mehr weniger meisten etwa rund circa ca. fast knapp über unter bis".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Kind:
    """An adverbial's role (a key of ``model.ROLES``), its detail and whether the cues agree."""

    role: str
    detail: str = ""
    sure: bool = True


UNKNOWN = Kind("adverbial", "", True)


def settled(kind: Kind) -> Kind:
    """A kind the cues do not settle becomes the general "adverbial" (which is sure: the phrase
    is an adverbial, only what it says is open), keeping the guess in the detail ("place?").
    The rule builder uses this so that an unclear "in X" is no object and no "Wo" question, yet
    stays a sure constituent for the sentence's layout."""
    if kind.sure or kind.role == "adverbial":
        return Kind(kind.role, kind.detail, True)
    return Kind("adverbial", f"{kind.role}?", True)


def base_preposition(word: str) -> str:
    """The preposition inside a fused form, lower case: "im" → "in", "zur" → "zu"."""
    word = word.lower()
    return APPRART.get(word, word)


def conjunction_kind(conjunction: str) -> Kind:
    """The kind of an adverbial clause from its conjunction ("weil" → cause)."""
    role, detail, sure = CONJUNCTIONS.get(conjunction.lower(), ("adverbial", conjunction.lower(), True))
    return Kind(role, detail, sure)


def is_time_word(token: Token) -> bool:
    """A time noun by its form or lemma ("Jahren", "Wochenende", "Montag") or a year ("1990")."""
    if token.tag == "CARD":
        return bool(_YEAR.match(token.text))
    if token.tag not in ("NN", "NE"):
        return False
    lemma = token.lemma.lower()
    return token.text in TIME_NOUNS or token.lemma in TIME_NOUNS or _headed(lemma, TIME_HEADS) and not lemma.endswith(NOT_TIMES)


def is_year(token: Token) -> bool:
    """A number that reads as a year: "1953", "2004", "1990er", "2016/17"."""
    return token.tag == "CARD" and bool(_YEAR.match(token.text))


def _headed(lemma: str, heads: tuple[str, ...]) -> bool:
    """A compound whose head is one of ``heads`` ("Steinzeit", "Hafenstadt")."""
    low = lemma.lower()
    return any(low.endswith(head) and len(low) >= len(head) + 3 for head in heads)


def adverbial_kind(tokens: Sequence[Token], cases: frozenset[str] | None = None) -> Kind:
    """The kind of an adverbial phrase (its tokens in text order). ``cases``: the cases the
    phrase's noun phrase can have, when the caller knows them (a two-way preposition's case)."""
    words = [t for t in tokens if not t.tag.startswith("$")]
    if not words:
        return UNKNOWN
    first = words[0]
    if any(is_compass_word(word) and after.text.lower() == "von" for word, after in pairwise(words[:3])):
        return Kind("place", "von")  # "(direkt) nördlich von Bangkok": where, not where from
    if first.tag in ("APPR", "APPRART"):
        return _prepositional(base_preposition(first.text), first, words[1:], cases)
    if words[-1].tag in ("APPO", "APZR"):
        return _postpositional(words[-1].text.lower(), words[:-1])
    if len(words) == 1 and words[0].tag in ("ADV", "ADJD", "PROAV", "PAV", "PWAV"):
        return _adverb(words[0])
    return _noun_phrase(words)


# "nördlich von Bangkok", "südöstlich von Wien": a place by its direction from another.
_COMPASS = re.compile(r"^(nord|süd)?(nördlich|südlich|östlich|westlich)$")


def is_compass_word(token: Token) -> bool:
    return token.tag in ("ADJD", "ADV", "APPR") and bool(_COMPASS.match(token.text.lower()))


def _nouns(words: Sequence[Token]) -> list[Token]:
    return [t for t in words if t.tag in ("NN", "NE") or (t.tag == "CARD" and _YEAR.match(t.text))]


def _is_time(words: Sequence[Token]) -> bool:
    return any(is_time_word(t) for t in _nouns(words))


def _is_event(words: Sequence[Token]) -> bool:
    return any(t.text in EVENT_NOUNS for t in _nouns(words))


def names_place(words: Sequence[Token]) -> bool:
    """A place by its noun: a LOC entity, a place noun or a compound headed by one ("im
    Krankenhaus"); an organisation is none ("an den Olympischen Spielen")."""
    # a name's place word before a foreign word names something else: "der Jerusalem Embassy Act", a law
    modifiers = {id(t) for t, after in pairwise(words) if t.ent_label == "LOC" and after.tag == "FM"
                 and after.text[:1].isupper() and after.ent_label != "LOC"}
    return any((t.ent_label == "LOC" and id(t) not in modifiers) or t.text in PLACE_NOUNS
               or t.tag == "NN" and (t.lemma in PLACE_NOUNS or _headed(t.lemma, PLACE_HEADS)) for t in _nouns(words))


def _is_institution(words: Sequence[Token]) -> bool:
    """A named organisation after "an", "in", "bei" in the dative: where someone studies, works
    or appears ("an der Wesleyan University", "bei Siemens", "im Bundestag")."""
    names = [t for t in words if t.tag in ("NE", "NN", "FM") and t.ent_label]
    return bool(names) and all(t.ent_label == "ORG" for t in names)


def _is_accusative(fused: Token, rest: Sequence[Token], cases: frozenset[str] | None = None) -> bool | None:
    """A two-way preposition's phrase in the accusative (direction), dative (place) or unknown."""
    if fused.text.lower() in _ACCUSATIVE_FUSED:
        return True
    if fused.tag == "APPRART":
        return False
    bare = not any(t.tag in ("ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "ADJA", "CARD") for t in rest)
    if bare:  # "in Eisenstadt", "in Kraft": a bare noun shows no case, the readings only guess
        return None
    if cases:
        if cases <= {"Acc", "Nom"} and "Acc" in cases:
            return True
        if "Dat" in cases and "Acc" not in cases:
            return False
    nouns = [t for t in rest if t.tag in ("NN", "NE")]
    case = nouns[0].feature("Case") if nouns else ""
    if case in ("Acc", "Dat"):
        return case == "Acc"
    determiner = next((t.text.lower() for t in rest if t.tag in ("ART", "PDAT", "PPOSAT", "PIAT")), "")
    if determiner in _DATIVE_ARTICLES:
        return False
    if determiner in ("die", "das", "eine", "ein", "diese", "dieses"):
        return True
    number = nouns[0].feature("Number") if nouns and determiner in ("den", "diesen") else ""
    if number:
        return number == "Sing"  # "in den Bergen" is a dative plural, "in den Wald" an accusative
    return None  # "den" (Acc masc or Dat plur), no determiner: not decided here


def _prepositional(preposition: str, first: Token, rest: Sequence[Token], cases: frozenset[str] | None = None) -> Kind:
    if preposition in CAUSE_PREPOSITIONS:
        return Kind("cause", preposition)
    if preposition in PURPOSE_PREPOSITIONS:
        return Kind("purpose", preposition)
    if preposition == "auf" and rest and rest[0].text == "Grund":
        return Kind("cause", "aufgrund")  # "auf Grund beruflicher Umzüge", written apart
    time, place = _is_time(rest), names_place(rest)
    if preposition == "seit":
        return Kind("time", "since")
    if preposition == "bis":
        if place:
            return Kind("direction", "bis")
        if rest and rest[0].tag == "CARD" and any(t.tag == "NN" for t in rest[1:]) and not time:
            return Kind("quantity", "bis")  # "zwischen 200 bis 220 Millimeter": an amount, not "Bis wann"
        return Kind("time", "until")
    if preposition == "ab":
        return Kind("time", "since") if time else Kind("origin", "ab", place)
    if preposition == "während":
        return Kind("time", "")
    if preposition in ("innerhalb", "binnen") and (time or _is_event(rest)):
        return Kind("time", "duration")
    if preposition in ("über", "unter", "um") and rest and rest[0].tag == "CARD" and not time:
        return Kind("quantity", preposition)  # "über 100", "um 20 Prozent"
    if preposition in ("nach", "vor") and (time or _is_event(rest)):
        return Kind("time", "after" if preposition == "nach" else "before")
    if preposition == "für" and time and any(t.tag == "CARD" for t in rest):
        return Kind("time", "duration")
    if preposition in ("um", "gegen") and any(t.text == "Uhr" for t in rest):
        return Kind("time")
    if preposition in ("in", "an", "zu", "um", "gegen", "zwischen", "ab") and time:
        return Kind("time")
    if first.text.lower() == "im" and any(t.lemma == "Alter" for t in rest):
        return Kind("time", "age")  # "Im Alter von 14 Jahren verließ er die Schule": when, not where
    if preposition in ("um", "auf", "bis") and any(t.text in UNITS for t in rest):
        return Kind("quantity", preposition)
    if preposition == "aus":
        if place:
            return Kind("origin", "aus")
        if any(t.text in CAUSE_NOUNS for t in rest):
            return Kind("cause", "aus")
        return Kind("adverbial", "aus", False)
    if preposition == "von" and place:
        return Kind("origin", "von")
    if preposition == "nach" and (place or any(t.tag == "NE" for t in rest) and not any(t.tag == "ART" for t in rest)):
        return Kind("direction", "nach")
    if preposition == "zu" and place:
        return Kind("direction", "zu")
    if preposition == "zu" and _is_action(rest):
        return Kind("purpose", "zu")  # "zur Stärkung der Zusammenarbeit"
    institution = preposition in ("an", "in", "bei") and _is_institution(rest)
    if preposition == "bei" and (place or institution):
        return Kind("place", "bei")
    if preposition in ("auf", "in") and any(t.text in MANNER_NOUNS for t in rest):
        return Kind("manner", preposition)
    if preposition == "ohne":
        return Kind("manner", "ohne")
    if preposition == "mit":
        return Kind("manner", "mit", False)
    if preposition in ("mittels", "per"):
        return Kind("manner", preposition)
    if preposition in TWO_WAY:
        accusative = _is_accusative(first, rest, cases)
        if accusative is None:
            named = any(t.tag == "NE" or t.ent_label == "LOC" for t in rest) and not any(t.tag == "ART" for t in rest)
            if named:  # "in Berlin", "auf Kuba", "in Eisenstadt" (tagged NN): a name without article is a place
                return Kind("place", preposition, place)
            return Kind("place" if place else "adverbial", preposition, False)
        if accusative and preposition == "über":
            return Kind("adverbial", "über")  # a way ("über die Station"), a topic or a rule ("herrschte über das Land")
        if accusative:
            return Kind("direction", preposition, place)
        return Kind("place", preposition, place or institution)
    return Kind("adverbial", preposition, place or time)


def _is_action(rest: Sequence[Token]) -> bool:
    """A definite noun of action after "zu": "zur Stärkung", "zum Schutz der Bevölkerung"."""
    nouns = [t for t in rest if t.tag == "NN"]
    return bool(nouns) and nouns[0].text.endswith(("ung", "ion")) and not any(t.tag == "NE" for t in rest[:2])


def _postpositional(postposition: str, rest: Sequence[Token]) -> Kind:
    if postposition in ("wegen", "halber"):
        return Kind("cause", postposition)
    if postposition == "lang" and _is_time(rest):
        return Kind("time", "duration")
    if postposition in ("zufolge", "nach"):
        return Kind("adverbial", postposition)
    return Kind("adverbial", postposition, False)


def _adverb(token: Token) -> Kind:
    word = token.text.lower()
    if word in MODAL_WORDS:
        return Kind("adverbial", "", True)
    for words, role, detail in (
        (SINCE_ADVERBS, "time", "since"), (UNTIL_ADVERBS, "time", "until"),
        (FREQUENCY_ADVERBS, "time", "frequency"), (TIME_ADVERBS, "time", ""),
        (PLACE_ADVERBS, "place", ""), (DIRECTION_ADVERBS, "direction", ""),
        (ORIGIN_ADVERBS, "origin", ""), (CAUSE_ADVERBS, "cause", ""),
        (PURPOSE_ADVERBS, "purpose", ""), (MANNER_ADVERBS, "manner", ""),
    ):
        if word in words:
            return Kind(role, detail)
    if word.endswith("mal") and word != "mal":
        return Kind("time", "frequency")
    if token.tag == "ADJD":
        return Kind("manner", "", False)
    return UNKNOWN


def _noun_phrase(words: Sequence[Token]) -> Kind:
    """An adverbial noun phrase: a time (letzte Woche, jeden Tag: when or how often; eine Woche,
    drei Jahre lang: how long), an amount (zehn Kilometer)."""
    if _is_time(words):
        first = words[0].text.lower()
        if words[-1].text.lower() in ("lang", "lange"):
            return Kind("time", "duration")  # "1500 Jahre lang" is no year
        if first.startswith(("jed", "all")):
            return Kind("time", "frequency")
        if words[0].tag == "CARD" and _YEAR.match(words[0].text) or first.startswith(_DEICTIC):
            return Kind("time", "")
        if words[-1].text.lower() == "lang" or words[0].tag == "CARD" or first in ("ein", "eine", "einen"):
            return Kind("time", "duration")
        return Kind("time", "")
    if any(t.text in UNITS for t in words) and any(t.tag == "CARD" for t in words):
        return Kind("quantity")
    return Kind("adverbial", "", False)
