"""Keys round 28's readers still called too narrow (issue 12, session 30, second wave): a
separable verb the text splits ("Die Blüten locken sie … an") was refused as "anlocken", and the
verb the text itself says the point with elsewhere was refused beside the key's own ("um Insekten
anzuziehen" refused "Insekten anlocken"). Each right answer passes as the self-check page matches,
and a wrong one fails."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_browser import CHROMIUM, verdicts_in_quiz
from test_keys_s24 import _analysis
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.thesaurus import default_thesaurus
from quizgen.generation import keys
from quizgen.generation.key_synonyms import rare_adjective_synonyms, text_synonym_verbs
from quizgen.model import Question

BLUETE = ("Die Kronblätter sind meistens farbig. Sie sollen Insekten anziehen.\n\n"
          "Meistens erledigen Insekten die Bestäubung. Die Blüten locken sie mit ihren Farben, ihrem Duft und ihrem Nektar an.")


def _passes(question: Question, written: str) -> bool:
    return bool(question.core) and all(keys._has_core_word(written, word) for word in question.core)


def test_a_particle_at_the_clause_end_joins_its_verb():
    """"Sie locken Insekten an" has the core word "anlocken"; the particle of another clause or
    a preposition inside the clause does not make one."""
    assert keys._has_core_word("Die Blüten locken mit ihrem Duft Insekten an.", "anlocken")
    assert keys._has_core_word("Sie locken Insekten an, damit sie bestäubt werden", "anlocken")
    assert keys._has_core_word("um Insekten anzulocken", "anlocken")
    assert not keys._has_core_word("Die Blüten locken an der Wiese keine Insekten.", "anlocken")
    assert not keys._has_core_word("Sie locken Insekten, und die Bienen fliegen an.", "anlocken")
    assert not keys._has_core_word("Die Insekten fliegen zu den Blüten.", "anlocken")


def test_a_core_verb_the_text_splits_passes_as_the_text_says_it(nlp):
    """The key's core word of a separable verb ("anlocken") with the student's split form."""
    question = Question(id="q01", type="wh", prompt="Womit locken die Blüten Insekten an?",
                        answer="mit ihren Farben, ihrem Duft und ihrem Nektar", sentence=0, evidence="",
                        skill="womit", core=("Farbe", "Duft", "anlocken"))
    assert _passes(question, "Sie locken sie mit Farbe und Duft an.")
    assert not _passes(question, "Sie locken sie mit Farbe an.")  # no Duft


@needs_ding  # the dictionary says which verbs translate alike
def test_the_texts_own_verb_for_the_same_thing_is_accepted(nlp):
    """Blüte (Klexikon) 3: "um Insekten anzuziehen" refused "Insekten anlocken", the text's own
    verb two paragraphs on; a verb the dictionary translates otherwise is not added."""
    analysis = _analysis(nlp, BLUETE)
    question = Question(id="q01", type="wh", prompt="Wozu dienen die farbigen Kronblätter?", answer="um Insekten anzuziehen",
                        sentence=1, evidence="Sie sollen Insekten anziehen.", skill="wozu",
                        accepted=("Insekten anziehen", "sie sollen Insekten anziehen"))
    refined = keys.finish_keys(keys.refine_keys([question], analysis), analysis)[0]
    assert "Insekten anlocken" in refined.accepted and "um Insekten anzulocken" in refined.accepted
    assert not any("erledigen" in variant for variant in refined.accepted)  # the text's verb of another meaning
    assert not any(variant.startswith("um sie") for variant in refined.accepted)


@needs_ding  # the dictionary says which verbs translate alike
def test_a_verb_the_text_does_not_use_is_no_variant():
    assert text_synonym_verbs("anziehen", ["anlocken", "erledigen", "fliegen"]) == ["anlocken"]
    assert text_synonym_verbs("anziehen", ["erledigen", "fliegen"]) == []
    assert text_synonym_verbs("machen", ["tun"]) == []  # a light verb: too many senses


def test_a_path_around_is_said_with_its_particle(nlp):
    """Aare (Klexikon) 5: "macht einen Bogen um die Altstadt herum" refused "fließt um die
    Altstadt herum" for "Bogen"; a way through the old town still fails, and a noun that is no
    light verb's path keeps its place."""
    text = "Ihre Quelle hat die Aare in den Aargletschern. In Bern, der Hauptstadt der Schweiz, macht der Fluss einen Bogen um die Altstadt herum."
    analysis = _analysis(nlp, text, "Aare")
    question = Question(id="q01", type="wh", prompt="Was macht die Aare in Bern?", answer="macht einen Bogen um die Altstadt herum",
                        sentence=1, evidence=analysis.sentences[1].text, skill="was-tat")
    question = keys.finish_keys(keys.refine_keys([question], analysis), analysis)[0]
    assert _passes(question, "Sie fließt um die Altstadt herum.")
    assert _passes(question, "Sie macht einen Bogen um die Altstadt.")
    assert not _passes(question, "Sie fließt durch die Altstadt.")
    wall = "Die Bürger bauten eine Mauer um die Altstadt herum."
    tokens = list(_analysis(nlp, wall).sentences[0].tokens)
    assert keys._with_path_particle(("Mauer", "Altstadt"), tokens) == ("Mauer", "Altstadt")


@pytest.mark.skipif(default_thesaurus() is None, reason="needs OpenThesaurus (Debian openthesaurus-de-text)")
@needs_ding  # a synonym counts where the dictionary translates both alike
def test_a_rare_adjective_is_said_with_common_words(nlp):
    """Galapagosinseln (Klexikon) 5: "durch die Abgeschiedenheit der Inseln" refused "weil die
    Inseln isoliert sind"; a common adjective keeps no synonym, and a wrong reason still fails."""
    text = ("Die Galapagosinseln liegen im Pazifik. Durch die Abgeschiedenheit der Inseln findet man dort viele Tiere "
            "und Pflanzen, die es nirgendwo anders auf der Welt gibt.")
    analysis = _analysis(nlp, text, "Galapagosinseln")
    question = Question(id="q01", type="wh", prompt="Warum findet man auf den Galapagosinseln viele Tiere und Pflanzen, "
                        "die es nirgendwo anders auf der Welt gibt?", answer="durch die Abgeschiedenheit der Inseln",
                        sentence=1, evidence=analysis.sentences[1].text, skill="warum",
                        accepted=("weil die Inseln abgeschieden sind",))
    refined = keys.finish_keys(keys.refine_keys([question], analysis), analysis)[0]
    assert "weil die Inseln isoliert sind" in refined.accepted
    assert "weil die Inseln warm sind" not in refined.accepted
    assert "isoliert" in rare_adjective_synonyms("abgeschieden")
    assert not {"öde", "verlassen", "menschenleer"} & set(rare_adjective_synonyms("abgeschieden"))  # another sense
    assert rare_adjective_synonyms("gefährlich") == []  # a common word: its senses drift
    core = keys.with_synonyms(("wasserarm", "Gebirge"), [])
    assert keys._has_core_word("weil das Gebirge sehr trocken ist", core[0])
    assert not keys._has_core_word("weil das Gebirge sehr nass ist", core[0])


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_the_self_check_page_joins_the_particle(nlp, tmp_path):
    """On the page: the split verb passes the core word, its preposition does not."""
    from test_comprehension_exports import comprehension_material

    from quizgen.config import Options
    from quizgen.exporters.html import HtmlExporter

    material = comprehension_material()
    question = Question(id="q40", type="wh", prompt="Womit locken die Blüten Insekten an?",
                        answer="mit ihren Farben, ihrem Duft und ihrem Nektar", sentence=0, evidence=material.sentences[0],
                        skill="womit", core=("Duft", "anlocken"))
    material = replace(material, questions=(*material.questions, question))
    page = tmp_path / "keys.quiz.html"
    page.write_text(HtmlExporter().page(material, Options(), "quiz"), encoding="utf-8")
    tries = ["Sie locken Insekten mit ihrem Duft an.", "Mit dem Duft, um Insekten anzulocken",
             "Sie locken an der Wiese mit Duft.", "Sie locken mit Duft, und Bienen fliegen an."]
    assert verdicts_in_quiz(tmp_path, page, tries, ["q40"] * len(tries)) == ["Richtig", "Richtig", "Leider falsch", "Leider falsch"]
