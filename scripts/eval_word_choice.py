"""Word choice: does the default vocabulary list hold what a B1 reader of the article should learn?

    python scripts/eval_word_choice.py [--level B1] [--write] [--show]

On the seed article and the dev articles (../shared/devdata: the 20 Klexikon articles, and
the first 4,000 characters of the 20 Wikipedia articles — a worksheet's length), with the
default options (40 words) at ``--level`` (default: the project's default level):

- ``basic``: share of the items that are basic vocabulary — the lemma is among the 1,000
  most frequent German lemmas (wordfreq's 60,000 most frequent forms, lemmatised with
  simplemma and the noun lexicon, frequencies summed per lemma), or a weekday, month or number
  word. Near 0 is right at B1: every B1 reader knows them.
- ``topic_recall``: share of each article's topic-carrying nouns that make the list. Topic
  nouns are computed here, independently of the extractor: common nouns the lexicon can give an
  article, not basic, not a people's noun or a language's name (Kasache, Ungarisch: learnt
  with the country), occurring at least twice or in the title or lead sentence; the 10 with
  the highest keyness (Dunning's log-likelihood G² of their count in the text against their
  wordfreq probability: frequent here and rare in general) are the article's topic.
- ``topic_recall_at_level``: the same among the topic nouns that are at or above the learner's
  level (those on the list without its 40-word cap): what the ranking loses, apart from
  what the level estimate leaves out.
- ``topic_top_half``: share of the topic nouns found that stand in the first half of the list
  (the deck and the JSON keep the list's order: the most valuable words first).
- ``family_duplicates``: share of items that repeat a word family already on the list — a
  compound's head whose own occurrences are fewer than two, a separable verb's base verb, a
  noun and the verb it is derived from (Besuch/besuchen, Entwicklung/entwickeln).

Figures are means over the articles (macro average) per set: seed, klexikon, wikipedia.
``--write`` stores them as tests/quality/word_choice_baseline.json; ``--show`` prints each
article's list.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.analysis import analyze, load_pipeline
from quizgen.analysis.lexicon import noun_lexicon
from quizgen.config import Options
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.levels import people_place
from quizgen.model import Analysis, Article, VocabItem
from quizgen.reading import read_article

DEVDATA = ROOT.parent / "shared" / "devdata" / "articles"
SEED = ROOT / "seeds" / "nordkorea-raketen.txt"
BASELINE = ROOT / "tests" / "quality" / "word_choice_baseline.json"
BASIC_RANK = 1000
TOPIC_SIZE = 10
EXCERPT = 4000  # characters of a Wikipedia article read
# Closed classes every beginner learns in the first weeks, whatever their corpus frequency.
CLOSED_BASIC = frozenset((
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "wochenende", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "null", "eins", "zwei", "drei", "vier", "fünf",
    "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "hundert",
    "tausend", "million", "milliarde",
))
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*$")


@lru_cache(maxsize=1)
def lemma_ranks() -> dict[str, int]:
    """Lemma (lower case) → rank by the summed wordfreq frequency of its forms."""
    import simplemma
    from wordfreq import top_n_list, zipf_frequency

    lexicon = noun_lexicon()
    sums: dict[str, float] = defaultdict(float)
    for form in top_n_list("de", 60000):
        if not form.isalpha():
            continue
        value = 10 ** zipf_frequency(form, "de")
        lemmas = {simplemma.lemmatize(form, lang="de").lower(), simplemma.lemmatize(form.capitalize(), lang="de").lower()}
        lemmas |= {lemma.lower() for lemma, _ in lexicon.forms(form.capitalize())}
        for lemma in lemmas:
            sums[lemma] += value
    return {lemma: rank for rank, lemma in enumerate(sorted(sums, key=sums.__getitem__, reverse=True))}


def is_basic(lemma: str) -> bool:
    lemma = lemma.lower().removeprefix("sich ")
    return lemma in CLOSED_BASIC or lemma_ranks().get(lemma, BASIC_RANK) < BASIC_RANK


def topic_nouns(analysis: Analysis) -> list[str]:
    """The article's topic-carrying nouns by keyness (see the module docstring)."""
    from wordfreq import zipf_frequency

    tokens = [t for t in analysis.tokens if t.pos not in ("PUNCT", "SPACE", "SYM")]
    counts: Counter = Counter()
    forms: dict[str, set[str]] = defaultdict(set)
    for token in tokens:
        if token.tag == "NN" and not token.ent_label and _WORD.match(token.lemma) and not token.lemma.isupper():
            counts[token.lemma] += 1
            forms[token.lemma].update((token.text, token.lemma))
    body = [s for s in analysis.sentences if not s.is_heading and s.tokens]
    lead = {t.lemma for t in body[0].tokens} if body else set()
    title = set(analysis.article.title.split())
    lexicon = noun_lexicon()
    scored = []
    for lemma, count in counts.items():
        entry = lexicon.lookup(lemma)
        if entry is None or not (entry.gender or entry.plural_only) or is_basic(lemma):
            continue
        if _language_name(lemma) or (people_place(lemma) and not forms[lemma] & title):
            continue  # the Hamburger of "Hamburger" is its topic
        if count < 2 and lemma not in lead and not forms[lemma] & title:
            continue
        frequency = sum(10 ** zipf_frequency(form, "de") for form in forms[lemma])
        general = max(math.log10(frequency), 1.0) if frequency > 1 else 1.0
        expected = len(tokens) * 10 ** (general - 9)
        scored.append((2 * (count * math.log(count / expected) - (count - expected)), lemma))
    return [lemma for _, lemma in sorted(scored, reverse=True)[:TOPIC_SIZE]]


def _language_name(lemma: str) -> bool:
    """A language's name written as a noun (Ungarisch, die Ungarische of "Ungarische Sprache"):
    learnt with the country's name, as a people's noun is (Kasache, Grieche, Römer: see
    people_place), not a word of the topic a card should teach, however often the text names
    it. An -isch noun that ends in a noun of its own is none (Hack·fleisch, Schreib·tisch)."""
    if not lemma.endswith(("isch", "ische")):
        return False
    lexicon, word = noun_lexicon(), lemma.removesuffix("e")
    return not any(lexicon.is_noun(word[k:].capitalize()) for k in range(1, len(word) - 4))


def _verb_stems(verb: str) -> set[str]:
    stems = {verb.removesuffix("en"), verb.removesuffix("n")}
    if verb.endswith(("eln", "ern")):
        stems.add(verb[:-3] + verb[-2])  # entwickeln → entwickl
    return stems


def _noun_stems(noun: str) -> set[str]:
    lower = noun.lower()
    return {lower, lower.removesuffix("ung"), lower.removesuffix("e")}


def family_duplicates(items: tuple[VocabItem, ...]) -> list[str]:
    """Items that repeat a family already on the list (see the module docstring)."""
    nouns = {item.lemma: item for item in items if item.pos == "NOUN"}
    verbs = {item.lemma for item in items if item.pos == "VERB"}
    repeats = []
    for item in items:
        if item.pos == "NOUN" and item.count < 2:
            if any(other != item.lemma and other.lower().endswith(item.lemma.lower()) for other in nouns):
                repeats.append(f"{item.lemma} (head)")
        elif item.pos == "VERB":
            if any(other != item.lemma and other.endswith(item.lemma) and len(other) - len(item.lemma) <= 6 for other in verbs):
                repeats.append(f"{item.lemma} (base verb)")
            elif any(_verb_stems(item.lemma) & _noun_stems(noun) for noun in nouns):
                repeats.append(f"{item.lemma} (noun's verb)")
    return repeats


def article_figures(analysis: Analysis, items: tuple[VocabItem, ...], allowed: set[str]) -> dict[str, float | None]:
    """The figures of one article; ``allowed``: the lemmas of the uncapped list (every word at
    or above the learner's level), to tell the cap's losses from the level's."""
    words = [item for item in items if item.pos != "MWE"]
    topic = topic_nouns(analysis)
    position = {item.lemma: k for k, item in enumerate(items)}
    found = [lemma for lemma in topic if lemma in position]
    reachable = [lemma for lemma in topic if lemma in allowed]
    return {
        "basic": sum(is_basic(item.lemma) for item in words) / len(words) if words else 0.0,
        "topic_recall": len(found) / len(topic) if topic else None,
        "topic_recall_at_level": len(found) / len(reachable) if reachable else None,
        "topic_top_half": sum(position[lemma] < len(items) / 2 for lemma in found) / len(found) if found else None,
        "family_duplicates": len(family_duplicates(items)) / len(items) if items else 0.0,
    }


def mean(values: list[float | None]) -> float:
    values = [value for value in values if value is not None]
    return round(sum(values) / len(values), 4) if values else 0.0


def articles() -> list[tuple[str, Article]]:
    """(set, article) of the seed, the Klexikon articles and excerpts of the Wikipedia ones:
    their first EXCERPT characters, to the end of that paragraph (a worksheet's length)."""
    found = [("seed", read_article(SEED))]
    found += [("klexikon", read_article(path)) for path in sorted((DEVDATA / "klexikon").glob("*.txt"))]
    with tempfile.TemporaryDirectory(prefix="quizgen-word-choice-") as folder:
        for path in sorted((DEVDATA / "wikipedia").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            end = text.find("\n", EXCERPT)
            excerpt = Path(folder) / path.name
            excerpt.write_text(text if end < 0 else text[:end] + "\n", encoding="utf-8")
            found.append(("wikipedia", read_article(excerpt)))
    return found


def evaluate(level: str | None = None, show: bool = False, extract=extract_vocabulary) -> dict:
    """The figures per set at ``level`` (default: the project's default level)."""
    nlp = load_pipeline("offline")
    options = Options() if level is None else Options(level=level)
    figures: dict[str, list[dict]] = defaultdict(list)
    for name, article in articles():
        analysis = analyze(nlp, article)
        items = extract(analysis, options)
        allowed = {item.lemma for item in extract(analysis, replace(options, max_words=0))}
        figures[name].append(article_figures(analysis, items, allowed))
        if show:
            basic = [item.lemma for item in items if item.pos != "MWE" and is_basic(item.lemma)]
            topic = topic_nouns(analysis)
            lemmas = {item.lemma for item in items}
            print(f"== {name}/{article.stem}: {', '.join(item.display for item in items)}", file=sys.stderr)
            print(f"   basic: {basic}  topic: {topic}  missed: {[t for t in topic if t not in lemmas]}"
                  f"  family: {family_duplicates(items)}", file=sys.stderr)
    result: dict = {"level": options.level, "max_words": options.max_words}
    for name, rows in figures.items():
        result[name] = {key: mean([row[key] for row in rows]) for key in rows[0]} | {"articles": len(rows)}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", default=None, help="the learner's level (default: the project's default)")
    parser.add_argument("--write", action="store_true", help=f"store the figures in {BASELINE.relative_to(ROOT)}")
    parser.add_argument("--show", action="store_true", help="print each article's list to stderr")
    args = parser.parse_args()
    started = time.perf_counter()
    result = evaluate(args.level, args.show)
    print(json.dumps(result | {"seconds": round(time.perf_counter() - started, 1)}, indent=1, ensure_ascii=False))
    if args.write:
        BASELINE.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
