"""Coverage of short texts (issue 12, session 22): candidates ``worth`` dropped although a reader
wanted them asked. A bare given name is the text's own figure, not a world-famous person
(``worth.world_famous``); a partner the text picks up with a demonstrative acts in the story
(``worth.marginal_partner``); where a name comes from is no scene (``worth.marginal_scene``); and
a content clause asked whole outranks the detail asked from inside it (``selection._embedded_details``)."""

from __future__ import annotations

from test_selection_r2_s18 import ROHMER
from test_worth_r2_s20 import _analysis

from quizgen.generation.selection import select
from quizgen.generation.worth import (
    marginal_partner,
    marginal_scene,
    not_worth_asking,
    world_famous,
)
from quizgen.model import Analysis, Question


def _question(analysis: Analysis, index: int, prompt: str, answer: str, skill: str) -> Question:
    sentence = analysis.sentences[index]
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill)


READER = ("Jahre später schickt Michael Brenninger der inhaftierten Hanna Schmitz Kassetten. Ilana Mather lebt in "
          "New York. Michael nutzt einen Aufenthalt anlässlich eines Kongresses in Boston zu einem Besuch.")


def test_a_bare_given_name_is_the_texts_figure_not_a_famous_person(nlp):
    analysis = _analysis(nlp, "Der Vorleser", [READER])
    question = _question(analysis, 2, "Wer nutzt einen Aufenthalt anlässlich eines Kongresses in Boston zu einem Besuch?",
                         "Michael", "wer")
    assert not world_famous(question, analysis)


DARWIN = ("Die Inseln waren lange unbewohnt. "
          "1835 besuchte Charles Darwin die Galapagosinseln. "
          "Der Gouverneur Nicolás Villamil empfing ihn.")


def test_a_famous_surname_stays_famous(nlp):
    analysis = _analysis(nlp, "Galapagosinseln", [DARWIN])
    question = _question(analysis, 1, "Wer besuchte 1835 die Galapagosinseln?", "Charles Darwin", "wer")
    assert world_famous(question, analysis)


HYMN = ("Der Text des Gedichtes wurde von Rudolf Alexander Schröder im Jahr 1950 verfasst; die Melodie stammt von "
        "Hermann Reutter. Als Komponisten hatte Heuss ursprünglich Carl Orff vorgesehen; dieser verwies Heuss jedoch "
        "an Reutter. Zum ersten Mal der Öffentlichkeit präsentierte Heuss das Lied im Anschluss an seine Neujahrsansprache. "
        "Er konnte sich damit jedoch nicht durchsetzen. Im Jahr 1952 kamen Heuss und Bundeskanzler Konrad Adenauer "
        "schließlich überein, das Deutschlandlied als Nationalhymne anzuerkennen.")


def test_a_partner_picked_up_by_a_demonstrative_is_asked(nlp):
    analysis = _analysis(nlp, "Hymne an Deutschland", [HYMN])
    question = _question(analysis, 1, "Wen hatte Heuss ursprünglich als Komponisten vorgesehen?", "Carl Orff", "wen")
    assert not marginal_partner(question, analysis)
    assert not not_worth_asking(question, analysis)


def test_a_demonstrative_determiner_after_the_partner_picks_up_no_one(nlp):
    """ "Diese Ehe …" opens the next sentence with a determiner, not a pronoun: it names the
    marriage, and the partner named once stays a side detail."""
    analysis = _analysis(nlp, "Sax Rohmer", [" ".join([*ROHMER, "Diese Ehe hielt bis zu seinem Tod."])])
    index = next(s.index for s in analysis.sentences if "Rose Knox" in s.text)
    question = _question(analysis, index, "Wen heiratete Rohmer 1909?", "Rose Knox", "wen")
    assert marginal_partner(question, analysis)


SOFIA = ("Sofia ist die Hauptstadt von Bulgarien. Die Stadt liegt im Westen des Landes. "
         "Ihren Namen hat die Stadt Sofia von der Hagia Sophia in Istanbul. "
         "Im Jahr 2000 wurde im Stadtzentrum eine Statue aufgestellt. In Sofia leben etwa 1,2 Millionen Menschen.")


def test_where_a_name_comes_from_is_no_marginal_scene(nlp):
    analysis = _analysis(nlp, "Sofia", [SOFIA])
    question = _question(analysis, 2, "Woher hat die Stadt Sofia ihren Namen?", "von der Hagia Sophia in Istanbul", "woher")
    assert not marginal_scene(question, analysis)
    assert not not_worth_asking(question, analysis)


def test_a_place_named_once_as_the_scene_of_an_event_stays_marginal(nlp):
    analysis = _analysis(nlp, "Sofia", [SOFIA.replace("Ihren Namen hat die Stadt Sofia von der Hagia Sophia in Istanbul.",
                                                      "Der Bürgermeister kam aus einer Reise von Istanbul zurück.")])
    question = _question(analysis, 2, "Woher kam der Bürgermeister zurück?", "von Istanbul", "woher")
    assert marginal_scene(question, analysis)


DARWIN_FINCHES = ("Im Jahr 1835 besuchten Forscher die Inseln. Dazu gehörte auch Charles Darwin. "
                  "Er beobachtete, dass die Finken auf jeder Insel etwas anders aussehen.")


def test_the_content_clause_asked_whole_beats_the_detail_inside_it(nlp):
    """Seven rounds of readers wanted "Was beobachtete Charles Darwin?" instead of "Was sieht auf
    jeder Insel etwas anders aus? – die Finken" (no referent, misses the point)."""
    analysis = _analysis(nlp, "Galapagosinseln", [DARWIN_FINCHES])
    detail = _question(analysis, 2, "Was sieht auf jeder Insel etwas anders aus?", "die Finken", "was")
    whole = _question(analysis, 2, "Was beobachtete Charles Darwin?",
                      "dass die Finken auf jeder Insel etwas anders aussehen", "was")
    chosen = select({"wh": [detail, whole]}, analysis, 16, [])
    assert [q.prompt for q in chosen] == ["Was beobachtete Charles Darwin?"]


def test_a_detail_without_a_rival_keeps_its_place(nlp):
    analysis = _analysis(nlp, "Galapagosinseln", [DARWIN_FINCHES])
    detail = _question(analysis, 2, "Was sieht auf jeder Insel etwas anders aus?", "die Finken", "was")
    assert [q.prompt for q in select({"wh": [detail]}, analysis, 16, [])] == [detail.prompt]


SEYFRIED = ("Amanda Seyfried wuchs in Allentown auf. "
            "Amanda Seyfried begann bereits mit elf Jahren ihre Karriere als Kindermodel.")


def test_the_subjects_own_thing_gives_way_to_the_fact_its_question_gives_away(nlp):
    """ "Was begann … mit elf Jahren als Kindermodel? – ihre Karriere": the question gives away
    the age, which the rival of its sentence asks (round 21)."""
    analysis = _analysis(nlp, "Amanda Seyfried", [SEYFRIED])
    career = _question(analysis, 1, "Was begann Amanda Seyfried bereits mit elf Jahren als Kindermodel?", "ihre Karriere",
                       "was")
    age = _question(analysis, 1, "In welchem Alter begann Amanda Seyfried ihre Karriere als Kindermodel?",
                    "mit elf Jahren", "in-welchem-alter")
    chosen = select({"wh": [career, age]}, analysis, 16, [])
    assert [q.prompt for q in chosen] == [age.prompt]
