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
from dataclasses import replace

from ..analysis.gazetteer import COUNTRIES_AND_PLACES
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
    re.compile(r"\b(?:letzten|vergangenen|nächsten|kommenden|diesen|Letzten|Vergangenen|Nächsten|Kommenden|Diesen)\s+(?:Monat|Jahr|Woche|Sommer|Winter|Herbst|Frühling|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"),
    re.compile(rf"\b(?:eine|einen|ein|zwei|drei|vier|fünf|sechs|zehn|\d+)\s+{_UNIT}\s+(?:vor|nach|später|zuvor|lang)\b"),
    re.compile(rf"\b(?:vor|nach|seit|Vor|Nach|Seit)\s+(?:mehr als\s+|über\s+|rund\s+|etwa\s+)?(?:einem|einer|zwei|drei|vier|fünf|zehn|\d+|vielen|wenigen|einigen)\s+{_UNIT}\b"),
    re.compile(r"\b(?:im Jahr|Im Jahr|im Jahre|seit|Seit|bis|Bis|um|Um|ab|Ab|von|Von)\s+(?:1\d{3}|20\d{2})\b"),
    re.compile(r"\b(?:in den|In den)\s+\d{2,4}er(?:\s+Jahren)?\b"),
    re.compile(r"\b(?:am|Am)\s+(?:Wochenende|Morgen|Abend|Nachmittag|Vormittag)\b"),
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
    facts: list[Fact] = entity_facts(analysis)
    names = {alias: fact.value for fact in facts for alias in fact.aliases}
    for sentence in analysis.sentences:
        if sentence.is_heading:
            continue
        facts += number_facts(sentence)
        facts += time_facts(sentence)
        facts += quote_facts(sentence, analysis.entities, names)
        statement = statement_fact(sentence)
        if statement is not None:
            facts.append(statement)
    return tuple(facts)


def canonical(entity: Entity | str, known: frozenset[str] | set[str] = frozenset()) -> str:
    """The name in its base form: aliases resolved ("USA" → "Vereinigte Staaten"), a genitive
    -s removed only when the bare form is known ("Südkoreas" → "Südkorea", but "Dickens" stays)."""
    text = entity if isinstance(entity, str) else entity.text
    text = ALIASES.get(text, text)
    if text.endswith("s") and len(text) > 3 and not text.endswith(("ss", "us", "is", "os", "USA")):
        base = text[:-1]
        if base in known or base in ALIASES or base in COUNTRIES_AND_PLACES:
            return ALIASES.get(base, base)
    return text


def _trimmed(entity: Entity, analysis: Analysis) -> Entity:
    """Leading common nouns cut off a name ("Besuchen Kims" → "Kims", "Bundeslandes Burgenland"
    → "Burgenland"): the tagger's NN marks words that are not part of the name."""
    tokens = [t for t in analysis.sentences[entity.sentence].tokens if entity.start <= t.start and t.end <= entity.end]
    while len(tokens) > 1 and tokens[0].tag == "NN" and not tokens[0].text.isupper() and tokens[0].text not in COUNTRIES_AND_PLACES:
        tokens = tokens[1:]
    if not tokens or tokens[0].start == entity.start:
        return entity
    start = tokens[0].start
    return replace(entity, start=start, text=analysis.article.text[start : entity.end])


def _part_of(short: str, long: str) -> bool:
    """Is one name a shorter form of the other: "Kim", "Kim Jong" and "Jong Un" of "Kim Jong Un"?"""
    words, whole = short.split(), long.split()
    if len(words) >= len(whole):
        return False
    return whole[: len(words)] == words or whole[-len(words) :] == words


def entity_facts(analysis: Analysis) -> list[Fact]:
    mentions = [_trimmed(entity, analysis) for entity in analysis.entities]
    known = {m.text for m in mentions}
    names = {m: canonical(m, known) for m in mentions}
    # longest first, then in text order: a set's order changes from run to run (hash seed), and
    # "Mosche Feldman" must map to the same full name on every run
    first_seen = {names[m]: k for k, m in reversed(list(enumerate(mentions)))}
    people = sorted({names[m] for m in mentions if m.label == "PER"}, key=lambda n: (-len(n.split()), first_seen[n], n))
    full: dict[str, str] = {}
    for name in people:
        full[name] = next((other for other in people if _part_of(name, other)), name)
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for mention in mentions:
        name = names[mention]
        label = mention.label
        longer = full.get(name) or next((p for p in people if _part_of(name, p)), None)
        if longer is not None and (name in full or label != "LOC"):
            name, label = full.get(longer, longer), "PER"
        groups[(name, label)].append(mention)
    facts = []
    for (name, label), group in groups.items():
        first = min(group, key=lambda m: m.start)
        facts.append(
            Fact(
                kind="entity", text=first.text, sentence=first.sentence, start=first.start,
                end=first.end, label=label, value=name,
                aliases=tuple(dict.fromkeys(m.text for m in sorted(group, key=lambda m: m.start))),
            )
        )
    return sorted(facts, key=lambda f: f.start)


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


# „…“ and »…«, or "…" opened after a space or the start and closed before a space or punctuation
# (never the stretch between a closing and the next opening mark).
_QUOTE = re.compile(
    r"„(?P<q>[^\s“”][^“”„]{2,}?[^\s“”])[“”]|»(?P<q2>[^\s«][^«»]{2,}?[^\s«])«"
    r"|(?:^|(?<=[\s(]))\"(?P<q3>[^\s\"][^\"]{2,}?[^\s\"])\"(?=$|[\s.,;:!?)])"
)


def quote_facts(sentence: Sentence, entities: tuple[Entity, ...], names: dict[str, str] | None = None) -> list[Fact]:
    facts = []
    for match in _QUOTE.finditer(sentence.text):
        group = next(name for name in ("q", "q2", "q3") if match.group(name))
        quote = match.group(group)
        if len(quote.split()) < 3:
            continue  # a quoted term, not a quotation
        speaker = _speaker(sentence, entities, names or {})
        facts.append(
            Fact(kind="quote", text=quote, sentence=sentence.index,
                 start=sentence.start + match.start(group), end=sentence.start + match.end(group),
                 label=speaker, value=quote)
        )
    return facts


def _speaker(sentence: Sentence, entities: tuple[Entity, ...], names: dict[str, str]) -> str:
    verbs = [t for t in sentence.tokens if t.lemma in SPEECH_VERBS and t.tag.startswith("VV")]
    if not verbs:
        return ""
    verb = verbs[-1]
    candidates = [e for e in entities if e.sentence == sentence.index and e.label in ("PER", "ORG", "LOC")]
    if not candidates:
        return ""
    nearest = min(candidates, key=lambda e: abs(e.start - verb.start))
    return next((value for alias, value in names.items() if alias in nearest.text), canonical(nearest))


def statement_fact(sentence: Sentence) -> Fact | None:
    clause = main_clause(sentence)
    if clause is None:
        return None
    roles = tuple((name, text) for name, text in clause.roles() if text)
    return Fact(kind="statement", text=clause.text, sentence=sentence.index, start=clause.start,
                end=clause.end, roles=roles)
