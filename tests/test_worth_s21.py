"""Side details readers judged bad (issue 12, session 21): a count among the counts of a statistic
(``worth.count_among_counts``), the scene of an event asked by its class, a name the text gives
once (``worth.marginal_scene`` with ``SCENE_CLASS``), and the inverted copy of a sentence's
opening subject, ranked lower (``worth.copied_subject``, ``selection.copied``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_worth_r2_s20 import _analysis

from quizgen.analysis import analyze
from quizgen.generation import selection
from quizgen.generation.worth import (
    _counts_people,
    copied_subject,
    count_among_counts,
    marginal_scene,
    not_worth_asking,
)
from quizgen.model import Analysis, Question
from quizgen.reading import read_article


def _question(analysis: Analysis, index: int, prompt: str, answer: str, skill: str) -> Question:
    sentence = analysis.sentences[index]
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


FLORA = ("Auf den Galapagosinseln kommen heute 697 erfasste Pflanzenarten vor. "
         "Von den 439 heimischen Arten sind 167 Arten endemisch. "
         "Die restlichen 258 nichtheimischen Arten wurden durch den Menschen eingeführt.")


def test_a_count_among_the_counts_of_a_statistic_is_not_asked_on_a_long_text(nlp, devdata):
    analysis = analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Galapagosinseln.txt"))
    index = next(s.index for s in analysis.sentences if "697 erfasste Pflanzenarten" in s.text)
    question = _question(analysis, index, "Wie viele erfasste Pflanzenarten kommen auf den Galapagosinseln heute vor?",
                         "697", "wie viele")
    assert count_among_counts(question, analysis)
    assert not_worth_asking(question, analysis)


def test_a_short_text_keeps_its_counts(nlp):
    analysis = _analysis(nlp, "Galapagosinseln", [FLORA])
    question = _question(analysis, 0, "Wie viele erfasste Pflanzenarten kommen auf den Galapagosinseln heute vor?",
                         "697", "wie viele")
    assert not count_among_counts(question, analysis)


HOSPITAL = ("Im März 2006 veröffentlichte das chinesische Gesundheitsministerium vorläufige Bestimmungen über "
            "Transplantationen. Im April wurde eine Kommission gegründet. Im November 2006 folgte ein nationales "
            "Gipfeltreffen. Professor Guo Shuzong führte im Krankenhaus Xijing mehrere experimentelle "
            "Gesichtstransplantationen durch.")


def test_a_scene_asked_by_its_class_and_named_once_is_not_asked(nlp):
    analysis = _analysis(nlp, "Organtransplantation in China", [HOSPITAL])
    question = _question(analysis, 3, "In welchem Krankenhaus führte Professor Guo Shuzong mehrere experimentelle "
                         "Gesichtstransplantationen durch?", "Xijing", "in-welchem-krankenhaus")
    assert marginal_scene(question, analysis)
    assert not_worth_asking(question, analysis)


def test_a_scene_the_text_returns_to_stays(nlp):
    analysis = _analysis(nlp, "Organtransplantation in China", [
        HOSPITAL + " Das Krankenhaus Xijing gilt seitdem als führend."])
    question = _question(analysis, 3, "In welchem Krankenhaus führte Professor Guo Shuzong mehrere experimentelle "
                         "Gesichtstransplantationen durch?", "Xijing", "in-welchem-krankenhaus")
    assert not marginal_scene(question, analysis)


def test_a_partner_asked_by_its_class_is_no_scene(nlp):
    analysis = _analysis(nlp, "Metrojet-Flug 9268", [
        ("Die Maschine gehörte zunächst der Firma ILFC. Sie wurde 1997 gebaut. Sie flog für mehrere "
        "Gesellschaften. ILFC verkaufte das Flugzeug am 30. April 2014 an das Unternehmen AerCap.")])
    question = _question(analysis, 3, "An welches Unternehmen verkaufte ILFC das Flugzeug am 30. April 2014?",
                         "AerCap", "an-welches-unternehmen")
    assert not marginal_scene(question, analysis)


SAP = ("Bei der Ernte werden die Blätter einzeln gepflückt. Sie sind klebrig. "
       "Das Nikotin dringt dann durch die Haut in den Körper ein.")


def test_an_inverted_copy_of_an_opening_subject_ranks_lower(nlp):
    analysis = _analysis(nlp, "Tabak", [SAP])
    question = _question(analysis, 2, "Was dringt durch die Haut in den Körper ein?", "das Nikotin", "was")
    assert copied_subject(question, analysis.sentences[2])
    salience = selection._salience(analysis)
    assert selection.copied(question, salience)
    other = replace(question, skill="wo")  # the same item asked for no subject
    assert selection._importance(other, salience) - selection._importance(question, salience) == pytest.approx(
        selection.COPY_PENALTY)


def test_a_name_a_topic_answer_and_a_partial_copy_are_no_inverted_copy(nlp):
    analysis = _analysis(nlp, "Eisenstadt", [
        "Die Caritas Burgenland betreibt das Pflegezentrum Haus St. Martin. Es liegt im Zentrum der Stadt."])
    caritas = _question(analysis, 0, "Wer betreibt das Pflegezentrum Haus St. Martin?", "die Caritas Burgenland", "wer")
    assert not copied_subject(caritas, analysis.sentences[0])
    analysis = _analysis(nlp, "Tabak", [("Die Tabakpflanze stammt ursprünglich aus Amerika. "
                                        "Dort rauchten die Menschen ihre Blätter.")])
    plant = _question(analysis, 0, "Was stammt ursprünglich aus Amerika?", "die Tabakpflanze", "was")
    assert copied_subject(plant, analysis.sentences[0])
    assert not selection.copied(plant, selection._salience(analysis))  # the text's topic
    analysis = _analysis(nlp, "Tabak", [SAP])
    partial = _question(analysis, 2, "Was dringt in den Körper ein?", "das Nikotin", "was")
    assert not copied_subject(partial, analysis.sentences[2])


def test_a_count_of_people_among_figures_stays(nlp):
    analysis = _analysis(nlp, "Poonch", [(
        "Nach der Volkszählung von 2011 hat der Distrikt 476.835 Einwohner. Damit liegt er auf Rang 549 von 640 "
        "in Indien. Die Bevölkerungsdichte beträgt 285 Einwohner pro Quadratkilometer.")])
    people = _question(analysis, 0, "Wie viele Einwohner hat der Distrikt nach der Volkszählung von 2011?",
                       "476.835", "wie viele")
    assert _counts_people(people, analysis.sentences[0])
    flora = _analysis(nlp, "Galapagosinseln", [FLORA])
    plants = _question(flora, 0, "Wie viele erfasste Pflanzenarten kommen auf den Galapagosinseln heute vor?",
                       "697", "wie viele")
    assert not _counts_people(plants, flora.sentences[0])
