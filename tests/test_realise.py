"""Surface realisation: German verb-second statements and W-questions from a Clause.

The sentences run through the real offline pipeline (tokens, STTS tags, lemmas); the clause
structure is written by hand here, so that these tests check the realiser alone, whatever the
clause parser makes of the sentence.
"""

from __future__ import annotations

import pytest

from quizgen.generation.realise import declarative, finite_form, interrogative, kept_verbs
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


def dass_clause(sentence: Sentence, verb: str, lemma: str, parts: list[Constituent]) -> Clause:
    """The verb-final clause after "dass", up to the full stop."""
    start = at(sentence, "dass")
    tokens = tuple(t.i for t in sentence.tokens if t.i >= start and t.text != ".")
    return Clause(kind="subordinate", tokens=tokens, verbs=(at(sentence, verb),), finite=at(sentence, verb),
                  lemma=lemma, conjunction=start, constituents=tuple(parts))


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
    subject = part(s, "subject", "Kim", case="Nom")
    obj = part(s, "object_acc", "die Fabriken", case="Acc")
    time = part(s, "time", "am Wochenende")
    c = dass_clause(s, "aufsuchte", "aufsuchen", [subject, obj, time])
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


# --- sentences the analysis cuts into more pieces than the realiser can place one by one ---


def test_vorfeld_of_several_pieces_is_one_phrase(parse):
    s = parse("Einen Aufenthalt anlässlich eines Kongresses in Boston nutzt Michael zu einem Besuch.")
    subject = part(s, "subject", "Michael", case="Nom")
    parts = [part(s, "object_acc", "Einen Aufenthalt", case="Acc"),
             part(s, "object_gen", "eines Kongresses in Boston", case="Gen", sure=False), subject,
             part(s, "adverbial", "zu einem Besuch", preposition="zu")]
    c = clause(s, "main", ["nutzt"], parts, lemma="nutzen")
    assert interrogative(s, c, subject, "Wer") == "Wer nutzt einen Aufenthalt anlässlich eines Kongresses in Boston zu einem Besuch?"
    # a time inside a Vorfeld of adverbials is asked with the whole Vorfeld
    t = parse("Nach der Volkszählung im Jahr 2010 lebten im Bates County 17.049 Menschen in 6.355 Haushalten.")
    year = part(t, "time", "2010")
    parts = [part(t, "adverbial", "Nach der Volkszählung im Jahr", preposition="nach"), year,
             part(t, "place", "im Bates County", preposition="in"), part(t, "subject", "17.049 Menschen", case="Nom"),
             part(t, "adverbial", "in 6.355 Haushalten", preposition="in")]
    c = clause(t, "main", ["lebten"], parts, lemma="leben")
    assert interrogative(t, c, year, "Wann") == "Wann lebten im Bates County 17.049 Menschen in 6.355 Haushalten?"


def test_vorfeld_pieces_that_show_a_wrong_cut_give_nothing(parse):
    # the second piece of a Vorfeld is no answer of its own ("Sekretär Baron Stockmar" belongs to the letter)
    s = parse("In einem Brief an Prinzessin Victorias Sekretär Baron Stockmar kommentierte ihr Vater Prinz Albert die Lage.")
    obj = part(s, "object_acc", "Sekretär Baron Stockmar", case="Acc")
    parts = [part(s, "adverbial", "In einem Brief an Prinzessin Victorias", preposition="in"), obj,
             part(s, "subject", "ihr Vater Prinz Albert", case="Nom")]
    assert interrogative(s, clause(s, "main", ["kommentierte"], parts, lemma="kommentieren"), obj, "Wen") is None
    # "Wie auch …" before the verb: the subject was found in the wrong place
    t = parse("Wie auch Wassily Leontief verbesserte Lerner Berechnungen Wilhelm Launhardts zum Terms-of-Trade-Effekt.")
    asked = part(t, "object_acc", "Lerner Berechnungen Wilhelm Launhardts", case="Acc")
    parts = [part(t, "manner", "Wie"), part(t, "adverbial", "auch"), part(t, "subject", "Wassily Leontief", case="Nom"), asked,
             part(t, "adverbial", "zum Terms-of-Trade-Effekt", preposition="zu")]
    assert interrogative(t, clause(t, "main", ["verbesserte"], parts, lemma="verbessern"), asked, "Was") is None


def test_brackets_leave_the_question(parse):
    s = parse("Tania Sachdev (* 20. August 1986 in Delhi) ist eine indische Schachspielerin.")
    subject = part(s, "subject", "Tania Sachdev", case="Nom")
    c = clause(s, "main", ["ist"], [subject, part(s, "predicative", "eine indische Schachspielerin", case="Nom")], lemma="sein")
    assert interrogative(s, c, subject, "Wer") == "Wer ist eine indische Schachspielerin?"
    t = parse("Tu B’Av wird am 15. Tag des Monats Aw (normalerweise Ende August) gefeiert.")
    time = part(t, "time", "am 15. Tag des Monats Aw", preposition="an")
    parts = [part(t, "subject", "Tu", case="Nom", sure=False), part(t, "object_dat", "Av", case="Dat", sure=False), time]
    c = clause(t, "main", ["wird", "gefeiert"], parts, lemma="feiern", auxiliary="werden", voice="passive")
    assert interrogative(t, c, time, "Wann") == "Wann wird Tu B’Av gefeiert?"


def test_what_a_dropped_bracket_leaves_cut_off_gives_nothing(parse):
    s = parse("Die Blüten haben einen Durchmesser von 3 bis 8 (selten bis 10) Zentimeter.")
    obj = part(s, "object_acc", "einen Durchmesser", case="Acc")
    parts = [part(s, "subject", "Die Blüten", case="Nom"), obj, part(s, "adverbial", "von 3 bis 8", preposition="von"),
             part(s, "object_acc", "Zentimeter", case="Acc", sure=False)]
    assert interrogative(s, clause(s, "main", ["haben"], parts, lemma="haben"), obj, "Was") is None
    t = parse("Georgs Wahnsinn wird im 1994 gedrehten Film King George – Ein Königreich für mehr Verstand thematisiert.")
    film = part(t, "time", "im 1994 gedrehten Film King George", preposition="in")
    parts = [part(t, "subject", "Georgs Wahnsinn", case="Nom"), film, part(t, "adverbial", "Ein Königreich", sure=False),
             part(t, "adverbial", "für mehr Verstand", preposition="für")]
    c = clause(t, "main", ["wird", "thematisiert"], parts, lemma="thematisieren", auxiliary="werden", voice="passive")
    assert interrogative(t, c, film, "Wann") is None


def test_year_run_into_the_subject_goes_back_to_the_vorfeld(parse):
    s = parse("Im September 2008 verlängerte Marvel einen bestehenden Vertrag mit Paramount Pictures, wodurch Paramount "
              "die weltweiten Vertriebsrechte an fünf weiteren Marvel-Verfilmungen erhielt.")
    time = part(s, "time", "Im September", preposition="in")
    broken = part(s, "subject", "2008 verlängerte Marvel", case="Nom")  # as the analysis cuts it
    continued = span(s, "wodurch")[0], s.tokens[-2].i + 1
    parts = [time, broken, part(s, "object_acc", "einen bestehenden Vertrag mit Paramount Pictures", case="Acc"),
             Constituent(role="complement", start=continued[0], end=continued[1], head=continued[1] - 1, text="", clause=1)]
    c = Clause(kind="main", tokens=tuple(t.i for t in s.tokens), verbs=(at(s, "verlängerte"),), finite=at(s, "verlängerte"),
               lemma="verlängern", constituents=tuple(parts))
    assert interrogative(s, c, time, "Wann") == "Wann verlängerte Marvel einen bestehenden Vertrag mit Paramount Pictures?"
    assert interrogative(s, c, broken, "Wer") is None  # its words are not all where the question would need them


def test_range_and_list_move_as_one(parse):
    s = parse("Von 1842 bis 1845 lebte sie in Jena.")
    start, end = part(s, "adverbial", "Von 1842", preposition="von"), part(s, "time", "1845")
    subject = part(s, "subject", "sie", case="Nom")
    c = clause(s, "main", ["lebte"], [start, end, subject, part(s, "place", "in Jena", preposition="in")], lemma="leben")
    name = {(subject.start, subject.end): "Amalie Schoppe"}
    assert interrogative(s, c, end, "Wann", replace=name) == "Wann lebte Amalie Schoppe in Jena?"
    assert interrogative(s, c, start, "Wann", replace=name) is None  # "von 1842" is no time of its own
    t = parse("Der Steppenadler kommt von Rumänien über die Aralsteppe bis nach Transbaikal und in die Mongolei vor.")
    subject = part(t, "subject", "Der Steppenadler", case="Nom")
    east = part(t, "direction", "nach Transbaikal", preposition="nach")
    parts = [subject, part(t, "origin", "von Rumänien", preposition="von"), part(t, "adverbial", "über die Aralsteppe", preposition="über"),
             east, part(t, "direction", "in die Mongolei", preposition="in")]
    c = clause(t, "main", ["kommt", "vor"], parts, lemma="vorkommen", particle=at(t, "vor"))
    assert interrogative(t, c, subject, "Was") == "Was kommt von Rumänien über die Aralsteppe bis nach Transbaikal und in die Mongolei vor?"
    assert interrogative(t, c, east, "Wohin") is None  # one half of "… und …" is not the answer


def test_participle_after_a_comma_is_no_right_bracket(parse):
    s = parse("Der Tempelkomplex wurde zwischen 1847 und 1855, finanziert durch Rani Rasmani, erbaut.")
    time = part(s, "time", "zwischen 1847", preposition="zwischen")
    parts = [part(s, "subject", "Der Tempelkomplex", case="Nom"), time, part(s, "time", "1855"),
             part(s, "adverbial", "durch Rani Rasmani", preposition="durch")]
    c = Clause(kind="main", tokens=tuple(t.i for t in s.tokens if t.text != "erbaut"), verbs=(at(s, "wurde"), at(s, "finanziert")),
               finite=at(s, "wurde"), lemma="finanzieren", constituents=tuple(parts))
    assert interrogative(s, c, time, "Wann") is None  # not "Wann wurde der Tempelkomplex finanziert durch …?"


def test_continuing_clause_leaves_and_long_question_spares_an_adverbial(parse):
    s = parse("Die folgenden Wahlen konnte Gnassingbé für sich entscheiden, wobei ihm die Opposition Wahlbetrug vorwarf.")
    subject = part(s, "subject", "Gnassingbé", case="Nom")
    wobei = span(s, "wobei")[0], s.tokens[-2].i + 1
    parts = [part(s, "object_acc", "Die folgenden Wahlen", case="Acc"), subject, part(s, "object_prep", "für sich", preposition="für"),
             Constituent(role="complement", start=wobei[0], end=wobei[1], head=wobei[1] - 1, text="", clause=1)]
    c = clause(s, "main", ["konnte", "entscheiden"], parts, lemma="entscheiden", modal="können")
    assert interrogative(s, c, subject, "Wer") == "Wer konnte die folgenden Wahlen für sich entscheiden?"
    t = parse("Am 30. April 1993 gab das Direktorium des europäischen Kernforschungszentrums CERN das World Wide Web "
              "kostenlos für die Öffentlichkeit frei.")
    time = part(t, "time", "Am 30. April", preposition="an")
    parts = [time, part(t, "subject", "1993 gab das Direktorium des europäischen Kernforschungszentrums CERN", sure=False),
             part(t, "object_acc", "das World Wide Web", case="Acc", sure=False), part(t, "adverbial", "kostenlos"),
             part(t, "adverbial", "für die Öffentlichkeit", preposition="für")]
    c = clause(t, "main", ["gab", "frei"], parts, lemma="freigeben", particle=at(t, "frei"))
    assert (interrogative(t, c, time, "Wann")
            == "Wann gab das Direktorium des europäischen Kernforschungszentrums CERN das World Wide Web kostenlos frei?")
    # the time goes, not "für ihre Arbeit": what follows it may be its attribute ("als Dank zur Erhaltung …")
    u = parse("Kambodschas König Norodom Sihamoni verlieh Jolie am 12. August 2005 die kambodschanische Staatsbürgerschaft "
              "als Dank für ihre Arbeit zur Erhaltung der Umwelt.")
    subject = part(u, "subject", "Kambodschas König Norodom Sihamoni", case="Nom")
    parts = [subject, part(u, "object_dat", "Jolie", case="Dat"), part(u, "time", "am 12. August 2005", preposition="an"),
             part(u, "object_acc", "die kambodschanische Staatsbürgerschaft", case="Acc"), part(u, "adverbial", "als Dank"),
             part(u, "adverbial", "für ihre Arbeit", preposition="für"),
             part(u, "purpose", "zur Erhaltung der Umwelt", preposition="zu")]
    c = clause(u, "main", ["verlieh"], parts, lemma="verleihen")
    assert (interrogative(u, c, subject, "Wer")
            == "Wer verlieh Jolie die kambodschanische Staatsbürgerschaft als Dank für ihre Arbeit zur Erhaltung der Umwelt?")


def test_apposition_in_the_vorfeld_left_out_of_the_question(parse):
    s = parse("In Bern, der Hauptstadt der Schweiz, macht der Fluss einen Bogen um die Altstadt herum.")
    place, apposition = part(s, "place", "In Bern", preposition="in"), part(
        s, "adverbial", "der Hauptstadt der Schweiz", detail="apposition", sure=False)
    subject, obj = part(s, "subject", "der Fluss", case="Nom"), part(s, "object_acc", "einen Bogen", case="Acc")
    around = part(s, "adverbial", "um die Altstadt herum", preposition="um")
    c = clause(s, "main", ["macht"], [place, apposition, subject, obj, around], lemma="machen")
    assert interrogative(s, c, place, "Wo") == "Wo macht der Fluss einen Bogen um die Altstadt herum?"
    assert interrogative(s, c, obj, "Was") == "Was macht der Fluss in Bern um die Altstadt herum?"
    assert interrogative(s, c, apposition, "Wo") is None  # the apposition itself is not asked
    assert declarative(s, c) is None  # a statement keeps it, and does not yet place its commas


def test_apposition_at_the_end_left_out_but_not_an_enumeration_item(parse):
    s = parse("Der Fluss fließt durch Bern, die Hauptstadt der Schweiz.")
    subject, through = part(s, "subject", "Der Fluss", case="Nom"), part(s, "adverbial", "durch Bern", preposition="durch")
    apposition = part(s, "adverbial", "die Hauptstadt der Schweiz", detail="apposition", sure=False)
    c = clause(s, "main", ["fließt"], [subject, through, apposition], lemma="fließen")
    assert interrogative(s, c, subject, "Was") == "Was fließt durch Bern?"
    listed = parse("Im Sommer besuchten die Kinder den Zoo, das Museum, die Burg und den Park.")
    time, children = part(listed, "time", "Im Sommer"), part(listed, "subject", "die Kinder", case="Nom")
    zoo = part(listed, "object_acc", "den Zoo", case="Acc")
    museum = part(listed, "adverbial", "das Museum", detail="apposition", sure=False)
    c = clause(listed, "main", ["besuchten"], [time, children, zoo, museum], lemma="besuchen")
    assert interrogative(listed, c, time, "Wann") is None  # "das Museum" is one item of a list, not left out


def test_coordinated_participles_each_asked_with_its_own_verb(parse):
    s = parse("Die Aare wurde dann in den Hagneckkanal gelegt und in den Bielersee geleitet.")
    subject, then = part(s, "subject", "Die Aare", case="Nom"), part(s, "adverbial", "dann")
    canal, lake = part(s, "adverbial", "in den Hagneckkanal", preposition="in"), part(s, "direction", "in den Bielersee", preposition="in")
    c = clause(s, "main", ["wurde", "gelegt", "geleitet"], [subject, then, canal, lake], lemma="leiten", auxiliary="werden", voice="passive")
    assert interrogative(s, c, lake, "Wohin") == "Wohin wurde die Aare geleitet?"
    assert interrogative(s, c, canal, "Wohin") == "Wohin wurde die Aare gelegt?"
    assert interrogative(s, c, subject, "Was") == "Was wurde in den Hagneckkanal gelegt?"
    assert kept_verbs(s, c, lake) == ("geleitet",) and kept_verbs(s, c, canal) == ("gelegt",)
    assert declarative(s, c) is None


def test_coordinated_participles_not_split_when_an_object_may_be_shared(parse):
    s = parse("Die Familie hat das Haus im Jahr 1990 gekauft und im Jahr 2000 verkauft.")
    subject, house = part(s, "subject", "Die Familie", case="Nom"), part(s, "object_acc", "das Haus", case="Acc")
    bought, sold = part(s, "time", "im Jahr 1990"), part(s, "time", "im Jahr 2000")
    c = clause(s, "main", ["hat", "gekauft", "verkauft"], [subject, house, bought, sold], lemma="verkaufen", auxiliary="haben")
    assert interrogative(s, c, sold, "Wann") is None  # not "Wann hat die Familie verkauft?"
    assert interrogative(s, c, bought, "Wann") == "Wann hat die Familie das Haus gekauft?"
    assert kept_verbs(s, c, sold) == ("gekauft", "verkauft")


def test_coordinated_participles_not_split_when_the_second_has_its_own_subject(parse):
    s = parse("Am 10. November 1989 wurde die Regierung gestürzt und eine Demokratisierung des Landes eingeleitet.")
    time, government = part(s, "time", "Am 10. November 1989"), part(s, "subject", "die Regierung", case="Nom")
    change = part(s, "adverbial", "eine Demokratisierung des Landes")
    c = clause(s, "main", ["wurde", "gestürzt", "eingeleitet"], [time, government, change], lemma="einleiten",
               auxiliary="werden", voice="passive")
    assert interrogative(s, c, change, "Was") is None  # not "Was wurde am 10. November 1989 die Regierung eingeleitet?"
    assert interrogative(s, c, time, "Wann") == "Wann wurde die Regierung gestürzt?"


def test_coordinated_infinitives_keep_the_vorfeld_with_the_first(parse):
    s = parse("Im Sommer kann man im See baden und im Winter auf dem Eis laufen.")
    summer, one = part(s, "time", "Im Sommer"), part(s, "subject", "man", case="Nom")
    lake, winter, ice = part(s, "place", "im See", preposition="in"), part(s, "time", "im Winter"), part(
        s, "place", "auf dem Eis", preposition="auf")
    c = clause(s, "main", ["kann", "baden", "laufen"], [summer, one, lake, winter, ice], lemma="laufen", modal="können")
    assert interrogative(s, c, lake, "Wo") == "Wo kann man im Sommer baden?"
    assert interrogative(s, c, ice, "Wo") is None  # not "Wo kann man im Sommer im Winter laufen?"
    assert kept_verbs(s, c, lake) == ("baden",)


def test_every_particle_of_the_analysis_splits_a_verb_final_verb(parse):
    """"nieder" like "auf" (Wikipedia, Galapagosinseln: the question read "Was niedergeht …?")."""
    s = parse("Es liegt daran, dass der größte Teil der Feuchtigkeit im Hochland niedergeht.")
    subject = part(s, "subject", "der größte Teil der Feuchtigkeit", case="Nom")
    c = dass_clause(s, "niedergeht", "niedergehen", [subject, part(s, "place", "im Hochland")])
    assert interrogative(s, c, subject, "Was") == "Was geht im Hochland nieder?"


def test_a_prefix_separable_only_in_some_verbs_stays_on_its_verb(parse):
    """"unter", "über", "um" split in some verbs only; ablaut's one table cannot say which."""
    s = parse("Sie wusste, dass der Minister den Vertrag unterschreibt.")
    obj = part(s, "object_acc", "den Vertrag", case="Acc")
    c = dass_clause(s, "unterschreibt", "unterschreiben", [part(s, "subject", "der Minister", case="Nom"), obj])
    assert interrogative(s, c, obj, "Was") == "Was unterschreibt der Minister?"
