"""Richtig/falsch statements a teacher keeps (issue 12, session 22, round-21 readers): no
"steht nicht im Text" made by putting another river in the topic's place, no other place in a
clause of repeated deeds ("reiste häufig nach …"), no opposite of an adjective that forms a
fixed phrase with its noun ("ein schnelles Essen"), no clause said within a frame its main
clause points back to ("In diesem Fall …, während …")."""

from __future__ import annotations

from pathlib import Path

from quizgen.analysis import analyze
from quizgen.extraction import extract_facts
from quizgen.generation.statements import candidates, opposite, other_entity, other_named_phrase
from quizgen.model import NOT_IN_TEXT
from quizgen.reading import read_article


def _analysis(nlp, tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


RIVER = """Aare

Die Aare ist der längste Fluss der Schweiz.
Sie hat früher viele Überschwemmungen verursacht.
Bei Koblenz mündet sie in den Rhein.
Über die Aare führen zahlreiche Brücken.
Der Kanton Aargau ist nach der Aare benannt.
"""


def test_no_other_river_as_the_doer_or_for_some_bridges(nlp, tmp_path):
    """"Der Rhein hat viele Überschwemmungen verursacht", "Zahlreiche Brücken führen über den
    Rhein": judged a trick (the text names the Aare, falsch is defensible); the named-after
    swap stays falsch. Nor the river a pronoun stood for in place of the other one ("Bei
    Koblenz mündet die Aare in die Aare")."""
    analysis = _analysis(nlp, tmp_path, RIVER)
    facts = extract_facts(analysis)
    made = {m[:2] for base in candidates(analysis) if (m := other_named_phrase(analysis, base, facts))}
    assert not any(answer == NOT_IN_TEXT for _, answer in made), made
    assert not any("Rhein hat" in prompt or "Brücken" in prompt for prompt, _ in made), made
    assert "Bei Koblenz mündet die Aare in die Aare." not in {prompt for prompt, _ in made}, made
    assert any(prompt == "Der Kanton Aargau ist nach dem Rhein benannt." for prompt, _ in made), made


PILOT = """Charles Lindbergh

Charles Lindbergh war ein berühmter Pilot aus den USA.
Über der Küste von Kanada geriet er in einen Schneesturm.
Danach reiste Lindbergh häufig nach Deutschland.
Lindbergh landete in Paris.
"""


def test_a_repeated_deed_keeps_its_place(nlp, tmp_path):
    """Travelling often to Germany does not exclude Canada: "Lindbergh ist häufig nach Kanada
    gereist" is no falsch statement."""
    analysis = _analysis(nlp, tmp_path, PILOT)
    facts = extract_facts(analysis)
    made = {base.text: m[0] for base in candidates(analysis) if (m := other_entity(analysis, base, facts))}
    assert not any("häufig" in prompt for prompt in made.values()), made


FOOD = """Hamburger

Ein Hamburger ist ein schnelles Essen.
Auf vielen Abschnitten hat die Aare einen hohen Wert für sportliche Aktivitäten.
"""


def test_an_adjective_of_a_fixed_phrase_is_not_turned(nlp, tmp_path):
    """"ein langsames Essen" is no German ("schnelles Essen" is fast food, judged bad); since
    session 25 no adjective of degree turns either ("einen niedrigen Wert")."""
    analysis = _analysis(nlp, tmp_path, FOOD)
    made = {m[0] for base in candidates(analysis) if (m := opposite(analysis, base))}
    assert not any("langsam" in prompt or "niedrig" in prompt for prompt in made), made


WEEK = """Woche

Nach der amerikanischen Zählung beginnt die erste Woche am 1. Januar.
In diesem Fall können dann die Tage nach dem letzten Dezembersamstag bereits zur ersten Kalenderwoche des Folgejahres gehören, während eine 54. Kalenderwoche niemals auftritt.
Seit dem Inkrafttreten der Gesetze hat sich der Zustrom zwar verringert, trotzdem nimmt die Wohnbevölkerung insgesamt weiter zu.
"""


def test_no_clause_within_a_frame_that_points_back(nlp, tmp_path):
    """"Eine 54. Kalenderwoche tritt niemals auf" is true only "in diesem Fall" (judged bad);
    a clause joined to one without such a frame stays a base."""
    texts = [base.text for base in candidates(_analysis(nlp, tmp_path, WEEK))]
    assert not any("54." in text for text in texts), texts
    assert "Die Wohnbevölkerung nimmt insgesamt weiter zu." in texts, texts
