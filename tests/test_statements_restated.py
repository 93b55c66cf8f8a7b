"""Richtig / falsch statements restated in other words (issue 12): the passive with its object in
front, a possessive that points to the statement's own subject. Sentences from the dev articles
and MLQA German dev."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.analysis import analyze
from quizgen.extraction.facts import extract_facts
from quizgen.generation.paraphrase import active, default_resolver, frame, passive
from quizgen.generation.statements import candidates, is_copy, true_false
from quizgen.reading import read_article

TEXT = """Oskar Schindler

Oskar Schindler war ein deutscher Unternehmer. Mit 16 Jahren wurde er der Schule verwiesen, nachdem er sein Zeugnis gefälscht hatte.

Schindler kaufte eine Drahtschere und beobachtete, wann die Grenzwächter Pause machten. Im Jahr 1939 kaufte Oskar Schindler in Krakau einen alten Betrieb.

London bietet eine breite Palette an kulturellen Veranstaltungen. Die Wassertemperatur in Bern zeigt einen typischen Tagesgang.
IBM gibt unregelmäßig Meldungen über ternäre Computertechnik heraus.

Die X-24A wurde von Martin Marietta gebaut. Der Großteil zeigt Landschaften, nur eine Minderheit ist von Rembrandt realistisch gemalt worden.
"""


@pytest.fixture(scope="module")
def analysis(nlp, tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("restated")) / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return analyze(nlp, read_article(path))


def _passives(analysis, turn=passive) -> dict[str, str]:
    """Each clause turned into the other voice, where ``turn`` (``paraphrase.passive`` or
    ``paraphrase.active``) allows it."""
    resolver = default_resolver()
    found = {}
    for sentence in analysis.sentences:
        for clause in sentence.clauses:
            base = frame(analysis, sentence, clause, resolver)
            turned = turn(sentence, clause, base) if base is not None else None
            if turned is not None:
                found[sentence.text] = turned.text()
    return found


def test_passive_puts_the_object_first_and_the_agent_after_the_times(analysis):
    turned = _passives(analysis)
    assert "Eine Drahtschere wurde von Schindler gekauft." in turned.values()
    # a masculine accusative becomes a nominative: "einen alten Betrieb" → "ein alter Betrieb"
    assert "Ein alter Betrieb wurde im Jahr 1939 von Oskar Schindler in Krakau gekauft." in turned.values()


def test_no_passive_with_a_place_or_thing_as_agent_or_a_cut_object(analysis):
    turned = " ".join(_passives(analysis).values())
    assert "Von London" not in turned and "von London" not in turned  # a place does not act
    assert "Wassertemperatur" not in turned  # nor does a measurement
    assert "Meldungen werden" not in turned  # "Meldungen | über …": the phrase may belong to the object


def test_a_true_statement_prefers_the_restatement(analysis):
    texts = [base.text for base in candidates(analysis)]
    assert "Eine Drahtschere wurde von Schindler gekauft." in texts
    assert not any(is_copy(text, base.sentence.text) for text, base in zip(texts, candidates(analysis), strict=True)
                   if "wurde von" in text)


def test_a_possessive_that_points_to_the_named_subject_is_kept(analysis):
    """"nachdem er sein Zeugnis gefälscht hatte": "er" and "sein" both Oskar Schindler, so the
    statement names its referent ("sein" was refused before as a phrase without one)."""
    texts = [base.text for base in candidates(analysis)]
    assert "Oskar Schindler hatte sein Zeugnis gefälscht." in texts


def test_a_passive_with_a_named_agent_is_turned_active(analysis):
    turned = _passives(analysis, active)
    assert "Martin Marietta baute die X-24A." in turned.values()
    # "nur eine Minderheit": the focus word would be parted from its phrase
    assert not any("Minderheit" in text for text in turned.values())


ENGELS = """Friedrich Engels

Mit seiner einflussreichen Untersuchung Die Lage der arbeitenden Klasse in England (1845) gehörte Engels zu den Pionieren der empirischen Soziologie. Seine publizistische Tätigkeit trug wesentlich zur Verbreitung des Marxismus bei.
"""


def test_a_possessive_subject_names_its_owner(nlp, tmp_path):
    """"Seine publizistische Tätigkeit …" after a sentence about Engels (MLQA): the owner in the
    genitive makes the statement self-contained and no copy; a weekday is never added to it,
    since its subject is an activity, not the person."""
    path = tmp_path / "engels.txt"
    path.write_text(ENGELS, encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    texts = [base.text for base in candidates(analysis)]
    assert "Friedrich Engels’ publizistische Tätigkeit trug wesentlich zur Verbreitung des Marxismus bei." in texts
    for question in true_false(analysis, extract_facts(analysis), random.Random(3)):
        assert not ("Engels" in question.prompt and "an einem" in question.prompt), question.prompt


LARKA = """Andres Larka

Andres Larka war ein estnischer General. Die genauen Umstände seines Todes sind ungeklärt. Sein Grab ist unbekannt.
Rembrandt malte viele Bilder. Rembrandt betätigte sich auch als Kunsthändler.
"""


def test_no_double_negation_and_no_weekday_for_a_lasting_activity(nlp, tmp_path):
    """MLQA's "Sein Grab ist unbekannt" is not negated ("nicht unbekannt"); Rembrandt's work as
    a painter or art dealer gets no weekday ("betätigte sich an einem Freitag als Kunsthändler")."""
    path = tmp_path / "larka.txt"
    path.write_text(LARKA, encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    bases = candidates(analysis)
    # told as it stands or restated by denying the opposite (session 30)
    assert {"Andres Larkas Grab ist unbekannt.", "Andres Larkas Grab ist nicht bekannt."} & {base.text for base in bases}
    statements = [q.prompt for q in true_false(analysis, extract_facts(analysis), random.Random(1))]
    assert not any("nicht unbekannt" in s or "tag als" in s for s in statements), statements


def test_a_verb_written_joined_in_verb_second_is_inseparable_in_the_perfekt(nlp, tmp_path):
    """Klexikon Kasachstan: "Im 19. Jahrhundert unterstellte sich Kasachstan dem benachbarten
    Russland" was retold as "hat sich … untergestellt": a separable verb would have written
    "stellte sich … unter", so this one is inseparable (hat sich unterstellt)."""
    from quizgen.extraction.verbs import Usage, principal_parts
    from quizgen.generation.paraphrase import joined_prefix

    path = tmp_path / "kasachstan.txt"
    path.write_text("Kasachstan\n\nIm 19. Jahrhundert unterstellte sich Kasachstan dem benachbarten Russland.\n",
                    encoding="utf-8")
    analysis = analyze(nlp, read_article(path))
    sentence = analysis.sentences[-1]
    clause = next(c for c in sentence.clauses if c.lemma == "unterstellen")
    assert joined_prefix(sentence, clause)
    assert principal_parts("unterstellen", usage=Usage(joined=True)).participle == "unterstellt"
    assert all("untergestellt" not in base.text for base in candidates(analysis))
