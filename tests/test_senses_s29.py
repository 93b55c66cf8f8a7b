"""The sense in the text, session 29 (issue 13; tests/judged/cards.md): a verb's prepositional
object Ding names by an example in brackets ("jdn. (zu einer Strafe) verurteilen :: to sentence
sb.") is the sense's construction: a clause with that preposition shows the sense (verurteilte
ihn zu zehn Jahren Haft: "to sentence"), one without keeps the verb's everyday sense (die
Regierung verurteilte den Angriff: "to condemn"). A bracket of the means ("(mit einem Schwamm)
aufsaugen") or of the place ("(bei einem Attentat) ermorden") names no construction."""

from __future__ import annotations

import pytest
from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.ding import _german_headword


def test_a_bracketed_prepositional_object_names_the_verbs_construction():
    lemma, preposition, narrowed = _german_headword("jdn. (zu einer Strafe) verurteilen", "VERB")
    assert (lemma, preposition, narrowed) == ("verurteilen", "zu?", True)
    assert _german_headword("jdn. (auf einen Posten) ernennen", "VERB")[:2] == ("ernennen", "auf?")
    # the verb's own particle is no construction: "führt man unter einem Dach aus" is not "to export"
    assert _german_headword("etw. exportieren; ausführen (aus einem Land/in ein Land)", "VERB")[1] == ""


@pytest.mark.parametrize("alternative", ["etw. (mit einem Schwamm) aufsaugen", "jdn. (bei einem Attentat) ermorden",
                                         "(in einem Raum) übernachten"])
def test_a_bracket_of_means_or_place_names_no_construction(alternative):
    lemma, preposition, narrowed = _german_headword(alternative, "VERB")
    assert lemma and preposition == "" and narrowed


def test_a_nouns_bracket_stays_its_explanation():
    """"Grenze {f} (zu einem anderen Land) :: border" explains the noun; it needs no "zu"."""
    assert _german_headword("Grenze (zu einem anderen Land)", "NOUN") == ("Grenze", "", False)


@needs_ding
@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("Das Gericht verurteilte den Mann zu zehn Jahren Haft.", "to sentence", ""),
    ("Die Regierung verurteilte den Angriff auf die Stadt scharf.", "to condemn", "to sentence"),
])
def test_the_construction_chooses_the_sense_of_verurteilen(ding, nlp, text, right, wrong):
    senses = _choice(ding, nlp, text, "verurteilen", "VERB", title="Prozess").senses
    assert senses[:1] == (right,)
    assert not wrong or wrong not in senses


def _in_article(ding, nlp, text: str, title: str, lemma: str):
    """The senses of the lemma's first token read in an article (its topic, title and themes)."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    analysis = analyze(nlp, Article(title=title, text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
    sentence = next(s for s in analysis.sentences if any(t.lemma == lemma for t in s.tokens))
    token = next(t.i for t in sentence.tokens if t.lemma == lemma)
    return ding.within(analysis).choice(lemma, "NOUN", sentence=sentence, token_i=token).senses


FLOWER = ("Der weibliche Teil der Blüte heißt Narbe. Die Blüte hat Staubblätter, Fruchtblätter und Kelchblätter. "
          "Bienen bestäuben die Blüten der Pflanzen.")


@needs_ding
def test_a_specialists_sense_of_another_field_gives_way_to_the_compound_the_text_makes(ding, nlp):
    """Ding has Narbe only as "scar" [med.] (and "seam"); in a text on flowers it is the
    Blütennarbe [bot.], "stigma"."""
    assert _in_article(ding, nlp, FLOWER, "Blüte", "Narbe")[:1] == ("stigma",)


@needs_ding
def test_a_specialists_sense_of_the_texts_field_stays(ding, nlp):
    """A soldier's scar in a text on a war is no stigma: the compound of the title makes nothing."""
    text = ("Der Soldat wurde im Krieg verwundet. Eine lange Narbe am Arm erinnerte ihn an die Schlacht. "
            "Die Armee verlor viele Soldaten.")
    assert _in_article(ding, nlp, text, "Krieg", "Narbe")[:1] == ("scar",)


@needs_ding
def test_a_sense_of_everyday_life_stays_in_a_text_on_another_field(ding, nlp):
    """Saft [cook.] "juice" in the flower text is no Blütensaft "nectar": cooking is no specialist's field."""
    text = FLOWER + " Nektar ist ein süßer Saft in der Blüte."
    assert "nectar" not in _in_article(ding, nlp, text, "Blüte", "Saft")


@needs_ding
def test_a_separable_verbs_particle_is_no_preposition_of_its_construction(nlp):
    """"lässt Reparaturen … zu" has no "zu etw." (jdn. zulassen (zu etw.) :: to admit)."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.extraction.senses import Context
    from quizgen.model import Article

    text = "Die moderne Technik lässt Reparaturen durch den Benutzer immer weniger zu."
    analysis = analyze(nlp, Article(title="t", text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
    sentence = analysis.sentences[0]
    token = next(t.i for t in sentence.tokens if t.lemma == "zulassen")
    found = Context.of(sentence, "zulassen", token)
    assert "zu" not in found.prepositions and "durch" in found.prepositions
