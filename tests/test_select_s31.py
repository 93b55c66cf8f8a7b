"""Session 31: no statement or vocabulary item prints another item's answer (round 28).

Readers of round 28: "the vocabulary gap 7 in Aare (Wikipedia) prints half the answer to item 1,
and the richtig/falsch statement 2 in Aare (Klexikon) gives away item 6"."""

from __future__ import annotations

from test_select_s27 import _article

from quizgen.config import Options
from quizgen.generation import selection
from quizgen.model import Question
from quizgen.pipeline import build_material

TOPIC = frozenset({"aare"})


def _wh(prompt: str, answer: str, accepted: tuple[str, ...] = ()) -> Question:
    return Question(id="", type="wh", prompt=prompt, answer=answer, sentence=0, evidence="", accepted=accepted,
                    skill="was")


def _statement(text: str) -> Question:
    return Question(id="", type="true_false", prompt=text, answer="falsch", sentence=0, evidence="",
                    options=("richtig", "falsch"), skill="statement-then-now")


def _word_gap(prompt: str, answer: str, options: tuple[str, ...]) -> Question:
    return Question(id="", type="multiple_choice", prompt=f"Welches Wort passt in die Lücke? {prompt}", answer=answer,
                    sentence=0, evidence="", options=options, focus="vocabulary", skill="word")


def test_a_statement_on_the_answer_of_a_question_gives_it_away():
    changed = _wh("Was änderte sich, nachdem die Aare in den Hagneckkanal gelegt worden war?",
                  "es gibt fast keine Überschwemmungen mehr", ("es gibt weniger Überschwemmungen",))
    floods = _statement("Die Aare verursacht heute viele Überschwemmungen.")
    power = _statement("Die Aare wird mit einem Stauwehr zur Stromgewinnung genutzt.")
    assert selection._prints_answer(floods, changed, TOPIC)
    assert not selection._prints_answer(power, changed, TOPIC)
    # the question never yields to the statement: the statement is the item that goes
    assert not selection._prints_answer(changed, floods, TOPIC)


def test_a_statement_sharing_two_of_four_words_of_a_long_answer_gives_nothing_away():
    # Blüte (Klexikon): the male part named wrongly does not tell that most flowers hold both parts
    both = _wh("Was ist bei den meisten Blüten anders als bei den Menschen?",
               "Die meisten Blüten enthalten gleichzeitig die männlichen und die weiblichen Teile.")
    male = _statement("Der männliche Teil der Blüte heißt Narbe.")
    assert not selection._prints_answer(male, both, frozenset({"blüte"}))
    assert selection._prints_answer(_statement("Die männlichen und die weiblichen Teile sind in einer Blüte."), both,
                                    frozenset({"blüte"}))


def test_a_word_gap_that_prints_a_point_of_nenne_zwei_gives_it_away():
    special = _wh("Was ist das Besondere an der Aare?", "der längste gänzlich innerhalb der Schweiz verlaufende Fluss",
                  ("der wasserreichste Nebenfluss des Rheins",))
    richest = _word_gap("Die Aare ist der wasserreichste _____ des Rheins, noch vor der Maas.", "Nebenfluss",
                        ("Flusslauf", "Stausee", "Nebenfluss"))
    landscape = _word_gap("Die _____ rechts der Aare zwischen Thun und Aarwangen gehörte zur Landgrafschaft Burgund.",
                          "Landschaft", ("Landschaft", "Mündung", "Gemeinde"))
    assert selection._prints_answer(richest, special, TOPIC)
    assert not selection._prints_answer(landscape, special, TOPIC)
    # a distractor is no statement: "Meeresströmung" among the options gives no reason away
    current = _wh("Warum ist das Klima auf den Galapagosinseln nicht so heiß?", "wegen einer Meeresströmung")
    theory = _word_gap("Diese _____ war entscheidend für seine Evolutionstheorie.", "Erkenntnis",
                       ("Artenvielfalt", "Erkenntnis", "Meeresströmung"))
    assert not selection._prints_answer(theory, current, frozenset({"galapagosinseln"}))
    # "Rhein" and "Rheins" are one word (the crude stem alone took them apart)
    assert selection._prints_answer(richest, _wh("Wohin mündet die Aare?", "in den Rhein"), TOPIC)


def test_the_title_and_the_questions_own_words_give_nothing_away():
    source = _wh("Wo entspringt die Aare?", "in den Aargletschern")
    assert not selection._prints_answer(_statement("Die Aare ist 288 Kilometer lang."), source, TOPIC)
    named = _wh("Was baute man am Ufer der Aare in Bern?", "einen Bärenpark für die Bären")
    # "Bären" is answered, "Bern" is in the question: a statement naming Bern alone gives nothing
    assert not selection._prints_answer(_statement("In Bern gibt es eine Altstadt."), named, TOPIC)


def test_aare_keeps_the_consequence_and_no_item_prints_another_answer(nlp, devdata):
    for name in ("klexikon/Aare.txt", "wikipedia/Aare.txt"):
        analysis = _article(nlp, devdata, name)
        questions = build_material(analysis, Options()).questions
        topic = selection._salience(analysis).topic
        for question in questions:
            for other in questions:
                if other is not question and other.type in ("wh", "multiple_choice"):
                    assert not selection._prints_answer(question, other, topic), (name, question.prompt, other.prompt)
        prompts = [q.prompt for q in questions]
        if name.startswith("klexikon"):
            assert any(p.startswith("Was änderte sich, nachdem die Aare in den Hagneckkanal") for p in prompts)
        else:
            assert not any("wasserreichste _____" in p for p in prompts)


def test_a_date_or_count_of_what_the_text_never_returns_to_is_a_bare_lookup(nlp, devdata):
    from test_select_s27 import _question

    galapagos = _article(nlp, devdata, "wikipedia/Galapagosinseln.txt")
    salience = selection._salience(galapagos)
    people = _question(galapagos, "In den 1920er Jahren lebten", "Wie viele Menschen lebten in den 1920er Jahren auf den "
                       "Galapagosinseln?", "rund 400", "wie viele")
    park = _question(galapagos, "1959 erklärte die ecuadorianische Regierung", "Wann erklärte die ecuadorianische Regierung "
                     "die Galapagosinseln zum Nationalpark Galapagos?", "1959", "wann")
    assert selection.bare_lookup(people, salience)  # the people and the years name nothing the text goes on about
    assert selection.marginal_detail(people, salience)
    assert not selection.bare_lookup(park, salience)  # the national park comes back throughout the text
    prompts = [q.prompt for q in build_material(galapagos, Options()).questions]
    assert not any(p.startswith("Wie viele Menschen lebten in den 1920er Jahren") for p in prompts)


def test_a_count_of_the_topic_itself_is_no_bare_lookup(nlp, devdata):
    from test_select_s27 import _question

    hungarian = _article(nlp, devdata, "wikipedia/Ungarische_Sprache.txt")
    salience = selection._salience(hungarian)
    speakers = _question(hungarian, "13,5 Millionen Menschen", "Wie viele Menschen sprechen Ungarisch?", "über 13,5 Millionen", "wie viele")
    assert not selection.bare_lookup(speakers, salience)


def test_a_date_of_the_topics_own_people_is_no_bare_lookup(nlp, devdata):
    """Round 28's readers named "Wann wanderten viele Ungarn aus? – 1956" a bare lookup, but session 19
    judged it good and keeps it (test_selection_s19: a date of the topic outside a chronicle stays);
    the fixer of session 31 kept session 19's: a date of the topic's own people is none."""
    from test_select_s27 import _question

    hungarian = _article(nlp, devdata, "wikipedia/Ungarische_Sprache.txt")
    salience = selection._salience(hungarian)
    emigrated = _question(hungarian, "Volksaufstand 1956", "Wann wanderten viele Ungarn aus?", "1956", "wann")
    assert not selection.bare_lookup(emigrated, salience)  # "Ungarn" is the topic's people
    assert not selection.marginal_detail(emigrated, salience)
    prompts = [q.prompt for q in build_material(hungarian, Options()).questions]
    assert "Wie viele Menschen sprechen Ungarisch?" in prompts
