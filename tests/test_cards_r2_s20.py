"""Lemmas, choice and examples the card readers of round 20 found wrong (session 20, issue 13):
"der Maulwurfsgrill" for Maulwurfsgrillen, "der Beutel" carved out of Staubbeutel (anther),
"sich zurückführen auf" where the sich is lassen's, schlussendlich labelled ADJ, the proper
name "der Ogadenkrieg" with an invented plural, an example of two sentences glued together.
Each rule is checked on German sentences like the judged ones, with sentences where nothing
must change. (Leaving out everyday words of a one-paragraph text's first sentence, der
Schlüssel, also lost three cards the readers judged worth learning: not done.)"""

from __future__ import annotations

from test_cloze_s14 import _item

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction.vocabulary import (
    _as_adverb,
    _feminine_plural_lemma,
    _names_head,
    extract_vocabulary,
)
from quizgen.generation.cloze import _bare_plural
from quizgen.model import Article, VocabItem


def _items(nlp, text: str, level: str = "A1") -> dict[tuple[str, str], VocabItem]:
    article = Article("Test", text, "test.txt", "test", ((0, len(text)),))
    items = extract_vocabulary(analyze(nlp, article), Options(level=level, max_words=0))
    return {(item.lemma, item.pos): item for item in items}


def test_a_feminine_nouns_plural_has_the_feminine_lemma(nlp):
    """"Die Maulwurfsgrillen leben die meiste Zeit unterirdisch": die Maulwurfsgrille, not
    "der Maulwurfsgrill, die Maulwurfsgrills", which cannot be written Maulwurfsgrillen."""
    items = _items(nlp, "Die Maulwurfsgrillen leben die meiste Zeit unterirdisch in selbst angelegten Gängen.")
    grille = items["Maulwurfsgrille", "NOUN"]
    assert (grille.article, grille.plural) == ("die", "die Maulwurfsgrillen")
    assert ("Maulwurfsgrill", "NOUN") not in items


def test_a_weak_masculine_or_a_masculine_plural_keeps_its_lemma():
    """die Menschen is der Mensch (weak: des Menschen), die Böden der Boden; nothing changes."""
    assert _feminine_plural_lemma("Menschen", "Mensch") == "Mensch"
    assert _feminine_plural_lemma("Böden", "Boden") == "Boden"
    assert _feminine_plural_lemma("Straßen", "Straße") == "Straße"


def test_a_compound_whose_meaning_in_its_sentence_is_another_word_gives_no_head(ding_text):
    """Staubbeutel is "anther" in a text on flowers (Ding: [bot.]): its head "der Beutel – bag"
    is not the text's word; Hauptverantwortung "main responsibility" names its head's sense."""
    glossary = ding_text("de-en", "Beutel {m} | Beutel {pl} :: bag | bags\nVerantwortung {f} :: responsibility\n")
    assert not _names_head("Staubbeutel", "Beutel", glossary, ("anther",))
    assert _names_head("Hauptverantwortung", "Verantwortung", glossary, ("main responsibility",))
    assert _names_head("Staubbeutel", "Beutel", glossary)  # no meaning known: it names it for all we know


def test_an_adjective_the_dictionary_knows_only_as_adverb_is_an_adverb(ding_text):
    """"Er ringt mit sich, …, unterlässt es aber schlussendlich": Ding gives schlussendlich
    only as {adv}; völlig, an adjective too, stays one."""
    glossary = ding_text(
        "de-en", "schlussendlich {adv} :: ultimately\nvöllig {adj} :: complete\nvöllig {adv} :: completely\n"
    )
    adverb = VocabItem(lemma="schlussendlich", pos="ADJ", gloss=("ultimately",))
    adjective = VocabItem(lemma="völlig", pos="ADJ", gloss=("complete",))
    assert _as_adverb(adverb, glossary).pos == "ADV"
    assert _as_adverb(adjective, glossary).pos == "ADJ"


def test_the_sich_of_lassen_is_not_the_infinitives(nlp):
    """"Das Projekt … lässt sich zurückführen auf getrennte Entwurfsstudien": zurückführen, not
    "sich zurückführen"; "Die Firma konzentriert sich auf neue Märkte" keeps its sich."""
    items = _items(nlp, "Das Projekt eines neuen Flugzeugs lässt sich zurückführen auf getrennte Entwurfsstudien.")
    assert not items["zurückführen", "VERB"].reflexive
    items = _items(nlp, "Die Firma konzentriert sich seit Jahren auf neue Märkte.")
    assert items["konzentrieren", "VERB"].reflexive


def test_a_compound_of_a_name_in_the_text_is_no_card(nlp):
    """"Der Ogadenkrieg endete mit der Niederlage Somalias", with "Ogaden" in the text: the name
    of one war, no card; der Bürgerkrieg, of a common noun, stays."""
    text = ("Der Ogadenkrieg begann im Jahr 1977. Somalia beanspruchte die Region Ogaden für sich. "
            "Der Bürgerkrieg dauerte danach viele Jahre.")
    items = _items(nlp, text)
    assert ("Ogadenkrieg", "NOUN") not in items
    assert ("Bürgerkrieg", "NOUN") in items


def test_a_phrases_example_is_its_own_of_sentences_glued_together(nlp):
    """"… für Hirntod befunden worden.2007: Im Mai 2007 trat erneut eine Verordnung … in Kraft":
    the card of "in Kraft treten" shows the sentence it stands in, not both."""
    text = ("Der Spender war vor der Transplantation für hirntot befunden worden.2007: Im Mai 2007 trat "
            "erneut eine Verordnung des Ministeriums in Kraft.")
    phrase = _items(nlp, text)["in Kraft treten", "MWE"]
    assert phrase.example == "Im Mai 2007 trat erneut eine Verordnung des Ministeriums in Kraft."
    alone = "Im Mai 2007 trat erneut eine Verordnung des Ministeriums in Kraft."
    assert _items(nlp, alone)["in Kraft treten", "MWE"].example == alone


def test_a_bare_plural_whose_singular_takes_die_makes_no_gap(nlp):
    """"Auf der Wannseekonferenz … wurden Zuständigkeiten und Organisation … beschlossen": with
    no article before it, "die Z…" takes the singular as well; after "die" the plural stays."""
    analysis = _analysis(nlp, "Auf der Konferenz im Januar 1942 wurden Zuständigkeiten und Organisation beschlossen.")
    sentence = analysis.sentences[0]
    token = next(t for t in sentence.tokens if t.text == "Zuständigkeiten")
    item = _item(analysis, "Zuständigkeiten", "Zuständigkeit", "NOUN", ("responsibility",), article="die")
    assert _bare_plural(item, token, analysis.tokens)
    analysis = _analysis(nlp, "Auf der Konferenz im Januar 1942 wurden die Zuständigkeiten der Ämter beschlossen.")
    token = next(t for t in analysis.sentences[0].tokens if t.text == "Zuständigkeiten")
    assert not _bare_plural(item, token, analysis.tokens)


def _analysis(nlp, text: str):
    return analyze(nlp, Article("Test", text, "test.txt", "test", ((0, len(text)),)))


def test_a_bare_plural_outside_a_pair_keeps_its_gap(nlp):
    """"zur Massenproduktion von Raketen": no singular fits the gap, which stays."""
    analysis = _analysis(nlp, "Der Aufruf zur Massenproduktion von Raketen kommt kurz vor den Übungen.")
    token = next(t for t in analysis.sentences[0].tokens if t.text == "Raketen")
    item = _item(analysis, "Raketen", "Rakete", "NOUN", ("rocket",), article="die")
    assert not _bare_plural(item, token, analysis.tokens)
