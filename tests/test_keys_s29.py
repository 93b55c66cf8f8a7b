"""Keys a teacher can mark with (issue 12, session 29), from round 26's readers: an open question
whose key holds several points says how many it wants ("Was ist das Besondere an der Aare?" had
two superlatives, "Wie werden Blüten bestäubt?" three agents, neither prompt said so), and a part
of a country the text names by a noun ("im Westen des Landes") is right by the country's name too
("im Westen Bulgariens"). On real German sentences run through the offline pipeline."""

from __future__ import annotations

import pytest
from test_browser import CHROMIUM, verdicts_in_quiz
from test_keys_s24 import _analysis
from test_keys_s25 import BESTAEUBUNG, POINTS

from quizgen.generation import keys
from quizgen.model import Question

AARE = ("Die Aare ist der längste Fluss innerhalb der Schweiz. "
        "Sie ist außerdem der wasserreichste Fluss, der in den Rhein strömt.")


def _finished(nlp, text: str, prompt: str, answer: str, skill: str, accepted: tuple[str, ...] = ()) -> Question:
    """The question as ``questions`` hands it on: refined on its sentence, then finished."""
    analysis = _analysis(nlp, text)
    sentence = next(s for s in analysis.sentences if answer.split(";")[0].lower() in s.text.lower())
    question = Question(id="q01", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=sentence.text, skill=skill, accepted=accepted)
    refined = keys.refine_keys([question], analysis)
    assert refined, "the key was refused"
    return keys.finish_keys(refined, analysis)[0]


def test_what_is_special_asks_for_every_point_the_text_makes(nlp):
    """Round 26, Aare (Klexikon 2, Wikipedia 1): "Ask 'Nenne zwei Besonderheiten'": the second
    superlative was only an accepted variant, so one point looked like the whole answer."""
    question = _finished(nlp, AARE, "Was ist das Besondere an der Aare?", "der längste Fluss innerhalb der Schweiz",
                         "besonderes", ("der wasserreichste Fluss, der in den Rhein strömt",))
    assert question.prompt == "Was ist das Besondere an der Aare? Nenne zwei."
    assert str(question.answer).split("; ") == ["der längste Fluss innerhalb der Schweiz",
                                                 "der wasserreichste Fluss, der in den Rhein strömt"]
    assert keys.list_rule(question).startswith("beide, in beliebiger Reihenfolge")


def test_one_superlative_in_other_words_stays_one_point(nlp):
    """The same superlative worded twice ("der Welt", "weltweit") is one point: no count asked."""
    text = "Das Miniatur Wunderland ist die größte Modelleisenbahnanlage der Welt."
    question = _finished(nlp, text, "Was ist das Besondere am Miniatur Wunderland?", "die größte Modelleisenbahnanlage der Welt",
                         "besonderes", ("die größte Modelleisenbahnanlage weltweit",))
    assert "Nenne" not in question.prompt and "; " not in str(question.answer)
    assert "die größte Modelleisenbahnanlage weltweit" in question.accepted


def test_agents_keyed_as_a_list_say_how_many(nlp):
    """Round 26, Blüte (Klexikon) 6: "the key demands three agents without saying so; 'meistens
    durch Insekten' would lose marks"."""
    analysis = _analysis(nlp, BESTAEUBUNG)
    sentence = next(s for s in analysis.sentences if s.text.startswith("Meistens"))
    question = Question(id="q01", type="wh", prompt="Wie werden Blüten bestäubt?", answer=POINTS, sentence=sentence.index,
                        evidence=POINTS, skill="überschrift")
    question = keys.finish_keys([question], analysis)[0]
    assert question.prompt == "Wie werden Blüten bestäubt? Nenne drei."
    assert question.answer == "Insekten, der Wind und der Mensch"
    assert keys.list_rule(question).startswith("alle drei, in beliebiger Reihenfolge")


def test_a_part_of_the_country_is_right_by_its_name(nlp):
    """Round 26 unseen, Sofia 1: "the likeliest answers 'im Westen Bulgariens / im Westen von
    Bulgarien' are missing"."""
    text = "Sofia ist die Hauptstadt von Bulgarien. Die Stadt liegt im Westen des Landes."
    question = _finished(nlp, text, "Wo liegt Sofia?", "im Westen des Landes", "wo", ("in Bulgarien",))
    assert {"im Westen Bulgariens", "im Westen von Bulgarien"} <= set(question.accepted)
    text = "Die Stadt liegt im Norden des Landes. Sie ist bei Touristen beliebt."
    question = _finished(nlp, text, "Wo liegt die Stadt?", "im Norden des Landes", "wo")
    assert not any(variant.startswith("im Norden ") and variant != "im Norden des Landes" for variant in question.accepted)


def test_a_name_ending_in_s_takes_von(nlp):
    text = "Paris ist eine große Stadt in Frankreich. Die Stadt liegt im Norden des Landes."
    question = _finished(nlp, text, "Wo liegt Paris?", "im Norden des Landes", "wo", ("in Frankreich",))
    assert "im Norden Frankreichs" in question.accepted
    question = keys.with_named_region(Question(id="q", type="wh", prompt="Wo liegt Vientiane?", answer="im Osten des Landes",
                                               sentence=0, evidence="", skill="wo", accepted=("in Laos",)))
    assert "im Osten von Laos" in question.accepted and "im Osten Laoss" not in question.accepted


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_the_self_check_page_marks_a_key_of_points_point_by_point(tmp_path):
    """A key of points joined by "; " (the printed key says "beide …: A · B", ``list_rule``) is
    marked member by member on the self-check page, as a list of nouns is: the page used to cut
    it at its commas, so the second superlative's own words did not count; "Nenne zwei Gründe."
    asks for a list too."""
    from dataclasses import replace

    from test_comprehension_exports import comprehension_material

    from quizgen.config import Options
    from quizgen.exporters.html import HtmlExporter

    material = comprehension_material()
    special = Question(id="q31", type="wh", prompt="Was ist das Besondere an der Aare? Nenne zwei.",
                       answer="der längste Fluss innerhalb der Schweiz; der wasserreichste Fluss, der in den Rhein strömt",
                       sentence=2, evidence=material.sentences[2], skill="besonderes")
    reasons = Question(id="q32", type="wh", prompt="Warum wird am meisten Tabak im Süden angebaut? Nenne zwei Gründe.",
                       answer="weil die Tabakpflanze es eher warm mag; die Ernte bedingt viel Handarbeit, und die ist im Süden billiger",
                       sentence=3, evidence=material.sentences[3], skill="warum")
    material = replace(material, questions=(*material.questions, special, reasons))
    page = tmp_path / "aare.quiz.html"
    page.write_text(HtmlExporter().page(material, Options(), "quiz"), encoding="utf-8")
    tries = ["der längste Fluss der Schweiz und der wasserreichste Fluss", "der längste Fluss der Schweiz",
             "Es ist dort warm, und Handarbeit ist billig", "weil es warm ist"]
    ids = ["q31", "q31", "q32", "q32"]
    assert verdicts_in_quiz(tmp_path, page, tries, ids) == ["Richtig", "Leider falsch", "Richtig", "Leider falsch"]


def test_a_deed_begun_is_keyed_by_the_deed(nlp):
    """Round 26 unseen, Rembrandt 3: the core words "Universität, gehen, beginnen" rejected "Er
    sollte studieren, aber er wurde Maler"; that he began is no point of its own."""
    text = "Eigentlich sollte der junge Rembrandt an die Universität gehen, aber er begann zu malen."
    analysis = _analysis(nlp, text)
    words = [t for t in analysis.sentences[0].tokens if t.text in ("begann", "zu", "malen")]
    core = keys.core_words(words, "Was tat Rembrandt?", deed=True)
    assert "beginnen" not in core and any("malen" in entry for entry in core)
    text = "Nach dem Krieg malte er nicht mehr und begann ein Studium."
    words = list(_analysis(nlp, text).sentences[0].tokens)
    core = keys.core_words(words, "Was geschah nach dem Krieg?")
    assert "malen" in core and "beginnen" in core  # no zu-infinitive: what began is a noun, the verb stays


def test_a_superlative_before_a_long_attribute_is_a_point_of_its_own():
    """Aare (Wikipedia) 1: "der längste gänzlich innerhalb der Schweiz verlaufende Fluss" and "der
    wasserreichste Nebenfluss des Rheins" are two points, as on the Klexikon sheet."""
    question = Question(id="q", type="wh", prompt="Was ist das Besondere an der Aare?", sentence=0, evidence="", skill="besonderes",
                        answer="der längste gänzlich innerhalb der Schweiz verlaufende Fluss",
                        accepted=("der wasserreichste Nebenfluss des Rheins", "längste gänzlich innerhalb der Schweiz verlaufende Fluss"))
    question = keys.with_special_points(question)
    assert question.prompt.endswith("? Nenne zwei.") and str(question.answer).count("; ") == 1
    costs = Question(id="q", type="wh", prompt="Was ist das Besondere an dem Konzert?", sentence=0, evidence="", skill="besonderes",
                     answer="das größte Konzert der Stadt", accepted=("was die Karten kosten",))
    assert keys.with_special_points(costs) == costs
