"""The point of a sentence rather than its side details (issue 12, session 18): a place the text
names once as the scene of an event (``worth.marginal_scene``), a place question that names a
second place (``worth.second_place``) and a thing named by its shape (``worth.shape_answer``) are
not asked; of one sentence's candidates the selection prefers what someone did over the time that
frames it, and what a text's main person did over the lookup of his name."""

from __future__ import annotations

from dataclasses import replace

from test_worth_s16 import _analysis

from quizgen.generation import selection
from quizgen.generation.worth import marginal_scene, not_worth_asking, second_place, shape_answer
from quizgen.model import Analysis, Question


def _question(analysis: Analysis, index: int, prompt: str, answer: str, skill: str, kind: str = "wh") -> Question:
    """The question on the text's ``index``-th sentence (headings aside)."""
    sentence = [s for s in analysis.sentences if not s.is_heading][index]
    return Question(id="", type=kind, prompt=prompt, answer=answer, sentence=sentence.index, evidence=sentence.text,
                    skill=skill, focus="content")


GOLDMAN = [
    ("In den Kriegsjahren reiste Goldman weiterhin umher, hielt Reden gegen den Krieg und traf andere Mitglieder "
    "der radikalen Linken in Amerika."),
    "In Barre, Vermont, traf Goldman Luigi Galleani, einen Komplizen verschiedener anarchistischer Gruppen.",
    "Als „aufständischer Anarchist“ war Galleani vom gewaltsamen Umsturz der Regierung überzeugt.",
    "Goldman war sich dieser Tatsache voll bewusst.",
    "Dieses Treffen und der kurze Kontakt mit Galleani würde sie später noch verfolgen.",
]


def test_the_scene_of_an_event_named_once_is_not_asked(nlp):
    analysis = _analysis(nlp, "Emma Goldman", GOLDMAN)
    where = _question(analysis, 1, "Wo traf Goldman Luigi Galleani?", "in Barre, Vermont", "wo")
    assert marginal_scene(where, analysis)
    assert not_worth_asking(where, analysis)


def test_a_place_the_text_names_again_or_the_verb_asks_for_stays(nlp):
    """Named again ("chinesisch" names China), or the place of a verb of place ("starb"): the
    place is a point of the text."""
    analysis = _analysis(nlp, "Weihrauchuhren", [
        "Räucherstäbchenuhren wurden um das 6. Jahrhundert zunächst in China verwendet.",
        "Die Schriftzeichen der Uhren sind nicht chinesisch.",
    ])
    china = _question(analysis, 0, "Wo wurden Räucherstäbchenuhren um das 6. Jahrhundert zunächst verwendet?",
                      "in China", "wo")
    assert not marginal_scene(china, analysis)
    analysis = _analysis(nlp, "Geschichte Berlins", [
        "Nach der Novemberrevolution kam es in Berlin zu Kämpfen.",
        "Bei den Märzkämpfen starben vom 3. bis zum 16. März in Lichtenberg insgesamt 1200 Menschen.",
        "Die Regierung ging mit großer Härte gegen die Aufständischen vor.",
        "Im Jahr 1920 trat das Groß-Berlin-Gesetz in Kraft.",
    ])
    died = _question(analysis, 1, "Wo starben vom 3. bis zum 16. März insgesamt 1200 Menschen?", "in Lichtenberg", "wo")
    assert not marginal_scene(died, analysis)


def test_a_text_of_a_few_sentences_has_no_marginal_place(nlp):
    """In two sentences every place is named once: that says nothing about its weight."""
    analysis = _analysis(nlp, "Emma Goldman", GOLDMAN[1:3])
    where = _question(analysis, 0, "Wo traf Goldman Luigi Galleani?", "in Barre, Vermont", "wo")
    assert not marginal_scene(where, analysis)


def test_a_place_without_a_name_is_no_scene(nlp):
    analysis = _analysis(nlp, "Tabak", ["In kühlen Regionen wird die Tabakpflanze unter einem Glasdach gezogen."])
    where = _question(analysis, 0, "Wo wird die Tabakpflanze unter einem Glasdach gezogen?", "in kühlen Regionen", "wo")
    assert not marginal_scene(where, analysis)
    assert not second_place(where, analysis)


WEIHRAUCH = [
    "In Japan werden die Weihrauchuhren immer noch in der Shōsōin benutzt.",
    "Die Räucherstäbchen wurden in Stabform oder als Spiralen verwendet.",
    "Die Spiralform wurde oft auf den Dächern der Häuser und Tempel aufgehängt.",
]


def test_a_place_question_that_names_another_place_is_not_asked(nlp):
    analysis = _analysis(nlp, "Weihrauchuhren", WEIHRAUCH)
    where = _question(analysis, 0, "Wo werden die Weihrauchuhren immer noch in der Shōsōin benutzt?", "in Japan", "wo")
    assert second_place(where, analysis)


def test_a_place_question_with_the_other_place_left_out_stays(nlp):
    analysis = _analysis(nlp, "Weihrauchuhren", WEIHRAUCH)
    where = _question(analysis, 0, "Wo werden die Weihrauchuhren immer noch benutzt?", "in Japan", "wo")
    assert not second_place(where, analysis)


def test_a_thing_named_by_its_shape_is_no_answer(nlp):
    analysis = _analysis(nlp, "Weihrauchuhren", WEIHRAUCH)
    spiral = _question(analysis, 2, "Was wurde oft auf den Dächern der Häuser und Tempel aufgehängt?", "die Spiralform",
                       "was")
    assert shape_answer(spiral)
    assert not_worth_asking(spiral, analysis)


def test_a_platform_or_a_shape_asked_for_stays(nlp):
    analysis = _analysis(nlp, "Bahnhof", ["Die Reisenden warten auf der Plattform.", "Die Kuppel hat die Form eines Eies."])
    platform = _question(analysis, 0, "Wo warten die Reisenden?", "auf der Plattform", "wo")
    assert not shape_answer(platform)
    shape = _question(analysis, 1, "Was hat die Kuppel?", "die Form eines Eies", "was")
    assert not shape_answer(shape)


def test_what_someone_did_wins_over_the_time_that_frames_it(nlp):
    """"Wann reiste Goldman umher? – in den Kriegsjahren" would give away the frame of "Was tat
    Goldman in den Kriegsjahren?", which asks the point of the sentence."""
    analysis = _analysis(nlp, "Emma Goldman", GOLDMAN)
    when = _question(analysis, 0, "Wann reiste Goldman umher?", "in den Kriegsjahren", "wann")
    did = _question(analysis, 0, "Was tat Goldman in den Kriegsjahren?",
                    "reiste weiterhin umher, hielt Reden gegen den Krieg und traf andere Mitglieder der radikalen Linken",
                    "was-tat")
    assert selection._scene_frames([when, did]) == {id(when)}
    chosen = selection.select({"wh": [when, did]}, analysis, 16, [])
    assert [q.prompt for q in chosen] == [did.prompt]


def test_a_time_without_a_rival_keeps_its_rank(nlp):
    analysis = _analysis(nlp, "Emma Goldman", GOLDMAN)
    when = _question(analysis, 0, "Wann reiste Goldman umher?", "in den Kriegsjahren", "wann")
    who = _question(analysis, 1, "Wen traf Goldman in Barre, Vermont?", "Luigi Galleani", "wen")
    assert selection._scene_frames([when, who]) == set()


ACT_OF_UNION = [
    "Pitt wollte gewisse rechtliche Benachteiligungen beseitigen, die den Katholiken auferlegt worden waren.",
    "Als seiner Reformpolitik immer mehr Widerstand erwuchs, drohte Pitt mit seinem Rücktritt.",
]


def test_the_lookup_of_the_main_persons_name_gives_way(nlp):
    """Two other questions name Pitt: "Wer drohte mit seinem Rücktritt? – Pitt" would keep them
    out, so it ranks lower and what Pitt wanted and when he threatened are asked."""
    analysis = _analysis(nlp, "Act of Union", ACT_OF_UNION)
    what = _question(analysis, 0, "Was wollte Pitt beseitigen?",
                     "gewisse rechtliche Benachteiligungen, die den Katholiken auferlegt worden waren", "was")
    when = _question(analysis, 1, "Wann drohte Pitt mit seinem Rücktritt?",
                     "als seiner Reformpolitik immer mehr Widerstand erwuchs", "wann")
    who = _question(analysis, 1, "Wer drohte mit seinem Rücktritt?", "Pitt", "wer")
    assert selection._protagonist_lookups([what, when, who]) == {id(who)}
    chosen = {q.prompt for q in selection.select({"wh": [what, when, who]}, analysis, 16, [])}
    assert chosen == {what.prompt, when.prompt}


def test_a_person_named_once_or_a_description_is_no_lookup_of_the_main_person(nlp):
    analysis = _analysis(nlp, "Act of Union", ACT_OF_UNION)
    what = _question(analysis, 0, "Was wollte Pitt beseitigen?", "gewisse rechtliche Benachteiligungen", "was")
    who = _question(analysis, 1, "Wer drohte mit seinem Rücktritt?", "Pitt", "wer")
    assert selection._protagonist_lookups([what, who]) == set()  # one other question names him
    described = _question(analysis, 1, "Wer drohte mit seinem Rücktritt?", "der Premierminister William Pitt", "wer")
    assert selection._protagonist_lookups([what, what, described]) == set()


def test_two_what_questions_on_different_parts_of_a_sentence_both_stay(nlp):
    analysis = _analysis(nlp, "Madagascar 2", [
        ("Marty lernt eine Herde von optisch identischen Artgenossen kennen und glaubt frustriert, seine "
        "Einzigartigkeit verloren zu haben.")])
    met = _question(analysis, 0, "Was lernt Marty kennen?", "eine Herde von optisch identischen Artgenossen", "was")
    thinks = _question(analysis, 0, "Was glaubt Marty frustriert?", "seine Einzigartigkeit verloren zu haben", "was")
    chosen = {q.prompt for q in selection.select({"wh": [met, thinks]}, analysis, 16, [])}
    assert chosen == {met.prompt, thinks.prompt}


def test_a_question_and_its_multiple_choice_still_ask_one_thing(nlp):
    analysis = _analysis(nlp, "Weihrauchuhren", ["Räucherstäbchenuhren wurden zunächst in China verwendet."])
    wh = _question(analysis, 0, "Wo wurden Räucherstäbchenuhren zunächst verwendet?", "in China", "wo")
    choice = _question(analysis, 0, "Wo wurden Räucherstäbchenuhren zunächst verwendet?", "In China", "wo",
                       kind="multiple_choice")
    choice = replace(choice, options=("In China", "In Indien", "In Japan"))
    chosen = selection.select({"wh": [wh], "multiple_choice": [choice]}, analysis, 16, [])
    assert len(chosen) == 1
