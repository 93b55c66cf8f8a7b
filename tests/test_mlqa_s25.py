"""What people ask about a paragraph (MLQA German dev, issue 12, session 25).

People ask the date of a clause in the pluperfect in the perfect or simple past ("Wann wurde
Kaiser Haile Selassie gestürzt? – 1974"); the generator asked "Wann hatte … gestürzt?", which the
teacher filter refuses as background, and so lost the question. Real sentences (MLQA contexts,
shortened) through the offline pipeline."""

from __future__ import annotations

from test_mlqa_s23 import _asked

DERG = ("1974 hatte die Derg-Militärjunta den abessinischen Kaiser Haile Selassie gestürzt, sich aber bald in "
        "interne Machtkämpfe verstrickt.")


def test_the_date_of_a_pluperfect_clause_is_asked_in_the_perfect(nlp):
    # Äthiopien (MLQA): "Wann wurde Kaiser Haile Selassie gestürzt?" – 1974
    asked = _asked(nlp, "Äthiopien", DERG)
    assert asked["Wann hat die Derg-Militärjunta Haile Selassie gestürzt?"].answer == "1974"
    assert not [p for p in asked if p.startswith(("Wann hatte", "In welchem Jahr hatte"))]


def test_a_state_in_the_past_keeps_war(nlp):
    # "waren … gestellt" is a state, no pluperfect of "sein": "Wann sind … gestellt?" would be the present
    asked = _asked(nlp, "Galapagosinseln", "1968 waren 97 Prozent der Landfläche unter Schutz des Nationalparks gestellt.")
    assert asked["Wann waren 97 Prozent der Landfläche unter Schutz des Nationalparks gestellt?"].answer == "1968"


def test_a_pluperfect_asked_for_no_time_keeps_its_tense(nlp):
    # only the date reads as background; "Wen hatte …?" asks what the text says
    asked = _asked(nlp, "Äthiopien", DERG)
    assert "Wen hatte die Derg-Militärjunta 1974 gestürzt?" in asked


def test_a_simple_past_time_question_is_left_as_it_is(nlp):
    asked = _asked(nlp, "Anna Schmidt", "Anna Schmidt zog 1912 mit ihrer Familie nach Berlin.")
    assert asked["Wann zog Anna Schmidt mit ihrer Familie nach Berlin?"].answer == "1912"


def test_an_undated_pluperfect_is_not_turned_into_a_perfect(nlp):
    # Aare (judged bad twice in tests/judged/comprehension.md): "nach regenreichem Mai und Juni" dates the clause against
    # the flood of 1480; asked in the perfect it would still lose that flood, and "1480" answers it
    asked = _asked(nlp, "Aare", (
        "Im Juli 1480 kam es zum Magdalenenhochwasser. Nach regenreichem Mai und Juni hatte eine Hitzewelle die "
        "Schneeschmelze in den Alpen beschleunigt."))
    assert not [p for p in asked if p.startswith("Wann hat eine Hitzewelle")]


def test_a_name_adjective_left_out_does_not_pass_a_copied_question(nlp):
    # Galapagosinseln: "Mit welcher Hauptstadt bilden die Galapagosinseln die gleichnamige Provinz
    # Galapagos?" was judged bad three times and edit five times; only a title counts as spared
    asked = _asked(nlp, "Galapagosinseln", (
        "Die Galapagosinseln gehören zu Ecuador und bilden die gleichnamige Provinz Galapagos mit der Hauptstadt "
        "Puerto Baquerizo Moreno."))
    assert not [p for p in asked if p.startswith("Mit welcher Hauptstadt")]
