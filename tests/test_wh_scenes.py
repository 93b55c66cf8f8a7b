"""What one can do at a named place, what something was about, how long something lasts
(generation/wh_scenes.py): the readers' key questions of round 7 on the Klexikon articles Aare and
Woche, asked of their sentences through the real offline pipeline, and the sentences of other dev
articles where such a question would be wrong."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.wh_kinds import kind_questions
from quizgen.model import Article, Question

SCENE_SKILLS = ("was-kann-man", "worum-geht-es", "wie-lange-dauert", "wer-als-erster", "was-geschah")


def _asked(nlp, text: str, title: str = "Test") -> dict[str, Question]:
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    return {q.prompt: q for q in kind_questions(analysis, extract_facts(analysis)) if q.skill in SCENE_SKILLS}


@pytest.mark.parametrize(
    ("title", "text", "prompt", "answer", "accepted"),
    [
        # the restriction in front ("im ebenen Gebiet …") goes: what one can do in a part one can do there
        ("Aare", ("Die Aare ist der längste Fluss innerhalb der Schweiz. Im ebenen Gebiet vom Bielersee bis "
                  "Solothurn kann man mit dem Motorschiff auf der Aare reisen."),
         "Was kann man auf der Aare machen?", "mit dem Motorschiff auf der Aare reisen", "mit dem Motorschiff reisen"),
        # "es" is no subject to ask; the "bei" phrase names what it was about
        ("Woche", ("Eine Woche ist eine Zeiteinheit. Ursprünglich ging es bei der Woche um die Zeit von einem "
                   "besonderen Tag bis zum nächsten besonderen Tag."),
         "Worum ging es ursprünglich bei der Woche?",
         "um die Zeit von einem besonderen Tag bis zum nächsten besonderen Tag", None),
        # the duration the parser reads as a time; the named place stays, "zum Beispiel" goes
        ("Woche", "Eine Woche ist eine Zeiteinheit. Im Alten Ägypten zum Beispiel dauerte eine Woche zehn Tage lang.",
         "Wie lange dauerte eine Woche im Alten Ägypten?", "zehn Tage", "zehn Tage lang"),
        ("Sofia", "Die Amtszeit von Bürgermeister und Stadtrat dauert vier Jahre.",
         "Wie lange dauert die Amtszeit von Bürgermeister und Stadtrat?", "vier Jahre", None),
        # the object in front, the subject lost in quotes: the hedge stays, the answer is the doer's phrase
        ("Hamburger", ("Den ersten Hamburger servierte wahrscheinlich 1900 als \"steak sandwich\" der \"Louis' Lunch\" "
                       "des deutschen Einwanderers Louis (Ludwig) Lassen in New Haven."),
         "Wer servierte wahrscheinlich den ersten Hamburger?",
         "der \"Louis' Lunch\" des deutschen Einwanderers Louis (Ludwig) Lassen",
         "der Louis Lunch des deutschen Einwanderers Louis Lassen"),
    ],
)
def test_scene_asked(nlp, title, text, prompt, answer, accepted):
    asked = _asked(nlp, text, title)
    assert prompt in asked, list(asked)
    assert asked[prompt].answer == answer
    if accepted:
        assert accepted in asked[prompt].accepted


def test_the_next_sentences_add_what_one_can_do(nlp):
    text = ("Die Aare ist der längste Fluss innerhalb der Schweiz. Im ebenen Gebiet vom Bielersee bis Solothurn "
            "kann man mit dem Motorschiff auf der Aare reisen. Man darf auch in ihr baden.")
    assert "baden" in _asked(nlp, text, "Aare")["Was kann man auf der Aare machen?"].accepted


@pytest.mark.parametrize(
    "text",
    [
        # an object, a reflexive, a front field that points back: no activity of the place
        "Ins Hamburger-Brötchen kann man noch viel mehr als nur ein Fleischstück stecken.",
        "Im Bundesland Burgenland in Österreich kann man sich ebenso auf Ungarisch an den Staat wenden.",
        "Später konnte man mit den ersten Eisenbahnen größere Entfernungen überwinden.",
        "Beim Besuch der Märkte Londons kann man die örtliche Kultur kennenlernen.",
        # a hedge the question would drop ("fast", "lange Zeit"), a particle verb ("andauern")
        "Die Beitrittsverhandlungen dauerten fast 20 Jahre an.",
        "Die römische Woche dauerte lange Zeit acht Tage, bis das Christentum gesiegt hatte.",
        # no definite subject named after the verb; a plural "die ersten": no sure object
        "Den ersten Kontakt mit dem Buddhismus erhielt Zentralasien wohl im 1. Jahrhundert.",
        "Die ersten Siedler brachten die Bauern aus dem Süden mit.",
        # no "bei" phrase: what "es" is about stays unnamed
        "Dann ging es um die Zeit von einem Markttag bis zum nächsten.",
    ],
)
def test_scene_not_asked(nlp, text):
    assert not _asked(nlp, text)


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # a storm's path (MLQA "Hurrikan John"): the event asked by the moment the time clause names
        ("Der Sturm zog langsam nach Westen. Nachdem der Sturm Hawaii hinter sich gelassen hatte, drehte John nach Norden.",
         "Was geschah, nachdem der Sturm Hawaii hinter sich gelassen hatte?", "John drehte nach Norden"),
        # the time clause after the main clause; the subject a noun the text has introduced
        ("Im Jahr 1535 segelte Tomas de Berlanga nach Peru. Das Schiff von Berlanga kam vom Kurs ab, als der Wind nachließ.",
         "Was geschah, als der Wind nachließ?", "das Schiff von Berlanga kam vom Kurs ab"),
    ],
)
def test_what_happened_at_the_moment_a_time_clause_names(nlp, text, prompt, answer):
    assert str(_asked(nlp, text)[prompt].answer) == answer


@pytest.mark.parametrize(
    "text",
    [
        # "das Gebäude" is the Kensington Palace the text named as "das Schloss": no referent in the answer
        ("Das Schloss war früher ein Landbesitz. Nachdem George II. im Jahre 1760 plötzlich starb, verlor das Gebäude "
        "immer mehr an Bedeutung."),
        # a present state after a past event is no event that followed it
        ("Die erste Straßenbahn fuhr 1870. Nachdem die erste Londoner Straßenbahn 1952 eingestellt wurde, verkehrt die "
        "neue Straßenbahn Tramlink seit 2000 in Croydon."),
        # a state ("war arm") is nothing that happened
        "Der Kaiser regierte lange. Nachdem der Kaiser 1888 gestorben war, war das Land sehr arm.",
    ],
)
def test_no_what_happened_without_an_event_or_a_known_doer(nlp, text):
    assert not [q for q in _asked(nlp, text).values() if q.skill == "was-geschah"]
