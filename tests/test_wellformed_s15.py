"""Round 13 of the teachers' verdicts (``wellformed.teacher_problems``): each rule refuses the
question the readers judged bad, on its real sentence, and lets a question of the same shape,
or the same sentence asked the right way, pass."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.generation import wellformed
from quizgen.model import Article, Question

ABC = ("Vergleichende Untersuchungen bei einer Reihe von Pflanzenarten haben ergeben, dass das ABC-Modell in der oben "
       "beschriebenen Form nur für die Eudikotylen gelten dürfte.")
ABC_LEAVES = ("Vergleichende Untersuchungen bei einer Reihe von Pflanzenarten haben ergeben, dass die oben liegenden "
              "Blätter mehr Licht erhalten.")
BAERENPARK = "Am Aare-Ufer in Bern liegt ein Bärenpark."
WUNDERLAND = ("Im Miniatur Wunderland in der Hamburger Speicherstadt hebt sogar ein Miniatur-Flugzeug von einem kleinen "
              "Flughafen ab. Dort steht die größte Modelleisenbahnanlage der Welt.")
LEITHAGEBIRGE = "Am Fuße des Leithagebirges liegt Eisenstadt, die kleinste Landeshauptstadt in Österreich."
NIEDERSCHLAG = "Der Niederschlag hängt auch von der geographischen Lage ab."
WIRTSCHAFTSGUT = ("Information kann als wirtschaftliches Gut angesehen werden, da Information im Unternehmen durch Einsatz "
                  "anderer Produktionsfaktoren (Menschen, Computer, Software, Kommunikation usw.) produziert, oder von "
                  "außen angekauft werden kann.")
TIHANY = ("Als erstes Schriftdenkmal des Ungarischen gilt die Stiftungsurkunde der Benediktinerabtei von Tihany aus dem "
          "Jahre 1055.")
JTWC = ("Während der Zeit, die John im westlichen Pazifischen Ozean verbrachte, hatte das Joint Typhoon Warning Center "
        "(JTWC) Schwierigkeiten bei der Prognose und sogar bei der Einschätzung der jeweils aktuellen Intensität.")
HOCHWASSER = ("Das schwerste überlieferte Hochwasser im Flussgebiet der Aare ereignete sich im Rahmen des "
              "Magdalenenhochwassers von 1480. Nach regenreichem Mai und Juni hatte eine Hitzewelle die Schneeschmelze in "
              "den Alpen beschleunigt.")
BLUETENBECHER = "Ist die Blütenachse verbreitert, nennt man sie Blütenbecher (Hypanthium)."
KOENIG = "Der älteste Sohn des Königs hieß Karl."
NTSC = "Im März 1941 veröffentlichte das Komitee einen technischen Standard für schwarz-weißes Fernsehen."


def _problems(nlp, text: str, prompt: str, answer: str, title: str, skill: str) -> tuple[str, ...]:
    """``text_problems`` of a W-question asked about the last sentence of ``text``."""
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    analysis = analyze(nlp, article)
    index = analysis.sentences[-1].index
    question = Question(id="", type="wh", prompt=prompt, answer=answer, sentence=index,
                        evidence=analysis.sentences[index].text, skill=skill)
    return wellformed.text_problems(question, analysis)


# (text, title, prompt, answer, skill, the reason it is refused or None where it must pass)
CASES = [
    # "oben beschrieben" points to a part of the text the item does not show; "oben liegend" is a place
    (ABC, "Blüte", "Was haben vergleichende Untersuchungen bei einer Reihe von Pflanzenarten ergeben?",
     "dass das ABC-Modell in der oben beschriebenen Form nur für die Eudikotylen gelten dürfte", "was",
     "another part of the text"),
    (ABC_LEAVES, "Blüte", "Was haben vergleichende Untersuchungen bei einer Reihe von Pflanzenarten ergeben?",
     "dass die oben liegenden Blätter mehr Licht erhalten", "was", None),
    # one thing of those at a place is an inventory; the unique one or a named place is a fact
    (BAERENPARK, "Aare", "Was liegt am Aare-Ufer in Bern?", "ein Bärenpark", "was-gibt-es", "inventory"),
    (WUNDERLAND, "Miniatur-Welt", "Was steht im Miniatur Wunderland in der Hamburger Speicherstadt?",
     "die größte Modelleisenbahnanlage der Welt", "was-gibt-es", None),
    (LEITHAGEBIRGE, "Österreich", "Was liegt am Fuße des Leithagebirges?", "Eisenstadt", "was-gibt-es", None),
    # a dependence is asked from what depends, not from what it depends on
    (NIEDERSCHLAG, "Galapagosinseln", "Was hängt von der geographischen Lage ab?", "der Niederschlag", "was",
     "wrong end"),
    (NIEDERSCHLAG, "Galapagosinseln", "Wovon hängt der Niederschlag ab?", "von der geographischen Lage", "wovon", None),
    # "kann als … angesehen werden" is one view of several; "gilt als" states the classification
    (WIRTSCHAFTSGUT, "Information", "Als was kann Information angesehen werden?", "als wirtschaftliches Gut", "als-was",
     "one possible view"),
    (TIHANY, "Ungarische Sprache", "Als was gilt die Stiftungsurkunde der Benediktinerabtei von Tihany aus dem Jahre 1055?",
     "als erstes Schriftdenkmal des Ungarischen", "als-was", None),
    # a naming question whose key is a common noun asks for a word; a name is a fact
    (BLUETENBECHER, "Blüte", "Wie heißt eine verbreiterte Blütenachse?", "Blütenbecher", "wie", "a word, not a fact"),
    (KOENIG, "Die Karolinger", "Wie hieß der älteste Sohn des Königs?", "Karl", "wie", None),
    # a pluperfect asked "Wann" loses the event it precedes; a simple past is a plain date question
    (HOCHWASSER, "Aare", "Wann hatte eine Hitzewelle die Schneeschmelze in den Alpen beschleunigt?",
     "nach regenreichem Mai und Juni", "wann", "pluperfect"),
    (HOCHWASSER, "Aare", "In welchem Jahr hatte eine Hitzewelle die Schneeschmelze in den Alpen beschleunigt?",
     "1480", "in-welchem-jahr", "pluperfect"),
    (NTSC, "National Television Systems Committee",
     "Wann veröffentlichte das Komitee einen technischen Standard für schwarz-weißes Fernsehen?", "im März 1941", "wann",
     None),
]


@pytest.mark.parametrize(("text", "title", "prompt", "answer", "skill", "reason"), CASES,
                         ids=[f"{c[2][:40]}-{c[4]}" for c in CASES])
def test_round_13_questions(nlp, text, title, prompt, answer, skill, reason):
    problems = _problems(nlp, text, prompt, answer, title, skill)
    if reason is None:
        assert not problems, problems
    else:
        assert any(reason in p for p in problems), problems


def test_a_long_sheet_is_not_padded_with_a_paragraphs_asides(nlp, devdata):
    """The Aare article (2,240 words) has enough main points for eight sentences: the sheet
    leaves out "Was nimmt die Giesse auf?" (the third sentence of a paragraph on the Aare's side
    streams, a brook the text names once) and still asks its W-questions."""
    from quizgen.config import Options
    from quizgen.generation import selection
    from quizgen.pipeline import build_material
    from quizgen.reading import read_article

    analysis = analyze(nlp, read_article(devdata / "articles" / "wikipedia" / "Aare.txt"))
    salience = selection._salience(analysis)
    giesse = next(s for s in analysis.sentences if s.text.startswith("Die Giesse"))
    assert giesse.index in salience.asides
    questions = build_material(analysis, Options()).questions
    assert not any(q.sentence == giesse.index for q in questions), [q.prompt for q in questions]
    assert sum(q.type == "wh" for q in questions) >= selection.MIN_WH
