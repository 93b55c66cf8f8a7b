"""Short paragraphs that got no comprehension question at all (issue 12, round 14 on unseen MLQA
texts): the good question each rule lets through, on its real sentence through the offline
pipeline, beside a case of the same shape where nothing may change."""

from __future__ import annotations

import pytest
from test_recall_s14 import _wh

from quizgen.analysis import analyze
from quizgen.generation import wellformed
from quizgen.model import Article


def _first_clause(nlp, text: str, lemma: str):
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    sentence = analyze(nlp, article).sentences[-1]
    return sentence, next(c for c in sentence.clauses if c.lemma == lemma)


# --- a coordinated clause with its own subject right after the conjunction -----------------------


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [
        # MLQA Prometheus: "aber" joins two clauses, each with its own subject
        ("Vickers wird erdrückt, aber Shaw überlebt an einer Felserhebung.", "Wer überlebt an einer Felserhebung?", "Shaw"),
        # MLQA Madagascar 2: the third conjunct shares the subject of the main clause through the second
        (("Melman zieht sich darum zurück, entwickelt eine neue eingebildete Krankheit und wartet auf den Tod."),
         "Worauf wartet Melman?", "auf den Tod"),
    ],
)
def test_coordinated_clause_is_asked(nlp, text, prompt, answer):
    questions = _wh(nlp, text)
    assert prompt in questions
    assert questions[prompt].answer == answer


def test_names_joined_by_und_stay_unasked(nlp):
    """MLQA Haplogruppe L1: "und" after a name joins two names; the sentence splitter missed the
    full stop of "L1C.", so no clause may start after "und"."""
    questions = _wh(nlp, "Die Haplogruppe verfügt über zwei Subgruppen L1b und L1C. L1b kommt am häufigsten in Westafrika vor.")
    assert not any("L1C" in prompt for prompt in questions)


# --- a name's genitive apostrophe ----------------------------------------------------------------


def test_genitive_apostrophe_stays_with_its_name(nlp):
    text = ("In der griechischen Tradition wurden bereits zu Lebzeiten Sokrates' Wasseruhren zur Begrenzung der "
            "Redezeit vor Gericht eingesetzt.")
    questions = _wh(nlp, text)
    # ("bereits" is left out of a question that asks no time: session 19)
    prompt = "Wozu wurden in der griechischen Tradition zu Lebzeiten Sokrates' Wasseruhren vor Gericht eingesetzt?"
    assert prompt in questions
    assert questions[prompt].answer == "zur Begrenzung der Redezeit"


def test_slash_is_still_a_cut(nlp):
    """A slash between two years is no genitive: the question that would lose it stays unasked."""
    questions = _wh(nlp, "Im Winter 1914/15 wurde die Stadt von russischen Truppen besetzt.")
    assert not any("1914" in prompt and "/" not in prompt for prompt in questions)


# --- a definite "andere" and what a dass-clause says -----------------------------------------------


PLATON = ("Zum Beispiel im Theaitetos sagt Platon, dass die Männer auf der anderen Seite immer in Eile sprechen, "
          "weil das fließende Wasser sie dazu auffordert.")


def test_the_other_side_names_no_one_of_several(nlp):
    sentence, clause = _first_clause(nlp, PLATON, "sprechen")
    cause = clause.role("cause")[0]
    assert not wellformed.reading_problems(sentence, clause, cause, "warum")


@pytest.mark.parametrize(
    ("text", "lemma", "role"),
    [
        # an indefinite "andere" still says there are more of the kind
        ("In Berlin gibt es andere Museen, weil die Stadt groß ist.", "geben", "subject"),
        # the example marker of a main clause still counts for its own phrases
        ("Zum Beispiel im Theaitetos spricht Platon über die Zeit.", "sprechen", "subject"),
    ],
)
def test_one_of_several_still_refused(nlp, text, lemma, role):
    sentence, clause = _first_clause(nlp, text, lemma)
    asked = next(c for c in clause.constituents if c.role in (role, "object_acc"))
    assert wellformed.reading_problems(sentence, clause, asked, "was")


# --- a nearer subject for the pronoun ------------------------------------------------------------


def test_pronoun_after_a_subordinate_subject_is_not_guessed(nlp):
    """MLQA Madagascar 2: "er" is the father of the da-clause, not Alex of the sentence before."""
    text = ("Alex findet seine Eltern wieder, kann aber die Aufnahmeprüfung für das Rudel nicht bestehen. Da dies sein "
            "Vater nicht übers Herz bringen kann, gibt er die Führung des Rudels an den machthungrigen Makunga ab.")
    questions = _wh(nlp, text)
    assert not any("Alex" in prompt and "Führung" in prompt for prompt in questions)
    assert not any(q.answer == "Alex" and "Führung" in prompt for prompt, q in questions.items())


def test_pronoun_without_a_rival_is_still_named(nlp):
    """A subordinate subject of another gender is no rival: "er" stays Alex."""
    questions = _wh(nlp, "Alex findet seine Eltern wieder. Da die Mutter krank ist, gibt er die Führung des Rudels an Makunga ab.")
    assert questions["Wer gibt die Führung des Rudels an Makunga ab?"].answer == "Alex"
