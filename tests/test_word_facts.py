"""The facts on a vocabulary card, read from real German sentences, and their quality gate.

The gate holds the figures of ``scripts/eval_vocab.py`` (UD German-GSD dev and the
hand-written verb gold) to tests/quality/vocab_baseline.json; ``python scripts/eval_vocab.py
--update-baseline`` writes new ones after a change that raises them.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.verbs import principal_parts
from quizgen.extraction.word_facts import (
    adjectival_headword,
    nominalised_adjective,
    noun_fields,
    participle_verb,
    verb_fields,
)
from quizgen.model import Article

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "quality" / "vocab_baseline.json"
TOLERANCE = 0.002  # rounding; anything larger is a real loss
ALL = Options(level="A1", max_words=0)  # every word, the basic ones too


def facts(nlp, text: str) -> dict[str, dict]:
    """noun_fields / verb_fields of every noun and full verb lemma in ``text``."""
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    found = defaultdict(list)
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            if token.tag == "NN" or token.tag.startswith("VV"):
                found[(token.lemma, token.tag == "NN")].append((sentence, token))
    return {
        lemma: (noun_fields(lemma, occurrences) if noun else verb_fields(lemma, occurrences)) or {}
        for (lemma, noun), occurrences in found.items()
    }


def card(fields: dict) -> str:
    return f"{fields.get('article', '')} · {fields.get('plural') or fields.get('number_note', '')}"


def test_a_noun_with_two_genders_takes_the_one_the_text_shows(nlp):
    assert card(facts(nlp, "Wir wandern an den See.")["See"]) == "der · die Seen"
    assert card(facts(nlp, "Das Schiff fährt auf die See hinaus.")["See"]) == "die · die Seen"
    assert card(facts(nlp, "Sie steigt auf eine Leiter.")["Leiter"]) == "die · die Leitern"
    assert (
        card(facts(nlp, "Wir sprechen mit dem Leiter der Schule.")["Leiter"]) == "der · die Leiter"
    )


def test_a_noun_whose_gender_tells_its_meaning_gets_a_card_per_meaning(nlp):
    from quizgen.config import Options
    from quizgen.extraction import extract_vocabulary

    text = "Den Leiter der Schule kennt jeder. Sie steigt auf die Leiter. Die Leiter ist alt. Ein Leiter lacht."
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    items = extract_vocabulary(analyze(nlp, article), Options(level="A1", max_words=0))
    leiter = sorted((item.article, item.plural, item.count) for item in items if item.lemma == "Leiter")
    assert leiter == [("der", "die Leiter", 2), ("die", "die Leitern", 2)]


def test_without_a_determiner_the_gender_whose_forms_are_in_use(nlp):
    found = facts(nlp, "Menschen trinken Kaffee.")
    assert card(found["Mensch"]) == "der · die Menschen"  # not das Mensch, die Menscher
    assert found["Mensch"]["weak_noun"]
    assert found["Kaffee"]["article"] == "der"
    assert noun_fields("Radio", [])["article"] == "das"  # Wiktionary's first: das Radio


def test_nominalised_adjectives_show_both_articles_and_the_plural(nlp):
    found = facts(nlp, "Die Angestellten und die Jugendlichen besuchen ihre Verwandten.")
    for lemma in ("Angestellte", "Jugendliche", "Verwandte"):
        assert card(found[lemma]) == f"der/die · die {lemma}n", lemma
    assert adjectival_headword("Angestellter") == "Angestellte"  # the strong form is no headword
    assert not nominalised_adjective("Angestellte")


def test_a_present_participle_as_noun_is_a_person_declined_like_an_adjective(nlp):
    found = facts(nlp, "Sie griffen auf Tricks zurück, um die Fliehenden vor der Entdeckung zu schützen.")
    assert card(found["Fliehende"]) == "der/die · die Fliehenden"  # not das Fliehende (Flieh + Ende)
    assert facts(nlp, "Das Verbindende ist wichtiger als das Trennende.")["Verbindende"] == {}
    assert noun_fields("Wochenende", [])["article"] == "das"  # a noun of its own stays


def test_compound_heads_the_text_shows(nlp):
    found = facts(nlp, "Er nutzte den Polarstern als Orientierungshilfe.")
    assert card(found["Polarstern"]) == "der · kein Plural"  # not "der Polarster"; a name has no plural
    found = facts(nlp, "Die militärische Ostexpansion des Reiches begann 1941.")
    assert found["Ostexpansion"]["article"] == "die"  # -sion, not Ostexpans + das Ion
    assert noun_fields("Beanstandung", [])["article"] == "die"  # -ung, not Beanstan + der Dung


def test_a_name_the_lexicon_lists_gets_no_invented_plural(nlp):
    found = facts(nlp, "Im Protokoll der Wannseekonferenz wurde die Vernichtung geplant.")
    assert card(found["Wannseekonferenz"]) == "die · kein Plural"  # not die Wannseekonferenzen
    assert card(facts(nlp, "Die Militärübungen dauern an.")["Militärübung"]) == "die · die Militärübungen"


def test_an_english_word_gets_no_german_inflection(nlp):
    found = facts(nlp, "Sie trug den Titel Princess Royal of the United Kingdom of Great Britain and Ireland.")
    assert not found.get("Ireland")  # not das Ireland, die Ireländer (Ire + Land)
    assert noun_fields("Fluchtroute", [])["article"] == "die"


def test_a_plural_only_noun_says_so_instead_of_a_second_form(nlp):
    found = facts(nlp, "Einen Teil der Haushaltskosten würde zukünftig die Prinzessin tragen.")
    assert card(found["Haushaltskosten"]) == "die · nur Plural"  # not "die Haushaltskosten" twice
    assert "plural" not in found["Haushaltskosten"]


def test_a_noun_whose_singular_nobody_writes_is_learnt_as_its_plural(nlp):
    found = facts(nlp, "Snyder zeigte häufig Bilder von den Dreharbeiten zu dem Film.")
    assert card(found["Dreharbeiten"]) == "die · nur Plural"  # not die Dreharbeit
    found = facts(nlp, "Die Zinsen und die Gliedmaßen.")
    assert card(found["Zins"]) == "der · die Zinsen"  # der Zins is in use
    assert "Gliedmaße" in found


def test_plural_in_use_or_mostly_singular(nlp):
    found = facts(nlp, "Die Bevölkerung braucht Nahrung, Musik und eine Weiterbildung.")
    for lemma in ("Bevölkerung", "Nahrung", "Musik"):
        assert card(found[lemma]) == "die · meist Singular", lemma
    assert card(found["Weiterbildung"]) == "die · die Weiterbildungen"
    assert (
        card(facts(nlp, "Sie mischen verschiedene Nahrungen.")["Nahrung"]) == "die · die Nahrungen"
    )


def test_an_abstract_nis_noun_is_mostly_singular_a_countable_one_keeps_its_plural(nlp):
    """Round-8 readers: "das Verständnis, die Verständnisse" shows a plural nobody uses."""
    found = facts(nlp, "Das Verständnis für die Ergebnisse wuchs, wie das Gedächtnis und das Bündnis.")
    assert card(found["Verständnis"]) == "das · meist Singular"
    assert card(found["Gedächtnis"]) == "das · meist Singular"
    assert card(found["Ergebnis"]) == "das · die Ergebnisse"
    assert card(found["Bündnis"]) == "das · die Bündnisse"


def test_an_ism_is_mostly_singular_unless_its_plural_is_in_use(nlp):
    """Feminismen, Rassismen: -ismus nouns are abstract, their rare plural no card's fact; a
    countable one keeps its plural (Mechanismen)."""
    found = facts(nlp, "Der Feminismus kämpft gegen den Rassismus und erklärt seinen Mechanismus.")
    assert card(found["Feminismus"]) == "der · meist Singular"
    assert card(found["Rassismus"]) == "der · meist Singular"
    assert card(found["Mechanismus"]) == "der · die Mechanismen"


def test_no_made_up_compound_and_nominalised_infinitives(nlp):
    wagen = noun_fields("Wagen", [])
    assert wagen is None or wagen["article"] == "der"  # not das Wagen, die Wagene (Wa + Gen)
    assert (
        card(facts(nlp, "Das schnelle Eingreifen der Polizei half.")["Eingreifen"])
        == "das · kein Plural"
    )


def test_verb_parts_survive_a_finite_form_tagged_as_participle(nlp):
    for text, lemma, forms in (
        ("Der Hund beißt.", "beißen", ("beißt", "biss", "hat gebissen")),
        ("Sie brauchen Geld.", "brauchen", ("braucht", "brauchte", "hat gebraucht")),
        ("Er hat das Bild an die Wand gehängt.", "hängen", ("hängt", "hängte", "hat gehängt")),
        ("Wir haben Papier verwendet.", "verwenden", ("verwendet", "verwendete", "hat verwendet")),
    ):
        assert facts(nlp, text)[lemma].get("verb_forms") == forms, text


def test_a_reflexive_verb_shows_its_pronoun_in_its_forms(nlp):
    """Round-8 readers: the card of sich einsetzen gave "setzt ein, setzte ein, hat eingesetzt"."""
    found = facts(nlp, "Michael setzt sich für Hanna ein. Sie entschloss sich, zu schweigen.")
    assert found["einsetzen"]["verb_forms"] == ("setzt sich ein", "setzte sich ein", "hat sich eingesetzt")
    assert found["entschließen"]["verb_forms"] == ("entschließt sich", "entschloss sich", "hat sich entschlossen")
    assert facts(nlp, "Sie setzt den Helm ein.")["einsetzen"]["verb_forms"] == ("setzt ein", "setzte ein", "hat eingesetzt")


def test_inseparable_prefix_from_text_and_usage(nlp):
    found = facts(nlp, "Sie hat den Vertrag unterschrieben.")["unterschreiben"]
    assert found["verb_forms"] == ("unterschreibt", "unterschrieb", "hat unterschrieben")
    assert not found["separable_prefix"]
    assert (
        principal_parts("unterschreiben").participle == "unterschrieben"
    )  # untergeschrieben: unused
    assert principal_parts("durchführen").prefix == "durch"
    assert principal_parts("übersetzen", ["übergesetzt"]).prefix == "über"


def test_auxiliary_rules(nlp):
    assert facts(nlp, "Er hat einen Brief bekommen.")["bekommen"]["auxiliary"] == "haben"
    assert facts(nlp, "Sie hat sich beeilt.")["beeilen"]["auxiliary"] == "haben"
    assert facts(nlp, "Sie hat das Auto in die Garage gefahren.")["fahren"]["auxiliary"] == "haben"
    assert facts(nlp, "Er ist nach Berlin gefahren.")["fahren"]["auxiliary"] == "sein"
    assert principal_parts("überfahren").auxiliary == "haben"
    assert principal_parts("begegnen").auxiliary == "sein"  # no motion verb "gegnen" in it


@pytest.mark.parametrize(
    ("text", "lemma", "perfect"),
    [
        # verbs of motion ablaut marks haben: sein without an object, haben with one
        ("Das Flugzeug landete am Abend sicher in Berlin.", "landen", "ist gelandet"),
        ("Der Pilot landete die Maschine sicher auf dem Feld.", "landen", "hat gelandet"),
        ("Was ist gestern in der Schule passiert?", "passieren", "ist passiert"),
        ("Der Zug passierte die Grenze bei Nacht.", "passieren", "hat passiert"),
        ("Im Sommer wanderten wir durch den Schwarzwald.", "wandern", "ist gewandert"),
        ("Sie joggt jeden Morgen im Park.", "joggen", "ist gejoggt"),
        ("An der Kreuzung biegt der Bus nach links ab.", "abbiegen", "ist abgebogen"),
        ("Die Partei startete im Mai eine neue Kampagne.", "starten", "hat gestartet"),
        # a separable verb keeps its base's motion; an inseparable one is transitive
        (
            "Um dem erhöhten Wasserdruck entgegenzutreten, erhielten die Wasseruhren eine konische Form.",
            "entgegentreten",
            "ist entgegengetreten",
        ),
        ("Er betrat das Zimmer ohne ein Wort.", "betreten", "hat betreten"),
        ("Sie beeilt sich, um den Zug zu erreichen.", "beeilen", "hat sich beeilt"),
        ("Er bekam zum Geburtstag ein Fahrrad.", "bekommen", "hat bekommen"),
    ],
)
def test_auxiliary_of_verbs_of_motion_in_context(nlp, text, lemma, perfect):
    assert facts(nlp, text)[lemma]["verb_forms"][2] == perfect


def test_a_reflexive_pronoun_before_an_inserted_phrase_still_belongs_to_the_verb(nlp):
    text = (
        "Das System zog nach Westen, bis es sich, etwa 675 km südsüdwestlich der Südspitze, "
        "am 28. August zu einem tropischen Tiefdruckgebiet formierte."
    )
    assert facts(nlp, text)["formieren"]["reflexive"]
    assert not facts(nlp, "Mit dem Sinken der Preise verlangsamte sich die Inflation.")["sinken"]["reflexive"]


def test_a_double_particle_stands_apart_in_the_finite_forms(nlp):
    found = facts(nlp, "Die Kaiser versuchten, die alte Ordnung wiederherzustellen.")
    assert found["wiederherstellen"]["verb_forms"] == (
        "stellt wieder her",
        "stellte wieder her",
        "hat wiederhergestellt",
    )
    assert principal_parts("wiederaufbauen").present == "baut wieder auf"
    assert principal_parts("hinzufügen").present == "fügt hinzu"  # one particle: hinzu


def test_a_participle_that_is_no_adjective_of_its_own_names_its_verb(nlp):
    """das versprochene Land, die ausgesetzten Belohnungen, ein abgefilmter Trailer, die
    regierende Monarchin: the adjective lemma UD gives these is a verb form for a learner."""
    text = (
        "Sie brach auf ins versprochene Land, obwohl Fänger die ausgesetzten Belohnungen "
        "kassierten. Ein abgefilmter Trailer erschien, und die regierende Monarchin schwieg."
    )
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    adjectives = {t.lemma: t for t in analyze(nlp, article).tokens if t.tag == "ADJA"}
    assert {lemma: participle_verb(lemma) for lemma in adjectives} == {
        "versprochen": "versprechen",
        "ausgesetzt": "aussetzen",
        "abgefilmt": "abfilmen",
        "regierend": "regieren",
    }
    for adjective in ("bekannt", "vertraut", "verwandt", "verheiratet", "spannend", "entscheidend"):
        assert participle_verb(adjective) == "", adjective


def test_a_participle_is_carded_as_what_a_learner_learns(nlp):
    """Readers flagged ausgesetzt and gescheitert carded as adjectives and an adjective of its
    own read as a verb: the plain participle gets its verb's card, an adjective in its own
    right (far more common than its verb) the adjective's, attributive or after sein."""
    text = (
        "Die Fänger kassierten die ausgesetzten Belohnungen. Die Verhandlungen über den "
        "gescheiterten Vertrag dauerten lange. Der Dialekt ist in dieser Region besonders stark "
        "ausgeprägt. Sie hat eine ausgeprägte Vorliebe für verschiedene Sorten Tee."
    )
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    items = {(item.lemma, item.pos): item for item in extract_vocabulary(analyze(nlp, article), ALL)}
    assert ("aussetzen", "VERB") in items and ("ausgesetzt", "ADJ") not in items
    assert items["aussetzen", "VERB"].verb_forms == ("setzt aus", "setzte aus", "hat ausgesetzt")
    assert ("scheitern", "VERB") in items and ("gescheitert", "ADJ") not in items
    assert items["ausgeprägt", "ADJ"].count == 2 and ("ausprägen", "VERB") not in items
    assert ("verschieden", "ADJ") in items


def test_a_graded_participle_stays_an_adjective_and_a_gerundive_names_its_verb(nlp):
    """weit verbreitet and a superlative are adjectives; "wurde … geboren" is gebären's passive
    while "ist in Wien geboren" is a state; der anzutreffende Vogel: antreffen, not anzutreffen."""
    text = (
        "Die Pflanze ist in Europa weit verbreitet. Die verbreitetste Art wächst am Fluss. "
        "Der hier anzutreffende Vogel frisst die verbreiteten Samen. Der Maler wurde 1606 in "
        "Leiden geboren. Seine Schwester ist in Amsterdam geboren. Die zu erwartenden Kosten "
        "sind hoch."
    )
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    items = {(item.lemma, item.pos): item for item in extract_vocabulary(analysis, ALL)}
    assert items["verbreitet", "ADJ"].count == 2  # weit verbreitet, die verbreitetste
    assert items["verbreiten", "VERB"].count == 1  # die verbreiteten Samen
    assert ("antreffen", "VERB") in items and ("anzutreffen", "VERB") not in items
    assert items["geboren", "ADJ"].count == 1  # the state only; the passive is gebären's
    assert ("erwarten", "VERB") in items and ("erwartend", "ADJ") not in items  # zu: no degree


def _eval_vocab():
    spec = importlib.util.spec_from_file_location("eval_vocab", ROOT / "scripts" / "eval_vocab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(nlp, devdata):
    module = _eval_vocab()
    scores = {
        "ud": module.ud_scores(nlp, devdata / "ud" / "de_gsd-ud-dev.conllu", None),
        "verbs": module.verb_gold_scores(),
    }
    return {
        f"{part}_{key}": scores[part][key] for part, keys in module.KEPT.items() for key in keys
    }


@pytest.mark.devdata
@pytest.mark.parametrize("name", sorted(json.loads(BASELINE.read_text(encoding="utf-8"))))
def test_figure_is_not_below_its_baseline(figures, name):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    assert figures[name] >= baseline - TOLERANCE, f"{name}: {figures[name]} < baseline {baseline}"


def test_verb_gold_floors():
    """Targets of the issue on the hand-written verb gold, independent of the baseline."""
    scores = _eval_vocab().verb_gold_scores()
    assert scores["verbs"] >= 100
    assert scores["verb_parts_coverage"] >= 0.99
    assert scores["verb_forms"] >= 0.99
    assert scores["verb_auxiliary"] >= 0.97, scores["errors"]


def _vocabulary(nlp, text: str) -> dict[tuple[str, str], object]:
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return {(item.lemma, item.pos): item for item in extract_vocabulary(analyze(nlp, article), ALL)}


def test_a_name_opening_a_sentence_is_no_adjective(nlp):
    """Readers found "fromm" (pious) carded for the surname of Paul Frommer."""
    items = _vocabulary(
        nlp,
        "Der Sprachwissenschaftler Paul Frommer entwickelte die Sprache der Na’vi. "
        "Frommer erschuf eine neue Sprache mit über 1000 Wörtern.",
    )
    assert ("fromm", "ADJ") not in items
    assert ("Sprachwissenschaftler", "NOUN") in items


def test_a_plural_two_nouns_share_goes_with_the_common_one(nlp):
    """Alben is das Album's plural (not der Alb's, a nightmare); Fakten der Fakt's, not the rare Faktum's."""
    found = facts(nlp, "RCA Records bot ihr einen Plattenvertrag für mehrere Alben an.")
    assert "Alb" not in found and card(found["Album"]) == "das · die Alben"
    found = facts(nlp, "Die Handlung hält sich nur zum Teil an die historischen Fakten.")
    assert "Faktum" not in found and found["Fakt"]["plural"] == "die Fakten"


def test_a_reflexive_pronoun_after_the_particle_belongs_to_the_next_verb(nlp):
    """setzte … fort und verstärkte sich: fortsetzen is transitive here, not "sich fortsetzen"."""
    text = (
        "Der Hurrikan setzte seine langsame westwärts gerichtete Wanderung fort und verstärkte "
        "sich dabei, da die Bedingungen südlich von Hawaiʻi günstig waren."
    )
    assert facts(nlp, text)["fortsetzen"]["reflexive"] is False


def test_a_finite_form_the_table_lacks_leaves_the_verb_without_invented_forms(nlp):
    """ablaut conjugates erschaffen as a weak verb (erschaffte, hat erschafft); the text's
    "erschuf" shows the guess wrong, so the card shows no forms rather than wrong ones."""
    found = facts(nlp, "Frommer erschuf eine neue Sprache mit über 1000 Wörtern.")
    assert "erschaffte" not in found["erschaffen"].get("verb_forms", ())
    assert facts(nlp, "Er bot ihr einen Vertrag an.")["anbieten"]["verb_forms"][1] == "bot an"


def test_a_particle_tagged_as_preposition_at_the_clause_end_joins_its_verb(nlp):
    """"dehnte … bis auf die südlichsten Inseln des Archipels aus und …": ausdehnen, not dehnen."""
    found = facts(
        nlp,
        "Im 16. Jahrhundert dehnte das Königreich seinen Herrschaftsbereich bis auf die "
        "südlichsten Inseln des Archipels aus und 1571 wurden die Inseln erobert.",
    )
    assert "dehnen" not in found
    assert found["ausdehnen"]["verb_forms"] == ("dehnt aus", "dehnte aus", "hat ausgedehnt")
    assert "gehen" in facts(nlp, "Er ging vor und nach dem Essen spazieren.")  # coordinated prepositions


def _titled(nlp, title: str, body: str) -> dict[tuple[str, str], object]:
    text = f"{title}\n\n{body}"
    article = Article(title=title, text=text, source="test", stem="test",
                      paragraphs=((0, len(title)), (len(title) + 2, len(text))), headings=(0,),
                      title_span=(0, len(title)))
    return {(item.lemma, item.pos): item for item in extract_vocabulary(analyze(nlp, article), ALL)}


def test_the_title_name_of_the_article_subject_is_no_vocabulary(nlp):
    """The film "Avatar – Aufbruch nach Pandora": Avatar written bare is the film, Aufbruch
    stands only in the title; a title noun the text uses with an article keeps its card."""
    body = (
        "Im Juli 2006 kündigte Cameron an, dass Avatar im Sommer 2008 in die Kinos kommen soll. "
        "Die Firma Weta Digital wurde engagiert, um Avatar mit zu realisieren."
    )
    items = _titled(nlp, "Avatar – Aufbruch nach Pandora", body)
    assert ("Avatar", "NOUN") not in items and ("Aufbruch", "NOUN") not in items
    assert ("Firma", "NOUN") in items
    items = _titled(nlp, "Waldbrand", "Ein Waldbrand zerstörte im Sommer den Wald. Der Waldbrand war groß.")
    assert ("Waldbrand", "NOUN") in items


def test_a_prefixed_strong_verb_gets_no_invented_weak_forms(nlp):
    """A finite form in a subordinate clause that HanTa tags as participle (untersteht, übergeht)
    looks like the weak participle of an inseparable verb; nobody writes "unterstehte", so the
    strong forms stand. Separable or not, the sentence decides: "in eine Strahlungszone
    übergeht" has no accusative object (geht über, ist übergegangen); "übergeht ihn" has one."""
    avengers = (
        "Als jedoch immer mehr feindliche Streitkräfte aus dem Portal strömen, entschließt sich "
        "der Sicherheitsrat, dem S.H.I.E.L.D. untersteht, die Gefahr durch eine Nuklearrakete "
        "zu beseitigen."
    )
    assert facts(nlp, avengers)["unterstehen"]["verb_forms"] == (
        "untersteht",
        "unterstand",
        "hat unterstanden",
    )
    wega = "Im Kern ist eine Konvektionszone, die nach außen hin in eine Strahlungszone übergeht."
    assert facts(nlp, wega)["übergehen"]["verb_forms"] == ("geht über", "ging über", "ist übergegangen")
    assert facts(nlp, "Der Chef übergeht ihn bei jeder Beförderung.")["übergehen"]["verb_forms"] == (
        "übergeht",
        "überging",
        "hat übergangen",
    )


def test_a_nominalised_adjective_in_its_strong_form_is_carded_by_its_weak_headword(nlp):
    """"als Zehnjähriger", "spaltete die Liberalen": the lexicon lists only Zehnjähriger and
    Liberaler; readers found "der Zehnjähriger" and "der Liberaler" carded. The headword is the
    weak form after the article, with both articles (der/die Liberale, die Liberalen)."""
    for text, headword in (
        ("Karl Johan Schuster experimentierte schon als Zehnjähriger mit einem Kassettenspieler.", "Zehnjährige"),
        (
            "Die Indemnitätsvorlage spaltete die Liberalen, die in Opposition zu Bismarck gestanden hatten.",
            "Liberale",
        ),
    ):
        lemmas = {lemma for lemma, pos in _vocabulary(nlp, text) if pos == "NOUN"}
        assert headword in lemmas and headword + "r" not in lemmas, text
        assert card(noun_fields(headword, [])) == f"der/die · die {headword}n"
    assert adjectival_headword("Befreier") == "Befreier"  # no adjectival noun in the lexicon


def test_a_participle_used_predicatively_as_an_adjective_is_carded_as_the_adjective(nlp):
    """Readers found "verheiraten" and "sich reservieren" carded where the text has the
    adjectives: "ist verheiratet", "zeigt sich reserviert" (a copula, no perfect or passive
    auxiliary). A participle HanTa knows no adjective reading of stays its verb (wurde
    gegründet, ist veröffentlicht)."""
    found = _vocabulary(nlp, "Pichai ist verheiratet und hat eine Tochter und einen Sohn.")
    assert ("verheiratet", "ADJ") in found and ("verheiraten", "VERB") not in found
    # reserviert is then left out as a cognate of "reserved"; the verb card is gone
    found = _vocabulary(nlp, "Ilana Mather zeigt sich reserviert und weist Michaels Versuche zurück.")
    assert not any(lemma.endswith("reservieren") for lemma, _ in found)
    found = _vocabulary(nlp, "Der Roman ist seit 1995 veröffentlicht.")
    assert ("veröffentlicht", "ADJ") not in found
    text = "Die Riesenschildkröten waren lange durch eingeführte Ziegen bedroht."
    assert ("bedroht", "ADJ") not in _vocabulary(nlp, text)  # an agent: the state passive of bedrohen


def test_sich_after_a_preposition_is_not_the_verbs_reflexive_pronoun(nlp):
    """"Für sich selbst behält sie jedoch Hannas alte Teedose": behalten, not "sich behalten"."""
    text = "Für sich selbst behält sie jedoch Hannas alte Teedose."
    assert facts(nlp, text)["behalten"]["reflexive"] is False
    assert facts(nlp, "Sie beeilt sich, um den Zug zu erreichen.")["beeilen"]["reflexive"]


@pytest.mark.parametrize(
    ("text", "perfect"),
    [
        ("Nach zweieinhalb Jahren schied er wieder aus der Band aus.", "ist ausgeschieden"),
        ("Die Nieren scheiden Giftstoffe aus.", "hat ausgeschieden"),
        # a passive shows a transitive verb, whose perfect takes haben
        ("Giftstoffe werden über die Nieren ausgeschieden.", "hat ausgeschieden"),
    ],
)
def test_ausscheiden_takes_sein_when_someone_leaves_and_haben_when_something_is_excreted(nlp, text, perfect):
    assert facts(nlp, text)["ausscheiden"]["verb_forms"][2] == perfect
