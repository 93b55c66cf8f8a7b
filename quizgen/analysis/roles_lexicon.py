"""Valency word lists for grammatical roles: prepositional objects of verbs and nouns, dative verbs.

Small and hand-made on purpose: a verb+preposition pair missing here makes the phrase an
adverbial (never a wrong object). What an adverbial means (time, place, cause …) is the
business of ``adverbials``, the one classifier both clause builders share.
"""

from __future__ import annotations

# Verb (lemma, separable particle joined, without "sich") → prepositions of its prepositional object:
# the pairs grammars list for verbs with a governed preposition (warten auf, basieren auf, sich
# auseinandersetzen mit, benannt nach, ausgezeichnet mit …), none taken from one text. Left out on
# purpose: appointing verbs ("zum Präsidenten gewählt" is the role a person gets: "Zu wem wurde …
# gewählt?" would be asked) and "wegen" beside verbs of blame (a cause, asked with "Warum").
_VALENCY = """
abhängen:von achten:auf ändern:an ankommen:auf antworten:auf arbeiten:an ärgern:über
aufhören:mit auffordern:zu aufpassen:auf ausgehen:von bedanken:bei,für beginnen:mit
beitragen:zu beklagen:über berichten:über,von beruhen:auf beschäftigen:mit beschränken:auf
beschweren:über bestehen:aus,auf beteiligen:an bewerben:um beziehen:auf bitten:um
danken:für denken:an diskutieren:über einigen:auf einladen:zu eingehen:auf einsetzen:für
entscheiden:über,für entschließen:zu entwickeln:zu erfahren:von erinnern:an erkennen:an
erkranken:an erzählen:von,über fragen:nach freuen:auf,über fühlen:als führen:zu
fürchten:vor gehen:um gehören:zu gelten:als gewöhnen:an glauben:an gratulieren:zu
halten:für,von,an handeln:um,von,mit helfen:bei hindern:an hinweisen:auf hoffen:auf hören:von,auf
informieren:über interessieren:für kämpfen:für,gegen,um klagen:über kommen:zu
konzentrieren:auf kümmern:um lachen:über leiden:an,unter liegen:an nachdenken:über
neigen:zu passen:zu profitieren:von protestieren:gegen rechnen:mit reagieren:auf
reden:über,von,mit richten:an,gegen,nach riechen:nach schmecken:nach schreiben:an,über
schützen:vor schwärmen:von sehnen:nach sorgen:für,um sprechen:über,von,mit sterben:an
stimmen:für,gegen streiten:über,um,mit suchen:nach teilnehmen:an telefonieren:mit
träumen:von trennen:von überzeugen:von umgehen:mit unterhalten:über,mit unterscheiden:von
verfügen:über vergleichen:mit verhandeln:über,mit verlassen:auf verlieben:in versorgen:mit
verstoßen:gegen verteidigen:gegen vertrauen:auf verzichten:auf vorbereiten:auf warnen:vor
warten:auf wenden:an wundern:über zählen:zu,auf zweifeln:an zwingen:zu ausstatten:mit
verbinden:mit beschuldigen:wegen verurteilen:zu aufrufen:zu appellieren:an
abraten:von abzielen:auf anknüpfen:an ankämpfen:gegen anpassen:an anspielen:auf aufbauen:auf
auseinandersetzen:mit auskommen:mit auswirken:auf basieren:auf befassen:mit befreien:von begeistern:für
belaufen:auf bemühen:um berufen:auf besinnen:auf bürgen:für drängen:auf eignen:für einteilen:in
eintreten:für entschuldigen:für erholen:von erkundigen:nach festhalten:an fliehen:vor
forschen:nach garantieren:für hinauslaufen:auf kooperieren:mit mitwirken:an,bei orientieren:an
plädieren:für resultieren:aus schließen:auf siegen:über spezialisieren:auf staunen:über streben:nach
stützen:auf trauern:um überreden:zu verabschieden:von verweisen:auf verwandeln:in umwandeln:in
unterteilen:in gliedern:in werben:für wehren:gegen zielen:auf zurückgreifen:auf zurückgehen:auf
zusammenarbeiten:mit zusammenhängen:mit zusammensetzen:aus einwirken:auf abstammen:von nominieren:für
qualifizieren:für stehen:für,zu ausgeben:für entstehen:aus dienen:zu benennen:nach umbenennen:in
leben:von hervorgehen:aus bekennen:zu verpflichten:zu bewahren:vor retten:vor
demonstrieren:gegen,für gewinnen:gegen verlieren:gegen spielen:gegen antreten:gegen verloben:mit
zusammenleben:mit erwarten:von verlangen:von fordern:von lernen:von erben:von übernehmen:von
ableiten:von,aus herleiten:von,aus zahlen:für bezahlen:für entschädigen:für
bestrafen:für belohnen:für loben:für kritisieren:für auszeichnen:mit
ehren:mit beliefern:mit füllen:mit experimentieren:mit promovieren:über drehen:um
fahnden:nach klingen:nach stoßen:auf anfangen:mit fortfahren:mit aufregen:über schimpfen:über
treffen:mit zurückführen:auf übergehen:an verkaufen:an übergeben:an senden:an schicken:an bekehren:zu
setzen:auf
"""
VALENCY: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split(","))
    for verb, preps in (item.split(":") for item in _VALENCY.split())
}

# Verbs whose "aus" phrase says where the subject comes from, whatever its noun: "stammte aus einer
# Bauernfamilie" (no place noun, yet Woher). A time after "aus" stays out ("stammt aus dem 12. Jahrhundert").
ORIGIN_VERBS = frozenset({"stammen", "herstammen", "herkommen"})

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
sicht:auf sichtweise:auf perspektive:auf einstellung:zu haltung:zu,gegenüber qualifikation:für
"""
NOUN_VALENCY: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split(","))
    for noun, preps in (item.split(":") for item in _NOUN_VALENCY.split())
}


def noun_prepositions(noun: str) -> frozenset[str]:
    """The prepositions of a noun's prepositional attribute (lemma, lower case): its own entry,
    else its compound head's ("Friedensverhandlungen *mit* den Rebellen", "der Atomwaffenverzicht
    *auf* …"). A head needs a modifier of three letters or more before it, so that "Recht" is not
    read in "Gericht". (A noun in -ung taking its verb's preposition joined "eine genauere
    Auseinandersetzung *mit* ihren … Arbeiten wie …" into one phrase the questions could not
    shorten: not done.)"""
    found = NOUN_VALENCY.get(noun)
    if found is not None:
        return found
    for start in range(3, len(noun) - 3):
        head = NOUN_VALENCY.get(noun[start:])
        if head is not None:
            return head
    return frozenset()

# Verbs whose single object is dative ("Er hilft dem Mann").
DATIVE_VERBS = frozenset(
    ["helfen", "danken", "folgen", "gehören", "gefallen", "begegnen", "schaden", "vertrauen", "widersprechen", "zustimmen", "antworten", "gratulieren", "fehlen", "passieren", "gelingen", "misslingen", "nützen", "drohen", "dienen", "gehorchen", "ähneln", "glauben", "schmecken", "zuhören", "zusehen", "entkommen", "ausweichen", "geschehen", "zuschauen", "verzeihen", "wehtun", "raten",
     "beitreten", "entsprechen", "angehören", "beistehen", "unterliegen", "erliegen", "entgehen",
     "nachgehen", "bevorstehen", "zustehen", "zukommen", "gleichen", "misstrauen", "trotzen",
     "entstammen", "nachfolgen", "vorstehen", "zugutekommen", "imponieren", "schmeicheln",
     "applaudieren", "zujubeln", "zuwinken", "entfliehen"]
)

# Verbs without an accusative object that present their subject after a placeholder "es" in the
# Vorfeld ("Es herrscht Bewegung", "Es fand eine Einweisung statt"): the phrase after the verb is
# the subject even when its case is ambiguous. Verbs with an object stay out ("Es hat eine Funktion":
# "es" is the subject there).
PRESENTATIONAL_VERBS = frozenset(
    ["stattfinden", "herrschen", "bestehen", "fehlen", "kommen", "hinzukommen", "eintreten", "entstehen",
     "geschehen", "passieren", "folgen", "erscheinen", "bleiben", "existieren", "funktionieren", "auftreten",
     "beginnen", "ankommen", "erfolgen", "gelingen", "stehen", "liegen", "sitzen", "leben", "wohnen", "fallen"]
)

# Of those, the verbs that never take an accusative object, so that an accusative-looking phrase
# beside them is an amount or a time ("lag damit 20,52 Zähler über …"); with "lauten" and
# "heißen" it is the predicative ("Die Kurzform lautet Kovacsne"). Left out: verbs with a
# transitive sense too (eine Prüfung bestehen, das Studium beginnen, die Grenze passieren, die Tür eintreten).
NO_ACCUSATIVE_VERBS = (PRESENTATIONAL_VERBS - {"bestehen", "beginnen", "passieren", "eintreten"}) | {"lauten", "heißen"}

# Prepositional phrases that are part of an idiomatic predicate, not an adverbial of place,
# direction or time: "kam in Eisenstadt *zur Welt*", "trat *in Kraft*", "ging *zu Ende*". Asked
# about with "Wohin?" or "Wo?" they make nonsense ("Wohin kam Haydn? – Zur Welt"). Written as the
# phrase's words in lower case.
PREDICATE_PHRASES = frozenset(phrase.strip() for phrase in (
    """zur welt|auf die welt|ums leben|in kraft|außer kraft|zu ende|zur verfügung|in frage|zum ausdruck
    |in anspruch|in kauf|zur sprache|zum einsatz|zum opfer|zum vorschein|ans licht|in gang|in betrieb
    |außer betrieb|in erfüllung|in vergessenheit|in erscheinung|zu wort|zu hilfe|in betracht|in auftrag
    |ins leben|an die macht|an der macht|zur kenntnis|zu grunde|in mode|aus der mode|in not|in gefahr
    |unter druck|in brand|in kontakt|in verbindung|in ohnmacht|zur ruhe|zu fall
    |zu stande|in ordnung|in rente|in den ruhestand|im ruhestand|in haft|in gefangenschaft|in führung
    |in schwierigkeiten|zur schau|zur wehr|zum stillstand|zum erliegen|zur geltung|auf den markt
    |in den sinn|zur last|zu lasten|in angriff|zu rate|zu eigen|in mitleidenschaft|in erinnerung
    |zur folge""".split("|")  # noqa: SIM905
))

# Verbs of saying, thinking and reporting (lemmas as the tagger gives them; "teilte … mit" is
# "teilen", "fügte hinzu" is "fügen"). After a comma, a clause opened by one of them reports the
# clause before it ("Die Lage ist ernst, sagte der Minister"); a clause opened by any other verb
# continues the subject's actions ("Er wurde 1913 geboren, studierte Chemie und promovierte").
REPORTING_VERBS = frozenset(
    ["sagen", "erklären", "berichten", "betonen", "meinen", "mitteilen", "teilen", "fügen", "hinzufügen",
     "schreiben", "erläutern", "warnen", "fordern", "kritisieren", "bestätigen", "behaupten", "ergänzen",
     "antworten", "fragen", "heißen", "verlangen", "kommentieren", "versichern", "unterstreichen",
     "argumentieren", "glauben", "vermuten", "schätzen", "urteilen", "sprechen", "zitieren", "melden",
     "verkünden", "versprechen", "erinnern", "räumen", "einräumen", "beklagen", "klagen", "mahnen",
     "zeigen", "ergeben", "belegen", "finden", "denken", "wissen", "hoffen", "befürchten", "fürchten",
     "rufen", "appellieren", "drohen", "dementieren", "bestreiten", "widersprechen", "entgegnen", "erwidern",
     "beteuern", "bekräftigen", "feststellen", "stellen", "hervorheben", "heben", "bemerken", "anmerken",
     "merken", "notieren", "resümieren", "folgern", "schließen", "prophezeien", "vorhersagen", "ankündigen",
     "kündigen", "verraten", "gestehen", "zugeben", "geben", "lassen"]
)
