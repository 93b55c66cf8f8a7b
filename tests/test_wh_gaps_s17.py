"""What the opening sentence defines (generation/wh_gaps.py), on MLQA opening sentences run through
the real offline pipeline, and the openings where nothing may be asked."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.generation.wh_gaps import gap_questions
from quizgen.model import Article, Question


def _analysed(nlp, text: str, title: str):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _asked(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    analysis = _analysed(nlp, text, title)
    return {q.prompt: q for q in gap_questions(analysis, extract_facts(analysis))}


def test_a_definite_name_is_defined_with_the_place_in_its_predicative(nlp):
    asked = _asked(nlp, "Das Marina Bay Floating Stadium (auch The Float@Marina Bay) ist ein Stadion in Singapur. "
                        "Es wurde 2007 eröffnet.")
    question = asked["Was ist das Marina Bay Floating Stadium?"]
    assert question.answer == "ein Stadion in Singapur" and "ein Stadion" in question.accepted
    assert question.skill == "was-ist" and question.type == "wh" and question.focus == "content"


def test_a_place_phrase_after_a_bracket_joins_the_answer(nlp):
    asked = _asked(nlp, "Pathum Thani (Thai: ปทุมธานี, Aussprache pā.tʰūm tʰāːnīː) ist eine Provinz (Changwat) in der "
                        "Zentralregion von Thailand. Die Hauptstadt heißt ebenfalls Pathum Thani.")
    question = asked["Was ist Pathum Thani?"]
    assert question.answer == "eine Provinz in der Zentralregion von Thailand"
    assert "(" not in question.answer and "eine Provinz" in question.accepted


def test_a_rare_noun_with_its_article_is_defined(nlp):
    asked = _asked(nlp, "Der Goldzeisig ist eine kleine Finkenart. Das Prachtkleid des Männchens ist hellgelb.")
    assert asked["Was ist der Goldzeisig?"].answer == "eine kleine Finkenart"


def test_the_head_noun_before_its_modifiers_is_accepted(nlp):
    asked = _asked(nlp, "ICON A5 ist ein Hochdecker-Amphibienflugzeug aus kohlenstofffaserverstärktem Kunststoff mit "
                        "einziehbarem Fahrwerk. Es wurde von ICON Aircraft entwickelt.")
    assert "ein Hochdecker-Amphibienflugzeug" in asked["Was ist ICON A5?"].accepted


def test_the_question_reaches_the_worksheet_pool(nlp):
    analysis = _analysed(nlp, "Der Goldzeisig ist eine kleine Finkenart. Das Prachtkleid des Männchens ist hellgelb.", "Test")
    assert "Was ist der Goldzeisig?" in {q.prompt for q in _w_questions(analysis, extract_facts(analysis))}


# --- nothing to ask ------------------------------------------------------------------------------


def test_a_frequent_noun_takes_up_a_name_and_is_not_defined(nlp):
    assert _asked(nlp, "Der Golf ist ein Randmeer des Atlantischen Ozeans. Er ist sehr warm.") == {}


def test_only_the_opening_sentence_is_asked(nlp):
    asked = _asked(nlp, "Im Norden liegt ein großer See. Der Goldzeisig ist eine kleine Finkenart.")
    assert "Was ist der Goldzeisig?" not in asked


def test_a_predicative_the_analysis_cut_short_is_no_answer(nlp):
    asked = _asked(nlp, "Der Ogadenkrieg war ein Krieg zwischen Äthiopien und Somalia um die Region Ogaden 1977–1978.")
    assert all(not str(q.answer).endswith("Äthiopien") for q in asked.values())


def test_a_person_with_life_dates_is_left_to_wer(nlp):
    asked = _asked(nlp, "Nicholas John Spykman (* 13. Oktober 1893 in Amsterdam; † 26. Juni 1943 in New Haven) war ein "
                        "niederländisch-amerikanischer Geostratege.")
    assert not any(prompt.startswith("Was") for prompt in asked)


def test_an_everyday_class_is_no_question(nlp):
    assert _asked(nlp, "Der Goldzeisig ist ein Vogel. Er lebt in Nordamerika.") == {}


def test_the_title_noun_is_left_to_wh_more(nlp):
    assert _asked(nlp, "Die Scheune ist ein landwirtschaftliches Gebäude. Dort lagert man Heu.", title="Scheune") == {}


# --- Als was war X tätig? --------------------------------------------------------------------------


def test_a_trade_stated_with_taetig_is_asked_with_als_was(nlp):
    asked = _asked(nlp, "Rai wurde in Neu-Delhi geboren. Rai war zwölf Jahre lang als Stripperin tätig, bevor sie in "
                        "einem pornografischen Film auftrat.")
    question = asked["Als was war Rai zwölf Jahre lang tätig?"]  # the bevor-clause is left out
    assert question.answer == "als Stripperin" and "Stripperin" in question.accepted
    assert question.skill == "als-was"


def test_a_pronoun_without_a_certain_name_gives_no_trade_question(nlp):
    asked = _asked(nlp, "Urpilainen studierte an der Universität Jyväskylä und in Wien Pädagogik. Nach ihrem Studium war "
                        "sie zunächst als Lehrerin tätig.")
    assert not any(prompt.startswith("Als was") for prompt in asked)


def test_taetig_without_a_role_noun_is_no_trade_question(nlp):
    asked = _asked(nlp, "Anna Schmidt war lange in der Forschung tätig. Sie lebt in Berlin.")
    assert not any(prompt.startswith("Als was") for prompt in asked)
