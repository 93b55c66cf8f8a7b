"""Session 30: global tasks that test the point of a text (round 27's readers).

- Topic lines name a paragraph's aspect, not a word it repeats: a kind of content beats the nouns
  beside it ("Das Klima von Kreta", not "Klima und Winter"), a river's course is "Der Verlauf"
  (not "Die Quelle"), a game's rules "Die Spielregeln" (not "Netz und Spielfeld").
- The gist's wrong headings name first a kind the text treats in one sentence only, away from the
  lead and a paragraph's opening: a student must read to see it is an aside, not rule it out by a
  glance (Sofia, "edit": Klima, Verkehr, Tiere never named).
"""

from __future__ import annotations

import random

from test_global_s27 import _analysis as _klexikon

from quizgen.analysis import analyze
from quizgen.generation.global_task import GIST_CUES, gist_task, global_task
from quizgen.reading import read_article

# A climate paragraph that says "Winter" in two sentences (written for this test, after Kreta).
ISLAND = [
    "Malta ist eine Insel im Mittelmeer. Die Insel gehört zu Europa. Auf Malta leben etwa 500.000 Menschen.",
    ("Schon vor 7000 Jahren lebten Menschen auf der Insel. Sie kamen damals aus Sizilien. Später "
     "eroberten die Römer die Insel, im Mittelalter kamen die Araber."),
    ("Das heutige Malta lebt vor allem vom Tourismus. Jedes Jahr kommen viele Touristen aus "
     "Deutschland. Wichtig ist auch der Handel im Hafen, dort arbeiten viele Firmen."),
    ("Auf Malta ist es im Sommer trocken und heiß. Im Winter hingegen regnet es oft. Die Winter sind "
     "aber mild, Schnee gibt es fast nie."),
]


def _analysis(nlp, tmp_path, title: str, paragraphs: list[str]):
    path = tmp_path / f"{title.replace(' ', '_')}.txt"
    path.write_text(f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return analyze(nlp, read_article(path))


def _lines(question) -> dict[str, str]:
    return dict(zip(question.prompt_items, question.answer, strict=True))


def test_a_kind_beats_the_noun_its_paragraph_repeats(nlp, tmp_path):
    """The climate paragraph says "Winter" twice; its line names the aspect, Das Klima, and no
    line holds a noun of its paragraph beside a kind."""
    analysis = _analysis(nlp, tmp_path, "Malta", ISLAND)
    (question,) = global_task(analysis, random.Random(1), topic_lines=True)
    lines = _lines(question)
    assert lines["Absatz 4"] == "Das Klima von Malta"
    assert all("Winter" not in line for line in question.options)


def test_a_game_s_rules_are_named_by_their_aspect(nlp):
    """Klexikon's Badminton: how the game is played (a player against another, a point, the
    opponent) is headed "Die Spielregeln von Badminton", a word the paragraph does not hold, not
    "Netz und Spielfeld" (round 27: words from the paragraph, not its point)."""
    analysis = _klexikon(nlp, "Badminton")
    (question,) = global_task(analysis, random.Random(1), topic_lines=True)
    lines = _lines(question)
    assert lines["Absatz 4"] == "Die Spielregeln von Badminton"
    assert "spielregel" not in analysis.article.text.lower()
    assert "Netz und Spielfeld" not in question.options
    # "Federball ist ein Spaß … Badminton hingegen hat mehr Regeln": the paragraph's point is the contrast
    assert lines["Absatz 3"] == "Der Unterschied zum Federball"


def test_the_gist_s_wrong_headings_name_an_aside_of_the_text(nlp, tmp_path):
    """A life whose one sentence on a war sits inside a paragraph (not its opening): a wrong
    heading names the war, and the key says where the text names it in passing."""
    life = [
        ("Anna Keller war eine Malerin aus der Schweiz. Sie wurde im Jahr 1890 in Basel geboren. Ihr "
         "Vater war Bäcker, ihre Mutter stammte aus Italien. "
         "Die Eltern hatten wenig Geld, aber sie kauften ihr Papier und Farben."),
        ("Als junge Frau zog Anna Keller nach Paris. Dort lernte sie bei einem bekannten Maler. Sie malte "
         "vor allem Bilder von Blumen und Gärten. Während des Krieges musste sie zurück in die Schweiz. "
         "Ihre Bilder verkaufte sie in Zürich, und bald kannten viele Menschen ihren Namen."),
        ("Anna Keller heiratete im Jahr 1925 einen Lehrer. Das Paar hatte drei Kinder. Die Familie wohnte "
         "in einem alten Haus am See. Ihr Mann half ihr, die Bilder zu verkaufen, und die Kinder malten oft mit."),
        ("Anna Keller starb im Jahr 1970 in Zürich. Ihr Grab liegt auf einem kleinen Friedhof. Ein Museum "
         "in Basel zeigt heute viele ihrer Bilder. Jedes Jahr besuchen viele Schulklassen das Museum und sehen die "
         "bunten Gärten an, die sie gemalt hat."),
    ]
    analysis = _analysis(nlp, tmp_path, "Anna Keller", life)
    (question,) = gist_task(analysis, random.Random(1))
    assert question.answer in question.options
    war = [option for option in question.options if "Krieg" in option]
    assert war and question.answer not in war
    assert sum(bool(GIST_CUES["Krieg"].search(s.text)) for s in analysis.sentences) == 1
    assert "nur in einem Satz nennt er Krieg (Absatz 2)" in question.explanation



def test_a_capital_s_role_is_named_by_its_aspects(nlp):
    """Klexikon's Sofia, Absatz 2 (government, president, companies, theatres, universities): the
    line names what the paragraph tells of the capital, "Politik und Kultur", not one thing it
    lists ("Die Universitäten", round 25: "covers only one detail of Absatz 2")."""
    analysis = _klexikon(nlp, "Sofia")
    (question,) = global_task(analysis, random.Random(1), topic_lines=True)
    lines = _lines(question)
    assert lines["Absatz 2"] == "Politik und Kultur"
    assert not any("Universität" in option for option in question.options)


def test_a_life_s_heading_tells_what_its_lead_tells(nlp):
    """Klexikon's Charles Lindbergh: the lead tells the Atlantic flight, which no kind of a life
    names (Herkunft, Familie, Reisen: round 27, bad); no heading for the whole text then, and no
    paragraph of the life is headed by a place's aspect ("Die Politik von Oskar Schindler")."""
    assert gist_task(_klexikon(nlp, "Charles_Lindbergh"), random.Random(1)) == []
    (question,) = global_task(_klexikon(nlp, "Oskar_Schindler"), random.Random(1), topic_lines=True)
    assert not any(option.startswith(("Die Politik", "Die Kultur")) for option in question.options)
