"""Classes of wrong senses the readers of judged round 4 found on the cards (issue 13,
tests/judged/cards.md), each checked on German sentences like those of the judged texts: an
English idiom of a light verb ranked by the light verb's frequency, a noun given the meaning of
Ding's phrase with its genitive."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from quizgen.extraction.ding import _cognate, _german_headword
from quizgen.extraction.glossary import load_glossary

DING = Path("/usr/share/trans/de-en") if os.environ.get("QUIZGEN_DICTIONARY") != "none" else Path("/nonexistent/de-en")
needs_ding = pytest.mark.skipif(not DING.exists(), reason="needs Debian's trans-de-en (quizgen dictionary install)")


def _analysed(nlp, text: str, lemma: str, form: str = ""):
    """The analysed sentence of a one-sentence text and the Token.i of the word with this lemma
    (or this form, for a participle the vocabulary cards as its verb)."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.model import Article

    sentence = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),))).sentences[0]
    return sentence, next(token.i for token in sentence.tokens if token.lemma == lemma or token.text == form)


@pytest.fixture(scope="module")
def ding():
    load_glossary.cache_clear()
    return load_glossary(DING)


def _first(glossary, nlp, text: str, lemma: str, pos: str, form: str = "") -> str:
    sentence, token = _analysed(nlp, text, lemma, form)
    senses = glossary.senses(lemma, pos, sentence=sentence, token_i=token)
    return senses[0] if senses else ""


@needs_ding
def test_an_english_idiom_of_a_light_verb_is_not_as_common_as_the_verb(ding, nlp):
    """"to go back to" is no more common than "to resort to" because "go" is: auf etw.
    zurückgreifen is to resort to / to fall back on / to draw on (Ding: "to draw on/upon sth.")."""
    text = "Die Fluchthelfer griffen außerdem auf eine Reihe von Tricks zurück, um die Fliehenden zu schützen."
    assert _first(ding, nlp, text, "zurückgreifen", "VERB") in ("to resort to", "to fall back on", "to draw on")


@needs_ding
def test_the_meaning_of_a_phrase_with_its_genitive_is_not_the_nouns(ding, nlp):
    """"Einbruch der Nacht :: nightfall" renders the phrase: Einbruch alone is neither nightfall
    nor a break-in there; a compound's head stays ("mit Einbruch des Winters" = Wintereinbruch)."""
    text = "Nach Einbruch der Dunkelheit versteckte die Familie sie auf einem Wagen."
    assert _first(ding, nlp, text, "Einbruch", "NOUN") == ""
    text = "Die Diebe verübten einen Einbruch in das Gemeindeamt."
    assert _first(ding, nlp, text, "Einbruch", "NOUN") in ("break-in", "burglary")


@needs_ding
def test_a_verb_with_its_object_in_another_words_line_is_a_sense_of_the_verb(ding, nlp):
    """"Belohnung {f} … | eine Belohnung aussetzen (für) :: … | to offer a reward (for)": the reward
    put up for runaways is not exposed; with an object of its own sense the verb keeps that sense
    ("ein Haus bauen :: to build a house" is "to build")."""
    text = "Slavecatcher griffen entflohene Sklaven auf, um die für sie ausgesetzten Belohnungen zu kassieren."
    assert _first(ding, nlp, text, "aussetzen", "VERB", "ausgesetzten") == "to offer a reward"
    text = "Die Regierung erließ ein Gesetz gegen den Handel mit Tee."
    assert _first(ding, nlp, text, "erlassen", "VERB").startswith("to enact")
    text = "Die Familie baute ein Haus am Rand der Stadt."
    assert _first(ding, nlp, text, "bauen", "VERB") == "to build"


@needs_ding
def test_a_specialists_sense_is_not_shown_before_an_everyday_one(ding, nlp):
    """Ladung [electr.] :: charge is far ahead of the everyday load, cargo: not shown for tea thrown
    into a harbour; Abfluss [envir.] :: run-off not for the outlet of a vessel."""
    text = "Die Männer warfen drei Ladungen Tee ins Wasser."
    assert _first(ding, nlp, text, "Ladung", "NOUN") in ("", "load", "cargo", "freight")
    text = "Das Wasser lief durch einen Abfluss am Boden des Gefäßes aus."
    assert _first(ding, nlp, text, "Abfluss", "NOUN") in ("", "drain", "outlet", "outflow")


@needs_ding
def test_the_lemmas_own_cognate_is_not_weighed_down_by_its_synonyms(ding, nlp):
    """"genau; …; präzis; präzise {adj} :: precise" names präzise after more common synonyms; the
    English is präzise's cognate, and no longer loses to "spezifisch; …; präzise :: specific"."""
    text = "Die Wasseruhren waren erstaunlich präzise."
    assert _first(ding, nlp, text, "präzise", "ADJ") == "precise"
    assert _cognate("präzise", "precise") and _cognate("spezifisch", "specific") and not _cognate("präzise", "specific")


def test_a_phrase_the_deck_lists_has_its_own_meaning_where_a_dictionary_is_in_use(ding_text, nlp):
    """"im Gegensatz zu", "es handelt sich um", "im Rahmen" had no meaning on their cards: a
    dictionary's words give none (Rahmen is no frame there); the phrase's own senses are shown,
    with any dictionary (here a one-line Ding file), and only with one."""
    from quizgen.analysis.pipeline import analyze
    from quizgen.extraction.phrases import find_phrases
    from quizgen.model import Article

    text = ("Im Gegensatz zu Europa schenken in Japan Frauen den Männern Schokolade. Bei dem Sturm handelte es sich um "
            "einen Hurrikan. Im Rahmen der Vereinbarung wurden Gebiete aufgeteilt.")
    analysis = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),)))
    phrases = {item.lemma: item for item in find_phrases(analysis)}
    assert {"im Gegensatz zu", "es handelt sich um", "im Rahmen"} <= set(phrases)
    glossary = ding_text("one.ding", "Haus {n} | Häuser {pl} :: house | houses\n")
    assert glossary.senses("im Gegensatz zu", "MWE")[0] == "in contrast to"
    assert glossary.senses("im Rahmen", "MWE")[0] == "as part of"
    assert glossary.senses("es handelt sich um", "MWE")
    assert glossary.senses("Rahmen", "MWE") == ()  # no phrase of the list


@needs_ding
def test_a_construction_ding_brackets_may_be_left_out(ding, nlp):
    """"etw. (vor jdm.) verstecken :: to hide sth.": the bracketed "vor jdm." is optional, so a
    sentence without "vor" keeps the everyday sense (it had no gloss: the missing construction
    cost "to hide" four fifths of its score); "abhängen {vi} (von)" still needs its "von"."""
    assert _german_headword("etw. (vor jdm.) verstecken", "VERB") == ("verstecken", "vor?", False)
    assert _german_headword("abhängen (von)", "VERB") == ("abhängen", "von", False)
    text = "Die Familie versteckte sie tagsüber in einer Scheune."
    assert _first(ding, nlp, text, "verstecken", "VERB") == "to hide"
    assert _first(ding, nlp, "Sie hängt die Wäsche ab.", "abhängen", "VERB") != "to depend on"


def test_the_judged_wrong_senses_are_counted_from_the_cards(tmp_path, monkeypatch):
    """scripts/eval_glosses.py --judged-cards: a gloss with one of the accepted senses first is
    right, one with its object too ("to offer a reward"); "(no meaning)" is none; another wrong."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_glosses", Path(__file__).parent.parent / "scripts" / "eval_glosses.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "eval_glosses", module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    (tmp_path / "deck.cards.md").write_text(
        "V1. aussetzen — setzt aus, setzte aus, hat ausgesetzt · trennbar — VERB B2 — to offer a reward\n"
        "V2. die Ladung — die Ladungen — NOUN B1 — (no meaning)\n"
        "V3. anführen — führt an, führte an, hat angeführt · trennbar — VERB B1 — to lead\n"
        "V4. aufgreifen — greift auf, griff auf, hat aufgegriffen · trennbar — VERB B1 — to pick up on\n",
        encoding="utf-8",
    )
    (tmp_path / "judged.tsv").write_text(
        "# stem, headword, accepted\ndeck\taussetzen\tto offer; to put up\ndeck\tdie Ladung\tload; cargo\n"
        "deck\tanführen\tto cite; to quote\ndeck\taufgreifen\tto pick up\ndeck\tder Einbruch\tonset\n",
        encoding="utf-8",
    )
    found = module.judged(tmp_path, tmp_path / "judged.tsv")
    assert {verdict: len(items) for verdict, items in found.items()} == {"right": 1, "none": 1, "wrong": 2, "gone": 1}
