"""Questions that keep their referent and read as the text means them (session 17, issue 12):
a place adverb pointing back, "auch" before a place or time, two contrasted halves sharing one
verb, and a quotation whose closing mark the analysis left outside its phrase. Real German
sentences through the real offline pipeline."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.generation import realise
from quizgen.model import Article
from quizgen.pipeline import build_material


def _article(title: str, text: str) -> Article:
    return Article(title=title, text=text, source="test", stem="test", paragraphs=((0, len(text)),))


def _prompts(nlp, title: str, text: str) -> list[str]:
    return [q.prompt for q in build_material(analyze(nlp, _article(title, text)), Options()).questions]


GALAPAGOS = ("Die Galapagosinseln sind eine Gruppe von neunzehn Inseln im Pazifischen Ozean. "
             "Die Inseln liegen genau auf dem Äquator. "
             "Trotzdem ist das Klima {where} nicht so heiß, wie man es bei dieser Lage vermuten könnte. "
             "Das hängt vor allem mit einer Meeresströmung zusammen, die vom kühleren Süden her kommt.")


def test_no_question_that_leaves_dort_out(nlp):
    # "dort" stands for the islands: "Warum ist das Klima nicht so heiß?" would not say where
    prompts = _prompts(nlp, "Galapagosinseln", GALAPAGOS.format(where="dort"))
    assert not [p for p in prompts if "Klima" in p], prompts


def test_a_named_place_stays_and_the_question_is_asked(nlp):
    prompts = _prompts(nlp, "Galapagosinseln", GALAPAGOS.format(where="auf den Inseln"))
    assert [p for p in prompts if p.startswith("Warum ist das Klima auf den") and "nicht so heiß" in p], prompts


def test_dort_may_go_where_the_clause_names_its_place(nlp):
    # "im Stadtteil Beverly Hills" says where: the question stands without "dort"
    prompts = _prompts(nlp, "Angelina Jolie", "Angelina Jolie ist eine amerikanische Schauspielerin. "
                       "Als Jolie elf Jahre alt war, zog die Familie zurück nach Los Angeles. "
                       "Dort besuchte sie bis 1989 die El Rodeo Elementary School im Stadtteil Beverly Hills.")
    assert "Bis wann besuchte Angelina Jolie die El Rodeo Elementary School im Stadtteil Beverly Hills?" in prompts, prompts


def test_auch_before_a_place_stays_in_the_question(nlp):
    prompts = _prompts(nlp, "Tabak", "Tabak ist eine Pflanze aus Amerika. "
                                     "Im 17. Jahrhundert wurde Tabak auch in Europa angebaut.")
    assert "Wann wurde Tabak auch in Europa angebaut?" in prompts, prompts


def test_auch_before_an_object_still_goes(nlp):
    prompts = _prompts(nlp, "Tabak", "Tabak ist eine Pflanze aus Amerika. "
                                     "Im Jahr 1900 baute die Stadt auch eine große Fabrik für Zigarren.")
    assert "Wann baute die Stadt eine große Fabrik für Zigarren?" in prompts, prompts


def test_no_question_merging_two_contrasted_halves(nlp):
    # machines in some areas, by hand in most: one question cannot hold both
    prompts = _prompts(nlp, "Tabak", "Tabak ist eine Pflanze aus Amerika. Die Setzlinge werden in einigen Gebieten "
                                     "durch Setzmaschinen, in den meisten Gegenden jedoch immer noch per Hand in das "
                                     "Feld umgepflanzt.")
    assert not [p for p in prompts if "Setzmaschinen" in p or "per Hand" in p], prompts


def test_jedoch_without_a_comma_before_it_is_a_plain_link_word(nlp):
    prompts = _prompts(nlp, "Tabak", "Tabak stammt aus Amerika. "
                                     "Die jungen Pflanzen werden jedoch meistens im Mai in das Feld umgepflanzt.")
    assert "Wann werden die jungen Pflanzen meistens in das Feld umgepflanzt?" in prompts, prompts
    assert not [p for p in prompts if "jedoch" in p], prompts


def test_vielmehr_goes_like_the_other_link_words(nlp):
    prompts = _prompts(nlp, "Besatzung", "Die Besatzer planten eine Umsiedlung der Bevölkerung. Vielmehr zielten "
                       "Zwangsarbeit und Aushungern auf eine radikale Dezimierung der slawischen Bevölkerung.")
    assert not [p for p in prompts if "vielmehr" in p.lower()], prompts
    assert "Worauf zielten Zwangsarbeit und Aushungern?" in prompts, prompts


CHOMSKY = ("Noam Chomsky ist ein amerikanischer Linguist. Im New York Times Book Review wurde Chomsky einmal "
           "als der „wichtigste Intellektuelle der Gegenwart“ bezeichnet.")


def test_a_quotation_keeps_its_closing_mark(nlp):
    sentence = analyze(nlp, _article("Noam Chomsky", CHOMSKY)).sentences[1]
    als = next(t.i for t in sentence.tokens if t.text == "als")
    gegenwart = next(t.i for t in sentence.tokens if t.text == "Gegenwart")
    assert realise.render(sentence, als, gegenwart + 1) == "als der „wichtigste Intellektuelle der Gegenwart“"
    assert realise.render(sentence, als, als + 2) == "als der"  # no quotation opened: nothing added


def test_a_question_may_quote_what_the_text_quotes(nlp):
    prompts = _prompts(nlp, "Noam Chomsky", CHOMSKY)
    assert [p for p in prompts if "als der „wichtigste Intellektuelle der Gegenwart“ bezeichnet?" in p], prompts


def test_a_name_that_looks_like_a_quantifier_is_a_name():
    from quizgen.generation.wellformed import _vague_words
    from quizgen.model import Token

    def token(i, text, tag, ent=""):
        return Token(i=i, text=text, start=0, end=len(text), lemma=text, pos="X", tag=tag, ent_label=ent)

    prompt = [token(0, "Warum", "PWAV"), token(1, "durfte", "VMFIN"), token(2, "Woody", "NE", "PER"),
              token(3, "Allen", "NE", "PER"), token(4, "zuarbeiten", "VVINF"), token(5, "?", "$.")]
    assert not _vague_words(prompt, [])
    prompt[2:4] = [token(2, "allen", "PIS")]  # "Warum durfte allen …?": the quantifier alone
    assert _vague_words(prompt, [])
