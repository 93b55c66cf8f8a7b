"""Facts a reader should take away: entities, numbers, time expressions, quotes, statements.

- Entities are merged across mentions: "Kim" and "Kims" join "Kim Jong Un"; "USA" and
  "die Vereinigten Staaten" are one country (``value`` is the canonical name, ``aliases``
  every form in the article).
- Numbers come with what they count (``label``): "mehr als 100 Raketentests".
- Time expressions: weekdays, months, years, dates, "letzten Monat", "eine Woche vor".
- Quotes „…“ with their speaker when a speech verb names one ("…“, sagte Kim).
- Statements: main clauses split into Vorfeld, finite verb, Mittelfeld and right bracket
  (STTS-based; the parse of an official model is not needed for this layout).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Analysis, Entity, Fact, Sentence, Token
from .clauses import main_clause

ALIASES = {
    "USA": "Vereinigte Staaten", "US": "Vereinigte Staaten", "Vereinigten Staaten": "Vereinigte Staaten",
    "UK": "Vereinigtes Königreich", "Großbritannien": "Vereinigtes Königreich",
    "Vereinigten Königreich": "Vereinigtes Königreich", "Vereinigten Königreichs": "Vereinigtes Königreich",
    "UNO": "Vereinte Nationen", "UN": "Vereinte Nationen", "Vereinten Nationen": "Vereinte Nationen",
    "EU": "Europäische Union", "Europäischen Union": "Europäische Union",
    "Kyjiw": "Kiew", "BRD": "Deutschland", "Bundesrepublik Deutschland": "Deutschland",
}
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
_UNIT = r"(?:Tag|Tage|Tagen|Woche|Wochen|Monat|Monate|Monaten|Jahr|Jahre|Jahren|Jahrzehnt|Jahrzehnte|Jahrhundert|Jahrhunderte|Stunde|Stunden)"
TIME_PATTERNS = [
    re.compile(rf"\b(?:am|Am|seit|Seit|bis|Bis)\s+(?:vergangenen\s+|kommenden\s+|nächsten\s+)?(?:{'|'.join(WEEKDAYS)})\b"),
    re.compile(rf"\b(?:am|Am)\s+\d{{1,2}}\.\s*(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?"),
    re.compile(rf"\b(?:im|Im|seit|Seit|Ende|Anfang|Mitte)\s+(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?"),
    re.compile(rf"\b(?:letzten|vergangenen|nächsten|kommenden|diesen|Letzten|Vergangenen|Nächsten|Kommenden|Diesen)\s+(?:Monat|Jahr|Woche|Sommer|Winter|Herbst|Frühling|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"),
    re.compile(rf"\b(?:eine|einen|ein|zwei|drei|vier|fünf|sechs|zehn|\d+)\s+{_UNIT}\s+(?:vor|nach|später|zuvor|lang)\b"),
    re.compile(rf"\b(?:vor|nach|seit|Vor|Nach|Seit)\s+(?:mehr als\s+|über\s+|rund\s+|etwa\s+)?(?:einem|einer|zwei|drei|vier|fünf|zehn|\d+|vielen|wenigen|einigen)\s+{_UNIT}\b"),
    re.compile(r"\b(?:im Jahr|Im Jahr|im Jahre|seit|Seit|bis|Bis|um|Um|ab|Ab|von|Von)\s+(?:1\d{3}|20\d{2})\b"),
    re.compile(r"\b(?:in den|In den)\s+\d{2,4}er(?:\s+Jahren)?\b"),
    re.compile(rf"\b(?:am|Am)\s+(?:Wochenende|Morgen|Abend|Nachmittag|Vormittag)\b"),
    re.compile(r"\b(?:1[0-9]\d{2}|20\d{2})\b"),
]
_NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "hundert": 100,
    "tausend": 1000, "Dutzend": 12,
}
_QUANTIFIERS = {"mehr", "als", "über", "rund", "etwa", "fast", "knapp", "mindestens", "höchstens",
                "ungefähr", "circa", "ca.", "bis", "zu", "weniger"}
SPEECH_VERBS = {"sagen", "erklären", "betonen", "berichten", "mitteilen", "teilen", "warnen",
                 "fordern", "meinen", "schreiben", "erklärt", "ergänzen", "hinzufügen", "fragen",
                 "antworten", "kritisieren", "behaupten", "versichern", "ankündigen", "bestätigen"}


def extract_facts(analysis: Analysis) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    facts += entity_facts(analysis)
    for sentence in analysis.sentences:
        if sentence.is_heading:
            continue
        facts += number_facts(sentence)
        facts += time_facts(sentence)
        facts += quote_facts(sentence, analysis.entities)
        statement = statement_fact(sentence)
        if statement is not None:
            facts.append(statement)
    return tuple(facts)


def canonical(entity: Entity | str) -> str:
    text = entity if isinstance(entity, str) else entity.text
    text = ALIASES.get(text, text)
    if text.endswith("s") and len(text) > 3 and not text.endswith(("ss", "us", "is", "os", "USA")):
        base = text[:-1]
        return ALIASES.get(base, base)
    return text


def entity_facts(analysis: Analysis) -> list[Fact]:
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    people: list[str] = []
    for entity in analysis.entities:
        name = canonical(entity)
        if entity.label == "PER":
            longer = next((p for p in people if name != p and name in p.split()), None)
            if longer:
                name = longer
            elif " " in name:
                for short in [p for p in people if p in name.split()]:  # "Kim" seen before "Kim Jong Un"
                    groups[(name, "PER")] = groups.pop((short, "PER")) + groups.get((name, "PER"), [])
                    people.remove(short)
            if name not in people:
                people.append(name)
        groups[(name, entity.label)].append(entity)
    facts = []
    for (name, label), mentions in groups.items():
        first = mentions[0]
        facts.append(
            Fact(
                kind="entity", text=first.text, sentence=first.sentence, start=first.start,
                end=first.end, label=label, value=name,
                aliases=tuple(dict.fromkeys(m.text for m in mentions)),
            )
        )
    return facts


def _number_value(token: Token) -> str:
    text = token.text.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", token.text) else token.text
    if text in _NUMBER_WORDS or text.lower() in _NUMBER_WORDS:
        return str(_NUMBER_WORDS.get(text, _NUMBER_WORDS.get(text.lower())))
    return text.replace(",", ".") if re.fullmatch(r"\d+(,\d+)?", text) else ""


def number_facts(sentence: Sentence) -> list[Fact]:
    facts = []
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if token.tag != "CARD":
            continue
        value = _number_value(token)
        if not value or re.fullmatch(r"1\d{3}|20\d{2}", token.text):
            continue  # years are time expressions
        start = k
        while start > 0 and tokens[start - 1].text.lower() in _QUANTIFIERS:
            start -= 1
        if start < k and tokens[start].text.lower() == "als":
            start = k
        end = k + 1
        while end < len(tokens) and tokens[end].tag in ("ADJA",):
            end += 1
        if end < len(tokens) and tokens[end].tag == "NN":
            counted = tokens[end].lemma
            end += 1
        else:
            continue  # a bare number: no way to ask what it counts
        begin, finish = tokens[start].start, tokens[end - 1].end
        facts.append(
            Fact(kind="number", text=sentence.text[begin - sentence.start : finish - sentence.start],
                 sentence=sentence.index, start=begin, end=finish, label=counted, value=value)
        )
    return facts


def time_facts(sentence: Sentence) -> list[Fact]:
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for pattern in TIME_PATTERNS:
        for match in pattern.finditer(sentence.text):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            facts.append(
                Fact(kind="time", text=match.group(0), sentence=sentence.index,
                     start=sentence.start + a, end=sentence.start + b, value=match.group(0))
            )
    return facts


def quote_facts(sentence: Sentence, entities: tuple[Entity, ...]) -> list[Fact]:
    facts = []
    for match in re.finditer(r"[„»\"]([^“«\"]{3,})[“«\"]", sentence.text):
        quote = match.group(1).strip()
        if len(quote.split()) < 3:
            continue  # a quoted term, not a quotation
        speaker = _speaker(sentence, entities)
        facts.append(
            Fact(kind="quote", text=quote, sentence=sentence.index,
                 start=sentence.start + match.start(1), end=sentence.start + match.end(1),
                 label=speaker, value=quote)
        )
    return facts


def _speaker(sentence: Sentence, entities: tuple[Entity, ...]) -> str:
    verbs = [t for t in sentence.tokens if t.lemma in SPEECH_VERBS and t.tag.startswith("VV")]
    if not verbs:
        return ""
    verb = verbs[-1]
    candidates = [e for e in entities if e.sentence == sentence.index and e.label in ("PER", "ORG", "LOC")]
    if not candidates:
        return ""
    return canonical(min(candidates, key=lambda e: abs(e.start - verb.start)))


def statement_fact(sentence: Sentence) -> Fact | None:
    clause = main_clause(sentence)
    if clause is None:
        return None
    roles = tuple((name, text) for name, text in clause.roles() if text)
    return Fact(kind="statement", text=clause.text, sentence=sentence.index, start=clause.start,
                end=clause.end, roles=roles)
