"""Content multiple choice and richtig/falsch: options of the answer's kind and shape, content
changes before number swaps (issue 12, round 5: "the true/false sections … are always a number
or month swap"; "Wer … ? – Baltra" with a plant, a volcano and a person as options)."""

from __future__ import annotations

import random
import re
from itertools import combinations

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation import wh
from quizgen.generation.content_choice import content_multiple_choice
from quizgen.generation.distractors import sure_person
from quizgen.generation.statements import candidates, other_entity, true_false
from quizgen.model import Article


def _analysis(nlp, text: str, title: str = "Test"):
    article = Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _choices(nlp, text: str):
    """The W-questions and their multiple-choice versions."""
    analysis = _analysis(nlp, text)
    facts = extract_facts(analysis)
    questions = wh.wh_questions(analysis, facts)
    return questions, content_multiple_choice(analysis, facts, questions, random.Random(3), 4)


def test_only_names_the_text_shows_to_be_people_are_people(nlp):
    analysis = _analysis(nlp, "Charles Darwin besuchte 1835 die Inseln. Darwin beobachtete dort viele Finken. "
                              "Baltra liegt hinter Santa Cruz. Dort wächst Chamaesyce.")
    facts = extract_facts(analysis)
    entities = {f.value: f for f in facts if f.kind == "entity"}
    assert sure_person(entities["Charles Darwin"], analysis)
    for name in ("Baltra", "Chamaesyce"):
        if name in entities:
            assert not sure_person(entities[name], analysis), name


def test_a_time_that_is_no_plain_date_gets_no_options(nlp):
    questions, choices = _choices(nlp, "Nach regenreichem Mai und Juni beschleunigte eine Hitzewelle die Schneeschmelze in "
                                      "den Alpen. Im Jahr 1480 gab es ein großes Hochwasser. Im Jahr 1999 "
                                      "gab es wieder ein Hochwasser. Im Jahr 2007 stieg das Wasser noch höher.")
    assert any("regenreichem" in str(q.answer) for q in questions), [q.prompt for q in questions]
    assert not any("regenreichem" in str(q.answer) for q in choices), [q.options for q in choices]


def test_year_options_are_apart_and_not_after_the_text(nlp):
    _, choices = _choices(nlp, "Im Jahr 1385 wurde Sofia von den Osmanen belagert. Im Jahr 1879 wurde Sofia "
                                      "die Hauptstadt von Bulgarien. Im Jahr 1908 wurde Bulgarien unabhängig. "
                                      "Im Jahr 1944 besetzte die Rote Armee die Stadt.")
    dated = [q for q in choices if q.skill == "wann"]
    assert len(dated) == 1, [q.prompt for q in choices]  # four years asked: one date item is enough
    for question in dated:
        years = [int(y) for option in question.options for y in re.findall(r"\b1\d{3}\b", option)]
        assert len(years) == len(question.options), question.options
        assert all(abs(a - b) >= 5 for a, b in combinations(years, 2)), question.options
        assert max(years) <= 1944, question.options
        assert len({option.split()[0] for option in question.options}) == 1  # "Im Jahr …" everywhere


def test_content_changes_win_over_number_swaps(nlp):
    text = ("Kreta ist eine Insel im Mittelmeer. Die Insel hat etwa 600.000 Einwohner. Kreta gehört zu Griechenland. "
            "Im Jahr 1913 wurde Kreta ein Teil von Griechenland. Heraklion ist die größte Stadt der Insel. "
            "Im Jahr 1941 eroberten deutsche Soldaten die Insel. Die Stadt Chania hat einen schönen Hafen. "
            "Im Jahr 1971 wurde die Universität gegründet. Die Winter auf Kreta sind meist mild. "
            "Früher fuhren Schiffe von Kreta bis nach Venedig.")
    analysis = _analysis(nlp, text, title="Kreta")
    questions = true_false(analysis, extract_facts(analysis), random.Random(1))
    changed = [q for q in questions if q.skill != "statement-true"]
    assert changed
    assert sum(q.skill == "statement-number" for q in changed) <= 1, [q.prompt for q in changed]
    assert any(q.skill in ("statement-entity", "statement-then-now", "statement-swap") for q in changed), [q.prompt for q in changed]


def test_another_person_of_the_text_makes_a_false_statement(nlp):
    analysis = _analysis(nlp, "Rembrandt studierte bei Pieter Lastman. Lastman war ein Maler in Amsterdam. "
                              "Später arbeitete Jan Lievens in Leiden. Lievens blieb ein Freund. "
                              "Kreta gehört zu Griechenland. Frankreich ist ein Land in Europa.")
    facts = extract_facts(analysis)
    made = {base.sentence.text: change for base in candidates(analysis) if (change := other_entity(analysis, base, facts))}
    assert made.get("Rembrandt studierte bei Pieter Lastman.", ("",))[0] == "Rembrandt studierte bei Jan Lievens.", made
    assert "Kreta gehört zu Griechenland." not in made  # "Kreta gehört zu Frankreich": world knowledge decides


def test_a_short_text_with_two_other_names_of_the_kind_gets_three_options(nlp, tmp_path):
    """A text that names only three cities still gets a content multiple choice, with three
    options (Goethe B1's a/b/c) instead of none when four are asked for."""
    import random

    from quizgen.analysis import analyze
    from quizgen.extraction.facts import extract_facts
    from quizgen.generation.content_choice import class_noun, content_multiple_choice
    from quizgen.generation.questions import _w_questions
    from quizgen.reading import read_article

    path = tmp_path / "reise.txt"
    path.write_text("Eine Reise\n\nAnna Weber flog 1950 nach Paris. Ihr Bruder lebte damals in London. "
                    "Die Firma der Familie hatte ein großes Büro in Madrid.\n", encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    facts = extract_facts(analysis)
    questions = _w_questions(analysis, facts)
    choices = [q for q in content_multiple_choice(analysis, facts, questions, random.Random(1), 4)
               if q.skill not in ("wann", "in-welchem-jahr")]
    assert choices, [q.prompt for q in questions]
    for choice in choices:
        assert len(choice.options) == 3 and choice.answer in choice.options
        assert {o.split()[-1] for o in choice.options} <= {"Paris", "London", "Madrid"}
    assert class_noun("in-welchem-land") == "land" and class_noun("welche-insel") == "insel"
    assert class_noun("in-welche-teile") == "" and class_noun("wann") == ""
