"""Session 28, speed (issue 12): what the statement changes read of the whole text for each
candidate (a name's genders, every sentence's lemmas) is read once per article. Behaviour only,
no timings."""

from __future__ import annotations

from quizgen.analysis import analyze, load_pipeline
from quizgen.generation import statements
from quizgen.generation.statements import name_genders
from quizgen.model import Article

TEXT = ("Die Aare fließt durch den Bielersee. Bei Koblenz mündet die Aare in den Rhein. "
        "Der Rhein fließt in die Nordsee.")


def _analysis(text: str = TEXT):
    article = Article(title="Aare", text=text, source="", stem="speed", paragraphs=((0, len(text)),))
    return analyze(load_pipeline("offline"), article)


def test_a_name_s_genders_are_read_from_its_articles_once_per_article():
    analysis = _analysis()
    assert name_genders(analysis, "Aare") == {"F"}  # "die Aare": feminine (not a plural)
    assert name_genders(analysis, "Bielersee") == {"M"}  # "den Bielersee": accusative masculine
    assert name_genders(analysis, "Koblenz") == set()  # a bare name: no article shows it
    memo = statements._memo_of(analysis)
    assert set(memo.genders) == {"Aare", "Bielersee", "Koblenz"}
    assert name_genders(analysis, "Aare") is not name_genders(analysis, "Aare")  # a caller may change its own set
    assert statements._memo_of(analysis) is memo


def test_the_memo_follows_the_article_being_built():
    first, second = _analysis(), _analysis("Die Donau fließt ins Schwarze Meer. Sie ist lang.")
    assert name_genders(first, "Aare") == {"F"}
    assert name_genders(second, "Aare") == set()  # not the first article's answer
    assert statements._memo_of(second).analysis is second
    lemmas = statements._memo_of(second).lemmas
    assert len(lemmas) == 2 and "donau" in lemmas[0] and "sein" in lemmas[1]  # lower-case lemmas, one set a sentence
