"""The sense in the text, session 30 (issue 13; round 24's card readers): an English function
word's frequency is no everyday noun's (Schimmel "must", a modal to the learner, before
"mould"); one word in two spellings is one sense whose support adds up ("mould [Br.]; mold
[Am.]"); a narrow noun sense the sentence shows nothing of ("Schimmel (weißes Pferd) :: white
horse") gives way to a plain line of the noun's own, rarer in English; and one sense per text: a
sentence that leaves the sense doubtful takes the one the article's other sentences decide
(Wikipedia's Tabak: "Anbau und Trocknung" after "der landwirtschaftliche Anbau von Tabak")."""

from __future__ import annotations

import pytest
from test_senses3_s23 import _choice
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.senses import Context, Sense, _related, _spelling, decide


def test_a_function_word_does_not_win_on_its_frequency():
    """"must" (Zipf 5.7, the modal) against "mould" (3.5): as a noun it is the rarer word."""
    must = Sense("must", "NOUN", 2.0, 5.7, marks="m", cues="moder")
    mould = Sense("mould", "NOUN", 3.0, 3.6, marks="Hm", cues="moder nahrungsmitteln")
    assert decide([must, mould], Context()).senses[:1] == ("mould",)
    # a verb of its own is no function word: "to do" keeps its frequency
    do = Sense("to do", "VERB", 1.0, 6.5, marks="t")
    perform = Sense("to perform", "VERB", 1.0, 4.3, marks="t")
    assert decide([do, perform], Context()).senses[:1] == ("to do",)


def test_two_spellings_are_one_word():
    assert _spelling("mould") == _spelling("mold") and _spelling("moult") == _spelling("molt")
    assert _related({"mould"}, {"mold"}) and not _related({"mould"}, {"must"})
    assert _spelling("should") != _spelling("shold") or _spelling("could") == "could"


@needs_ding
@pytest.mark.parametrize("text", ["Tabak ist sehr anfällig für Schimmel.",
                                  "Auf dem alten Brot im Schrank hat sich Schimmel gebildet."])
def test_schimmel_is_mould_not_must_nor_a_horse(ding, nlp, text):
    senses = _choice(ding, nlp, text, "Schimmel", "NOUN", title="Tabak").senses
    assert senses[:1] in (("mould",), ("mold",))
    assert "must" not in senses and "white horse" not in senses


@needs_ding
def test_a_horse_shown_by_the_sentence_stays_a_white_horse(ding, nlp):
    """The qualifier's word in the sentence keeps the narrow sense: "ein weißes Pferd"."""
    senses = _choice(ding, nlp, "Der König ritt auf einem Schimmel, einem weißen Pferd mit langer Mähne.", "Schimmel", "NOUN").senses
    assert senses[:1] in (("white horse",), ("grey horse",))


def _all_in_article(ding, nlp, text: str, title: str, lemma: str):
    """The senses of the lemma in each sentence of one article, in order."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    analysis = analyze(nlp, Article(title=title, text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
    glossary = ding.within(analysis)
    return [glossary.choice(lemma, "NOUN", sentence=sentence, token_i=token.i).senses
            for sentence in analysis.sentences for token in sentence.tokens[:] if token.lemma == lemma]


@needs_ding
def test_a_doubtful_sentence_takes_the_sense_the_article_decides(ding, nlp):
    alone = _all_in_article(ding, nlp, "Anbau und Trocknung dauern mehrere Monate.", "Tabak", "Anbau")
    assert alone and alone[0][:1] != ("cultivation",)  # alone, the sentence does not tell
    text = "Der landwirtschaftliche Anbau von Tabak braucht viel Wasser. Anbau und Trocknung dauern mehrere Monate."
    assert [senses[:1] for senses in _all_in_article(ding, nlp, text, "Tabak", "Anbau")] == [("cultivation",), ("cultivation",)]
