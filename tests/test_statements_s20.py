"""Items teachers judged bad for their form (issue 12, precision, session 20): a richtig/falsch
statement made by flipping a frequency ("oft" → "selten"), and a question heading whose key is
pasted from sentence pieces or whose section says nobody knows the answer. Each with a case where
the item is still made."""

from __future__ import annotations

from pathlib import Path

from quizgen.analysis import analyze
from quizgen.generation.headings import heading_questions
from quizgen.generation.statements import candidates, opposite
from quizgen.reading import read_article


def _analysis(nlp, tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyze(nlp, read_article(path))


FREQUENCIES = """Scheunen

Moderne Scheunen sind oft riesig.
Gewitter sind im Sommer häufig.
Der Rhein ist länger als der Main.
Bonn liegt im Westen von Deutschland.
"""


def test_no_statement_flips_a_frequency(nlp, tmp_path):
    """"Moderne Scheunen sind selten riesig." (round 18: "tests whether students can spot the changed
    word") is not made; the clause is still a statement, and the compass and a comparative still
    flip (the compass judged good: "im Osten")."""
    analysis = _analysis(nlp, tmp_path, FREQUENCIES)
    bases = {base.text: base for base in candidates(analysis)}
    assert "Moderne Scheunen sind oft riesig." in bases, sorted(bases)
    made = {text: opposite(analysis, base) for text, base in bases.items()}
    frequencies = {"oft", "selten", "häufig"}

    def said(text: str) -> set[str]:
        return {w.rstrip(".") for w in text.lower().split()} & frequencies

    # the frequency stays as the text says it ("oft riesig" → "oft winzig" turns the size, session 23)
    assert not [m for text, m in made.items() if m is not None and said(m[0]) != said(text)], made
    flipped = {m[0] for m in made.values() if m is not None}
    assert "Bonn liegt im Osten von Deutschland." in flipped, made
    assert "Der Rhein ist kürzer als der Main." in flipped, made


LOEWENZAHN = """Löwenzahn

Der Löwenzahn ist eine gelbe Blume, die auf fast jeder Wiese wächst.

== Woher hat der Löwenzahn seinen Namen?

Woher der Name kommt, weiß niemand sicher.
Vielleicht erinnern die gezackten Blätter an die Zähne eines Löwen.

== Wie verbreitet sich der Löwenzahn?

Meistens verbreitet der Wind die Samen.
Jeder Samen hängt an einem kleinen Schirm aus feinen Haaren.

Es gibt jedoch auch Samen, die ganz ohne Wind reisen:
Tiere tragen die Samen in ihrem Fell mit.

Im Garten verbreitet sogar der Mensch den Löwenzahn: der Gärtner wirft die Blüten auf den Kompost.

== Wer frisst den Löwenzahn?

Viele wissen nicht, dass Kaninchen und Meerschweinchen den Löwenzahn sehr gern fressen.
"""


def test_a_heading_key_is_made_of_whole_sentences(nlp, tmp_path):
    """Round 18 judged "Es gibt jedoch auch Blüten: Der Wind wirbelt …" a garbled collage: a lead-in
    cut to "Es gibt jedoch auch Samen" says nothing, so what it opens stands alone; a lead-in that is
    a whole clause keeps its colon and what follows, as the text writes them."""
    asked = {q.prompt: q.answer for q in heading_questions(_analysis(nlp, tmp_path, LOEWENZAHN))}
    answer = asked["Wie verbreitet sich der Löwenzahn?"]
    assert "Es gibt jedoch auch Samen" not in answer, answer
    assert "Tiere tragen die Samen in ihrem Fell mit." in answer, answer
    assert "Im Garten verbreitet sogar der Mensch den Löwenzahn: der Gärtner" in answer, answer


def test_a_heading_the_text_cannot_answer_is_not_asked(nlp, tmp_path):
    """"Woher kommen die Hamburger?" over "Woher der Name Hamburger kommt, weiß niemand sicher."
    was judged bad five times: the key lists guesses. The other headings are still asked, also
    over "Viele wissen nicht, dass …", which goes on to tell."""
    asked = {q.prompt for q in heading_questions(_analysis(nlp, tmp_path, LOEWENZAHN))}
    assert "Woher hat der Löwenzahn seinen Namen?" not in asked, asked
    assert {"Wie verbreitet sich der Löwenzahn?", "Wer frisst den Löwenzahn?"} <= asked, asked
