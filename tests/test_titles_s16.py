"""Titles of works, dash insertions and a name's genitive apostrophe in the clause parse (issue
12, round 16: MLQA paragraphs such as "Friedrich Engels" and "Große Fuge" got no comprehension
item, since a title's words were read as the sentence's constituents and a dash insertion cut
its clause in two). Real sentences through the offline pipeline, each beside a case of the same
shape where nothing may change."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.model import Article, Sentence


def _sentence(nlp, text: str) -> Sentence:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article).sentences[-1]


def _roles(sentence: Sentence, lemma: str) -> list[tuple[str, str, bool]]:
    clause = next(c for c in sentence.clauses if c.lemma == lemma)
    return [(c.role, c.text, c.sure) for c in clause.constituents]


def _titled(sentence: Sentence) -> str:
    return " ".join(t.text for t in sentence.tokens if t.feature("Title") == "Yes")


# --- titles of works ------------------------------------------------------------------------------


def test_quoted_title_after_a_year_is_the_object(nlp):
    sentence = _sentence(nlp, "Engels veröffentlichte 1845 „Die Lage der arbeitenden Klasse in England“.")
    assert _roles(sentence, "veröffentlichen") == [
        ("subject", "Engels", True),
        ("time", "1845", True),
        ("object_acc", "„Die Lage der arbeitenden Klasse in England“", True),
    ]
    assert _titled(sentence) == "„ Die Lage der arbeitenden Klasse in England “"


def test_bare_title_before_its_year_stays_in_the_phrase(nlp):
    # MLQA Friedrich Engels: "Die Lage …" was the subject and Engels a dative object
    sentence = _sentence(nlp, (
        "Mit seiner einflussreichen Untersuchung Die Lage der arbeitenden Klasse in England (1845) gehörte "
        "Engels zu den Pionieren der empirischen Soziologie."))
    roles = _roles(sentence, "gehören")
    assert ("subject", "Engels", True) in roles
    assert roles[0][1] == "Mit seiner einflussreichen Untersuchung Die Lage der arbeitenden Klasse in England"


def test_title_with_a_verb_after_a_noun_for_a_work_opens_no_clause(nlp):
    sentence = _sentence(nlp, "Der Film „Wer früher stirbt, ist länger tot“ lief 2006 in den Kinos.")
    assert [c.lemma for c in sentence.clauses] == ["laufen"]
    assert _roles(sentence, "laufen")[0] == ("subject", "Der Film „Wer früher stirbt, ist länger tot“", True)


def test_title_after_a_noun_for_a_work_is_its_apposition(nlp):
    sentence = _sentence(nlp, 'Im Jahr 2005 veröffentlichte die Gruppe die DVD "Terror and Hubris".')
    assert ("object_acc", 'die DVD "Terror and Hubris"') in [r[:2] for r in _roles(sentence, "veröffentlichen")]


@pytest.mark.parametrize(
    "text",
    [
        # direct speech at the start, after a colon or a comma: no title
        "„Wir schaffen das“, sagte die Kanzlerin am Montag in Berlin.",
        "Die Kanzlerin sagte am Montag: „Wir schaffen das.“",
        # scare quotes around one word or a lower-case phrase stay as they were
        "Die Zeitung nannte den Plan einen „Skandal“.",
        "Er sprach von einem „historischen Tag“ für das Land.",
        # a capitalised article at the start of the sentence opens no title
        "Die Lage der arbeitenden Klasse in England war schlecht.",
    ],
)
def test_no_title_in_speech_or_scare_quotes(nlp, text):
    assert _titled(_sentence(nlp, text)) == ""


def test_speech_in_quotes_after_a_verb_keeps_its_clause(nlp):
    sentence = _sentence(nlp, "Er rief „Wir kommen morgen wieder“ und ging.")
    assert _titled(sentence) == ""
    assert "kommen" in [c.lemma for c in sentence.clauses]


# --- dash insertions --------------------------------------------------------------------------------


def test_clause_goes_on_after_a_relative_clause_between_dashes(nlp):
    # MLQA Große Fuge: the words after the second dash were a verbless clause of their own
    sentence = _sentence(nlp, (
        "Dessen Tochter übergab die Partitur gemeinsam mit weiteren Manuskripten – unter denen sich auch eine "
        "Sonate von Mozart befanden – im Jahr 1952 an eine Kirche in Philadelphia."))
    assert [c.kind for c in sentence.clauses] == ["main", "relative"]
    assert ("time", "im Jahr 1952") in [r[:2] for r in _roles(sentence, "übergeben")]


def test_main_clause_between_dashes_leaves_the_subject_to_the_clause_around_it(nlp):
    sentence = _sentence(nlp, "Die Band – sie war erst 2000 gegründet worden – spielte im Mai in Berlin.")
    assert ("subject", "Die Band", True) in _roles(sentence, "spielen")


def test_single_dash_before_an_afterthought_is_no_insertion(nlp):
    sentence = _sentence(nlp, "Die Band spielte im Mai in Berlin – ein großer Erfolg.")
    assert _roles(sentence, "spielen") == [
        ("subject", "Die Band", True), ("time", "im Mai", True), ("place", "in Berlin", True)]


# --- a name's genitive apostrophe ---------------------------------------------------------------------


def test_genitive_apostrophe_keeps_name_and_noun_together(nlp):
    # MLQA Friedrich Engels: "Nach Marx" was a direction and "Tod" the subject
    sentence = _sentence(nlp, "Nach Marx’ Tod 1883 gab Engels den zweiten Band heraus.")
    roles = _roles(sentence, "herausgeben")
    assert roles[0] == ("time", "Nach Marx’ Tod", True)
    assert ("subject", "Engels", True) in roles


def test_apostrophe_before_no_noun_is_left_alone(nlp):
    sentence = _sentence(nlp, "Die Gefäße wurden schon zu Lebzeiten Sokrates' gebaut.")
    assert ("subject", "Die Gefäße", True) in _roles(sentence, "bauen")
