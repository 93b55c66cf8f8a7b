"""Key questions of round 21 the sheets missed (issue 12): why something went against what one
would expect (a concession before a colon), why the climate somewhere is as it is when the
sentence says "dort", what a fronted purpose of "haben" is for, and "deshalb" after a sentence
whose "es" names nothing."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.questions import _w_questions
from quizgen.generation.reparse import names_of
from quizgen.model import Article


def _asked(nlp, title: str, text: str) -> dict[str, str]:
    """Every W-question of the text's pool, prompt → answer."""
    starts, paragraphs = 0, []
    for paragraph in text.split("\n\n"):
        paragraphs.append((starts, starts + len(paragraph)))
        starts += len(paragraph) + 2
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=tuple(paragraphs))
    analysis = analyze(nlp, article)
    with names_of(analysis):
        return {q.prompt: str(q.answer) for q in _w_questions(analysis, extract_facts(analysis))}


PAINTER = ("Vermeer war ein Maler aus den Niederlanden. Er malte vor allem Bilder von Menschen in ihren Häusern.\n\n"
           "Trotz seines Ruhms starb er einsam und arm: Er verkaufte wenige Bilder, hatte aber viele Kinder "
           "und machte Schulden.")


def test_a_concession_before_a_colon_asks_why(nlp):
    asked = _asked(nlp, "Vermeer", PAINTER)
    assert asked.get("Warum starb Vermeer trotz seines Ruhms einsam und arm?") == \
        "Er verkaufte wenige Bilder, hatte aber viele Kinder und machte Schulden", asked


def test_a_colon_after_a_plain_statement_asks_no_why(nlp):
    # a colon alone brings a list as often as a reason: no concession, no Warum
    text = ("Vermeer war ein Maler aus den Niederlanden.\n\n"
            "Er malte vor allem zwei Dinge: Er malte Menschen in ihren Häusern und Ansichten seiner Stadt.")
    asked = _asked(nlp, "Vermeer", text)
    assert not [p for p in asked if p.startswith("Warum")], asked


ISLANDS = ("Die Malediven sind eine Gruppe von Inseln im Indischen Ozean. Ein Urlaub auf den Malediven ist teuer.\n\n"
           "Die Malediven liegen nahe am Äquator. Trotzdem ist das Wetter dort nicht so heiß, wie man denken könnte. "
           "Das hängt vor allem mit einer Strömung zusammen, die vom kühlen Süden her kommt und die Luft abkühlt.")


def test_dort_after_the_topic_is_the_topic_place(nlp):
    asked = _asked(nlp, "Malediven", ISLANDS)
    assert asked.get("Warum ist das Wetter auf den Malediven nicht so heiß?") == \
        "wegen einer Strömung, die vom kühlen Süden her kommt und die Luft abkühlt", asked


def test_dort_after_another_place_stays_unnamed(nlp):
    # "dort" after a sentence naming another place (Indien) may be that place: no question says where
    text = ISLANDS.replace("nahe am Äquator", "südlich von Indien")
    asked = _asked(nlp, "Malediven", text)
    assert not [p for p in asked if "auf den Malediven nicht so heiß" in p], asked


def test_a_fronted_purpose_of_having_asks_what_for(nlp):
    text = "Badminton ist ein Spiel. Der Ball ist aus Kork. Damit er langsamer fliegt, hat er Federn."
    asked = _asked(nlp, "Badminton", text)
    assert asked.get("Wozu hat der Ball Federn?") == "damit er langsamer fliegt", asked


def test_deshalb_after_an_expletive_es_is_answered_by_a_weil_clause(nlp):
    text = ("Kaffee ist ein Getränk aus Bohnen.\n\n"
            "Die Kaffeepflanze mag es eher feucht. Am meisten Kaffee wird deshalb in den Tropen angebaut.")
    asked = _asked(nlp, "Kaffee", text)
    assert asked.get("Warum wird am meisten Kaffee in den Tropen angebaut?") == \
        "weil die Kaffeepflanze es eher feucht mag", asked


def test_an_indefinite_subject_before_a_colon_asks_which(nlp):
    text = ("Amelia Earhart war eine Pilotin aus Amerika.\n\n"
            "Im Jahr 1937 sorgte ein Unglück für Aufsehen: Jemand stahl das Flugzeug, als er in der Nacht "
            "in die Halle einbrach.")
    asked = _asked(nlp, "Amelia Earhart", text)
    assert asked.get("Welches Unglück sorgte im Jahr 1937 für Aufsehen?", "").startswith("Jemand stahl das Flugzeug"), asked
    # a pronoun in the answer that may stand for someone outside it: no answer that leaves it unnamed
    other = _asked(nlp, "Amelia Earhart", text.replace("als er in der Nacht", "als sie in der Nacht"))
    assert "Welches Unglück sorgte im Jahr 1937 für Aufsehen?" not in other, other


def test_a_vague_plural_object_before_a_colon_asks_which(nlp):
    text = ("Finnisch ist eine Sprache in Nordeuropa.\n\n"
            "Die deutsche Sprache hat einige Wörter aus dem Finnischen übernommen: Beispiele sind Sauna und Sisu.")
    asked = _asked(nlp, "Finnisch", text)
    assert asked.get("Welche Wörter hat die deutsche Sprache aus dem Finnischen übernommen?") == "Sauna und Sisu", asked


def test_a_definite_subject_before_a_colon_is_no_announcement(nlp):
    # "die Beilagen" are named already: the colon explains, it does not say which
    text = "Ein Hamburger ist ein Brötchen mit Fleisch.\n\nAnsonsten sind die Beilagen ein Problem: Viele Menschen essen Pommes frites."
    asked = _asked(nlp, "Hamburger", text)
    assert not [p for p in asked if p.startswith("Welch")], asked
