"""Multi-word expressions the article uses: als Reaktion auf, zur Verfügung stellen, …

A curated list written for quizgen (common German Funktionsverbgefüge and prepositional
phrases, from general knowledge of German; no third-party data). Each expression has a
contiguous core matched on lemmas (lower case) and optional words that must stand in the
same sentence (the verb of a Funktionsverbgefüge, which moves in a German clause), and its
English senses (:data:`MEANINGS`): a dictionary's entries for its words do not give them.
"""

from __future__ import annotations

from ..config import LEVELS
from ..model import Analysis, Occurrence, Sentence, VocabItem
from .levels import band, level_index, zipf

# display form → (core lemmas, verb lemmas of which one must be in the sentence)
PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "als Reaktion auf": (("als", "Reaktion", "auf"), ()),
    "im Hinblick auf": (("in", "Hinblick", "auf"), ()),
    "in Bezug auf": (("in", "Bezug", "auf"), ()),
    "im Vergleich zu": (("in", "Vergleich", "zu"), ()),
    "im Laufe": (("in", "Lauf"), ()),
    "im Rahmen": (("in", "Rahmen"), ()),
    "auf Grund": (("auf", "Grund"), ()),
    "zum Beispiel": (("zu", "Beispiel"), ()),
    "vor allem": (("vor", "alle"), ()),
    "unter anderem": (("unter", "anderer"), ()),
    "zur Verfügung stellen": (("zu", "Verfügung"), ("stellen",)),
    "zur Verfügung stehen": (("zu", "Verfügung"), ("stehen",)),
    "in Frage stellen": (("in", "Frage"), ("stellen",)),
    "in Kraft treten": (("in", "Kraft"), ("treten",)),
    "eine Rolle spielen": (("Rolle",), ("spielen",)),
    "Bescheid wissen": (("Bescheid",), ("wissen",)),
    "Kritik üben": (("Kritik",), ("üben",)),
    "eine Entscheidung treffen": (("Entscheidung",), ("treffen",)),
    "Maßnahmen ergreifen": (("Maßnahme",), ("ergreifen",)),
    "in Gang setzen": (("in", "Gang"), ("setzen",)),
    "zum Ausdruck bringen": (("zu", "Ausdruck"), ("bringen",)),
    "zur Sprache bringen": (("zu", "Sprache"), ("bringen",)),
    "in Betrieb nehmen": (("in", "Betrieb"), ("nehmen",)),
    "Rücksicht nehmen": (("Rücksicht",), ("nehmen",)),
    "Stellung nehmen": (("Stellung",), ("nehmen",)),
    "Abschied nehmen": (("Abschied",), ("nehmen",)),
    "sich auf den Weg machen": (("auf", "der", "Weg"), ("machen",)),
    "es handelt sich um": (("sich", "um"), ("handeln",)),
    "zu Ende gehen": (("zu", "Ende"), ("gehen",)),
    "in der Lage sein": (("in", "der", "Lage"), ("sein",)),
    "Angst haben": (("Angst",), ("haben",)),
    "recht haben": (("recht",), ("haben",)),
    "im Gegensatz zu": (("in", "Gegensatz", "zu"), ()),
    "mit Hilfe": (("mit", "Hilfe"), ()),
    "nach wie vor": (("nach", "wie", "vor"), ()),
    "von Anfang an": (("von", "Anfang", "an"), ()),
    "zum ersten Mal": (("zu", "erster", "Mal"), ()),
    "auf jeden Fall": (("auf", "jeder", "Fall"), ()),
    "in der Regel": (("in", "der", "Regel"), ()),
    "zur Folge haben": (("zu", "Folge"), ("haben",)),
    "Wert legen auf": (("Wert",), ("legen",)),
    "in Verbindung stehen": (("in", "Verbindung"), ("stehen",)),
    "ums Leben kommen": (("um", "Leben"), ("kommen",)),
}


# display form → its English senses, the likeliest first (written for quizgen like the list above).
# A dictionary's words give no meaning for a phrase ("im Rahmen" is no frame), and Ding lists few
# of these; a card shows them only where a dictionary is in use (see Glossary.senses).
MEANINGS: dict[str, tuple[str, ...]] = {
    "als Reaktion auf": ("in response to", "in reaction to"),
    "im Hinblick auf": ("with regard to", "in view of"),
    "in Bezug auf": ("with regard to", "regarding"),
    "im Vergleich zu": ("compared with", "in comparison with"),
    "im Laufe": ("in the course of", "during"),
    "im Rahmen": ("as part of", "within the framework of"),
    "auf Grund": ("because of", "due to"),
    "zum Beispiel": ("for example",),
    "vor allem": ("above all", "especially"),
    "unter anderem": ("among other things",),
    "zur Verfügung stellen": ("to make available", "to provide"),
    "zur Verfügung stehen": ("to be available",),
    "in Frage stellen": ("to call into question", "to question"),
    "in Kraft treten": ("to come into force", "to take effect"),
    "eine Rolle spielen": ("to play a part", "to matter"),
    "Bescheid wissen": ("to know about", "to be informed"),
    "Kritik üben": ("to criticize",),
    "eine Entscheidung treffen": ("to make a decision",),
    "Maßnahmen ergreifen": ("to take measures",),
    "in Gang setzen": ("to set in motion", "to start"),
    "zum Ausdruck bringen": ("to express",),
    "zur Sprache bringen": ("to bring up", "to raise"),
    "in Betrieb nehmen": ("to put into operation",),
    "Rücksicht nehmen": ("to show consideration",),
    "Stellung nehmen": ("to comment", "to take a position"),
    "Abschied nehmen": ("to say goodbye", "to take leave"),
    "sich auf den Weg machen": ("to set off", "to set out"),
    "es handelt sich um": ("it is", "it is a matter of"),
    "zu Ende gehen": ("to come to an end",),
    "in der Lage sein": ("to be able to",),
    "Angst haben": ("to be afraid",),
    "recht haben": ("to be right",),
    "im Gegensatz zu": ("in contrast to", "unlike"),
    "mit Hilfe": ("with the help of", "by means of"),
    "nach wie vor": ("still", "as before"),
    "von Anfang an": ("from the start", "from the beginning"),
    "zum ersten Mal": ("for the first time",),
    "auf jeden Fall": ("in any case", "definitely"),
    "in der Regel": ("as a rule", "usually"),
    "zur Folge haben": ("to result in", "to lead to"),
    "Wert legen auf": ("to attach importance to", "to value"),
    "in Verbindung stehen": ("to be connected", "to be in contact"),
    "ums Leben kommen": ("to be killed", "to die"),
}


def _phrase_level(frequency: float) -> str:
    """One band above the expression's rarest word: a fixed phrase is learnt after its words
    (a learner who knows Reaktion still has to learn "als Reaktion auf")."""
    return LEVELS[min(level_index(band(frequency)) + 1, len(LEVELS) - 1)]


def _lemmas(sentence: Sentence) -> list[str]:
    return [token.lemma if token.pos in ("NOUN", "PROPN") else token.lemma.lower() for token in sentence.tokens]


def _occurrence(sentence: Sentence, first: int, last: int) -> Occurrence:
    start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
    return Occurrence(sentence.index, start, end, sentence.text[start - sentence.start : end - sentence.start])


def find_phrases(analysis: Analysis) -> list[VocabItem]:
    found: dict[str, list[tuple[Sentence, int, int]]] = {}
    for sentence in analysis.sentences:
        lemmas = _lemmas(sentence)
        for display, (core, verbs) in PHRASES.items():
            n = len(core)
            for k in range(len(lemmas) - n + 1):
                if tuple(lemmas[k : k + n]) == core and (not verbs or any(v in lemmas for v in verbs)):
                    found.setdefault(display, []).append((sentence, k, k + n))
                    break
    items = []
    for display, places in found.items():
        sentence = places[0][0]
        frequency = min(zipf([word]) for word in display.split() if word[:1].isupper() or len(word) > 3)
        items.append(
            VocabItem(
                lemma=display,
                pos="MWE",
                reflexive=display.startswith("sich "),
                zipf=frequency,
                level=_phrase_level(frequency),
                count=len(places),
                occurrences=tuple(_occurrence(s, a, b) for s, a, b in places),
                example=sentence.text,
                sentence=sentence.index,
            )
        )
    return items
