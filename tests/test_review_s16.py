"""Defects readers found on unseen texts in round 15 (session 16), as rules on real sentences."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.model import Article
from quizgen.pipeline import build_material
from quizgen.reading import read_article


def _analysis(nlp, text: str, title: str = "Test"):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _roles(nlp, text: str) -> dict[str, str]:
    sentence = _analysis(nlp, text).sentences[0]
    return {" ".join(t.text for t in sentence.tokens[c.start : c.end]): c.role for cl in sentence.clauses for c in cl.constituents}


def _prompts(nlp, text: str, title: str) -> dict[str, str]:
    material = build_material(_analysis(nlp, text, title), Options())
    return {q.prompt: q.answer for q in material.questions if q.type == "wh"}


def test_bis_before_an_amount_is_no_time(nlp):
    # Klima der Mongolei: "Bis wann erreicht der mittlere Jahresniederschlag 200? – bis 220 Millimeter"
    roles = _roles(nlp, "Der mittlere Jahresniederschlag erreicht im Norden 200 bis 220 Millimeter.")
    assert roles["bis 220 Millimeter"] == "quantity"
    assert _roles(nlp, "Die Schule blieb bis 1990 geöffnet.")["bis 1990"] == "time"
    assert _roles(nlp, "Er arbeitete dort jeden Tag bis 5 Uhr.")["bis 5 Uhr"] == "time"


def test_a_part_of_people_is_asked_with_wer(nlp):
    # Französisch-Guayana: "Was verstarb innerhalb der ersten eineinhalb Jahre?" for people
    text = ("König Ludwig XV. entsandte Tausende Siedler nach Guayana. "
            "Ein Großteil der ersten Siedler verstarb innerhalb der ersten eineinhalb Jahre.")
    prompts = _prompts(nlp, text, "Französisch-Guayana")
    assert "Wer verstarb innerhalb der ersten eineinhalb Jahre?" in prompts
    assert not any(p.startswith("Was verstarb") for p in prompts)


def test_the_head_of_the_titles_compound_is_the_topic(nlp):
    # "Was wurde … als grundsätzlich schädlich … eingeschätzt? – Brände" under "Waldbrände im
    # Yellowstone-Nationalpark": a give-away
    text = ("Vor Ende der 1960er Jahre wurden Brände als grundsätzlich schädlich für Parks und Wälder eingeschätzt. "
            "In den Jahrzehnten vor 1988 erkannte man dann zunehmend die positive ökologische Bedeutung des Feuers.")
    answers = _prompts(nlp, text, "Waldbrände im Yellowstone-Nationalpark").values()
    assert "Brände" not in answers
    assert "die positive ökologische Bedeutung des Feuers" in answers


def test_a_title_with_its_kind_in_brackets_is_the_title(tmp_path):
    path = tmp_path / "vorleser.txt"
    path.write_text("Der Vorleser (Film)\n\nDie Dreharbeiten begannen am 18. September 2007 in Berlin und Görlitz.\n",
                    encoding="utf-8")
    assert read_article(path).title == "Der Vorleser (Film)"
    path.write_text("Die Lebenserwartung betrug 2015 etwa 69 Jahre (Männer: 64 Jahre).\n\nDas ist wenig.\n", encoding="utf-8")
    assert read_article(path).title != "Die Lebenserwartung betrug 2015 etwa 69 Jahre (Männer: 64 Jahre)."
