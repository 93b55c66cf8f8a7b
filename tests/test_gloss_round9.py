"""Wrong senses the card readers of judged round 9 found (session 13, issue 13), each class checked
on Ding's own lines (a small dictionary written by the test) and a German sentence like the judged
one, with one where nothing must change: a reflexive verb Ding lists without its "sich" on a line
of reflexive verbs (sich herausstellen: "to be found"), an English passive counted by its
participle's frequency, a plural the sentence uses ("Unruhen": "trouble"), and a dative person
that selects Ding's "jdm." sense ("räumte dem Kaiser … Rechte ein": "to admit")."""

from __future__ import annotations

from test_gloss_constructions import _analysed

from quizgen.extraction.ding import _ding_entries
from quizgen.extraction.senses import _phrasal

TURNED_OUT = (
    "sich als etw. erweisen; herausstellen; sich zeigen, dass … {vr} | sich erweisend; sich herausstellend; sich zeigend | "
    "es stellte sich heraus, dass … :: to turn out; to prove sth./to be sth. | turning out; proving | it turned out that …\n"
    "sich zeigen; sich herausstellen {vi} | sich zeigend; sich herausstellend | Es zeigte sich aber, dass … :: "
    "to be found | being found | It was found, however, that …\n"
    "hervorheben; markieren; unterlegen; herausstellen {vt} | hervorhebend; markierend | hervorgehoben; markiert :: "
    "to highlight | highlighting | highlighted\n"
)


def test_a_verb_on_a_line_of_reflexive_verbs_is_reflexive():
    """"sich als etw. erweisen; herausstellen; sich zeigen {vr}" shares its "sich" with
    herausstellen: the card read "to be found" (a line that writes "sich herausstellen") because
    "to turn out" counted as a sense without "sich"."""
    entries = [entry for entry in _ding_entries(TURNED_OUT.splitlines()[0]) if entry[0] == "herausstellen"]
    assert entries and all("sich" in entry[4].split() for entry in entries)
    highlight = [entry for entry in _ding_entries(TURNED_OUT.splitlines()[2]) if entry[0] == "herausstellen"]
    assert highlight and all("sich" not in entry[4].split() for entry in highlight)


def test_an_english_passive_counts_as_its_participle_at_most_as_a_plain_verb():
    assert _phrasal("to be found")
    assert _phrasal("to be opposite")
    assert not _phrasal("to be")
    assert not _phrasal("to find")


def test_it_turned_out_is_not_it_was_found(ding_text, nlp):
    """"Es stellte sich heraus, dass …" is "to turn out" (the card read "to be found")."""
    glossary = ding_text("de-en", TURNED_OUT)
    sentence, token = _analysed(nlp, "Später stellte sich heraus, dass sie an Tuberkulose erkrankt war.", "herausstellen")
    assert glossary.senses("herausstellen", "VERB", sentence=sentence, token_i=token)[:1] == ("to turn out",)


UNREST = (
    "Unruhe {f}; Unfrieden {m} | Unruhe stiften :: unrest | to create unrest\n"
    "Unruhen {pl} [pol.] | Unruhen auslösen | ethnische Spannungen | soziale Spannungen :: unrest; disturbances | "
    "to create a disturbance | ethnic unrest | social unrest\n"
    "Unruhe {f}; Unbehagen {n}; Besorgnis {f}; Beklommenheit {f} :: unease; uneasiness; anxiety\n"
    "Unruhe {f} :: trouble\n"
    "Unruhe {f} :: ruckus\n"
    "Unruhe {f}; Nervosität {f} :: skittishness\n"
)


def test_a_plural_the_sentence_uses_weighs_its_own_line(ding_text, nlp):
    """"nach den Unruhen im Land" is unrest (Ding's line for the plural Unruhen), not the
    singular's "trouble" (the card's); the singular keeps the singular's senses."""
    glossary = ding_text("de-en", UNREST)
    sentence, token = _analysed(nlp, "Nach den Unruhen im Land schickte Russland Soldaten.", "Unruhe")
    assert glossary.senses("Unruhe", "NOUN", sentence=sentence, token_i=token)[:1] == ("unrest",)
    sentence, token = _analysed(nlp, "Im Saal herrschte große Unruhe.", "Unruhe")
    assert "disturbances" not in glossary.senses("Unruhe", "NOUN", sentence=sentence, token_i=token)


GRANTED = (
    "jdm. etw. gewähren; jdm. etw. einräumen [geh.] {vt} | gewährend; einräumend | gewährt; eingeräumt | "
    "jdm. das Recht einräumen, etw. zu tun :: to grant sb. sth.; to accord sb. sth. [formal] | granting; according | "
    "granted; accorded | to grant sb. the right to do sth.\n"
    "(jdm. gegenüber) etw. zugeben; eingestehen; einräumen [geh.] {vt} | zugebend; eingestehend; einräumend | "
    "zugegeben; eingestanden; eingeräumt :: to admit sth. (to sb.); to acknowledge sth. | admitting; acknowledging | "
    "admitted; acknowledged\n"
    "einräumen {vt} | einräumend | eingeräumt :: to place in; to put away | placing in; putting away | placed in; put away\n"
)


def test_a_dative_person_selects_the_sense_ding_gives_with_jdm(ding_text, nlp):
    """"Die Verfassung räumte dem Kaiser weitreichende Rechte ein" grants rights (jdm. etw.
    einräumen); the card read "to admit". A minister who admits mistakes grants nothing."""
    glossary = ding_text("de-en", GRANTED)
    sentence, token = _analysed(nlp, "Die Verfassung räumte dem Kaiser weitreichende Rechte ein.", "einräumen")
    assert glossary.senses("einräumen", "VERB", sentence=sentence, token_i=token)[:1] == ("to grant",)
    sentence, token = _analysed(nlp, "Der Minister räumte später schwere Fehler ein.", "einräumen")
    assert glossary.senses("einräumen", "VERB", sentence=sentence, token_i=token)[:1] != ("to grant",)


ONE_LINE = (
    "Seeräuberei {f}; Piraterie {f} [naut.] | Akt der Piraterie :: robbery at sea; piracy | act of piracy\n"
    "Organtransplantation {f}; Organverpflanzung {f} [med.] :: organ transplantation\n"
    "Ladung {f} [electr.] :: charge\n"
    "Ladung {f}; Fracht {f} :: load; cargo\n"
)


def test_senses_of_one_dictionary_line_are_no_rivals(ding_text, nlp):
    """Round 10's cards had no meaning for Piraterie and Organtransplantation: every sense comes
    from one Ding line (synonyms of one meaning), yet a weak score or a second sense of the same
    line counted as doubt. Senses from two lines of different meanings stay contested."""
    glossary = ding_text("de-en", ONE_LINE)
    sentence, token = _analysed(nlp, "Die kretische Piraterie erreichte in den 930ern einen neuen Höhepunkt.", "Piraterie")
    assert "piracy" in glossary.senses("Piraterie", "NOUN", sentence=sentence, token_i=token)
    sentence, token = _analysed(nlp, "China begann erst in den 1960er Jahren mit der Organtransplantation.", "Organtransplantation")
    assert glossary.senses("Organtransplantation", "NOUN", sentence=sentence, token_i=token) == ("organ transplantation",)
    sentence, token = _analysed(nlp, "Die Ladung des Schiffes wurde im Hafen gelöscht.", "Ladung")
    assert "charge" not in glossary.senses("Ladung", "NOUN", sentence=sentence, token_i=token)[:1]
