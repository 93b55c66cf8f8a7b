"""Word lists for grammatical roles: prepositional objects, dative verbs, adverbial semantics.

Small and hand-made on purpose: a verb+preposition pair missing here makes the phrase an
adverbial (never a wrong object), and a time or place word missing makes it "adverbial".
"""

from __future__ import annotations

# Verb (lemma, separable particle joined, without "sich") → prepositions of its prepositional object.
_VALENCY = """
abhängen:von achten:auf ändern:an ankommen:auf antworten:auf arbeiten:an ärgern:über
aufhören:mit auffordern:zu aufpassen:auf ausgehen:von bedanken:bei,für beginnen:mit
beitragen:zu beklagen:über berichten:über,von beruhen:auf beschäftigen:mit beschränken:auf
beschweren:über bestehen:aus,auf beteiligen:an bewerben:um beziehen:auf bitten:um
danken:für denken:an diskutieren:über einigen:auf einladen:zu eingehen:auf einsetzen:für
entscheiden:über,für entschließen:zu entwickeln:zu erfahren:von erinnern:an erkennen:an
erkranken:an erzählen:von,über fragen:nach freuen:auf,über fühlen:als führen:zu
fürchten:vor gehen:um gehören:zu gelten:als gewöhnen:an glauben:an gratulieren:zu
halten:für,von handeln:um,von helfen:bei hindern:an hinweisen:auf hoffen:auf hören:von,auf
informieren:über interessieren:für kämpfen:für,gegen,um klagen:über kommen:zu
konzentrieren:auf kümmern:um lachen:über leiden:an,unter liegen:an nachdenken:über
neigen:zu passen:zu profitieren:von protestieren:gegen rechnen:mit reagieren:auf
reden:über,von,mit richten:an,gegen riechen:nach schmecken:nach schreiben:an,über
schützen:vor schwärmen:von sehnen:nach sorgen:für sprechen:über,von,mit sterben:an
stimmen:für,gegen streiten:über,um,mit suchen:nach teilnehmen:an telefonieren:mit
träumen:von trennen:von überzeugen:von umgehen:mit unterhalten:über,mit unterscheiden:von
verfügen:über vergleichen:mit verhandeln:über,mit verlassen:auf verlieben:in versorgen:mit
verstoßen:gegen verteidigen:gegen vertrauen:auf verzichten:auf vorbereiten:auf warnen:vor
warten:auf wenden:an wundern:über zählen:zu,auf zweifeln:an zwingen:zu ausstatten:mit
verbinden:mit beschuldigen:wegen verurteilen:zu aufrufen:zu appellieren:an
"""
VALENCY: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split(","))
    for verb, preps in (item.split(":") for item in _VALENCY.split())
}

# Nouns (lemma, lower case) → prepositions of their prepositional attribute: a PP with one of
# them right after the noun belongs to the noun ("die Kontakte zum US-Präsidenten").
_NOUN_VALENCY = """
kontakt:zu,mit beziehung:zu,mit verbindung:zu,mit verhältnis:zu aufruf:zu zugang:zu beitrag:zu
reaktion:auf antwort:auf hinweis:auf einfluss:auf auswirkung:auf anspruch:auf recht:auf
hoffnung:auf angriff:auf anschlag:auf druck:auf blick:auf verzicht:auf antrag:auf lust:auf
besorgnis:über sorge:um,über bericht:über information:über diskussion:über debatte:über
entscheidung:über freude:über ärger:über wut:über streit:um,über abkommen:mit,über
vertrag:mit,über gespräch:mit,über verhandlung:mit,über einigung:mit,über,auf
angst:vor furcht:vor schutz:vor warnung:vor respekt:vor interesse:an kritik:an zweifel:an
bedarf:an mangel:an erinnerung:an beteiligung:an teilnahme:an anteil:an teil:von
frage:nach suche:nach forderung:nach nachfrage:nach sehnsucht:nach kampf:gegen,um,für
protest:gegen widerstand:gegen sanktion:gegen krieg:gegen,mit klage:gegen,auf,über
zusammenarbeit:mit treffen:mit partnerschaft:mit handel:mit verantwortung:für grund:für
beispiel:für voraussetzung:für unterstützung:für lösung:für ursache:für zeichen:für
chance:für gefahr:für bedrohung:für preis:für ausgabe:für plan:für programm:für
"""
NOUN_VALENCY: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split(","))
    for noun, preps in (item.split(":") for item in _NOUN_VALENCY.split())
}

# Verbs whose single object is dative ("Er hilft dem Mann").
DATIVE_VERBS = frozenset(
    ["helfen", "danken", "folgen", "gehören", "gefallen", "begegnen", "schaden", "vertrauen", "widersprechen", "zustimmen", "antworten", "gratulieren", "fehlen", "passieren", "gelingen", "misslingen", "nützen", "drohen", "dienen", "gehorchen", "ähneln", "glauben", "schmecken", "zuhören", "zusehen", "entkommen", "ausweichen", "geschehen", "zuschauen", "verzeihen", "wehtun", "raten",
     "beitreten", "entsprechen", "angehören", "beistehen", "unterliegen", "erliegen", "entgehen",
     "nachgehen", "bevorstehen", "zustehen", "zukommen", "gleichen", "misstrauen", "trotzen",
     "entstammen", "nachfolgen", "vorstehen", "zugutekommen", "imponieren", "schmeicheln",
     "applaudieren", "zujubeln", "zuwinken", "entfliehen"]
)

# Preposition forms → the preposition (APPRART contractions resolved).
CONTRACTIONS = {
    "am": "an", "ans": "an", "im": "in", "ins": "in", "zum": "zu", "zur": "zu", "vom": "von",
    "beim": "bei", "aufs": "auf", "durchs": "durch", "fürs": "für", "ums": "um", "übers": "über",
    "unterm": "unter", "vorm": "vor", "hinterm": "hinter",
}

MONTHS = frozenset(
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
)
WEEKDAYS = frozenset(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"])
TIME_NOUNS = frozenset(
    ["tag", "woche", "monat", "jahr", "jahrzehnt", "jahrhundert", "jahrtausend", "stunde", "minute", "sekunde", "abend", "morgen", "vormittag", "nachmittag", "mittag", "nacht", "wochenende", "zeit", "zeitpunkt", "zeitraum", "anfang", "ende", "mitte", "beginn", "sommer", "winter", "frühling", "herbst", "frühjahr", "saison", "quartal", "semester", "mal", "vergangenheit", "zukunft", "gegenwart", "moment", "augenblick", "epoche", "ära", "periode", "phase", "jahresbeginn", "jahresende", "kriegsende", "uhr", "weltkrieg", "mittelalter", "neuzeit", "antike"]
) | MONTHS | WEEKDAYS
TIME_ADVERBS = frozenset(
    ["heute", "gestern", "morgen", "vorgestern", "übermorgen", "damals", "jetzt", "nun", "bald", "später", "früher", "zuvor", "vorher", "nachher", "danach", "dann", "seither", "seitdem", "inzwischen", "mittlerweile", "bisher", "zuletzt", "anfangs", "zunächst", "zuerst", "schließlich", "endlich", "immer", "nie", "niemals", "oft", "häufig", "selten", "manchmal", "stets", "bereits", "schon", "noch", "gerade", "eben", "kürzlich", "neulich", "jemals", "einst", "heutzutage", "derzeit", "zurzeit", "momentan", "sofort", "gleich", "demnächst", "künftig", "erneut", "wieder", "nachts", "morgens", "abends", "mittags", "täglich", "jährlich", "wöchentlich", "monatlich"]
)
FREQUENCY_ADVERBS = frozenset(["immer", "nie", "niemals", "oft", "häufig", "selten", "manchmal", "stets", "täglich", "jährlich", "wöchentlich", "monatlich"])
PLACE_ADVERBS = frozenset(["hier", "dort", "da", "überall", "nirgends", "nirgendwo", "drinnen", "draußen", "oben", "unten", "vorne", "hinten", "innen", "außen", "dazwischen", "nebenan"])
DIRECTION_ADVERBS = frozenset(
    ["dorthin", "hierher", "hierhin", "dahin", "heim", "nach", "hause", "hinauf", "hinunter", "heraus", "hinaus", "herein", "hinein", "zurück", "weg", "fort", "vorwärts", "rückwärts"]
)
ORIGIN_ADVERBS = frozenset(["daher", "woher", "dorther"]) - {"daher"}
QUANTITY_WORDS = frozenset(["viel", "viele", "wenig", "wenige", "mehr", "weniger", "meisten", "etwa", "rund", "circa", "ca.", "fast", "knapp"])

# Adverbial kind of a preposition (before the case and noun checks refine it).
TIME_PREPOSITIONS = {"seit": "since", "bis": "until", "ab": "since", "während": "", "binnen": "duration", "innerhalb": "duration"}
PLACE_PREPOSITIONS = frozenset(["in", "an", "auf", "bei", "unter", "über", "hinter", "neben", "vor", "zwischen", "gegenüber", "innerhalb", "außerhalb", "oberhalb", "unterhalb", "nahe"])
CAUSE_PREPOSITIONS = frozenset(["wegen", "aufgrund", "angesichts", "infolge", "dank", "mangels", "anlässlich"])
PURPOSE_PREPOSITIONS = frozenset({"zwecks"})
MANNER_PREPOSITIONS = frozenset({"mit", "ohne", "mittels", "per", "durch"})

# Conjunctions of embedded clauses → (role of the clause in its parent, detail).
SUBJUNCTION_ROLES: dict[str, tuple[str, str]] = {
    "weil": ("cause", "weil"), "da": ("cause", "da"), "zumal": ("cause", "zumal"),
    "damit": ("purpose", "damit"), "um": ("purpose", "um"), "sodass": ("adverbial", "consequence"),
    "als": ("time", ""), "nachdem": ("time", "after"), "bevor": ("time", "before"),
    "ehe": ("time", "before"), "während": ("time", "while"), "seit": ("time", "since"),
    "seitdem": ("time", "since"), "sobald": ("time", ""), "solange": ("time", "duration"),
    "bis": ("time", "until"), "wenn": ("time", "when"), "falls": ("adverbial", "condition"),
    "sofern": ("adverbial", "condition"), "obwohl": ("adverbial", "concession"),
    "obgleich": ("adverbial", "concession"), "wenngleich": ("adverbial", "concession"),
    "indem": ("manner", "indem"), "ohne": ("manner", "ohne"), "statt": ("adverbial", "instead"),
    "anstatt": ("adverbial", "instead"), "wie": ("manner", "wie"), "denn": ("cause", "denn"),
}
