"""Session 28 (issue 13, round 24's card readers): an example full of names is as long to read as
a longer one, a relative clause after the bare infinitive of lassen or a modal is its noun's, and a
pronominal adverb before a dass-clause or zu-infinitive shows the verb's preposition."""

from __future__ import annotations

import pytest
from test_cloze_s13 import _analysis, _item
from test_senses_own_line_s22 import needs_ding

from quizgen.extraction.vocabulary import _example, construction

NAMED = ('Lindbergh ließ sich für diese Herausforderung vom Hersteller Ryan Aeronautical ein Flugzeug bauen, '
         'das er "Spirit of St. Louis" nannte.')


def _example_of(nlp, text: str, word: str) -> str:
    sentence = _analysis(nlp, text).sentences[0]
    return _example(sentence, text.index(word))


def test_an_example_full_of_names_loses_the_relative_clause_that_does_not_hold_the_word(nlp):
    """Round 24: the 20 words with six of names were "too long and full of names"."""
    assert _example_of(nlp, NAMED, "Herausforderung") == (
        "Lindbergh ließ sich für diese Herausforderung vom Hersteller Ryan Aeronautical ein Flugzeug bauen.")


def test_a_short_example_without_names_keeps_its_relative_clause(nlp):
    text = "Die Bauern ließen sich für die neue Scheune ein großes Tor bauen, das sie im Winter schließen konnten."
    assert _example_of(nlp, text, "Scheune") == text


def test_the_relative_clause_of_a_demonstrative_stays_however_many_names(nlp):
    """"für denjenigen, der …" cannot end after denjenigen: the sentence stays whole."""
    text = ("Im Jahr 1919 bot der Millionär Raymond Orteig ein Preisgeld von 25.000 US-Dollar für denjenigen, "
            "der alleine mit einem Flugzeug den Atlantik überquerte.")
    assert _example_of(nlp, text, "Preisgeld") == text



@needs_ding
@pytest.mark.parametrize(("text", "form", "lemma", "shown"), [
    ("Schindler konnte die Polizisten dazu überreden, ihn freizulassen.", "überreden", "überreden", "zu + Dat."),
    ("Die Eltern haben sich darauf geeinigt, im Sommer nach Kreta zu fahren.", "geeinigt", "einigen", "sich auf"),
    ("Der Bürgermeister sorgte dafür, dass die Kinder eine neue Schule bekamen.", "sorgte", "sorgen", "für + Akk."),
])
def test_a_pronominal_adverb_before_a_clause_gives_the_verb_its_preposition(nlp, ding, text, form, lemma, shown):
    """Round 24: "jdn. zu etw. überreden" was missing; the prepositional object is the clause
    that "dazu", "darauf", "dafür" announce."""
    analysis = _analysis(nlp, text)
    assert construction(_item(analysis, form, lemma, "VERB", ("x",)), analysis.sentences[0], ding) == shown


@needs_ding
@pytest.mark.parametrize(("text", "form", "lemma"), [
    ("Danach sagte der Bürgermeister, dass die Schule im Sommer fertig sei.", "sagte", "sagen"),
    ("Er überredete seine Schwester dazu.", "überredete", "überreden"),
])
def test_no_preposition_without_a_clause_it_announces_or_one_the_verb_takes(nlp, ding, text, form, lemma):
    """"Danach" is a time, and sagen takes no "nach"; a bare "dazu" is no clause to learn the verb with."""
    analysis = _analysis(nlp, text)
    assert construction(_item(analysis, form, lemma, "VERB", ("x",)), analysis.sentences[0], ding) == ""
