"""The sense the text uses, and collocations as the card (issue 13, round 13 of the judged cards):
readers found "Stellung beziehen", "Anspruch erheben" and "Einfluss ausüben" split into single
words whose glosses lose the sense ("die Stellung – position")."""

from __future__ import annotations

from quizgen.analysis import analyze
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.model import Article

# Ding's lines as the dictionary writes them (shortened): the collocation as the head of a verb
# line beside other alternatives, as a sub-entry of a noun line alone in its part, with the
# definite article of a narrower (military) sense, and after an adjective that narrows it.
DING = (
    "gegen etw. Stellung beziehen; gegen etw. opponieren {v} | Stellung beziehend; opponierend :: "
    "to oppose sth.; to offer opposition to sth. | opposing; offering opposition to\n"
    "(militärische) Stellung {f}; Position {f} [mil.] | die Stellung beziehen :: (military) position | to move into position\n"
    "Stellung {f} | Stellungen {pl} :: position | positions\n"
    "Einfluss {m} (auf) | Einflüsse {pl} | Einfluss auf jdn./etw. ausüben :: influence (on) | influences | "
    "to exert influence over sb./sth.\n"
    "Einfluss {f}; Gewicht {f} | wirtschaftlichen Einfluss ausüben :: influence; weight | to exert economic influence\n"
    "(erhobener) Anspruch {m} (auf etw.) | Ansprüche {pl} | einen Anspruch aufgeben | einen Anspruch erheben auf :: "
    "claim (to sth.) | claims | to abandon a claim | to lay claim to\n"
    "etw. beanspruchen; Anspruch auf etw. erheben {vt} | beanspruchend; Anspruch erhebend :: to claim sth.; "
    "to lay claim to sth. | claiming; laying claim to\n"
    "ausüben {vt} | ausübend | ausgeübt :: to exercise | exercising | exercised\n"
    "beziehen {vt} | beziehend | bezogen :: to cover | covering | covered\n"
    "erheben {vt} | erhebend | erhoben :: to raise | raising | raised\n"
    "Sammlung {f} | Sammlungen {pl} :: collection | collections\n"
    "jdn. ermächtigen; jds. Lage verbessern {vt} :: to empower sb.\n"
    "Lage {f} | Lagen {pl} :: situation | situations\n"
    "Politik {f} :: politics; policy\n"
    "Thron {m} | Throne {pl} :: throne | thrones\n"
    "Monarch {m} | Monarchen {pl} :: monarch | monarchs\n"
)


def _items(nlp, ding_text, text: str) -> dict[str, object]:
    glossary = ding_text("de-en.txt", DING)
    article = Article(title="", text=text, source="test", stem="test", paragraphs=((0, len(text)),))
    options = Options(level="A1", max_words=0, dictionary=glossary.source)
    return {item.lemma: item for item in extract_vocabulary(analyze(nlp, article), options)}


def test_a_noun_and_its_verb_in_one_clause_are_the_card(nlp, ding_text):
    """Chomsky: "bezog Chomsky Stellung gegen …" is "Stellung beziehen – to oppose sth." (the
    reading with the clause's preposition), not "die Stellung – position"; the separable
    particle joins the verb ("übte Einfluss … aus")."""
    items = _items(nlp, ding_text, "Ebenso deutlich bezog Chomsky Stellung gegen die US-amerikanische Politik. "
                                   "Die Sammlung übte großen Einfluss auf die Antikriegsbewegung aus.")
    assert items["Stellung beziehen gegen"].gloss[0] == "to oppose sth."
    assert items["Stellung beziehen gegen"].pos == "MWE"
    assert items["Einfluss ausüben auf"].gloss == ("to exert influence over sb./sth.",)
    assert "Stellung" not in items and "Einfluss" not in items


def test_the_noun_a_relative_clause_of_the_verb_refers_to(nlp, ding_text):
    """Georg III.: "den Anspruch auf den französischen Thron …, den die Monarchen erhoben
    hatten" is "Anspruch erheben" (its preposition after the noun); Ding's "einen Anspruch
    erheben auf" and "einen Anspruch aufgeben" want the indefinite article, the verb line's
    "Anspruch auf etw. erheben" none."""
    items = _items(nlp, ding_text, "Georg gab den Anspruch auf den französischen Thron auf, den die Monarchen "
                                   "seit Jahrhunderten erhoben hatten.")
    assert items["Anspruch erheben auf"].gloss == ("to claim sth.", "to lay claim to sth.")
    assert "Anspruch aufgeben" not in items


def test_no_collocation_without_its_preposition_article_or_with_the_noun_elsewhere(nlp, ding_text):
    """"Stellung zu etw. beziehen" is not "to oppose", nor is a bare "Stellung beziehen" the
    soldier's "die Stellung beziehen – to move into position"; a noun in another clause than
    the verb is no collocation, and keeps its own card; a reflexive verb is another verb, and a
    line's English beside other words may be another's ("jdn. ermächtigen; jds. Lage
    verbessern :: to empower sb.")."""
    items = _items(nlp, ding_text, "Der Minister bezog Stellung zu den Vorwürfen. "
                                   "Die Stellung der Frau war schwach, als die Partei Einfluss ausübte. "
                                   "Die Lage der Arbeiter verbesserte sich erst später.")
    assert not any(item.pos == "MWE" for item in items.values())
    assert "Stellung" in items


# Ding's lines for the participle rule (shortened): mangelnd has only unzureichend's "imperfect"
# (lent, see glossary._mark_others); ausbleibend has lent senses from two lines of its own.
SENSES = (
    "unzureichend; mangelnd {adj} :: imperfect\n"
    "unvollkommen; fehlerhaft {adj} :: imperfect\n"
    "mangelhaft {adj} :: imperfect\n"
    "mangeln {vi} (an etw.) | mangelnd | gemangelt :: to lack (sth.) | lacking | lacked\n"
    "anhaltend {adj} :: lasting; persistent\n"
    "anhalten {vi} | anhaltend | angehalten :: to last; to continue | lasting; continuing | lasted; continued\n"
    "fehlend; ausbleibend {adj} :: missing\n"
    "fehlend {adj} :: missing\n"
    "vermisst {adj} :: missing\n"
    "abwesend; ausbleibend {adj} :: absent\n"
    "abwesend {adj} :: absent\n"
    "ausbleiben {vi} | ausbleibend | ausgeblieben :: to stay away | staying away | stayed away\n"
)


def _gloss(nlp, ding_text, text: str, lemma: str, pos: str) -> tuple[str, ...]:
    from quizgen.analysis import analyze

    glossary = ding_text("de-en.txt", SENSES)
    sentence = analyze(nlp, Article(title="", text=text, source="t", stem="t", paragraphs=((0, len(text)),))).sentences[0]
    token = next(t.i for t in sentence.tokens if t.lemma == lemma)
    return glossary.senses(lemma, pos, sentence=sentence, token_i=token)


def test_a_participle_with_only_a_lent_sense_means_what_its_verb_does(nlp, ding_text):
    """Kirgisistan: mangelnd "imperfect" (unzureichend's) for "lacking" in "über die mangelnden
    Vorzüge der Eurasischen Union". A participle with an adjective sense of its own keeps it
    (anhaltend: lasting, not continuing), and so does one with senses from lines of its own
    (ausbleibend: missing or absent, not "staying away")."""
    assert _gloss(nlp, ding_text, "Er zeigte sich enttäuscht über die mangelnden Vorzüge der Union.", "mangelnd", "ADJ") == ("lacking",)
    assert _gloss(nlp, ding_text, "Der anhaltende Regen überflutete die Stadt.", "anhaltend", "ADJ")[0] == "lasting"
    assert "staying away" not in _gloss(nlp, ding_text, "Auslöser sind die ausbleibenden Investitionen.", "ausbleibend", "ADJ")
