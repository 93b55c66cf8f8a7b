"""Clauses from an official parser's dependency parse (TIGER labels), on hand-built parsed Docs.

The official German pipelines cannot be installed here, so each sentence is written down as
de_core_news_md parses it (STTS tag, lemma, head, TIGER label, the morphology of finite
verbs) and run through the same components the official configuration adds after its parser
(``quizgen_particles``, ``quizgen_clauses``), then through ``pipeline.to_analysis``.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quizgen.analysis.clauses import CLAUSES_KEY, clauses_component, plain_tokens, sentence_clauses
from quizgen.analysis.hanta import particles_component
from quizgen.analysis.pipeline import to_analysis
from quizgen.analysis.stts import upos
from quizgen.model import Article, Clause

PRES_3SG = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PRES_3PL = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
PAST_3SG = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


def parsed(rows: str, entities: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A Doc from CoNLL-like rows: ``word TAG lemma head dep [morph]`` (head 1-based, 0 = root),
    with the entities (start, end, label) the model's NER gives."""
    from quizgen.analysis import load_pipeline

    nlp = load_pipeline("offline")
    lines = [line.split() for line in rows.strip().splitlines()]
    words = [line[0] for line in lines]
    spaces = [k + 1 < len(words) and words[k + 1] not in (",", ".", "?", "!") for k in range(len(words))]
    heads = [int(line[3]) - 1 if line[3] != "0" else k for k, line in enumerate(lines)]
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads,
        deps=[line[4] for line in lines], tags=[line[1] for line in lines],
        pos=[upos(line[1], line[0]) for line in lines], lemmas=[line[2] for line in lines],
        morphs=[line[5] if len(line) > 5 else "" for line in lines],
        ents=_bio(len(words), entities),
    )
    return clauses_component(particles_component(doc))


def _bio(length: int, entities: tuple[tuple[int, int, str], ...]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in entities:
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


def clauses_of(rows: str, entities: tuple[tuple[int, int, str], ...] = ()) -> tuple[Clause, ...]:
    doc = parsed(rows, entities)
    return doc.user_data[CLAUSES_KEY][0]


def roles(clause: Clause) -> list[tuple[str, str]]:
    return [(c.role, c.text) for c in clause.constituents]


PERFECT = f"""
Kim NE Kim 3 pnc
Jong NE Jong 3 pnc
Un NE Un 4 sb
hat VAFIN haben 0 ROOT {PRES_3SG}
am APPRART am 11 mo
Montag NN Montag 5 nk
eine ART ein 8 nk
Munitionsfabrik NN Munitionsfabrik 11 oa
in APPR in 11 mo
Pjöngjang NE Pjöngjang 9 nk
besucht VVPP besuchen 4 oc
. $. . 4 punct
"""
PERFECT_ENTITIES = ((0, 3, "PER"), (9, 10, "LOC"))


def test_perfect_main_clause_with_time_place_and_object():
    (clause,) = clauses_of(PERFECT, PERFECT_ENTITIES)
    assert clause.kind == "main"
    assert (clause.lemma, clause.auxiliary, clause.tense, clause.voice) == ("besuchen", "haben", "perfect", "active")
    assert clause.finite == 3 and clause.verbs == (3, 10)
    assert (clause.person, clause.number) == ("3", "Sing")
    assert roles(clause) == [
        ("subject", "Kim Jong Un"), ("time", "am Montag"), ("object_acc", "eine Munitionsfabrik"), ("place", "in Pjöngjang"),
    ]
    fields = [c.field for c in clause.constituents]
    assert fields == ["vorfeld", "mittelfeld", "mittelfeld", "mittelfeld"]
    subject = clause.role("subject")[0]
    assert (subject.head, subject.case, subject.start, subject.end) == (2, "Nom", 0, 3)
    place = clause.role("place")[0]
    assert (place.preposition, place.head) == ("in", 9)


def test_separable_verb_with_prepositional_object():
    (clause,) = clauses_of(f"""
Er PPER er 2 sb
fordert VVFIN fordern 0 ROOT {PRES_3SG}
die ART der 4 nk
Rüstungsindustrie NN Rüstungsindustrie 2 oa
zu APPR zu 2 op
mehr PIAT mehr 7 nk
Produktion NN Produktion 5 nk
auf PTKVZ auf 2 svp
. $. . 2 punct
""")
    assert (clause.lemma, clause.particle, clause.tense) == ("auffordern", 7, "present")
    assert 7 in clause.verbs
    assert roles(clause) == [("subject", "Er"), ("object_acc", "die Rüstungsindustrie"), ("object_prep", "zu mehr Produktion")]
    prep = clause.role("object_prep")[0]
    assert (prep.preposition, prep.head) == ("zu", 6)


def test_passive_with_agent():
    (clause,) = clauses_of(f"""
Die ART der 2 nk
Manöver NN Manöver 3 sb
werden VAFIN werden 0 ROOT {PRES_3PL}
von APPR von 9 sbp
den ART der 6 nk
USA NE USA 4 nk
und KON und 6 cd
Südkorea NE Südkorea 7 cj
durchgeführt VVPP durchführen 3 oc
. $. . 3 punct
""")
    assert (clause.voice, clause.auxiliary, clause.tense, clause.lemma) == ("passive", "werden", "present", "durchführen")
    assert roles(clause) == [("subject", "Die Manöver"), ("agent", "von den USA und Südkorea")]
    assert clause.role("agent")[0].preposition == "von"


def test_modal_with_um_zu_clause_and_reflexive():
    main, purpose = clauses_of(f"""
Nordkorea NE Nordkorea 2 sb
will VMFIN wollen 0 ROOT {PRES_3SG}
die ART der 4 nk
Produktion NN Produktion 6 oa
deutlich ADJD deutlich 6 mo
steigern VVINF steigern 2 oc
, $, , 13 punct
um KOUI um 13 cp
sich PRF sich 13 oa
gegen APPR gegen 13 mo
Angriffe NN Angriff 10 nk
zu PTKZU zu 13 pm
schützen VVINF schützen 6 mo
. $. . 2 punct
""")
    assert (main.kind, main.modal, main.lemma, main.tense) == ("main", "wollen", "steigern", "present")
    assert main.verbs == (1, 5)
    assert (purpose.kind, purpose.conjunction, purpose.reflexive, purpose.finite) == ("um_zu", 7, 8, None)
    assert purpose.parent == 0 and purpose.lemma == "schützen"
    assert [c.role for c in purpose.constituents] == ["adverbial"]
    clause_part = main.constituents[-1]
    assert (clause_part.role, clause_part.clause, clause_part.text) == ("purpose", 1, "um sich gegen Angriffe zu schützen")
    assert clause_part.field == "nachfeld"
    manner = next(c for c in main.constituents if c.text == "deutlich")
    assert manner.role == "manner" and not manner.sure


def test_relative_clause_is_cut_out_of_its_antecedent():
    main, relative = clauses_of(f"""
Die ART der 2 nk
Fabrik NN Fabrik 8 sb
, $, , 6 punct
die PRELS der 6 sb
Raketen NN Rakete 6 oa
baut VVFIN bauen 2 rc {PRES_3SG}
, $, , 6 punct
liegt VVFIN liegen 0 ROOT {PRES_3SG}
im APPRART in 8 mo
Norden NN Norden 9 nk
des ART der 12 nk
Landes NN Land 10 ag
. $. . 8 punct
""")
    assert main.kind == "main" and relative.kind == "relative"
    assert relative.antecedent == 1 and relative.conjunction == 3 and relative.parent == 0
    assert roles(relative) == [("subject", "die"), ("object_acc", "Raketen")]
    assert roles(main) == [("subject", "Die Fabrik"), ("place", "im Norden des Landes")]
    assert 5 not in main.tokens and 5 in relative.tokens


def test_dass_clause_as_complement_of_a_separable_verb():
    main, sub = clauses_of(f"""
Die ART der 2 nk
USA NE USA 3 sb
werfen VVFIN werfen 0 ROOT {PRES_3PL}
Nordkorea NE Nordkorea 3 da
vor PTKVZ vor 3 svp
, $, , 11 punct
dass KOUS dass 11 cp
es PPER es 11 sb
Raketen NN Rakete 10 oa
getestet VVPP testen 11 oc
hat VAFIN haben 3 oc {PRES_3SG}
. $. . 3 punct
""")
    assert (main.lemma, main.particle) == ("vorwerfen", 4)
    assert roles(main)[:2] == [("subject", "Die USA"), ("object_dat", "Nordkorea")]
    complement = main.role("complement")[0]
    assert (complement.clause, complement.detail, complement.text) == (1, "dass", "dass es Raketen getestet hat")
    assert (sub.kind, sub.conjunction, sub.finite, sub.tense, sub.lemma) == ("subordinate", 6, 10, "perfect", "testen")
    assert roles(sub) == [("subject", "es"), ("object_acc", "Raketen")]
    assert all(c.field == "" for c in sub.constituents)


def test_causal_clause_in_the_vorfeld_and_negation():
    sub, main = clauses_of(f"""
Weil KOUS weil 5 cp
die ART der 3 nk
Gespräche NN Gespräch 5 sb
gescheitert VVPP scheitern 5 oc
sind VAFIN sein 7 mo {PRES_3PL}
, $, , 7 punct
beginnen VVFIN beginnen 0 ROOT {PRES_3PL}
die ART der 9 nk
Übungen NN Übung 7 sb
am APPRART an 7 mo
21. ADJA 21. 12 nk
August NN August 10 nk
nicht PTKNEG nicht 7 ng
. $. . 7 punct
""")
    assert (sub.kind, sub.tense, sub.auxiliary, sub.voice) == ("subordinate", "perfect", "sein", "active")
    assert (main.negation, main.tense) == (12, "present")
    cause = main.constituents[0]
    assert (cause.role, cause.detail, cause.field, cause.clause) == ("cause", "weil", "vorfeld", 0)
    assert roles(main)[1:] == [("subject", "die Übungen"), ("time", "am 21. August")]


def test_coordinated_verbs_with_and_without_own_subject():
    first, second = clauses_of(f"""
Kim NE Kim 2 sb
besuchte VVFIN besuchen 0 ROOT {PAST_3SG}
die ART der 4 nk
Fabrik NN Fabrik 2 oa
und KON und 2 cd
forderte VVFIN fordern 5 cj {PAST_3SG}
mehr PIAT mehr 8 nk
Raketen NN Rakete 6 oa
. $. . 2 punct
""")
    assert (first.kind, first.tense) == ("main", "past")
    assert (second.kind, second.parent, second.conjunction, second.lemma) == ("coordinated", 0, 4, "fordern")
    assert roles(second) == [("object_acc", "mehr Raketen")]
    assert 4 in second.tokens and 4 not in first.tokens


def test_coordinated_participle_shares_the_auxiliary():
    first, second = clauses_of(f"""
Pjöngjang NE Pjöngjang 2 sb
hat VAFIN haben 0 ROOT {PRES_3SG}
Raketen NN Rakete 4 oa
getestet VVPP testen 2 oc
und KON und 4 cd
Manöver NN Manöver 7 oa
abgehalten VVPP abhalten 5 cj
. $. . 2 punct
""")
    assert first.tense == "perfect"
    assert (second.kind, second.finite, second.tense, second.lemma) == ("coordinated", 1, "perfect", "abhalten")
    assert second.verbs == (6,)
    assert roles(second) == [("object_acc", "Manöver")]


def test_question_and_same_builder_through_sentence_clauses():
    doc = parsed(f"""
Wann PWAV wann 2 mo
beginnen VVFIN beginnen 0 ROOT {PRES_3PL}
die ART der 4 nk
Übungen NN Übung 2 sb
? $. ? 2 punct
""")
    plain = plain_tokens(doc)
    tokens = tuple(plain[t.i] for t in doc)
    (clause,) = sentence_clauses(tokens)
    assert clause.kind == "question"
    assert roles(clause) == [("time", "Wann"), ("subject", "die Übungen")]


def test_to_analysis_puts_the_clauses_on_the_sentences():
    doc = parsed(PERFECT)
    text = doc.text
    article = Article(title="t", text=text, source="t", stem="t", paragraphs=((0, len(text)),))
    analysis = to_analysis(doc, article)
    (sentence,) = analysis.sentences
    assert sentence.tokens[3].dep == "ROOT" and sentence.tokens[2].head == 3
    assert len(sentence.clauses) == 1 and sentence.clauses[0].lemma == "besuchen"
    assert sentence.clauses[0].role("subject")[0].text == "Kim Jong Un"


@pytest.mark.parametrize("rows", ["", "Hallo ITJ hallo 0 ROOT\n! $. ! 1 punct"])
def test_no_clause_without_a_verb(rows):
    if not rows:
        from quizgen.analysis.dependencies import parse_clauses

        assert parse_clauses(()) == ()
        return
    assert clauses_of(rows) == ()
