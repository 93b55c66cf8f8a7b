"""Session 30, issue 12: the numbers people ask for about a paragraph (MLQA "Wie viele …?", "Wie
hoch …?"), which the role questions refused when the counted phrase or its clause carried more: a
list of members after ", darunter", the names of the counted after a comma, who gives an amount
("nach Angaben der Produktionsfirma"). Real German sentences through the offline pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh import wh_questions
from quizgen.generation.wh_more import more_questions
from quizgen.model import Article


def _questions(nlp, text: str, ask) -> dict[str, object]:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in ask(analysis, extract_facts(analysis))}


def test_a_list_after_darunter_stays_out_of_the_prompt(nlp):
    """MLQA (Vestas): "Wie viele Menschen weltweit arbeiten für Vestas? – rund 23.000"; the list of
    countries after ", darunter" names some of the 26 and is no phrase of the clause."""
    text = ("Vestas ist ein Hersteller von Windkraftanlagen mit Sitz in Aarhus. Das Unternehmen hatte Ende 2017 "
            "rund 23.000 Beschäftigte in 26 Ländern, darunter Dänemark, Deutschland und Schweden.")
    questions = _questions(nlp, text, wh_questions)
    asked = questions.get("Wie viele Beschäftigte hatte das Unternehmen Ende 2017 in 26 Ländern?")
    assert asked is not None, sorted(questions)
    assert asked.answer == "rund 23.000"
    assert not any("darunter" in prompt or "Dänemark" in prompt for prompt in questions)


def test_a_list_without_an_opener_is_left_as_it_was(nlp):
    """Without "darunter" (or "unter anderem", "vor allem" …) the phrases after the comma are not
    dropped: "Dänemark" must not vanish from a clause that says something about it."""
    text = "Das Unternehmen baute 2017 neue Werke in Dänemark, in Deutschland und in Schweden."
    questions = _questions(nlp, text, wh_questions)
    assert all("Dänemark" in prompt or "Schweden" in prompt or not prompt.startswith("Wann") for prompt in questions)


def test_the_names_of_the_counted_after_a_comma(nlp):
    """MLQA (Devdas Gandhi): "Wie viele Kinder hatten Devdas und Lakshmi? – vier Kinder"."""
    text = ("Devdas Gandhi heiratete 1933 Lakshmi, die Tochter von C. Rajagopalachari. Das Paar bekam vier Kinder, "
            "Rajmohan Gandhi, Gopalkrishna Gandhi, Ramchandra Gandhi und Tara Bhattacharya.")
    questions = _questions(nlp, text, wh_questions)
    asked = questions.get("Wie viele Kinder bekam das Paar?")
    assert asked is not None, sorted(questions)
    assert asked.answer == "vier"
    assert "vier Kinder" in asked.accepted


def test_no_count_when_the_phrase_after_the_comma_is_no_list_of_names(nlp):
    """"drei Söhne, die alle Ärzte wurden": a relative clause, not the names; the count phrase stays
    whole and no "Wie viele Söhne" loses what the clause says of them."""
    text = "Der Bauer Karl Huber hatte drei Söhne, zwei Töchter und einen großen Hof in der Nähe von Passau."
    questions = _questions(nlp, text, wh_questions)
    assert not any(prompt.startswith("Wie viele Söhne") for prompt in questions)


def test_who_gives_an_amount_stays_in_the_how_high_question(nlp):
    """MLQA (Avatar): "Was waren die Produktionskosten des Films Avatar? – 237 Millionen US-Dollar"."""
    text = ("Avatar ist ein Science-Fiction-Film von James Cameron. Die Produktionskosten des Films lagen nach "
            "Angaben der Produktionsfirma bei 237 Millionen US-Dollar.")
    questions = _questions(nlp, text, more_questions)
    asked = questions.get("Wie hoch waren die Produktionskosten des Films nach Angaben der Produktionsfirma?")
    assert asked is not None, sorted(questions)
    assert asked.answer == "237 Millionen US-Dollar"


def test_an_amount_with_another_adverbial_is_not_asked_how_high(nlp):
    """"wegen der Dreharbeiten in Neuseeland" is no source of the figure: the question would drop a
    reason the amount depends on, so none is asked."""
    text = "Die Kosten des Films lagen wegen der Dreharbeiten in Neuseeland bei 237 Millionen US-Dollar."
    questions = _questions(nlp, text, more_questions)
    assert not any(prompt.startswith("Wie hoch") for prompt in questions)


def test_a_new_thing_counted_is_no_pointing_adjective(nlp):
    """"zwölf neue Flugzeuge" introduces the aircraft ("neu" after a number, as after "ein"): MLQA
    asked "Wie viele neue Boeings bestellte Pegasus?"; "die neuen Flugzeuge" still points back."""
    questions = _questions(nlp, "Pegasus Airlines bestellte im November 2005 zwölf neue Flugzeuge.", wh_questions)
    asked = questions.get("Wie viele neue Flugzeuge bestellte Pegasus Airlines im November 2005?")
    assert asked is not None, sorted(questions)
    assert asked.answer == "zwölf"
    pointing = _questions(nlp, "Pegasus Airlines bestellte im November 2005 die neuen Flugzeuge.", wh_questions)
    assert not any("neuen Flugzeuge" in prompt for prompt in pointing)


def test_a_count_between_two_numbers(nlp):
    """MLQA (Unterhaus): "Wie viele Mitglieder gab es zwischen 1949 und 1984? – zwischen 121 und 127";
    the rules read "zwischen 121 und 127 Mitglieder" as a prepositional phrase (not "Mitgliedern")."""
    text = "Zwischen 1949 und 1984 hatte die Partei zwischen 121 und 127 Mitglieder."
    questions = _questions(nlp, text, wh_questions)
    asked = questions.get("Wie viele Mitglieder hatte die Partei zwischen 1949 und 1984?")
    assert asked is not None, sorted(questions)
    assert asked.answer == "zwischen 121 und 127"
    assert "121" not in asked.accepted  # neither bound alone is the count


def test_how_far_a_place_or_star_is(nlp):
    """MLQA: "In welcher Entfernung von der Sonne existiert der fünfthellste Stern? – 25 Lichtjahre",
    "Wieviele km nördlich von Utrecht ist Hilversum? – 25 km"."""
    text = ("Wega ist etwa 25 Lichtjahre von der Sonne entfernt und damit ein relativ nahe gelegener Stern. "
            "Die Stadt Hilversum liegt 25 km nördlich von Utrecht.")
    questions = _questions(nlp, text, more_questions)
    star = questions.get("Wie weit ist Wega von der Sonne entfernt?")
    town = questions.get("Wie weit liegt die Stadt Hilversum nördlich von Utrecht?")
    assert star is not None and town is not None, sorted(questions)
    assert (star.answer, town.answer) == ("etwa 25 Lichtjahre", "25 km")


def test_two_distances_ask_nothing(nlp):
    """"30 km südöstlich von Amsterdam und 25 km nördlich von Utrecht": which one is meant?"""
    text = "Die Stadt Hilversum ist 30 km südöstlich von Amsterdam und 25 km nördlich von Utrecht gelegen."
    assert not any(prompt.startswith("Wie weit") for prompt in _questions(nlp, text, more_questions))


def test_a_title_in_straight_quotes_may_stand_in_the_prompt(nlp):
    """Many texts (MLQA's Wikipedia paragraphs) quote a title with straight quotes; the words
    inside them were refused as "a word from brackets or quotes", as if the prompt had lost them."""
    questions = _questions(nlp, 'Der Film "Avatar" kam im Dezember 2009 in die Kinos.', wh_questions)
    asked = questions.get('Wann kam der Film "Avatar" in die Kinos?')
    assert asked is not None, sorted(questions)
    assert asked.answer == "im Dezember 2009"
