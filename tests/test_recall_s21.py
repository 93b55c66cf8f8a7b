"""Round 20's unseen texts (issue 12): the main point of "Merced" — why the city grew — was never
asked. The subject "Die 1889 gegründete Stadt" read as plural (a year before an attribute's
participle counted as a number), so the clause lost its subject; and "in den letzten Jahren" was
refused as a pointing adjective. Real sentences through the real offline pipeline."""

from __future__ import annotations

from test_wh_recall_s20 import _analysed, _wh

from quizgen.generation import wellformed

MERCED = ("Merced ist eine Stadt im Merced County im US-Bundesstaat Kalifornien mit 82.594 Einwohnern. "
          "Die 1889 gegründete Stadt ist in den letzten Jahren stark gewachsen, da hohe Grundstückspreise in den "
          "Küstenregionen das Wohnen im Landesinneren attraktiver machten.")


def test_why_a_city_grew_is_asked(nlp):
    asked = _wh(nlp, MERCED, "Merced")
    why = [q for q in asked.values() if q.prompt.startswith("Warum")]
    assert why and "in den letzten Jahren stark gewachsen" in why[0].prompt
    assert "Grundstückspreise" in str(why[0].answer)


def test_a_year_before_an_attributes_participle_counts_nothing(nlp):
    analysis, _ = _analysed(nlp, "Die 1990 gebaute Brücke ist sehr lang.", "Brücke")
    (clause,) = analysis.sentences[0].clauses
    assert [c.text for c in clause.role("subject")] == ["Die 1990 gebaute Brücke"]


def test_last_years_of_someone_still_need_their_owner(nlp):
    analysis, _ = _analysed(nlp, "Er lebte in den letzten Jahren seines Lebens in Rom. In den letzten Jahren wuchs die Stadt.", "Rom")
    first, second = analysis.sentences
    assert wellformed._recent_time(list(second.tokens), 2)  # "In den letzten Jahren": counts back from now
    assert not wellformed._recent_time(list(first.tokens), 4)  # "den letzten Jahren seines Lebens"
