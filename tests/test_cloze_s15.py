"""Cloze gaps strict readers rejected in round 11 (tests/judged/cards.md, table "Cloze"), and the
usable ones a rule must not lose, on real German sentences analysed by the offline pipeline.

The rules that ask the dictionary about other words read a small dictionary the test writes, so
that they hold whatever dictionary is installed; the synonyms come from OpenThesaurus."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cloze_s13 import _analysis
from test_cloze_s14 import _hints, _item

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction.thesaurus import load_thesaurus
from quizgen.generation import make_clozes
from quizgen.model import Analysis, Article, VocabItem


def _dictionary(tmp_path: Path, *lines: str) -> Options:
    """Options reading a dictionary of ``word<TAB>gloss<TAB>POS`` lines (a file of its own each)."""
    path = tmp_path / f"dictionary{len(list(tmp_path.glob('*.tsv')))}.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Options(dictionary=path)


def _hints_with(options: Options, analysis: Analysis, *items: VocabItem) -> dict[str, str]:
    notes = make_clozes(analysis, items, (), options)
    return {answer: hint for note in notes for answer, hint in zip(note.answers, note.hints, strict=True)}


def test_a_weak_verb_split_from_its_particle_gets_its_meaning_as_hint(nlp):
    """Round 11: "Heute [blickt] Jolie auf diese Phase … zurück" with the hint "zurückblicken":
    the particle stands in the sentence, so only "-t" was left. Round 12 rejected a strong
    verb's split form with its lemma hint too ("[rief] … auf" with "aufrufen": the particle and
    the lemma leave the stem's vowel): "[stieg] … an" gets its meaning."""
    analysis = _analysis(nlp, "Heute blickt Jolie auf diese Phase ihres Lebens mit einer Bemerkung zurück.")
    look = _item(analysis, "blickt", "zurückblicken", "VERB", ("to look back",), separable_prefix="zurück",
                 verb_forms=("blickt zurück", "blickte zurück", "hat zurückgeblickt"))
    assert _hints(analysis, look) == {"blickt": "b… (to look back)"}
    analysis = _analysis(nlp, "Die Zahl der Verletzten stieg am Abend noch einmal deutlich an.")
    rise = _item(analysis, "stieg", "ansteigen", "VERB", ("to rise",), separable_prefix="an",
                 verb_forms=("steigt an", "stieg an", "ist angestiegen"))
    assert _hints(analysis, rise) == {"stieg": "s… (to rise)"}


@pytest.mark.skipif(not load_thesaurus().synonyms("verbergen"), reason="needs OpenThesaurus (openthesaurus-de-text)")
def test_a_meaning_hint_shows_letters_enough_to_tell_it_from_a_synonym(nlp, tmp_path):
    """Round 11: "v… (to hide)" admits verstecken as well as verbergen, "die V… (distribution)"
    Verteilung as well as Verbreitung: the dictionary gives both words that meaning, and they are
    synonyms. The hint shows the start that tells them apart. A synonym the dictionary does not
    give the meaning, or one of the answer's family (lebend for lebendig), leaves one letter."""
    options = _dictionary(
        tmp_path, "verbergen\tto hide\tVERB", "verstecken\tto hide\tVERB", "Verbreitung\tdistribution\tNOUN",
        "Verteilung\tdistribution\tNOUN", "lebendig\talive\tADJ", "lebend\talive\tADJ",
    )
    analysis = _analysis(nlp, "Hanna versucht lange, ihren Analphabetismus vor ihm zu verbergen.")
    hide = _item(analysis, "verbergen", "verbergen", "VERB", ("to hide",))
    assert _hints_with(options, analysis, hide) == {"verbergen": "verb… (to hide)"}
    alone = _dictionary(tmp_path, "verbergen\tto hide\tVERB")
    assert _hints_with(alone, analysis, hide) == {"verbergen": "v… (to hide)"}
    analysis = _analysis(nlp, "Die Verbreitung günstiger Internetzugänge hat neue Möglichkeiten eröffnet.")
    spread = _item(analysis, "Verbreitung", "Verbreitung", "NOUN", ("distribution",), article="die")
    assert _hints_with(options, analysis, spread) == {"Verbreitung": "die Verb… (distribution)"}
    analysis = _analysis(nlp, "Dennoch blieb die Idee der Reichseinheit lebendig, so galten die Gesetze weiter.")
    alive = _item(analysis, "lebendig", "lebendig", "ADJ", ("alive",))
    assert _hints_with(options, analysis, alive) == {"lebendig": "l… (alive)"}


def test_a_word_of_the_title_makes_no_gap(nlp):
    """Round 11: two notes of "Der Valentinstag in Saudi-Arabien" gapped Valentinstag, which every
    sentence repeats. Under another title it keeps its gap."""
    text = "Der Valentinstag in Saudi-Arabien\n\nIm Jahr 2008 verbot die Religionspolizei den Verkauf aller Waren zum Valentinstag."
    body = text.index("Im")
    article = Article("Der Valentinstag in Saudi-Arabien", text, "test.txt", "test", ((0, body - 2), (body, len(text))),
                      headings=(0,), title_span=(0, body - 2))
    analysis = analyze(nlp, article)
    day = _item(analysis, "Valentinstag", "Valentinstag", "NOUN", ("Valentine's Day",), article="der")
    sale = _item(analysis, "Verkauf", "Verkauf", "NOUN", ("sale",), article="der")
    assert [note.answers for note in make_clozes(analysis, (day, sale), (), Options())] == [("Verkauf",)]
    other = _analysis(nlp, text[body:])
    day = _item(other, "Valentinstag", "Valentinstag", "NOUN", ("Valentine's Day",), article="der")
    assert [note.answers for note in make_clozes(other, (day,), (), Options())] == [("Valentinstag",)]
