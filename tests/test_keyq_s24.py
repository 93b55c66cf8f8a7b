"""Key questions of round 22 the sheets missed (issue 12): the steps of a process, told as a
chain of impersonal present-tense clauses tied by words of sequence ("Wie wird aus der Pflanze
fertiger Tabak (Schritte)?")."""

from __future__ import annotations

from test_keyq_s23 import _asked

STEPS = "Was geschieht nacheinander mit {}? Nenne drei Schritte in der richtigen Reihenfolge."

CHEESE = ("Käse ist ein Lebensmittel aus Milch. Es gibt viele Sorten.\n\n"
          "Die frische Milch wird zuerst in einem großen Kessel erwärmt. Dann wird die warme Milch mit Lab "
          "dick gemacht. Die dicke Milch wird anschließend in kleine Stücke geschnitten. Die Stücke werden "
          "schließlich in Formen gepresst.")


def test_a_chain_of_passive_steps_asks_for_the_steps_in_order(nlp):
    asked = _asked(nlp, "Käse", CHEESE)
    answer = asked.get(STEPS.format("der Milch"))
    assert answer is not None, asked
    steps = answer.split("; ")
    assert steps[0] == "die frische Milch in einem großen Kessel erwärmen", steps
    assert steps[2] == "die dicke Milch in kleine Stücke schneiden", steps
    assert len(steps) == 4, steps


BREAD = ("Brot ist ein Lebensmittel aus Mehl.\n\n"
         "Zuerst mischt man das Mehl mit Wasser und Salz zu einem Teig. Dann legt man den Teig in eine Form. "
         "Danach lässt man den Teig eine Stunde ruhen. Zum Schluss backt man den Teig im Ofen.")


def test_steps_with_man_are_restated_as_infinitives(nlp):
    asked = _asked(nlp, "Brot", BREAD)
    answer = asked.get(STEPS.format("dem Teig"))
    assert answer is not None, asked
    assert answer.split("; ")[0] == "den Teig in eine Form legen", answer
    assert answer.split("; ")[1] == "den Teig eine Stunde ruhen lassen", answer
    assert answer.split("; ")[-1] == "den Teig im Ofen backen", answer


def test_facts_without_words_of_sequence_ask_no_steps(nlp):
    # the same kind of clauses, but a list of facts: nothing says one follows the other
    text = ("Käse ist ein Lebensmittel aus Milch.\n\n"
            "Die frische Milch wird in vielen Ländern erwärmt. Die warme Milch wird oft mit Lab dick gemacht. "
            "Die dicke Milch wird in manchen Käsereien in Stücke geschnitten. Die Stücke werden in Formen gepresst.")
    asked = _asked(nlp, "Käse", text)
    assert not [p for p in asked if "nacheinander" in p], asked


def test_steps_told_by_a_pronoun_or_a_person_are_no_process(nlp):
    # "er" and a named agent: a story of what someone did, not a procedure
    text = ("Paul ist Bäcker.\n\n"
            "Zuerst wird die Milch von Paul erwärmt. Dann wird sie mit Lab dick gemacht. "
            "Die dicke Milch wird anschließend von Paul geschnitten. Die Stücke werden schließlich von Paul gepresst.")
    asked = _asked(nlp, "Paul", text)
    assert not [p for p in asked if "nacheinander" in p], asked


HUNGARY = ("Ungarisch ist eine Sprache in Mitteleuropa.\n\n"
           "Nach dem Jahr 1867 wurde in den Randgebieten des Königreichs eine Politik der intensiven Magyarisierung "
           "verfolgt, also der erzwungenen Durchsetzung des Ungarischen gegenüber den Regionalsprachen. "
           "Die Magyarisierung machte viele Menschen in den Randgebieten unzufrieden.")


def test_a_term_explained_after_also_asks_what_it_means(nlp):
    asked = _asked(nlp, "Ungarische Sprache", HUNGARY)
    assert asked.get("Was versteht man unter Magyarisierung?") == \
        "die erzwungene Durchsetzung des Ungarischen gegenüber den Regionalsprachen", asked


def test_an_adjective_of_the_term_goes_to_the_dative_after_unter(nlp):
    text = ("Die Inseln liegen weit draußen im Meer.\n\n"
            "Einzelne Pflanzengruppen haben eine adaptive Radiation, also eine Vermehrung der Arten, durch Besetzung "
            "von freien ökologischen Nischen erfahren. Die Radiation kann man auf den Inseln gut beobachten.")
    asked = _asked(nlp, "Galapagosinseln", text)
    assert asked.get("Was versteht man unter adaptiver Radiation?") == "eine Vermehrung der Arten", asked


def test_a_term_the_text_names_once_is_an_aside(nlp):
    # the text never comes back to the term: a specialist aside, not what the text is about
    text = ("Die Inseln liegen weit draußen im Meer.\n\n"
            "Einzelne Pflanzengruppen haben eine adaptive Radiation, also eine Vermehrung der Arten, durch Besetzung "
            "von freien ökologischen Nischen erfahren.")
    asked = _asked(nlp, "Galapagosinseln", text)
    assert not [p for p in asked if p.startswith("Was versteht man unter")], asked


def test_also_before_a_clause_or_a_number_asks_no_meaning(nlp):
    # "also" that sums up a number or leads into a verb phrase explains no term
    text = ("Das Fahrrad ist ein Verkehrsmittel.\n\n"
            "Die meisten Wege in der Stadt sind kürzer als fünf Kilometer, also mit einem Fahrrad gut zu schaffen. "
            "Die Nachricht besteht aus elf Kombinationen, also 55 Bits.")
    asked = _asked(nlp, "Fahrrad", text)
    assert not [p for p in asked if p.startswith("Was versteht man unter")], asked


PAINTER = ("Vermeer war ein Maler aus den Niederlanden. Er wurde in Delft geboren.\n\n"
           "Sein Vater war ein reicher Händler, und der junge Vermeer sollte an die Universität. "
           "Statt dessen begann er zu malen.")


def test_a_plan_and_what_happened_instead_are_asked_together(nlp):
    asked = _asked(nlp, "Vermeer", PAINTER)
    assert asked.get("Was sollte der junge Vermeer eigentlich tun, und was geschah stattdessen?") == \
        "an die Universität gehen; er begann zu malen", asked


def test_a_plan_the_text_does_not_turn_from_asks_nothing_instead(nlp):
    # "Danach" tells what came next, not that the plan failed
    text = PAINTER.replace("Statt dessen begann er zu malen.", "Danach begann er zu malen.")
    asked = _asked(nlp, "Vermeer", text)
    assert not [p for p in asked if "stattdessen" in p], asked


JOURNEY = ("Amelia Earhart war eine Pilotin aus den USA.\n\n"
           "Im Jahr 1932 flog sie allein über den Atlantik. Während des Flugs gab es einige Probleme. "
           "So geriet sie in einen Sturm. Außerdem fror das Eis an den Flügeln fest. Nach 15 Stunden landete sie in Irland.")


def test_a_list_announced_by_einige_is_asked_with_its_members(nlp):
    asked = _asked(nlp, "Amelia Earhart", JOURNEY)
    answer = asked.get("Welche Probleme gab es während des Flugs? Nenne zwei.")
    assert answer is not None, asked
    assert answer.split("; ")[0] == "sie geriet in einen Sturm", answer
    assert len(answer.split("; ")) == 2, answer


def test_an_announcement_without_members_asks_no_list(nlp):
    # the next sentence tells what came next, not a first member ("So", "Zum Beispiel")
    text = JOURNEY.replace("So geriet sie", "Dann geriet sie")
    asked = _asked(nlp, "Amelia Earhart", text)
    assert not [p for p in asked if p.startswith("Welche Probleme")], asked
