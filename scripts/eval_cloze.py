"""Cloze-note defects, counted: what a teacher finds wrong with a note, found by rule.

    .venv/bin/python scripts/eval_cloze.py                    # figures as JSON
    .venv/bin/python scripts/eval_cloze.py --write-baseline   # tests/quality/cloze_baseline.json
    .venv/bin/python scripts/eval_cloze.py --dump 5           # the notes of 5 articles, readable
    .venv/bin/python scripts/eval_cloze.py --judged-cards DIR # the judged notes of rounds 7 and 8 still made

``--judged-cards`` reads the cards ``scripts/judge_material.py --cards -o DIR`` wrote for the texts
of judged rounds 7 and 8 (the longest paragraph of each MLQA German dev article the round names;
the stems are those of ``tests/data/cloze_judged.tsv``) and tells for each judged note whether it is
still made with the same gaps (``kept``), on the same sentence with other gaps (``changed``: read
it), or not at all (``gone``), apart for the notes judged usable and those judged not.

The notes are built for a B1 learner from the seed article and the dev articles in
``../shared/devdata/articles`` (read at run time, never copied). Per corpus (seed, klexikon,
wikipedia) it counts the notes and their gaps, and the defect classes a teacher's reading found:
- ``name_gaps``: a gap on a proper name or inside an entity (a learner cannot know it);
- ``number_gaps``: a gap on a number (article facts, not language);
- ``basic_gaps``: a gap on a word below the learner's level: by the item's own level, or a
  lemma among the 1,000 most frequent German words (wordfreq) — basic vocabulary at B1;
- ``pos_hints``: a hint that only names a part of speech (Verb, Adjektiv, Name, Zahl, Wort);
- ``no_finite_verb``: the text shown has no main clause's finite verb (a heading, a list
  lead, a fragment such as "… die ausreichend Gefälle hat");
- ``adjacent_gaps``: two gaps side by side ("in einen hohen [ ] [ ] [ ]");
- ``bylines``: a byline, dateline or source line ("(APA, 12.2. 2016)", "Quelle: dpa");
- ``pronoun_context``: the text shown starts with a pronoun, or has a third-person pronoun
  whose referent is not in it (the sentence does not read on its own);
- ``cognate_gaps``: a gap on a word shared with English (Trailer, intensivieren): a reader of
  English knows it, and its hint gives it away;
- ``letter_hints``: a hint of a first letter with no meaning ("der A…": Astronom and Architekt
  fit) — the letters-only hint kinds are not measured here;
- ``split_phrases``: two gaps with only function words between them ("nach [ ] der [ ]");
- ``lemma_errors``: a hint lemma that does not fit its form: a noun form the lexicon knows
  only as another noun's, a verb unknown to wordfreq (a particle joined to the wrong verb),
  or a separable particle at the clause end left unjoined;
- ``shared_hints``: two gaps of one note with the same meaning in their hints ("die S…
  (foundation)", "die G… (foundation)": only the first letter tells them apart);
- ``name_adjectives``: a gap on an adjective glossed with a capital (kanadisch "Canadian"): made
  from a name, its lemma hint leaves only the ending to add;
- ``cut_openings``: a trimmed sentence that opens with a definite article or a subordinating
  conjunction ("… die Stiftung tätigte", "… sodass Roger Ebert"): it points to the cut-off part.
``clean`` is the share of notes with none of these defects (an upper bound of what a teacher
calls fully usable: the reading pass also judges sense and value).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.analysis import analyze_many, load_pipeline
from quizgen.analysis.lexicon import noun_lexicon
from quizgen.config import LEVELS, Options
from quizgen.extraction import extract_facts, extract_vocabulary
from quizgen.extraction.vocabulary import cognate
from quizgen.generation import make_clozes
from quizgen.model import Analysis, ClozeNote, Token, VocabItem
from quizgen.reading import read_article

SEED = ROOT / "seeds" / "nordkorea-raketen.txt"
ARTICLES = ROOT.parent / "shared" / "devdata" / "articles"
BASELINE = ROOT / "tests" / "quality" / "cloze_baseline.json"
LEVEL = "B1"
BASIC_WORDS = 1000
DEFECTS = (
    "name_gaps", "number_gaps", "basic_gaps", "pos_hints", "no_finite_verb", "adjacent_gaps", "bylines",
    "pronoun_context", "lemma_errors", "cognate_gaps", "letter_hints", "split_phrases", "shared_hints",
    "name_adjectives", "cut_openings",
)
_MEANING = re.compile(r"… \((.*)\)$")
CUT_OPENERS = frozenset({"der", "die", "das", "den", "dem", "des", "sodass", "dass", "weil", "obwohl", "nachdem", "wenn", "als"})
FUNCTION_TAGS = frozenset({"ART", "APPR", "APPRART", "APPO", "KON", "KOKOM", "PDAT", "PIAT", "PPOSAT", "PRELS", "PTKZU"})
_LETTER_HINT = re.compile(r"^(?:(?:der|die|das) )?\w…$")
_BETWEEN_GAPS = re.compile(r"\}\}([^{}]*?)\{\{c")
POS_ONLY = frozenset({"Nomen", "Verb", "Adjektiv", "Adverb", "Ausdruck", "Wort", "Name", "Zahl"})
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"})
THIRD_PERSON = frozenset({"er", "sie", "ihn", "ihm", "ihnen", "ihr"})
_BYLINE = re.compile(
    r"^\(?\s*(?:[A-ZÄÖÜ]{2,6}(?:/[A-ZÄÖÜ]{2,6})*\s*,|Von |Quelle|Foto|Bild|Text|Grafik|Stand)"
)


def corpora() -> dict[str, list[Path]]:
    found = {"seed": [SEED]}
    for name in ("klexikon", "wikipedia"):
        paths = sorted((ARTICLES / name).glob("*.txt"))
        if paths:
            found[name] = paths
    return found


def basic_words() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("de", BASIC_WORDS))


def notes_of(paths: list[Path], nlp, options: Options):
    """(analysis, vocabulary, notes) of each article."""
    articles = [read_article(path) for path in paths]
    for analysis in analyze_many(nlp, articles):
        vocabulary = extract_vocabulary(analysis, options)
        notes = make_clozes(analysis, vocabulary, extract_facts(analysis), options)
        yield analysis, vocabulary, notes


def shown_tokens(analysis: Analysis, note: ClozeNote) -> list[Token]:
    sentence = analysis.sentences[note.sentence]
    shown = re.sub(r" \(= [^)]*\)", "", note.source_sentence).strip("… ")  # without referents
    start = sentence.start + max(0, sentence.text.find(shown))
    end = start + len(shown)
    return [t for t in sentence.tokens if start <= t.start and t.end <= end]


def defects(analysis: Analysis, vocabulary: tuple[VocabItem, ...], note: ClozeNote, basic: frozenset[str]) -> Counter:
    """The defect classes of one note, each counted once per note (gaps: once per gap)."""
    found: Counter = Counter()
    tokens = shown_tokens(analysis, note)
    entity_spans = [(e.start, e.end) for e in analysis.entities]
    by_lemma = {item.lemma: item for item in vocabulary}
    learner = LEVELS.index(LEVEL)
    sentence = analysis.sentences[note.sentence]
    glossed = any(item.gloss for item in vocabulary)  # a dictionary is in use
    for answer, hint, kind, lemma in zip(note.answers, note.hints, note.kinds, note.lemmas, strict=True):
        gap = [t for t in tokens if t.text in answer.split()]
        starts = [t.start for t in gap]
        if kind == "entity" or any(t.tag == "NE" for t in gap) or any(
            s <= p < e for p in starts for s, e in entity_spans
        ):
            found["name_gaps"] += 1
        if kind == "number":
            found["number_gaps"] += 1
        item = by_lemma.get(lemma)
        below = item is not None and item.level in LEVELS and LEVELS.index(item.level) < learner
        if below or lemma.lower() in basic:
            found["basic_gaps"] += 1
        if hint in POS_ONLY:
            found["pos_hints"] += 1
        if item is not None and _lemma_error(item, answer):
            found["lemma_errors"] += 1
        if item is not None and cognate(item.lemma, item.gloss):
            found["cognate_gaps"] += 1
        if _LETTER_HINT.match(hint) and glossed:
            found["letter_hints"] += 1  # without a dictionary a letter is all a hint can give
        if item is not None and item.pos == "ADJ" and item.gloss and item.gloss[0][:1].isupper():
            found["name_adjectives"] += 1
    meanings = [match.group(1) for match in map(_MEANING.search, note.hints) if match]
    if len(meanings) > len(set(meanings)):
        found["shared_hints"] += 1
    if note.source_sentence.startswith("… ") and note.source_sentence[2:].split()[0].lower() in CUT_OPENERS:
        found["cut_openings"] += 1
    shown = {t.i for t in tokens}
    if not any(c.kind in ("main", "coordinated", "question") and c.finite in shown for c in sentence.clauses):
        found["no_finite_verb"] += 1
    if re.search(r"\}\}\s*\{\{c", note.text):
        found["adjacent_gaps"] += 1
    tags = {t.text: t.tag for t in tokens}
    for between in _BETWEEN_GAPS.findall(note.text):
        words = between.split()
        if words and all(tags.get(word) in FUNCTION_TAGS for word in words):
            found["split_phrases"] += 1
    if _BYLINE.match(note.source_sentence.strip("… ")) and not any(t.tag in FINITE for t in tokens):
        found["bylines"] += 1
    if tokens and _needs_context(note, tokens):
        found["pronoun_context"] += 1
    if any(_unjoined(sentence, t) for t in tokens):
        found["lemma_errors"] += 1
    return found


def _lemma_error(item: VocabItem, answer: str) -> bool:
    from wordfreq import zipf_frequency

    if item.pos == "NOUN":
        owners = {lemma for lemma, _ in noun_lexicon().forms(answer)}
        return bool(owners) and item.lemma not in owners and noun_lexicon().is_noun(item.lemma)
    if item.pos == "VERB":
        return zipf_frequency(item.lemma.removeprefix("sich "), "de") == 0
    return False


def is_verb(infinitive: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(infinitive, "de") > 0


def _unjoined(sentence, token: Token) -> bool:
    """A particle at the clause end, joined to no verb, that makes a German verb with a
    finite verb of its sentence (steigt … an left as steigen)."""
    if token.tag != "PTKVZ" or token.particle_of is not None:
        return False
    k = token.i - sentence.tokens[0].i
    after = sentence.tokens[k + 1] if k + 1 < len(sentence.tokens) else None
    if after is not None and after.tag not in ("$.", "$,"):
        return False
    return any(
        t.tag == "VVFIN" and is_verb(token.text.lower() + t.lemma) for t in sentence.tokens[:k]
    )


def _needs_context(note: ClozeNote, tokens: list[Token]) -> bool:
    """Does the shown text open with a pronoun, or hold a third-person pronoun with neither a
    noun or name (or a pronoun whose referent is added) before it nor its referent added in brackets?"""
    first = tokens[0]
    third = [
        t for t in tokens
        if (t.tag == "PPER" and t.text.lower() in THIRD_PERSON)
        or (t.tag == "PPOSAT" and t.text.lower().startswith(("sein", "ihr")))
    ]
    explained = [t for t in third if f"{t.text} (= " in note.source_sentence]
    if first.tag in ("PDS", "PDAT", "PAV", "PROAV") or (first in third and first not in explained):
        return True
    for token in third:
        before = [t for t in tokens if t.i < token.i and (t.tag in ("NN", "NE") or t in explained)]  # "Sie (= die …) … ihren"
        if not before and token not in explained:
            return True
    return False


def measure(nlp, paths: list[Path], basic: frozenset[str]) -> dict:
    counts: Counter = Counter()
    options = Options(level=LEVEL)
    for analysis, vocabulary, notes in notes_of(paths, nlp, options):
        counts["articles"] += 1
        for note in notes:
            counts["notes"] += 1
            counts["gaps"] += len(note.answers)
            found = defects(analysis, vocabulary, note, basic)
            counts.update(found)
            counts["clean"] += not found
    result = {key: counts[key] for key in ("articles", "notes", "gaps", *DEFECTS)}
    result["clean"] = round(counts["clean"] / counts["notes"], 3) if counts["notes"] else 0.0
    return result


def dump(nlp, paths: list[Path], out) -> None:
    """Each note as a teacher reads it: the sentence with numbered gaps, then hint → answer."""
    options = Options(level=LEVEL)
    for analysis, _, notes in notes_of(paths, nlp, options):
        out.write(f"\n## {analysis.article.title} ({len(notes)} notes)\n")
        for number, note in enumerate(notes, start=1):
            text = re.sub(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", r"[\1 …]", note.text)
            out.write(f"\n{number}. {_plain(text)}\n")
            for k, (answer, hint) in enumerate(zip(note.answers, note.hints, strict=True), start=1):
                out.write(f"   [{k}] hint: {hint or '–'} → {answer}\n")


def _plain(text: str) -> str:
    import html

    return html.unescape(text)


JUDGED = ROOT / "tests" / "data" / "cloze_judged.tsv"
_CARD_NOTE = re.compile(r"^C\d+\. (.*)\n\s+answers: (.*?) — back:", re.MULTILINE)
_CARD_GAP = re.compile(r"\[\d: ___ \(.*?\)\]")


def _opening(text: str) -> str:
    """The first five words of a note as the cards file shows it, its gaps as ___."""
    return " ".join(_CARD_GAP.sub("___", text).split()[:5])


def judged(cards: Path, path: Path = JUDGED) -> dict[str, dict[str, list[str]]]:
    """The judged notes by verdict (usable, not) and fate (kept, changed, gone), each as
    "round stem note: answers — reason"."""
    found: dict[str, dict[str, list[str]]] = {verdict: {"kept": [], "changed": [], "gone": []} for verdict in ("usable", "not")}
    decks: dict[str, list[tuple[str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        number, stem, note, verdict, answers, opening, reason = line.split("\t")
        if stem not in decks:
            deck = cards / f"{stem}.cards.md"
            text = deck.read_text(encoding="utf-8") if deck.exists() else ""
            decks[stem] = [(_opening(m.group(1)), m.group(2)) for m in _CARD_NOTE.finditer(text)]
        now = decks[stem]
        fate = ("kept" if any(a == answers for _, a in now)
                else "changed" if any(o.split()[:3] == opening.split()[:3] for o, _ in now) else "gone")
        found[verdict][fate].append(f"{number} {stem} {note}: {answers}" + (f" — {reason}" if reason else ""))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-baseline", action="store_true")
    parser.add_argument("--dump", type=int, metavar="N", help="write the notes of N articles as text")
    parser.add_argument("--corpus", choices=("seed", "klexikon", "wikipedia"), action="append")
    parser.add_argument("--judged-cards", type=Path, metavar="DIR", help="the judged notes of rounds 7 and 8 still made in these cards")
    args = parser.parse_args()
    if args.judged_cards:
        fates = judged(args.judged_cards)
        for verdict, by_fate in fates.items():
            for fate, notes in by_fate.items():
                for note in notes:
                    print(f"{verdict} {fate}: {note}")
        print(json.dumps({verdict: {fate: len(notes) for fate, notes in by_fate.items()} for verdict, by_fate in fates.items()}))
        return
    nlp = load_pipeline("offline")
    found = corpora()
    chosen = {name: paths for name, paths in found.items() if not args.corpus or name in args.corpus}
    if args.dump:
        paths = [path for paths in chosen.values() for path in paths][: args.dump]
        dump(nlp, paths, sys.stdout)
        return
    basic = basic_words()
    figures = {name: measure(nlp, paths, basic) for name, paths in chosen.items()}
    print(json.dumps(figures, indent=1, ensure_ascii=False))
    if args.write_baseline:
        BASELINE.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
