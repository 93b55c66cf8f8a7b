"""Grammar slips and cut answers DaF readers marked "edit" in round 20 (issue 12): "man" before
the reflexive, a "von … bis" span of a verb of extent asked "Von wann bis wann", an "ebenfalls
mit …" aside left out (and "auch" kept), a "zwischen"-phrase cut at its "und", an um-zu key
without its "damit", a long answer also accepted up to its rare head noun, and prompts that keep
a definite noun or a pronoun whose content is the dropped zu-infinitive or relative clause. Real
German sentences through the offline pipeline, each rule also where nothing may change."""

from __future__ import annotations

import pytest

from quizgen.analysis import analyze
from quizgen.generation import keys, wellformed
from quizgen.generation.realise import interrogative
from quizgen.model import Analysis, Article, Clause, Constituent, Question, Sentence


def _analysis(nlp, text: str) -> Analysis:
    article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    return analyze(nlp, article)


def _asked(sentence: Sentence, role: str) -> tuple[Clause, Constituent]:
    for clause in sentence.clauses:
        for constituent in clause.constituents:
            if constituent.role == role:
                return clause, constituent
    raise AssertionError(f"no {role} in {[(c.role, c.text) for k in sentence.clauses for c in k.constituents]}")


@pytest.fixture(scope="module")
def ask(nlp):
    def run(text: str, role: str, word: str) -> str | None:
        sentence = _analysis(nlp, text).sentences[0]
        clause, asked = _asked(sentence, role)
        return interrogative(sentence, clause, asked, word)

    return run


# --- word order and wording of the question ----------------------------------------------------


def test_man_stays_before_the_reflexive(ask):
    # parlament-australien (round 20 unseen): "Wann traf sich man …?"
    prompt = ask("Von 1901 bis 1927 traf man sich im Old Parliament House.", "time", "Wann")
    assert prompt == "Wann traf man sich im Old Parliament House?"


def test_a_noun_subject_still_follows_the_reflexive(ask):
    prompt = ask("Von 1901 bis 1927 traf der Rat sich im Old Parliament House.", "time", "Wann")
    assert prompt == "Wann traf sich der Rat im Old Parliament House?"


def test_a_verb_of_extent_asks_its_span(ask):
    # kronen-anemone (round 20 unseen): "Wann reicht die Blütezeit?" is no German
    prompt = ask("Die Blütezeit reicht von Dezember bis Mai.", "time", "Wann")
    assert prompt == "Von wann bis wann reicht die Blütezeit?"
    assert not wellformed.question_problems(prompt, word="Wann")


def test_another_verb_keeps_wann_for_a_span(ask):
    prompt = ask("Von 1901 bis 1927 tagte das Parlament im Old Parliament House.", "time", "Wann")
    assert prompt is not None and prompt.startswith("Wann tagte das Parlament"), prompt


def test_an_ebenfalls_aside_leaves_the_question(ask):
    # x-24 (round 20 unseen): "mit Gentry im Cockpit" suggests another first powered flight
    prompt = ask("Am 19. März 1970 erfolgte der erste angetriebene Flug, ebenfalls mit Gentry im Cockpit.", "time", "Wann")
    assert prompt == "Wann erfolgte der erste angetriebene Flug?"


def test_a_mit_phrase_without_the_aside_comma_stays(ask):
    prompt = ask("Am 19. März 1970 flog Gentry mit dem neuen Flugzeug nach Kalifornien.", "time", "Wann")
    assert prompt is not None and "mit dem neuen Flugzeug" in prompt, prompt


def test_auch_stays_in_a_wann_question(ask):
    # Tabak: without "auch" the question suggests tobacco was grown only then (judged "edit" ten times)
    prompt = ask("Im 17. Jahrhundert wurde Tabak auch in Europa angebaut.", "time", "Wann")
    assert prompt == "Wann wurde Tabak auch in Europa angebaut?"


# --- keys ----------------------------------------------------------------------------------------


def _refined(nlp, text: str, prompt: str, answer: str, skill: str) -> Question | None:
    analysis = _analysis(nlp, text)
    sentence = analysis.sentences[-1]
    question = Question(id="", type="wh", prompt=prompt, answer=answer, sentence=sentence.index,
                        evidence=sentence.text, skill=skill)
    return keys.refine_key(question, sentence, analysis)


def test_a_zwischen_phrase_keeps_its_second_member(nlp):
    # ogadenkrieg (round 20 unseen): "ein Krieg zwischen Äthiopien" was cut at "und"
    question = _refined(nlp, "Der Ogadenkrieg war ein Krieg zwischen Äthiopien und Somalia um die Region Ogaden 1977–1978.",
                        "Was war der Ogadenkrieg?", "ein Krieg zwischen Äthiopien", "was-ist")
    assert question is not None and question.answer == "ein Krieg zwischen Äthiopien und Somalia"


def test_a_whole_zwischen_phrase_and_a_clause_after_und_stay(nlp):
    whole = _refined(nlp, "Der Fluss bildet die Grenze zwischen Deutschland und Frankreich.",
                     "Was bildet der Fluss?", "die Grenze zwischen Deutschland und Frankreich", "was")
    assert whole is not None and whole.answer == "die Grenze zwischen Deutschland und Frankreich"
    verb = _refined(nlp, "Das Dorf liegt in einem Tal zwischen den Bergen und ist sehr klein.",
                    "Wo liegt das Dorf?", "in einem Tal zwischen den Bergen", "wo")
    assert verb is not None and verb.answer == "in einem Tal zwischen den Bergen"


def test_an_um_zu_key_also_accepts_it_without_damit(nlp):
    # organtransplantation-china (round 20 unseen): "Add 'um den Transplantationstourismus zu bekämpfen'"
    question = _refined(nlp, "Das Ministerium gewährt chinesischen Staatsbürgern Vorrang, um damit den "
                        "Transplantationstourismus zu bekämpfen.", "Wozu gewährt das Ministerium chinesischen "
                        "Staatsbürgern Vorrang?", "um damit den Transplantationstourismus zu bekämpfen", "wozu")
    assert question is not None and "um den Transplantationstourismus zu bekämpfen" in question.accepted


def test_an_um_zu_key_without_damit_gets_no_such_variant(nlp):
    question = _refined(nlp, "Das Ministerium gewährt chinesischen Staatsbürgern Vorrang, um den "
                        "Transplantationstourismus zu bekämpfen.", "Wozu gewährt das Ministerium chinesischen "
                        "Staatsbürgern Vorrang?", "um den Transplantationstourismus zu bekämpfen", "wozu")
    assert question is not None and not any(v.startswith("um ") for v in question.accepted), question.accepted


# --- prompts that drop what their noun or pronoun holds ---------------------------------------------

BEFEHL = ("Der britische General Harry Prendergast erhielt den Befehl, das obere Birma mit 11.000 Mann, leichten Booten "
          "und Elefanten zu erobern.")
GRIMM = ("Der Sprachwissenschaftler Jacob Grimm hat das Studium des Ungarischen allen empfohlen, die neue einfach zu "
         "erlernende Plansprachen schaffen wollen.")


def _prompt_problems(nlp, text: str, prompt: str) -> list[str]:
    return wellformed._prompt_problems(_analysis(nlp, text).sentences[0], prompt)


def test_a_definite_noun_without_its_zu_infinitive_is_refused(nlp):
    # birma (round 20 unseen): "Wer erhielt den Befehl?" – which order?
    assert "definite noun without its zu-infinitive: Befehl" in _prompt_problems(nlp, BEFEHL, "Wer erhielt den Befehl?")


@pytest.mark.parametrize("prompt", ["Welchen Befehl erhielt der britische General Harry Prendergast?",
                                    "Wer erhielt den Befehl, das obere Birma zu erobern?"])
def test_a_noun_asked_for_or_kept_with_its_infinitive_passes(nlp, prompt):
    assert not any(p.startswith("definite noun") for p in _prompt_problems(nlp, BEFEHL, prompt))


def test_an_um_zu_clause_is_no_noun_content(nlp):
    problems = _prompt_problems(nlp, "Der Minister nutzte die Gelegenheit, um nach Berlin zu fahren.",
                                "Wer nutzte die Gelegenheit?")
    assert not any(p.startswith("definite noun") for p in problems)


def test_a_relative_clause_after_the_noun_is_no_infinitive(nlp):
    problems = _prompt_problems(nlp, "Der General erhielt den Befehl, den er seit Wochen erwartet hatte.",
                                "Wer erhielt den Befehl?")
    assert not any(p.startswith("definite noun") for p in problems)


def test_a_pronoun_without_its_relative_clause_is_refused(nlp):
    # Ungarische Sprache (round 20, reader 3): "distorts the text"
    problems = _prompt_problems(nlp, GRIMM, "Wer hat das Studium des Ungarischen allen empfohlen?")
    assert "pronoun without its relative clause: allen" in problems


def test_alle_as_a_determiner_needs_no_clause(nlp):
    problems = _prompt_problems(nlp, "Grimm hat das Studium allen Studenten empfohlen, die Sprachen lernen wollen.",
                                "Wer hat das Studium allen Studenten empfohlen?")
    assert not any(p.startswith("pronoun without") for p in problems)


def test_a_long_answer_is_also_accepted_up_to_its_rare_head_noun(nlp):
    # adolf-hitler (round 20 unseen): a student need not copy the Nazi term after the head noun
    question = _refined(nlp, "Zwangsarbeit und Aushungern zielten auf eine radikale Dezimierung der slawischen "
                        "Bevölkerung.", "Worauf zielten Zwangsarbeit und Aushungern?",
                        "auf eine radikale Dezimierung der slawischen Bevölkerung", "worauf")
    assert question is not None and "auf eine radikale Dezimierung" in question.accepted, question.accepted


def test_a_general_head_noun_is_no_answer_alone(nlp):
    # angelina-jolie: "die Rechte" says nothing without what they are rights to
    question = _refined(nlp, "Die Rechte an den ersten öffentlichen Fotos der Zwillinge gingen für 14 Millionen "
                        "US-Dollar an die Zeitschrift People.", "Was ging für 14 Millionen US-Dollar an die "
                        "Zeitschrift People?", "die Rechte an den ersten öffentlichen Fotos der Zwillinge", "was")
    assert question is not None and "die Rechte" not in question.accepted, question.accepted


def _wh_prompts(nlp, text: str) -> dict[str, str]:
    from quizgen.extraction import extract_facts
    from quizgen.generation.wh import wh_questions

    analysis = _analysis(nlp, text)
    return {q.prompt: str(q.answer) for q in wh_questions(analysis, extract_facts(analysis))}


def test_an_institution_undergoing_is_asked_with_was(nlp):
    prompts = _wh_prompts(nlp, "Das Commonwealth Parliament wurde am 9. Mai 1901 in Melbourne eröffnet.")
    assert prompts.get("Was wurde am 9. Mai 1901 in Melbourne eröffnet?") == "das Commonwealth Parliament", prompts
    assert not [p for p in prompts if p.startswith("Wer")], prompts


def test_people_named_by_a_noun_are_asked_with_wer(nlp):
    prompts = _wh_prompts(nlp, "Mit dieser Verordnung sollten illegale Transplantationen bekämpft werden, indem "
                               "Mediziner, die in den kommerziellen Organhandel verwickelt sind, mit Geldstrafen "
                               "und Suspendierungen bestraft werden.")
    assert prompts.get("Wer wird mit Geldstrafen und Suspendierungen bestraft?", "").startswith("Mediziner"), prompts
    assert not [p for p in prompts if p.startswith("Was wird")], prompts
