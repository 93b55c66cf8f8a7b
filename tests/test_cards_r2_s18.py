"""Senses the card readers of round 18 found wrong (session 18, issue 13): verlegen "to transfer"
where a Termin is moved ("wurde der Termin jedoch auf 2015 verlegt": to reschedule, Ding's
"(einen Termin) verschieben; verlegen {vt} (auf)"). Checked on Ding's own lines (a small
dictionary written by the test) and German sentences like the judged ones, with sentences where
the first sense must stay."""

from __future__ import annotations

from test_gloss_s15 import _senses

from quizgen.extraction.ding import _ding_entries

MOVE = (
    "etw. (von etw.) (zu etw.) übertragen; verlegen {vt} :: to transpose sth. (from sth.) (to sth.); to transfer sth. "
    "(from sth.) (to sth.)\n"
    "jdn./etw. verlegen; überführen; überstellen {vt} | verlegend | verlegt | einen Patienten in eine andere Abteilung verlegen :: "
    "to transfer sb./sth. | transferring | transferred | to transfer a patient to another ward\n"
    "(einen Termin) verschieben; verlegen {vt} (auf) [adm.] | verschiebend; verlegend | verschoben; verlegt | "
    "ein Gespräch/Treffen verschieben :: to reschedule (an appointment) (for) | rescheduling | rescheduled | to reschedule a meeting\n"
)


def test_a_bracketed_object_is_the_senses_partner():
    """Ding's bracket before the group names the object of every verb in it: verlegen, too, is
    "(einen Termin)" verlegen; a placeholder's noun ("(Person)") names no kind of object."""
    entries = [entry for entry in _ding_entries(MOVE.splitlines()[2]) if entry[0] == "verlegen"]
    assert entries and all("termin" in entry[7] and "O" in entry[6] for entry in entries)
    person = "jdm. gegenüberstehen {vi} (Person) | gegenüberstehend :: to stand opposite sb. | standing opposite"
    assert all("O" not in entry[6] for entry in _ding_entries(person))


def test_the_named_object_decides_the_verbs_sense(ding_text, nlp):
    """"Ein Monat nach der Veröffentlichung … wurde der Termin jedoch auf 2015 verlegt" (Batman v
    Superman): the date is moved, to reschedule, not Ding's first "to transfer"."""
    glossary = ding_text("de-en", MOVE)
    text = "Wegen des Streiks wurde der Termin der Konferenz auf den Herbst verlegt."
    assert _senses(glossary, nlp, text, "verlegen", "VERB")[:1] == ("to reschedule for",)


def test_another_object_keeps_the_first_sense(ding_text, nlp):
    """A clinic moving its patients names no Termin: the verb keeps "to transfer"."""
    glossary = ding_text("de-en", MOVE)
    text = "Die Klinik verlegte den Patienten in eine andere Abteilung."
    assert _senses(glossary, nlp, text, "verlegen", "VERB")[:1] == ("to transfer",)


COAT = (
    "etw. mit etw. überziehen {vt} [cook.] | überziehend | überzogen | etw. mit Zucker überziehen :: to coat sth. with sth. | "
    "coating | coated | to coat sth. with sugar\n"
    "etw. überziehen {vt} [fin.] | überziehend | überzogen | sein Konto überziehen :: to overdraw sth. | overdrawing | overdrawn\n"
    "etw. übertreiben; überziehen {vt} | übertreibend; überziehend | übertrieben; überzogen :: to overdo sth. | overdoing | overdone\n"
    "bedeckt; überzogen {adj} :: covered\n"
    "überzogen; übertrieben {adj} | überzogene Erwartungen :: inflated; exaggerated\n"
)


def test_a_participle_with_its_verbs_preposition_means_that_verbs_sense(ding_text, nlp):
    """"Eine Goldmedaille besteht aus reinem Silber, die mit mindestens 6 Gramm Gold überzogen
    ist" (Olympia): coated with, Ding's "etw. mit etw. überziehen", not the adjective's
    "covered; inflated"."""
    glossary = ding_text("de-en", COAT)
    text = "Die Torte ist mit dunkler Schokolade überzogen."
    sentence = _article_sentence(nlp, text)
    token = next(t.i for t in sentence.tokens if t.text == "überzogen")
    assert glossary.senses("überzogen", "ADJ", sentence=sentence, token_i=token)[:1] == ("coated with",)


def test_a_participle_without_the_preposition_keeps_the_adjectives_senses(ding_text, nlp):
    """"Die Forderungen der Gewerkschaft sind völlig überzogen": no "mit", the adjective's own
    senses stand."""
    glossary = ding_text("de-en", COAT)
    text = "Die Forderungen der Gewerkschaft sind völlig überzogen."
    sentence = _article_sentence(nlp, text)
    token = next(t.i for t in sentence.tokens if t.text == "überzogen")
    assert "coated with" not in glossary.senses("überzogen", "ADJ", sentence=sentence, token_i=token)


def _article_sentence(nlp, text: str):
    from test_gloss_s15 import _article

    return _article(nlp, text).sentences[0]


def test_a_relative_clauses_participle_with_mit_is_coated_too(ding_text, nlp):
    """The judged sentence's form: the participle closes a relative clause ("…, das mit Gold
    überzogen ist"), where the analysis reads it as überziehen's participle."""
    glossary = ding_text("de-en", COAT)
    text = "Die Medaille besteht aus reinem Silber, das mit sechs Gramm Gold überzogen ist."
    sentence = _article_sentence(nlp, text)
    token = next(t.i for t in sentence.tokens if t.text == "überzogen")
    assert glossary.senses("überzogen", "ADJ", sentence=sentence, token_i=token)[:1] == ("coated with",)


def test_the_participle_names_its_verb_and_its_variant():
    """überzogen is the inseparable überziehen's participle (the separable one's is übergezogen);
    an adjective that is no participle names no verb."""
    from quizgen.extraction.word_facts import participle_of

    assert participle_of("überzogen") == "überziehen"
    assert participle_of("schnell") == ""
