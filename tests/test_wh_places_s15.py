"""A place and the named wider place right after it answer "Wo" together (session 15)."""

from __future__ import annotations

from test_wh import _asked


def test_a_town_and_its_region_are_one_answer(nlp):
    asked = _asked(nlp, "Charles Lindbergh wurde in Detroit im Bundesstaat Michigan geboren.")
    assert asked.get("Wo wurde Charles Lindbergh geboren?") == "in Detroit im Bundesstaat Michigan"


def test_a_bracket_between_them_stays_in_the_answer(nlp):
    asked = _asked(nlp, "Die Sängerin Anna Berger wurde 1950 in Tiruchirappalli (Trichinopoly) in Südindien geboren.")
    assert [answer for prompt, answer in asked.items() if prompt.startswith("Wo ")] == [
        "in Tiruchirappalli (Trichinopoly) in Südindien"]


def test_a_second_place_without_a_name_is_not_joined(nlp):
    # "in einem Krankenhaus" is no wider place of Detroit: neither phrase alone answers "Wo"
    asked = _asked(nlp, "Charles Lindbergh wurde in Detroit in einem kleinen Krankenhaus geboren.")
    assert not [prompt for prompt in asked if prompt.startswith("Wo ")]


def test_no_role_question_from_a_naming_clause(nlp):
    asked = _asked(nlp, "Der 1898 fertiggestellte Bau wurde zuerst George Street Market genannt.")
    assert not [prompt for prompt in asked if prompt.startswith(("Wer ", "Was "))], asked
