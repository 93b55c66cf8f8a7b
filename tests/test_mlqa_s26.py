"""Questions with the context they need to have one answer (issue 12, round 24's readers).

A class that holds only in the case the sentences before set up ("Der Fruchtknoten wird dann als
mittelständig bezeichnet"), an amount whose relative clause says which ones are counted ("der
Anzahl der Ja-/Nein-Fragen, die man … braucht"), what was built at a place without saying when ("Was wurde
in Eisenstadt errichtet?") and a part of the world said for its people ("die Alte Welt") lose the
one answer once the question drops them. Each with the cases that must keep their question.
Real sentences (the judged Wikipedia texts) through the offline pipeline."""

from __future__ import annotations

from test_mlqa_s23 import _asked

BLUETE = ("Werden alle Teile außer dem Fruchtknoten emporgehoben, entsteht eine Blütenröhre, welche die Blütenhülle "
          "und die Staubblätter trägt. Es entsteht ein perigyner Blütenbecher. "
          "Der Fruchtknoten wird dann als mittelständig bezeichnet.")


def test_a_class_said_of_the_case_before_is_not_asked_without_it(nlp):
    # Blüte (Wikipedia), judged bad in round 24: "oberständig" and "unterständig" fit the question as well
    asked = _asked(nlp, "Blüte", BLUETE)
    assert not [p for p in asked if "mittelständig" in str(asked[p].answer) or "Fruchtknoten wird" in p]


def test_a_class_said_without_dann_is_still_asked(nlp):
    asked = _asked(nlp, "Blüte", "Der Vorgang des Blühens wird als Anthese bezeichnet.")
    assert asked["Was wird als Anthese bezeichnet?"].answer == "der Vorgang des Blühens"


def test_a_step_of_a_process_with_dann_is_still_asked(nlp):
    # "dann" orders the steps (Tabak, Klexikon): not a case
    asked = _asked(nlp, "Tabak", "Die kleinen Setzlinge pflanzt man dann in Reihen auf einen Acker.")
    assert asked["Was pflanzt man in Reihen auf einen Acker?"].answer == "die kleinen Setzlinge"


def test_a_noun_kept_without_its_relative_clause_is_no_question(nlp):
    # Information (Wikipedia), judged bad in round 24: "bei einer idealen Fragestrategie" is dropped
    asked = _asked(nlp, "Information", (
        "Im Restaurant fragt der Kellner nach dem Gericht. Der Informationsgehalt einer Nachricht entspricht der "
        "Anzahl der Ja-/Nein-Fragen, die man bei einer idealen Fragestrategie braucht, um sie zu rekonstruieren."))
    assert "Was entspricht der Anzahl der Ja-/Nein-Fragen?" not in asked


def test_a_relative_clause_that_only_adds_may_go(nlp):
    # MLQA (Organtransplantation): "Wann hat die Organtransplantation begonnen?" – 1960er
    asked = _asked(nlp, "China", (
        "China begann erst in den 1960er Jahren mit Organtransplantationen, die zunächst noch eher selten "
        "durchgeführt wurden."))
    assert asked["Wann begann China erst mit Organtransplantationen?"].answer == "in den 1960er Jahren"
    asked = _asked(nlp, "Tabak", "Kolumbus, der Amerika entdeckt hatte, brachte den Tabak 1493 nach Spanien.")
    assert asked["Wann brachte Kolumbus den Tabak nach Spanien?"].answer == "1493"


def test_what_was_built_at_a_place_needs_its_time(nlp):
    # Eisenstadt (Wikipedia), judged in round 24: many things were built in Eisenstadt
    asked = _asked(nlp, "Eisenstadt", (
        "In Eisenstadt wurde eine römisch-katholische Apostolische Administratur errichtet, um die Burgenländer "
        "nicht mehr einem ungarischen Bischof unterzuordnen."))
    assert "Was wurde in Eisenstadt errichtet?" not in asked
    dated = _asked(nlp, "Blüte", "Das ABC-Modell wurde 1991 von E. Coen und E. Meyerowitz aufgestellt.")
    assert dated["Von wem wurde das ABC-Modell 1991 aufgestellt?"].answer == "von E. Coen und E. Meyerowitz"


def test_a_part_of_the_world_is_no_answer_to_wer(nlp):
    # Tabak (Wikipedia), judged bad in round 24: "die Alte Welt" means the Europeans
    text = ("Von der Existenz der Tabakpflanzen und deren Verwendung erfuhr die Alte Welt durch die Fahrten des "
            "Kolumbus nach Amerika.")
    asked = _asked(nlp, "Tabak", text)
    assert not [p for p in asked if p.startswith("Wer") and asked[p].answer == "die Alte Welt"]
    assert "Wovon erfuhr die Alte Welt durch die Fahrten des Kolumbus nach Amerika?" in asked
    people = _asked(nlp, "Tabak", "Die Spanier führten den Tabak 1518 in Europa ein.")
    assert people["Wer führte den Tabak 1518 in Europa ein?"].answer == "die Spanier"


def test_a_bare_noun_that_points_back_is_no_question(nlp):
    # Kasachstan (Klexikon), judged bad in round 22: "die Förderung" of what?
    asked = _asked(nlp, "Kasachstan", (
        "Die Bodenschätze werden in großen Minen abgebaut. Aber die Förderung schafft viele Arbeitsplätze."))
    assert "Was schafft die Förderung?" not in asked
    said = _asked(nlp, "Kasachstan", "Die Förderung der Bodenschätze schafft viele Arbeitsplätze.")
    assert said["Was schafft die Förderung der Bodenschätze?"].answer == "viele Arbeitsplätze"


def test_a_pronoun_resolved_to_a_bare_role_is_no_question(nlp):
    # Charles Lindbergh (Klexikon), judged bad in round 22: "Was erhielt der Mörder?"
    asked = _asked(nlp, "Charles Lindbergh", (
        "Im Jahr 1932 wurde sein Sohn entführt und getötet. In einem großen Gerichtsprozess wurde der Mörder "
        "verurteilt. Er erhielt die Todesstrafe."))
    assert "Was erhielt der Mörder?" not in asked
