"""The sense in the text, round 3 (issue 13, round 19 of the cards' readers): the text's gender
picks a noun's line (das Bord "shelf", die Feder not das Feder's "tongue"); Ding's brackets of
a noun's place ("(bei einem Bodenbrett)") narrow its sense, and a sense Ding gives only "(in
Zusammensetzungen)" is none of the word alone (Lenker: not Staatenlenker's "leader"); a machine
part's line ([techn.]) gives way to the word's own everyday line; a narrow sense whose qualifier
the article's title names is the text's (Lenker "(Fahrrad)" in the article Fahrrad); an example's
"farming" is no use of the sense "farm" (Landwirtschaft). Sentences of the judged texts, analysed as the
vocabulary analyses them."""

from __future__ import annotations

import pytest
from test_senses_own_line_s22 import DING, needs_ding

from quizgen.extraction.ding import _ding_entries
from quizgen.extraction.glossary import _of_gender, _uses, load_glossary
from quizgen.extraction.senses import Context, Sense, decide


@pytest.fixture(scope="module")
def ding():
    load_glossary.cache_clear()
    yield load_glossary(DING)
    load_glossary.cache_clear()


def _choice(ding, nlp, text: str, lemma: str, pos: str, title: str = ""):
    """The senses of the lemma's first token in an article of one sentence under ``title``."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    analysis = analyze(nlp, Article(title=title, text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
    sentence = next(s for s in analysis.sentences if any(t.lemma == lemma for t in s.tokens))
    token = next(t.i for t in sentence.tokens if t.lemma == lemma)
    return ding.within(analysis).choice(lemma, pos, sentence=sentence, token_i=token)


def test_a_nouns_gender_is_among_its_marks():
    """Each gender Ding writes for the noun: das Bord's shelf, der Bord's lines are a ship's."""
    shelf = {entry[2]: entry[6] for entry in _ding_entries("Brett {n}; Bord {n} | Bretter {pl} :: shelf | shelves") if entry[0] == "Bord"}
    assert set(shelf["shelf"]) >= {"n"} and "m" not in shelf["shelf"]


def test_a_place_in_brackets_narrows_a_nouns_sense():
    """"Feder {n} (bei einem Bodenbrett) :: tongue" is the floor board's; a noun's construction
    ("Grenze {f} (zu einem anderen Land) :: border") explains and narrows nothing."""
    tongue = [entry for entry in _ding_entries("Feder {n} (bei einem Bodenbrett) | Federn {pl} :: tongue (of a floor board) | tongues")
              if entry[0] == "Feder"]
    assert tongue and all("N" in entry[6] for entry in tongue)
    border = [entry for entry in _ding_entries("Grenze {f} (zu einem anderen Land) :: border") if entry[0] == "Grenze"]
    assert border and all("N" not in entry[6] for entry in border)


def test_a_sense_of_compounds_only_is_none_of_the_word_alone():
    line = ("Führer {m}; Lenker {m} (in Zusammensetzungen) [pol.] | Führer {pl}; Lenker {pl} | politischer Führer "
            "| die Staatenlenker :: leader | leaders | political leader | the national leaders")
    lemmas = {entry[0] for entry in _ding_entries(line)}
    assert "Führer" in lemmas and "Lenker" not in lemmas


def test_the_texts_gender_keeps_the_senses_of_its_lines():
    shelf = Sense("shelf", "NOUN", 1.0, 4.0, marks="n")
    board = Sense("board", "NOUN", 3.0, 5.0, marks="Hm")
    compound = Sense("edge", "NOUN", 0.5, 4.0, marks="C")
    assert _of_gender([board, shelf, compound], "Neut") == [shelf, compound]
    assert _of_gender([board, shelf], "Fem") == [board, shelf]  # no sense of that gender: all stay
    assert _of_gender([board, shelf], "") == [board, shelf]


def test_a_machine_parts_line_gives_way_to_the_words_own_everyday_line():
    """Feder [techn.] "spring" beats "feather" on support and on frequency; Schreibstift's "pen"
    (lent, X) is no everyday sense of Feder's own."""
    spring = Sense("spring", "NOUN", 3.5, 4.9, marks="FHfX", cues="[techn] kegelige")
    pen = Sense("pen", "NOUN", 1.1, 4.4, marks="fX", cues="schreiber")
    feather = Sense("feather", "NOUN", 1.0, 3.7, marks="Hf", cues="[ornith]")
    assert decide([spring, pen, feather], Context()).senses[:1] == ("feather",)
    # in an article on technology the machine part stays
    assert decide([spring, pen, feather], Context(topic=frozenset({"technology"}))).senses[:1] == ("spring",)


def test_an_examples_other_sense_is_no_use_of_a_stem_sharing_one():
    alone = {"farm", "farming", "agriculture"}
    forms = {"industri": {"industrial"}, "farm": {"farming"}}
    assert not _uses(forms, "farm", alone)
    assert _uses(forms, "farming", alone)
    assert _uses({"report": {"reported"}}, "report", {"report"})
    # Abfluss "draining away" is a longer sense: an example's "draining" is a use of "drain"
    assert _uses({"drain": {"draining"}}, "drain", {"drain", "flow"})


@needs_ding
@pytest.mark.parametrize(("text", "lemma", "pos", "title", "right", "wrong"), [
    # round 19: "tongue" (das Feder of a floor board) for a shuttlecock's feathers
    ("Damit er besser geradeaus fliegt, hat er Federn.", "Feder", "NOUN", "Badminton", "feather", "tongue"),
    # "leader" was "Lenker (in Zusammensetzungen)"; "(Fahrrad)" is the article's subject
    ("Am Lenker befindet sich zusätzlich eine Klingel, um bei Gefahr auf sich aufmerksam zu machen.",
     "Lenker", "NOUN", "Fahrrad", "handlebar", "leader"),
])
def test_the_sense_the_text_shows_goes_first(ding, nlp, text, lemma, pos, title, right, wrong):
    senses = _choice(ding, nlp, text, lemma, pos, title).senses
    assert senses[:1] == (right,)
    assert wrong not in senses


@needs_ding
def test_an_examples_farming_does_not_count_for_farm(ding, nlp):
    """"farm" is Landwirtschaft's only on the line of landwirtschaftlicher Betrieb; with the
    examples' "farming" counted for it, it left no room for the own line's "agriculture"."""
    text = "Wichtig ist auch die Landwirtschaft, in der man viel Olivenbäume anbaut."
    assert "agriculture" in _choice(ding, nlp, text, "Landwirtschaft", "NOUN", "Kreta").senses


@needs_ding
def test_a_gender_with_only_a_narrow_line_picks_nothing(ding, nlp):
    """Ding writes "Fußhebel {m}; Pedal {m} :: pedal"; das Pedal's own line is an organ's: the card keeps "pedal"."""
    text = "Für die Fahrt muss der Mensch, der auf dem Fahrradsattel sitzt, in zwei Pedale treten."
    assert _choice(ding, nlp, text, "Pedal", "NOUN", "Fahrrad").senses[:1] == ("pedal",)


@needs_ding
def test_a_narrow_sense_needs_the_title_to_name_its_qualifier(ding, nlp):
    """Without the article's subject the sentence shows nothing of a bicycle: no gloss rather than "leader"."""
    text = "Am Lenker befindet sich zusätzlich eine Klingel, um bei Gefahr auf sich aufmerksam zu machen."
    assert "leader" not in _choice(ding, nlp, text, "Lenker", "NOUN", "Auto").senses
