"""Session 31: more kinds of changed richtig/falsch statements, each from a contrast the text
itself draws (``statements.contrast``)."""

from __future__ import annotations

from test_statements_recovered import _analysis

from quizgen.generation.statements import candidates, contrast
from quizgen.model import FALSE


def _contrasts(nlp, tmp_path, text: str) -> dict[str, str]:
    analysis = _analysis(nlp, tmp_path, text)
    found = {}
    for base in candidates(analysis):
        made = contrast(analysis, base)
        if made is not None:
            assert made[1] == FALSE and made[3] == "statement-contrast"
            found[base.sentence.text] = made[0]
    return found


def test_the_attribute_of_the_other_thing_the_sentence_contrasts(nlp, tmp_path):
    """"Der weibliche Teil …, die männlichen Teile …": the statement says of the male part
    what the text says of the female one, the ending kept ("weibliche" → "männliche")."""
    found = _contrasts(nlp, tmp_path, "Die Blüte\n\nDer weibliche Teil der Blüte heißt Narbe, "
                       "die männlichen Teile sind die Staubbeutel mit den Pollen.\n")
    assert set(found.values()) == {"Der männliche Teil der Blüte heißt Narbe."}, found


def test_no_contrast_where_the_other_thing_does_something_else(nlp, tmp_path):
    """"Leichter Wind steht dem Pilzbefall entgegen, starker Wind … zerstört die Blätter":
    whether strong wind keeps fungus away too the text does not say, so "Starker Wind steht dem
    Pilzbefall entgegen" is not clearly falsch; with the same verb and other words it is."""
    found = _contrasts(nlp, tmp_path, "Tabak\n\nLeichter Wind steht dem Pilzbefall entgegen, "
                       "starker Wind und Hagel zerstören die Blätter.\n\n"
                       "Kleine Hunde fressen in der Regel vor allem Gemüse und Obst, "
                       "große Hunde fressen dagegen vor allem Fleisch.\n")
    assert not any("Starker Wind" in prompt for prompt in found.values()), found
    assert "Kleine Hunde fressen vor allem Fleisch." in found.values(), found


def test_no_contrast_without_one_in_the_text(nlp, tmp_path):
    """Two attributes of one noun in two sentences the text does not set against each other
    ("Lange Vokale …", "Kurze Vokale …"), or a clause that says the same of both: nothing."""
    found = _contrasts(nlp, tmp_path, "Vokale\n\nLange Vokale können in allen Wortsilben vorkommen. "
                       "Kurze Vokale werden stets geschlossen ausgesprochen.\n\n"
                       "Große Scheunen stehen auf dem Hof, kleine Scheunen stehen auf dem Hof.\n")
    assert found == {}, found


def test_across_sentences_only_with_the_texts_contrast_word(nlp, tmp_path):
    """Two sentences the text sets apart with "dagegen": the same verb with another time is a
    contrast, not the same said twice."""
    found = _contrasts(nlp, tmp_path, "Die Insel\n\nEinheimische Familien besuchen die Insel vor allem im Juli. "
                       "Ausländische Familien besuchen die Insel dagegen lieber im September.\n")
    assert "Ausländische Familien besuchen die Insel vor allem im Juli." in found.values(), found


def test_a_measure_restated_with_its_noun(nlp, tmp_path):
    """"ist 288 Kilometer lang" → "hat eine Länge von 288 Kilometern": true, not a copy; not
    where another word would have to go with the noun ("früher"), never for a figure of one."""
    from quizgen.generation.statements import _restated

    analysis = _analysis(nlp, tmp_path, "Die Aare\n\nDie Aare ist insgesamt 288 Kilometer lang. "
                         "Ein Boot auf der Aare ist 1 Meter breit.\n")
    bases = {base.sentence.text: base for base in candidates(analysis)}
    aare = bases["Die Aare ist insgesamt 288 Kilometer lang."]
    assert aare.text == "Die Aare hat eine Länge von insgesamt 288 Kilometern.", aare.text
    assert _restated(aare)
    assert all("Breite" not in base.text for base in bases.values()), [b.text for b in bases.values()]


def test_the_texts_own_comparison_reversed(nlp, tmp_path):
    """"Die ungarischen Dialekte zeigen weniger … als die deutschen Dialekte": the two attributes
    change places, each keeping its ending; "als" of a role ("als Medizin") is no comparison."""
    found = _contrasts(nlp, tmp_path, "Die Sprache\n\nDie ungarischen Dialekte zeigen weniger starke Abweichungen "
                       "als die deutschen Dialekte. Der alte Tabak wurde in Europa als Medizin verwendet.\n")
    assert set(found.values()) == {"Die deutschen Dialekte zeigen weniger starke Abweichungen als die ungarischen Dialekte."}, found
