"""Surface realisation: German verb-second statements and W-questions from a Clause.

The sentences run through the real offline pipeline (tokens, STTS tags, lemmas); the clause
structure is written by hand here, so that these tests check the realiser alone, whatever the
clause parser makes of the sentence.
"""

from __future__ import annotations

import pytest

from quizgen.generation.realise import declarative, finite_form, interrogative
from quizgen.model import Article, Clause, Constituent, Sentence


@pytest.fixture(scope="module")
def parse(nlp):
    from quizgen.analysis import analyze

    def run(text: str) -> Sentence:
        article = Article(title="Test", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
        return analyze(nlp, article).sentences[0]

    return run


def span(sentence: Sentence, words: str, after: int = 0) -> tuple[int, int]:
    """Token span (Token.i, end exclusive) of the first occurrence of ``words`` from token ``after``."""
    wanted = words.split()
    texts = [t.text for t in sentence.tokens]
    for k in range(after, len(texts) - len(wanted) + 1):
        if texts[k : k + len(wanted)] == wanted:
            return sentence.tokens[k].i, sentence.tokens[k + len(wanted) - 1].i + 1
    raise AssertionError(f"{words!r} not in {texts}")


def part(sentence: Sentence, role: str, words: str, **fields) -> Constituent:
    start, end = span(sentence, words)
    return Constituent(role=role, start=start, end=end, head=end - 1, text=words, **fields)


def at(sentence: Sentence, word: str) -> int:
    return span(sentence, word)[0]


def clause(sentence: Sentence, kind: str, verbs: list[str], parts: list[Constituent], **fields) -> Clause:
    verb_indices = tuple(at(sentence, v) for v in verbs)
    fields.setdefault("finite", verb_indices[0] if kind == "main" else verb_indices[-1])
    return Clause(kind=kind, tokens=tuple(t.i for t in sentence.tokens), verbs=tuple(sorted(verb_indices)),
                  constituents=tuple(parts), **fields)


def test_pronoun_subject_replaced_and_object_asked(parse):
    s = parse("Am Wochenende besuchte er Munitionsfabriken.")
    time, subject, obj = (part(s, "time", "Am Wochenende"), part(s, "subject", "er", case="Nom"),
                          part(s, "object_acc", "Munitionsfabriken", case="Acc"))
    c = clause(s, "main", ["besuchte"], [time, subject, obj], lemma="besuchen")
    name = {(subject.start, subject.end): "Kim"}
    assert interrogative(s, c, obj, "Was", replace=name) == "Was besuchte Kim am Wochenende?"
    assert interrogative(s, c, time, "Wann", replace=name) == "Wann besuchte Kim Munitionsfabriken?"
    assert declarative(s, c, front=subject, replace=name) == "Kim besuchte am Wochenende Munitionsfabriken."
    # without a name for "er" nothing is said
    assert interrogative(s, c, obj, "Was") is None
    assert declarative(s, c) is None


def test_separable_verb_keeps_its_particle_at_the_end(parse):
    s = parse("Kim Jong Un fordert die Rüstungsindustrie zur Massenproduktion auf.")
    subject = part(s, "subject", "Kim Jong Un", case="Nom")
    obj = part(s, "object_acc", "die Rüstungsindustrie", case="Acc")
    prep = part(s, "object_prep", "zur Massenproduktion", preposition="zu")
    c = clause(s, "main", ["fordert", "auf"], [subject, obj, prep], lemma="auffordern", particle=at(s, "auf"))
    assert interrogative(s, c, prep, "Wozu") == "Wozu fordert Kim Jong Un die Rüstungsindustrie auf?"
    assert declarative(s, c, front=obj) == "Die Rüstungsindustrie fordert Kim Jong Un zur Massenproduktion auf."


def test_perfect_and_plural_subject_asked_with_wer(parse):
    s = parse("Nordkorea und Russland haben jegliche Waffengeschäfte bestritten.")
    subject = part(s, "subject", "Nordkorea und Russland", case="Nom")
    obj = part(s, "object_acc", "jegliche Waffengeschäfte", case="Acc")
    c = clause(s, "main", ["haben", "bestritten"], [subject, obj], lemma="bestreiten", auxiliary="haben", tense="perfect")
    assert interrogative(s, c, subject, "Wer") == "Wer hat jegliche Waffengeschäfte bestritten?"
    assert interrogative(s, c, obj, "Was") == "Was haben Nordkorea und Russland bestritten?"


def test_passive_subject_leaves_the_vorfeld_in_lower_case(parse):
    s = parse("Die Brücke wurde im Jahr 1990 gebaut.")
    subject = part(s, "subject", "Die Brücke", case="Nom")
    time = part(s, "time", "im Jahr 1990")
    c = clause(s, "main", ["wurde", "gebaut"], [subject, time], lemma="bauen", auxiliary="werden", voice="passive")
    assert interrogative(s, c, time, "Wann") == "Wann wurde die Brücke gebaut?"
    assert declarative(s, c, front=time) == "Im Jahr 1990 wurde die Brücke gebaut."


def test_modal_verb_and_negation(parse):
    s = parse("Die Regierung will in Berlin keine neue Schule bauen.")
    subject = part(s, "subject", "Die Regierung", case="Nom")
    place = part(s, "place", "in Berlin", preposition="in")
    obj = part(s, "object_acc", "keine neue Schule", case="Acc")
    c = clause(s, "main", ["will", "bauen"], [subject, place, obj], lemma="bauen", modal="wollen")
    assert interrogative(s, c, place, "Wo") == "Wo will die Regierung keine neue Schule bauen?"
    t = parse("Die Regierung hat die Pläne nicht veröffentlicht.")
    subject, obj = part(t, "subject", "Die Regierung", case="Nom"), part(t, "object_acc", "die Pläne", case="Acc")
    c = clause(t, "main", ["hat", "veröffentlicht"], [subject, obj], lemma="veröffentlichen", negation=at(t, "nicht"))
    assert interrogative(t, c, obj, "Was") == "Was hat die Regierung nicht veröffentlicht?"


def test_reflexive_stays_next_to_the_finite_verb(parse):
    s = parse("Seit 2019 bereitet sich Nordkorea auf den Krieg vor.")
    time = part(s, "time", "Seit 2019", detail="since")
    subject = part(s, "subject", "Nordkorea", case="Nom")
    prep = part(s, "object_prep", "auf den Krieg", preposition="auf")
    c = clause(s, "main", ["bereitet", "vor"], [time, subject, prep], lemma="vorbereiten", reflexive=at(s, "sich"),
               particle=at(s, "vor"))
    assert interrogative(s, c, prep, "Worauf") == "Worauf bereitet sich Nordkorea seit 2019 vor?"
    assert interrogative(s, c, time, "Seit wann") == "Seit wann bereitet sich Nordkorea auf den Krieg vor?"


def test_subordinate_clause_becomes_a_main_clause_with_split_particle(parse):
    s = parse("Die Medien berichten, dass Kim die Fabriken am Wochenende aufsuchte.")
    start = at(s, "dass")
    subject = part(s, "subject", "Kim", case="Nom")
    obj = part(s, "object_acc", "die Fabriken", case="Acc")
    time = part(s, "time", "am Wochenende")
    tokens = tuple(t.i for t in s.tokens if t.i >= start and t.text != ".")
    c = Clause(kind="subordinate", tokens=tokens, verbs=(at(s, "aufsuchte"),), finite=at(s, "aufsuchte"),
               lemma="aufsuchen", conjunction=start, constituents=(subject, obj, time))
    assert declarative(s, c) == "Kim suchte die Fabriken am Wochenende auf."
    assert interrogative(s, c, time, "Wann") == "Wann suchte Kim die Fabriken auf?"


def test_weil_clause_in_passive_turned_around(parse):
    s = parse("Die Arbeiter blieben zu Hause, weil die Fabrik am Montag geschlossen worden war.")
    start = at(s, "weil")
    subject = part(s, "subject", "die Fabrik", case="Nom")
    time = part(s, "time", "am Montag")
    verbs = (at(s, "geschlossen"), at(s, "worden"), at(s, "war"))
    tokens = tuple(t.i for t in s.tokens if t.i >= start and t.text != ".")
    c = Clause(kind="subordinate", tokens=tokens, verbs=verbs, finite=verbs[-1], lemma="schließen",
               auxiliary="werden", voice="passive", conjunction=start, constituents=(subject, time))
    assert declarative(s, c) == "Die Fabrik war am Montag geschlossen worden."
    assert interrogative(s, c, time, "Wann") == "Wann war die Fabrik geschlossen worden?"


def test_conditional_clause_is_no_statement(parse):
    s = parse("Die Regierung handelt, wenn die Preise steigen.")
    start = at(s, "wenn")
    subject = part(s, "subject", "die Preise", case="Nom")
    tokens = tuple(t.i for t in s.tokens if t.i >= start and t.text != ".")
    c = Clause(kind="subordinate", tokens=tokens, verbs=(at(s, "steigen"),), finite=at(s, "steigen"), lemma="steigen",
               conjunction=start, constituents=(subject,))
    assert declarative(s, c) is None


def test_expletive_es_and_unsure_constituents_give_nothing(parse):
    s = parse("Es handelt sich um eine Reihe von Besuchen.")
    es = part(s, "subject", "Es", case="Nom")
    prep = part(s, "object_prep", "um eine Reihe von Besuchen", preposition="um")
    c = clause(s, "main", ["handelt"], [es, prep], lemma="handeln", reflexive=at(s, "sich"))
    assert interrogative(s, c, prep, "Worum") is None
    t = parse("Pjöngjang hat mehr als 100 Raketentests durchgeführt.")
    subject = part(t, "subject", "Pjöngjang", case="Nom")
    unsure = part(t, "object_acc", "mehr als 100 Raketentests", case="Acc", sure=False)
    c = clause(t, "main", ["hat", "durchgeführt"], [subject, unsure], lemma="durchführen")
    assert interrogative(t, c, unsure, "Was") is None
    assert declarative(t, c, front=unsure) is None


def _relative(s: Sentence, noun: str, verb: str, rel_object: str) -> tuple[Clause, Clause, Sentence]:
    subject = part(s, "subject", "Kim", case="Nom")
    first = span(s, noun.split()[0])[0]
    head = span(s, noun)[1] - 1
    obj = Constituent(role="object_acc", start=first, end=span(s, verb)[1], head=head, text="", case="Acc")
    main = clause(s, "main", ["besuchte"], [subject, obj], lemma="besuchen")
    rel_subject = Constituent(role="subject", start=head + 2, end=head + 3, head=head + 2, text="", case="Nom")
    rel_obj = part(s, "object_acc", rel_object, case="Acc")
    relative = Clause(kind="relative", tokens=tuple(range(head + 1, span(s, verb)[1])), verbs=(at(s, verb),),
                      finite=at(s, verb), lemma="herstellen", conjunction=rel_subject.start, parent=0,
                      antecedent=head, constituents=(rel_subject, rel_obj))
    return main, relative, Sentence(s.index, s.start, s.end, s.text, s.tokens, clauses=(main, relative))


def test_relative_clause_says_its_antecedent(parse):
    main, relative, s = _relative(parse("Kim besuchte Fabriken, die Raketen herstellen."), "Fabriken", "herstellen", "Raketen")
    assert declarative(s, relative) == "Fabriken stellen Raketen her."
    assert declarative(s, main, front=main.constituents[1]) == "Fabriken, die Raketen herstellen, besuchte Kim."
    # "den Betrieb" (accusative) cannot stand for "der" (nominative): no statement
    main, relative, s = _relative(parse("Kim besuchte den Betrieb, der Raketen herstellt."), "den Betrieb", "herstellt", "Raketen")
    assert declarative(s, relative) is None


@pytest.mark.parametrize(
    ("lemma", "form", "mood", "expected"),
    [("haben", "haben", "indicative", "hat"), ("sein", "sind", "indicative", "ist"),
     ("werden", "werden", "indicative", "wird"), ("können", "konnten", "indicative", "konnte"),
     ("bestreiten", "bestritten", "indicative", "bestritt"), ("sein", "seien", "subjunctive", "sei"),
     ("auffordern", "forderten", "indicative", "forderte"), ("müssen", "müssen", "indicative", "muss")],
)
def test_finite_form_to_third_person_singular(lemma, form, mood, expected):
    assert finite_form(lemma, form, ("3", "Sing"), mood) == expected


def test_finite_form_refuses_a_form_the_verb_does_not_have():
    assert finite_form("bestreiten", "bestreiteten", ("3", "Sing")) is None  # not a form of bestreiten
    assert finite_form("Haus", "Häuser", ("3", "Sing")) is None



def test_question_without_link_words_and_correlate(parse):
    from quizgen.generation.realise import correlate

    s = parse("Jedoch besuchte Kim damals die Fabrik.")
    verb = span(s, "besuchte")[0]
    asked = part(s, "object_acc", "die Fabrik", case="Acc")
    clause = Clause(kind="main", tokens=tuple(t.i for t in s.tokens), verbs=(verb,), finite=verb, lemma="besuchen",
                    person="3", number="Sing", constituents=(part(s, "adverbial", "Jedoch"), part(s, "subject", "Kim"),
                                                             part(s, "time", "damals"), asked))
    assert interrogative(s, clause, asked, "Was") == "Was besuchte Kim?"
    s = parse("Schindler konnte die Polizisten dazu überreden, ihn freizulassen.")
    k = span(s, "dazu")[0]
    assert correlate(s, k, k + 1) == "zu"
    assert correlate(s, s.tokens[0].i, s.tokens[0].i + 1) == ""
