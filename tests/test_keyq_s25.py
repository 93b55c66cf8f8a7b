"""Key questions of round 23 the sheets missed (issue 12): why someone is famous when the text
gives the reason as deeds, a verdict on them and a "deshalb" ("Warum ist Lindbergh in den USA
ein Nationalheld?")."""

from __future__ import annotations

from test_keyq_s23 import _asked

LINDBERGH = ("Charles Lindbergh war ein berühmter Pilot und Schriftsteller aus den USA. "
             "Er schaffte es als erster Mensch alleine mit einem Flugzeug über den Atlantik zu fliegen. "
             "Ohne Halt ging es von New York nach Paris. Das war damals ein großer Meilenstein in der Luftfahrt. "
             "In den USA ist er deshalb ein Nationalheld.\n\n"
             "Lindbergh wurde im Jahr 1902 in Detroit geboren.")


def test_deshalb_after_a_verdict_is_answered_by_the_deeds_it_judges(nlp):
    asked = _asked(nlp, "Charles Lindbergh", LINDBERGH)
    answer = asked.get("Warum ist Charles Lindbergh in den USA ein Nationalheld?")
    assert answer is not None, asked
    assert answer.startswith("Charles Lindbergh schaffte es als erster Mensch alleine"), answer
    assert "Meilenstein" not in answer and "Er " not in answer, answer


AMUNDSEN = ("Roald Amundsen war ein Forscher aus Norwegen.\n\n"
            "Im Jahr 1911 erreichte er mit vier Begleitern als erster Mensch den Südpol. "
            "Das war eine große Leistung. In Norwegen wird er deshalb bis heute verehrt.")


def test_the_verdict_rule_holds_for_another_text(nlp):
    asked = _asked(nlp, "Roald Amundsen", AMUNDSEN)
    answer = next((a for p, a in asked.items() if p.startswith("Warum wird Roald Amundsen")), None)
    assert answer is not None, asked
    assert "Südpol" in answer and "Leistung" not in answer, answer


OPENING = ("Roald Amundsen war ein Forscher aus Norwegen. Das war damals ein seltener Beruf. "
           "In Norwegen wird er deshalb bis heute verehrt.")


def test_a_verdict_on_the_opening_sentence_gives_no_reason(nlp):
    """A sentence that says what someone is introduces the topic; a verdict on it is no deed to ask about."""
    asked = _asked(nlp, "Roald Amundsen", OPENING)
    assert not any(p.startswith("Warum wird") for p in asked), asked


REMBRANDT = ("Rembrandt Harmenszoon van Rijn war ein Maler aus den Niederlanden. "
             "Er lebte vor 400 Jahren und war schon damals sehr bekannt für seine Porträts von anderen Menschen "
             "und von sich selbst.\n\n"
             "Rembrandt ist dafür bekannt, dass er besonders gut das Licht malen konnte, wie es auf ein Gesicht strahlt.")


def test_two_statements_of_fame_make_one_question_with_two_points(nlp):
    asked = _asked(nlp, "Rembrandt", REMBRANDT)
    answer = asked.get("Wofür war Rembrandt bekannt? Nenne zwei Dinge.")
    assert answer is not None, asked
    assert answer.split("; ") == ["für seine Porträts von anderen Menschen und von sich selbst",
                                  "dass er besonders gut das Licht malen konnte"], answer


MOZART = ("Wolfgang Amadeus Mozart war ein Komponist aus Salzburg. Als Kind war er in ganz Europa berühmt für "
          "sein Klavierspiel.\n\n"
          "Mozart ist heute vor allem dafür bekannt, dass er mehr als 600 Werke geschrieben hat.\n\n"
          "Salzburg ist bekannt für seine Altstadt.")


def test_the_points_belong_to_one_and_the_same(nlp):
    """Mozart's two points are asked together; Salzburg's one point is no part of them."""
    asked = _asked(nlp, "Wolfgang Amadeus Mozart", MOZART)
    answer = asked.get("Wofür war Mozart bekannt? Nenne zwei Dinge.")
    assert answer is not None, asked
    assert "Klavierspiel" in answer and "600 Werke" in answer and "Altstadt" not in answer, answer
    assert not any("Salzburg" in p and "Nenne" in p for p in asked), asked


BADMINTON = ("Badminton, sprich: Bädminten, ist eine Sportart. Man schlägt dabei einen Ball mit Schlägern, "
             "ähnlich wie beim Tennis. Der Ball ist aus Plastik. Damit er besser geradeaus fliegt, hat er Federn. "
             "Der Ball darf den Boden nicht berühren und muss über ein Netz geschlagen werden.\n\n"
             "Schon vor 3000 Jahren spielte man so etwas Ähnliches im alten China.")


def test_a_sport_is_asked_how_it_is_played_with_two_points(nlp):
    asked = _asked(nlp, "Badminton", BADMINTON)
    answer = asked.get("Wie spielt man Badminton? Nenne zwei Dinge.")
    assert answer is not None, asked
    assert answer.split("; ") == ["einen Ball mit Schlägern schlagen",
                                  "der Ball darf den Boden nicht berühren und muss über ein Netz geschlagen werden"], answer


CURLING = ("Curling ist eine Sportart auf dem Eis. Man schiebt schwere Steine über das Eis. "
           "Die Steine müssen möglichst nah an die Mitte eines Kreises kommen.")
CASTLE = ("Eisenstadt ist eine Stadt in Österreich. Man sieht dort ein großes Schloss. "
          "Besucher müssen für das Schloss Eintritt bezahlen.")


def test_only_a_game_is_asked_how_it_is_played(nlp):
    asked = _asked(nlp, "Curling", CURLING)
    assert "Wie spielt man Curling? Nenne zwei Dinge." in asked, asked
    assert not any(p.startswith("Wie spielt man") for p in _asked(nlp, "Eisenstadt", CASTLE))


CHESS = ("Schach ist ein Brettspiel für zwei Personen. Man nennt Schach auch das königliche Spiel. "
         "Man findet Schachspieler in fast allen Ländern der Welt. Jeder Spieler hat 16 Figuren.")


def test_what_people_know_of_a_game_is_no_way_to_play_it(nlp):
    """"Man kennt …", "Man findet …" say what people know, not how the game goes."""
    assert not any(p.startswith("Wie spielt man") for p in _asked(nlp, "Schach", CHESS))


def test_the_one_point_question_gives_way_to_the_two_point_one(nlp):
    """Round 24: the sheet asked "Wofür ist Rembrandt bekannt? – dass er besonders gut das Licht
    malen konnte", which blocked the whole answer; the pool keeps only the question for both."""
    asked = _asked(nlp, "Rembrandt", REMBRANDT)
    assert "Wofür war Rembrandt bekannt? Nenne zwei Dinge." in asked, asked
    assert not [p for p, a in asked.items() if p.startswith("Wofür") and "Nenne" not in p and a in
                asked["Wofür war Rembrandt bekannt? Nenne zwei Dinge."].split("; ")], asked
