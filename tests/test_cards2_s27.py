"""Words that stand only in an enumeration, after round 24's card readers (issue 13): Kupfer in
"Erdöl, Erdgas, Steinkohle, Eisenerz, Kupfer und Gold", Schafe and Kühe in a list of farm
animals were cards of low value while words used in clauses of their own were left out. A noun
met only as a list member ranks lower, and no cloze gap is made on it; on real German sentences
analysed by the offline pipeline."""

from __future__ import annotations

from test_cloze_s13 import _analysis
from test_cloze_s14 import _item

from quizgen.config import Options
from quizgen.extraction.vocabulary import enumerated
from quizgen.generation.cloze import make_clozes


def _listed(nlp, text: str) -> list[str]:
    analysis = _analysis(nlp, text)
    return [token.text for sentence in analysis.sentences for token in sentence.tokens if enumerated(sentence, token)]


def test_members_of_a_list_of_three_or_more_nouns_are_enumerated(nlp):
    assert _listed(nlp, "Kasachstan hat viele Bodenschätze wie Erdöl, Erdgas, Steinkohle, Eisenerz, Kupfer und Gold.") == [
        "Erdöl", "Erdgas", "Steinkohle", "Eisenerz", "Kupfer", "Gold"]
    assert _listed(nlp, "In den Steppen gibt es viel Vieh, vor allem Schafe, aber auch Ziegen, Kühe und Pferde.") == [
        "Schafe", "Ziegen", "Kühe", "Pferde"]
    assert _listed(nlp, "Dieses Material trägt man als farbige Schicht auf blecherne Töpfe, Teller und Becher auf.") == [
        "Töpfe", "Teller", "Becher"]


def test_a_pair_an_apposition_and_a_noun_in_a_clause_are_no_list(nlp):
    assert _listed(nlp, "Dazu kommen weitere Metalle wie Blei oder das Schwermetall Uran.") == []
    assert _listed(nlp, "Russland hat dieses Gelände für seine Raketen gemietet.") == []
    assert _listed(nlp, "Im Jahr 1707 wurde London mit dem Zusammenschluss von Schottland und England, "
                        "die Hauptstadt von Großbritannien.") == []


def test_no_gap_on_a_list_member_but_on_the_word_of_the_clause(nlp):
    """Kasachstan C1 (round 24: not usable): "[Kupfer]" can only be filled from the gloss."""
    analysis = _analysis(nlp, "Kasachstan hat viele Bodenschätze wie Erdöl, Erdgas, Steinkohle, Eisenerz, Kupfer und Gold.")
    copper = _item(analysis, "Kupfer", "Kupfer", "NOUN", ("copper",), article="das", gender="Neut")
    resource = _item(analysis, "Bodenschätze", "Bodenschatz", "NOUN", ("natural resource",), article="der",
                     gender="Masc", plural="die Bodenschätze")
    answers = [answer for note in make_clozes(analysis, (copper, resource), (), Options()) for answer in note.answers]
    assert answers == ["Bodenschätze"]


def _score(nlp, text: str, lemma: str) -> float:
    from quizgen.extraction import extract_vocabulary

    items = extract_vocabulary(_analysis(nlp, text), Options(max_words=0, level="B1"))
    return next(item.score for item in items if item.lemma == lemma)


def test_a_noun_met_once_in_a_list_ranks_below_the_same_noun_in_a_clause_of_its_own(nlp):
    listed = _score(nlp, "Das Land liegt in Asien. Es hat Bodenschätze wie Erdöl, Erdgas, Kupfer und Gold.", "Kupfer")
    own = _score(nlp, "Das Land liegt in Asien. Im Norden des Landes fördert man viel Kupfer.", "Kupfer")
    assert listed < own - 1.0


def test_a_list_in_the_lead_keeps_its_weight(nlp):
    """The lead frames the topic: "Als Scheune (… Scheuer, Stadel, Schupfen, Schopf) werden …"."""
    lead = _score(nlp, "Das Land hat Bodenschätze wie Erdöl, Erdgas, Kupfer und Gold. Es liegt in Asien.", "Kupfer")
    later = _score(nlp, "Das Land liegt in Asien. Es hat Bodenschätze wie Erdöl, Erdgas, Kupfer und Gold.", "Kupfer")
    assert lead > later + 1.5
