"""Clause segmentation (issue 12): a colon HanTa tags as a bracket still ends its clause."""

from __future__ import annotations

from test_topology_s13 import _clauses, _role


def test_a_main_clause_after_a_colon_is_a_clause_of_its_own(nlp):
    # HanTa tags this colon "$(" (a bracket), not "$.": the second clause used to swallow the first
    _, clauses = _clauses(nlp, "Der Hungerstreik veränderte die politische Landschaft in Nordirland: Nach 1981 "
                               "erzielte die Partei Sinn Féin erhebliche Wahlerfolge.")
    assert [c.lemma for c in clauses] == ["verändern", "erzielen"]
    assert _role(clauses[0], "subject") == ["Der Hungerstreik"] and _role(clauses[0], "object_acc") == ["die politische Landschaft"]
    assert _role(clauses[1], "subject") == ["die Partei Sinn Féin"]


def test_brackets_stay_inside_their_clause(nlp):
    _, clauses = _clauses(nlp, "Die Stadt (gegründet 1900) liegt am Fluss.")
    assert [c.lemma for c in clauses] == ["liegen"] and _role(clauses[0], "subject") == ["Die Stadt"]


def test_an_extended_attribute_may_hold_a_phrase_with_its_own_article(nlp):
    _, clauses = _clauses(nlp, "Das CPHC gab am 8. September seine letzte Warnung zu dem im Übergang zu einem "
                               "außertropischen System befindlichen Sturm aus.")
    assert [c.text for c in clauses[0].constituents if c.preposition == "zu"] == [
        "zu dem im Übergang zu einem außertropischen System befindlichen Sturm"]


def test_an_article_inside_a_relative_clause_still_owns_its_noun(nlp):
    _, clauses = _clauses(nlp, "Dort traf er die Frau, mit der er die noch fehlende Erfahrung erwarb.")
    assert _role(clauses[1], "object_acc") == ["die noch fehlende Erfahrung"]


def test_a_year_before_an_amount_is_a_time_of_its_own(nlp):
    _, clauses = _clauses(nlp, "Der Umsatz betrug 2012 rund 4 Milliarden Euro.")
    assert _role(clauses[0], "time") == ["2012"] and _role(clauses[0], "object_acc") == ["rund 4 Milliarden Euro"]


def test_a_grouped_number_ends_its_sentence(nlp):
    # "476.835." is no ordinal: the full stop ends the sentence, the number is the amount
    sentence, clauses = _clauses(nlp, "Nach der Volkszählung von 2011 hat der Distrikt 476.835 Einwohner. "
                                      "Die Einwohnerzahl betrug 2001 noch 372.613.")
    assert sentence.tokens[-1].text == "." and "372.613" in [c.text for c in clauses[0].constituents]


def test_a_copula_noun_keeps_its_attribute_and_an_adverbial_adjective_is_no_second_predicative(nlp):
    _, clauses = _clauses(nlp, "Die Afrikameisterschaft für Frauen 2006 war gleichzeitig die Qualifikation für die Weltmeisterschaft.")
    assert _role(clauses[0], "predicative") == ["die Qualifikation für die Weltmeisterschaft"]


def test_a_singular_noun_after_a_span_of_years_is_its_own_phrase(nlp):
    _, clauses = _clauses(nlp, "Er studierte von 1944 bis 1946 Chemie in Birmingham.")
    assert _role(clauses[0], "time") == ["von 1944 bis 1946"] and _role(clauses[0], "object_acc") == ["Chemie"]


def test_a_verb_after_a_comma_with_an_object_pronoun_continues_the_subjects_actions(nlp):
    # Martin Kamen: the second clause has no subject of its own; "ihn" cannot be one
    _, clauses = _clauses(nlp, "Die Anschuldigungen erwiesen sich später als unhaltbar, brachten ihn damals aber in "
                               "eine verzweifelte Lage.")
    assert [c.kind for c in clauses] == ["main", "coordinated"]
    assert _role(clauses[1], "subject") == ["Die Anschuldigungen"] and _role(clauses[1], "object_acc") == ["ihn"]


def test_a_place_after_an_institutions_name_stays_in_its_phrase(nlp):
    _, clauses = _clauses(nlp, "Von 1961 bis 1978 war er Professor an der University of California, San Diego.")
    assert len(clauses) == 1
    assert _role(clauses[0], "predicative") == ["Professor an der University of California, San Diego"]


def test_names_listed_after_a_comma_stay_one_enumeration(nlp):
    _, clauses = _clauses(nlp, "Er traf Merkel, Macron und Biden.")
    assert _role(clauses[0], "object_acc") == ["Merkel, Macron und Biden"]


def test_an_article_before_an_extended_attribute_after_a_comma_opens_an_infinitive_clause(nlp):
    # Act of Union: "den" is no relative pronoun; the year inside the attribute says nothing of the case
    _, clauses = _clauses(nlp, "Eine ruhigere Kriegsphase im Jahr 1800 erlaubte es William Pitt, den seit 1798 "
                               "anhaltenden Aufstand in Irland niederzuwerfen.")
    infinitive = next(c for c in clauses if c.kind == "zu_infinitive")
    assert infinitive.lemma == "niederwerfen"
    assert _role(infinitive, "object_acc") == ["den seit 1798 anhaltenden Aufstand in Irland"]


def test_two_nouns_whose_case_and_number_disagree_are_two_phrases(nlp):
    _, clauses = _clauses(nlp, "Sie gab den Kindern Geld.")
    assert _role(clauses[0], "object_dat") == ["den Kindern"]
    _, clauses = _clauses(nlp, "Er trank mit einer Flasche Wein.")
    assert [c.text for c in clauses[0].constituents if c.preposition == "mit"] == ["mit einer Flasche Wein"]


def test_a_noun_of_view_keeps_its_auf_phrase(nlp):
    # Qin Shihuangdi (round 18, bad): "Wo änderte sich die offizielle Sichtweise … auf Qin Shihuangdi …?" lost its phrase
    _, clauses = _clauses(nlp, "Ab etwa 1972 änderte sich in der Volksrepublik China die offizielle Sichtweise auf "
                               "Qin Shihuangdi erneut radikal.")
    assert _role(clauses[0], "subject") == ["die offizielle Sichtweise auf Qin Shihuangdi"]


def test_a_participle_read_as_a_finite_verb_closes_its_extended_attribute(nlp):
    # US embassy in Jerusalem: "verabschiedeten" was the clause's verb, "Jerusalem" a place
    _, clauses = _clauses(nlp, "Die Verlegung beruht auf dem 1995 vom Kongress der Vereinigten Staaten verabschiedeten "
                               "Jerusalem Embassy Act, der die Verlegung zum 31. Dezember 1999 vorsah.")
    assert clauses[0].lemma == "beruhen"
    assert _role(clauses[0], "object_prep") == [
        "auf dem 1995 vom Kongress der Vereinigten Staaten verabschiedeten Jerusalem Embassy Act"]


def test_als_the_tagger_read_as_a_conjunction_compares(nlp):
    _, clauses = _clauses(nlp, "Am 6. Dezember 2017 erkannte er, gemäß einem Wahlversprechen, Jerusalem als Israels Hauptstadt an.")
    assert _role(clauses[0], "object_acc") == ["Jerusalem"] and len(clauses) == 1
    _, clauses = _clauses(nlp, "Sie liebt sowohl Äpfel als auch Birnen.")
    assert _role(clauses[0], "object_acc") == ["sowohl Äpfel als auch Birnen"]
