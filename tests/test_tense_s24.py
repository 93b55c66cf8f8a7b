"""A person's role asked in the tense the text tells of them (round 23: "Wer war Kim Jong Un?" is wrong
for a news text that says "Kim Jong Un hat … aufgefordert")."""

from __future__ import annotations

from quizgen.extraction.facts import extract_facts
from quizgen.generation import wh_more


def test_a_news_texts_perfect_asks_wer_ist(seed_analysis):
    prompts = {q.prompt for q in wh_more.more_questions(seed_analysis, extract_facts(seed_analysis))}
    assert "Wer ist Kim Jong Un?" in prompts
    assert "Wer war Kim Jong Un?" not in prompts
