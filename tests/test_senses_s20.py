"""Senses the card readers of round 16 found wrong (session 20, issue 13): a Ding line whose object
"jdn./etw." lost the headword to a slash read as an abbreviation ("jdn./etw. (allgemein/offiziell)
anerkennen :: to recognize" was not indexed, and "Jerusalem als Israels Hauptstadt anerkennen"
became "to accept"); an adjective whose collocations Ding lists under other words all say one
English word ("ausländische Arbeitskräfte :: foreign labour"), shown with a narrower line's English
("foreign-born"); and synonyms of one Ding line taken for rival senses. Checked on Ding's own
lines (a small dictionary written by the test) and German sentences like the judged ones, with
sentences where nothing must change."""

from __future__ import annotations

from test_gloss_s15 import _senses
from test_senses_s19 import _installed_ding

from quizgen.extraction.ding import _ding_entries, _english_glosses, _german_headword, _strip_nested
from quizgen.extraction.senses import Context, Sense, choose

RECOGNISE = (
    "jdn./etw. (allgemein/offiziell) anerkennen {vt} (als jd.) [pol.] [soc.] | anerkennend | anerkannt | erkennt an | "
    "erkannte an | einen neu gebildeten Staat offiziell anerkennen | einen Staatsvertrag anerkennen :: to recognize sth.; "
    "to recognise sth. [Br.] (as sb.) | recognizing; recognising | recognized; recognised | recognizes; recognises | "
    "recognized; recognised | to recognize a newly formed country | to recognize a treaty\n"
    "etw. anerkennen {vt} | anerkennend | anerkannt | Verantwortung übernehmen | Ich sehe ein, dass ich einen Fehler "
    "gemacht habe. :: to accept sth. | accepting | accepted | to accept responsibility | I accept that I've made a mistake.\n"
    "anerkennen {vt} | anerkennend | anerkannt | erkennt an | erkannte an :: to respect | respecting | respected | "
    "respects | respected\n"
)


def test_an_object_placeholder_with_a_slash_keeps_the_headword():
    """"jdn./etw. (allgemein/offiziell) anerkennen": the slash of "jdn./etw." opens no abbreviation
    (those stand after a space: "Zeitung {f} /Ztg./"), so the line is anerkennen's."""
    assert _german_headword("jdn./etw. (allgemein/offiziell) anerkennen {vt} (als jd.) [pol.] [soc.]", "VERB")[0] == "anerkennen"
    assert [entry[2] for entry in _ding_entries(RECOGNISE.splitlines()[0])][:1] == ["to recognize"]
    assert _strip_nested("Zeitung {f} /Ztg./; Blatt {n}").split() == ["Zeitung", ";", "Blatt"]


def test_an_english_object_with_a_slash_keeps_its_verb():
    """"to defend sb./sth. (against sb./sth.)" is "to defend", not dropped as a cut gloss."""
    assert _english_glosses("to defend sb./sth. (against sb./sth.)", "VERB", "") == [("to defend", 1.0)]


def test_a_state_recognised_is_recognised(fresh_glossary, nlp):
    """"Erst am 6. Dezember 2017 erkannte er … Jerusalem als Israels Hauptstadt an" (US-Botschaft):
    with the line indexed, its sense is the text's, not "to accept" (the installed Ding's weights)."""
    text = "Im Dezember erkannte der Präsident Jerusalem als Hauptstadt Israels an."
    assert _senses(_installed_ding(), nlp, text, "anerkennen", "VERB")[:1] == ("to recognize",)


def test_accepting_a_responsibility_stays_accepting(ding_text, nlp):
    """Where the sentence has the accept line's own words, that line still wins."""
    glossary = ding_text("de-en", RECOGNISE)
    text = "Der Minister erkannte seine Verantwortung für den Fehler an."
    assert _senses(glossary, nlp, text, "anerkennen", "VERB")[:1] == ("to accept",)


FOREIGN = (
    "ausländisch; fremd {adj} [pol.] | ausländischer Wein | ausländische Besucher :: foreign; alien | wine of foreign "
    "growth | visitors from abroad\n"
    "im Ausland geboren; fremdgeboren [geh.] [selten]; ausländisch; ausländischer Herkunft {adj} [soc.] | Schulen mit "
    "einem hohen Ausländeranteil :: foreign-born | schools with a high number of foreign-born children\n"
    "Absatzmarkt {m} [econ.] | Absatzmärkte {pl} | ausländische Absatzmärkte | monopolistischer Absatzmarkt :: market | "
    "markets | foreign markets | captive market\n"
    "Staatsangehöriger {m}; Staatsbürger {m} [pol.] | Staatsangehörige {pl}; Staatsbürger {pl} | ausländische Staatsbürger "
    ":: national | nationals | foreign nationals\n"
    "Arbeitskräfte {pl} | billige Arbeitskräfte | ausländische Arbeitskräfte :: workforce; workers | cheap labour | "
    "foreign labour\n"
    "nichtheimisch {adj} | nichtheimische Pflanzen | die ausländische Bevölkerung [soc.] :: adventitious | "
    "adventitious plants | the adventitious population\n"
    "Führer {m} | Führer {pl} :: leader | leaders\n"
)


def test_an_adjectives_collocations_count_for_its_sense(ding_text, nlp):
    """"mit ausländischen Führern an Bord von Kriegsschiffen" (Gipfeltreffen von Malta): Ding's
    phrases of ausländisch under other words are all "foreign", its [soc.] line "foreign-born"."""
    glossary = ding_text("de-en", FOREIGN)
    text = "Der Präsident führte Gespräche mit ausländischen Führern an Bord von Kriegsschiffen."
    assert _senses(glossary, nlp, text, "ausländisch", "ADJ")[:1] == ("foreign",)


def test_a_collocation_with_english_of_its_own_stays_bound(ding_text, nlp):
    """"adventitious" is the phrase's English for plants, no sense of ausländisch elsewhere."""
    glossary = ding_text("de-en", FOREIGN)
    text = "Der Präsident führte Gespräche mit ausländischen Führern an Bord von Kriegsschiffen."
    assert "adventitious" not in _senses(glossary, nlp, text, "ausländisch", "ADJ")


def _noun(english: str, rank: float, zipf: float, cues: str, marks: str = "") -> Sense:
    return Sense(english, "NOUN", rank, zipf, cues=cues, marks=marks)


def test_synonyms_of_one_line_are_no_rivals():
    """"Geistlicher {m}; Kleriker {m} [relig.] :: cleric; clergy; clergyman" is one meaning in three
    words: clergy close behind cleric does not make the sense doubtful; another line's sense
    ("Anwärter :: candidate") close behind still does."""
    line = "[relig] kirchenmann kleriker"
    synonyms = [_noun("cleric", 1.8, 3.4, line), _noun("clergy", 1.2, 3.7, line), _noun("clergyman", 1.1, 3.2, line),
                _noun("candidate", 0.3, 4.5, "anwärter")]
    assert choose(synonyms, Context())[:1] == ("cleric",)
    rivals = [_noun("cleric", 1.8, 3.4, line), _noun("candidate", 0.8, 4.0, "anwärter"), _noun("clergy", 0.3, 3.7, line)]
    assert choose(rivals, Context()) == ()


FALL_BACK = (
    "auf etw. zurückgreifen {vi} | zurückgreifend | zurückgegriffen :: to fall back on (upon); to go back to sth. | "
    "falling back; going back | fallen back; gone back\n"
    "auf jdn./etw. zurückgreifen; jdn./etw. aufbieten {vi}; jdn./etw. einsetzen {vt} | zurückgreifend; aufbietend; "
    "einsetzend | zurückgegriffen; aufgeboten; eingesetzt :: to call on sb./sth. | calling on | called on\n"
    "jdn. aufbieten {vt} :: to call on sb.\n"
    "jdn. besuchen {vt} :: to call on sb.\n"
    "jdn. auffordern {vt} :: to call on sb.\n"
)


def test_a_lent_verb_with_a_particle_is_no_commoner_than_the_verbs_own(ding_text, nlp):
    """"Die Fluchthelfer griffen außerdem auf eine Reihe von Tricks zurück" (Harriet Tubman): the
    line indexed since "auf jdn./etw." keeps its headword gives aufbieten's "to call on"; a verb
    with a particle counts at Zipf 4.5 at most, so zurückgreifen's own line goes first."""
    glossary = ding_text("de-en", FALL_BACK)
    text = "Die Fluchthelfer griffen außerdem auf eine Reihe von Tricks zurück."
    assert _senses(glossary, nlp, text, "zurückgreifen", "VERB")[:1] in (("to fall back on",), ("to go back to",))
