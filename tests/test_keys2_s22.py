"""Core words a teacher marks by (issue 12, session 22, round 21's readers): "sinngemäß richtig
mit: …" copied the text's wording, so a student who understood but paraphrased was marked wrong:
"Koalitionskrieg" for "Was geschah 1809 mit Eisenstadt?", "Abend, 21." for where Lindbergh
landed, "zerklüftet" for why one can bathe in the Aare, "Produktion" against "mehr Raketen
herstellen", no core at all for "besuchte Munitionsfabriken". On real German sentences run through
the offline pipeline, up to the self-check page in headless Chromium: right in other words, wrong,
negated."""

from __future__ import annotations

import pytest
from test_browser import CHROMIUM
from test_core_words_s21 import _keyed
from test_keys_s22 import _verdicts

from quizgen.generation import keys

KIM = "Am Wochenende besuchte er Munitionsfabriken, die taktische Raketen herstellen."
LINDBERGH = "Nach 33 Stunden landete Lindbergh am Abend des 21. Mai in Paris."
EISENSTADT = "1809 wurde Eisenstadt während der Koalitionskriege von französischen Truppen besetzt."
AARE = "Man kann gefahrlos in der Aare baden, denn das Flussufer ist wenig zerklüftet und vielerorts gut zugänglich."
WEAPONS = "Kim Jong Un hat die Rüstungsindustrie aufgefordert, die Produktion von Raketen und Artillerie zu steigern."


def _core(nlp, text: str, prompt: str, answer: str, skill: str) -> tuple[str, ...]:
    return _keyed(nlp, text, prompt, answer, skill)[0].core


def test_a_deed_of_two_words_is_marked_by_its_verb_and_noun(nlp):
    core = _core(nlp, KIM, "Was tat Kim Jong Un am Wochenende?", "besuchte Munitionsfabriken", "was-tat")
    assert len(core) == 2 and core[1] == "Munitionsfabrik/Fabrik"
    assert keys.core_stem(core[0]).startswith("besuch")
    assert keys.core_stem(core[1]) == "fabrik"  # "Fabriken besucht" names them too


def test_a_time_phrase_is_no_core_word(nlp):
    """"am Abend des 21. Mai", "während der Koalitionskriege" say when, not what happened."""
    core = _core(nlp, LINDBERGH, "Was tat Charles Lindbergh nach 33 Stunden?", "landete am Abend des 21. Mai in Paris", "was-tat")
    assert "Paris" in core and not {"Abend", "21.", "Mai"} & set(core)
    core = _core(nlp, EISENSTADT, "Was geschah 1809 mit Eisenstadt?",
                 "wurde während der Koalitionskriege von französischen Truppen besetzt", "was-geschah-mit")
    assert core == ("Truppe", "besetzen")


def test_adjectives_beyond_two_core_words_are_wording(nlp):
    """The rarest adjective goes first, with the "wenig" that grades it; two words stay."""
    core = _core(nlp, AARE, "Warum kann man gefahrlos in der Aare baden?",
                 "Das Flussufer ist wenig zerklüftet und vielerorts gut zugänglich", "warum")
    assert core == ("Flussufer/Ufer", "zugänglich")  # the short head printed (session 25)


def test_an_action_on_an_object_is_marked_by_the_object_and_more(nlp):
    """"die Produktion von Raketen steigern": the Raketen and "more" carry it, not "Produktion"."""
    core = _core(nlp, WEAPONS, "Wozu hat Kim Jong Un die Rüstungsindustrie aufgefordert?",
                 "die Produktion von Raketen und Artillerie zu steigern", "wozu")
    assert core == ("Rakete", "Artillerie", "steigern/mehr")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_the_self_check_accepts_a_teachers_answers_and_refuses_wrong_and_negated(nlp, tmp_path):
    cases = [
        (KIM, "Was tat Kim Jong Un am Wochenende?", "besuchte Munitionsfabriken", "was-tat",
         ["Er hat Munitionsfabriken besucht", "Fabriken besucht", "Er besuchte Schulen", "Er hat keine Fabriken besucht"]),
        (LINDBERGH, "Was tat Charles Lindbergh nach 33 Stunden?", "landete am Abend des 21. Mai in Paris", "was-tat",
         ["Er landete in Paris", "Er ist in Paris gelandet", "Er landete in London", "Er landete nicht in Paris"]),
        (EISENSTADT, "Was geschah 1809 mit Eisenstadt?", "wurde während der Koalitionskriege von französischen Truppen besetzt",
         "was-geschah-mit", ["Französische Truppen haben die Stadt besetzt", "Truppen besetzten sie",
                             "Die Truppen verließen die Stadt", "Die Stadt wurde nicht von Truppen besetzt"]),
        (WEAPONS, "Wozu hat Kim Jong Un die Rüstungsindustrie aufgefordert?",
         "die Produktion von Raketen und Artillerie zu steigern", "wozu",
         ["mehr Raketen und Artillerie herzustellen", "die Produktion von Raketen und Artillerie zu steigern",
          "weniger Raketen und Artillerie herzustellen", "keine Raketen und Artillerie mehr herzustellen"]),
    ]
    for text, prompt, answer, skill, tries in cases:
        question, analysis = _keyed(nlp, text, prompt, answer, skill)
        assert _verdicts(tmp_path, analysis, question, tries) == ["Richtig", "Richtig", "Leider falsch", "Leider falsch"], prompt


def test_a_compound_answer_accepts_its_head_the_text_names_alone(nlp):
    """"Kampfpilot": the text says he became "Pilot" too; not where it never says "Pilot"."""
    text = "Nachdem er sein Studium abgebrochen hatte, wurde er Pilot. Später wurde er Kampfpilot."
    question, _ = _keyed(nlp, text, "Was wurde Charles Lindbergh später?", "Kampfpilot", "was-wurde")
    assert "Pilot" in question.accepted
    question, _ = _keyed(nlp, "Später wurde er Kampfpilot.", "Was wurde Charles Lindbergh später?", "Kampfpilot", "was-wurde")
    assert "Pilot" not in question.accepted


def test_a_capital_lies_in_the_country_it_is_the_capital_of(nlp):
    text = "Sofia ist die Hauptstadt von Bulgarien. Die Stadt liegt im Westen des Landes."
    question, _ = _keyed(nlp, text, "Wo liegt Sofia?", "im Westen des Landes", "wo")
    assert "in Bulgarien" in question.accepted


def test_a_comparison_a_quantity_and_a_lone_predicate_stay(nlp):
    """Without them the answer says another thing: "eine Landeshauptstadt in Österreich" is not
    what is special, "er bekommt Wasser" is no reason, "Elemente kommen vor" not the point."""
    text = "Eisenstadt ist die kleinste Landeshauptstadt in Österreich."
    core = _core(nlp, text, "Was ist das Besondere an Eisenstadt?", "die kleinste Landeshauptstadt in Österreich", "besonderes")
    assert core == ("klein", "Landeshauptstadt/Hauptstadt", "Österreich")
    text = "Der See schrumpft, weil er zu wenig neues Wasser bekommt."
    core = _core(nlp, text, "Warum schrumpft der See?", "weil er zu wenig neues Wasser bekommt", "warum")
    assert "wenig" in core and "Wasser" in core
    text = "Bei längeren Texten wird klar, dass nicht alle Elemente der Zeichenfolge gleich häufig vorkommen."
    core = _core(nlp, text, "Was wird bei längeren Texten klar?", "dass nicht alle Elemente der Zeichenfolge gleich häufig vorkommen", "was")
    assert "häufig" in core


def test_a_point_in_five_words_gets_no_core_by_dropping_adjectives(nlp):
    """"männlich und weiblich" is the point: "enthalten, Teil" would pass "Sie enthalten Teile"."""
    text = "Die meisten Blüten enthalten gleichzeitig die männlichen und die weiblichen Teile."
    core = _core(nlp, text, "Was ist bei den meisten Blüten anders als bei den Menschen?",
                 "Die meisten Blüten enthalten gleichzeitig die männlichen und die weiblichen Teile.", "unterschied")
    assert core == () or {"männlich", "weiblich"} <= set(core)
