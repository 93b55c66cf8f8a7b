"""Gloss precision and coverage on the hand-checked sample ``tests/data/gloss_gold.tsv``.

Each item is a lemma, its part of speech, the sentence of a dev article it stands in and the
English senses a bilingual reader accepts there. quizgen's first gloss is right when it is one
of them; an item without a gloss counts against coverage, not precision. The articles are
analysed (offline pipeline, ~30 s) and the glossary gets the analysed sentence and the word's
token, as the vocabulary does.

    .venv/bin/python scripts/eval_glosses.py                  # the dictionary quizgen finds
    .venv/bin/python scripts/eval_glosses.py --text           # the sentence's text only
    .venv/bin/python scripts/eval_glosses.py --dictionary F   # another one (Ding, FreeDict, TSV)
    .venv/bin/python scripts/eval_glosses.py --no-context     # without the sentence
    .venv/bin/python scripts/eval_glosses.py --write-baseline # tests/quality/gloss_baseline.json
    .venv/bin/python scripts/eval_glosses.py --judged-cards DIR # the senses judged wrong in round 4
    .venv/bin/python scripts/eval_glosses.py --judged-cards DIR --round 6 # … in round 6

``--judged-cards`` reads the cards ``scripts/judge_material.py --cards -o DIR`` wrote for the ten
judged texts and tells, for each sense the readers of round 4 judged wrong
(``tests/data/gloss_judged_round4.tsv``), whether it is now right, without a gloss, still wrong,
or no longer carded; ``--round 6`` reads round 6's (``tests/data/gloss_judged_round6.tsv``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from quizgen.model import Analysis, Sentence

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gloss_gold.tsv"
BASELINE = ROOT / "tests" / "quality" / "gloss_baseline.json"
ARTICLES = ROOT.parent / "shared" / "devdata" / "articles"
FOLDERS = {"klex": "klexikon", "wiki": "wikipedia"}
# a sentence ends at . ! ? — not after an ordinal ("am 20. Mai") or a one-letter abbreviation ("z. B.")
_SENTENCE_END = re.compile(r"(?<![\s(][A-Za-z])(?<!\d)[.!?](?=[\s“”\"]|$)")


@dataclass(frozen=True, slots=True)
class GoldItem:
    lemma: str
    pos: str
    sentence: str
    acceptable: frozenset[str]
    article: str
    analysed: Sentence | None = None
    token_i: int | None = None


def read_gold(path: Path = GOLD, articles: Path = ARTICLES) -> list[GoldItem]:
    """The gold items, each with its sentence read from the dev article (the file keeps only the
    sentence's first words, so that no dev text is copied into the repository)."""
    items = []
    texts: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, opening, acceptable, article = line.split("\t")
        if article not in texts:
            folder, name = article.split("/", 1)
            texts[article] = (articles / FOLDERS.get(folder, folder) / f"{name}.txt").read_text(encoding="utf-8")
        senses = frozenset(sense.strip().lower() for sense in acceptable.split(";") if sense.strip())
        items.append(GoldItem(lemma, pos, _sentence(texts[article], opening.removesuffix(" …")), senses, article))
    return items


def with_analysis(items: list[GoldItem], articles: Path = ARTICLES) -> list[GoldItem]:
    """The items with their analysed sentence and the token of their word (where found)."""
    from dataclasses import replace

    from quizgen.analysis.pipeline import analyze, load_pipeline
    from quizgen.reading import read_article

    nlp = load_pipeline("offline")
    analyses: dict[str, Analysis] = {}
    found = []
    for item in items:
        if item.article not in analyses:
            folder, name = item.article.split("/", 1)
            analyses[item.article] = analyze(nlp, read_article(articles / FOLDERS.get(folder, folder) / f"{name}.txt"))
        key = " ".join(item.sentence.split())[:40]
        sentence = next((s for s in analyses[item.article].sentences if key in " ".join(s.text.split())), None)
        token = next((t for t in sentence.tokens if t.lemma == item.lemma), None) if sentence else None
        found.append(replace(item, analysed=sentence, token_i=token.i if token else None))
    return found


def _sentence(text: str, opening: str) -> str:
    """The sentence of the article that begins with these words."""
    start = text.find(opening)
    if start < 0:
        raise ValueError(f"gloss_gold.tsv: no sentence begins with {opening!r}")
    end = _SENTENCE_END.search(text, start + len(opening))
    lines = text[start : end.end() if end else len(text)].split("\n")
    sentence = lines[0]
    for line in lines[1:]:  # "Dazu gehört das Haydn-Haus:" goes on in the next line
        if not sentence.rstrip().endswith(":"):
            break
        sentence = f"{sentence} {line}"
    return sentence


_PARTICLES = ("on", "of", "to", "with", "about", "for", "from", "in", "at", "by", "over", "into", "against")


def _acceptable(gloss: str, acceptable: frozenset[str]) -> bool:
    """The gloss, or the gloss without its construction's preposition ("to connect to"), is acceptable."""
    gloss = gloss.lower().replace("’", "'")
    words = gloss.split()
    return gloss in acceptable or (len(words) > 2 and words[-1] in _PARTICLES and " ".join(words[:-1]) in acceptable)


def evaluate(glossary: object, items: list[GoldItem], context: bool = True) -> dict[str, object]:
    """Coverage, precision of the first sense, and the share of all items glossed right (with
    the analysed sentence where the item has one, else its text)."""
    shown = right = 0
    mistakes: list[str] = []
    for item in items:
        if context:
            senses = glossary.senses(  # type: ignore[attr-defined]
                item.lemma, item.pos, context=item.sentence, sentence=item.analysed, token_i=item.token_i
            )
        else:
            senses = glossary.senses(item.lemma, item.pos)  # type: ignore[attr-defined]
        if not senses:
            continue
        shown += 1
        if _acceptable(senses[0], item.acceptable):
            right += 1
        else:
            mistakes.append(f"{item.lemma} {item.pos}: {'; '.join(senses)}")
    return {
        "items": len(items),
        "shown": shown,
        "right": right,
        "coverage": round(shown / len(items), 3) if items else 0.0,
        "precision": round(right / shown, 3) if shown else 0.0,
        "right_of_all": round(right / len(items), 3) if items else 0.0,
        "mistakes": mistakes,
    }


JUDGED = ROOT / "tests" / "data" / "gloss_judged_round4.tsv"
_CARD = re.compile(r"^V\d+\. (.+?) — .* — (?:NOUN|VERB|ADJ|ADV|MWE)(?: \w\d)? — (.*)$", re.MULTILINE)
_OBJECT = ("a", "an", "the")


def judged(cards: Path, path: Path = JUDGED) -> dict[str, list[str]]:
    """The judged wrong senses by verdict (right, none, wrong, gone), each as "headword: gloss"."""
    found: dict[str, list[str]] = {"right": [], "none": [], "wrong": [], "gone": []}
    decks: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stem, head, senses = line.split("\t")
        if stem not in decks:
            text = (cards / f"{stem}.cards.md").read_text(encoding="utf-8")
            decks[stem] = {match.group(1): match.group(2) for match in _CARD.finditer(text)}
        gloss = decks[stem].get(head)
        acceptable = {sense.strip().lower() for sense in senses.split(";")}
        first = (gloss or "").split(";")[0].strip().lower()
        with_object = any(first.startswith(f"{sense} ") and first[len(sense) + 1 :].split()[0] in _OBJECT for sense in acceptable)
        verdict = ("gone" if gloss is None else "none" if gloss == "(no meaning)"
                   else "right" if first in acceptable or with_object else "wrong")
        found[verdict].append(f"{head}: {gloss or ''}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, help="dictionary file (default: the one quizgen finds)")
    parser.add_argument("--no-context", action="store_true", help="choose senses without the sentence")
    parser.add_argument("--text", action="store_true", help="give the sentence's text, not its analysis")
    parser.add_argument("--write-baseline", action="store_true", help=f"write the figures to {BASELINE.relative_to(ROOT)}")
    parser.add_argument("--judged-cards", type=Path, metavar="DIR", help="count the judged wrong senses in these cards")
    parser.add_argument("--round", type=int, default=4, help="the judged round whose wrong senses --judged-cards counts (4 or 6)")
    args = parser.parse_args(argv)
    if args.judged_cards:
        found = judged(args.judged_cards, JUDGED.with_name(f"gloss_judged_round{args.round}.tsv"))
        for verdict, items in found.items():
            for item in items:
                print(f"{verdict}: {item}")
        print(json.dumps({verdict: len(items) for verdict, items in found.items()}))
        return 0
    from quizgen.extraction.glossary import load_glossary

    glossary = load_glossary(args.dictionary)
    if glossary is None:
        print("no dictionary (install Debian's trans-de-en: quizgen dictionary install)", file=sys.stderr)
        return 2
    items = read_gold() if args.text or args.no_context else with_analysis(read_gold())
    result = evaluate(glossary, items, context=not args.no_context)
    for mistake in result["mistakes"]:  # type: ignore[attr-defined]
        print("wrong:", mistake)
    figures = {key: value for key, value in result.items() if key != "mistakes"}
    print(json.dumps({"dictionary": str(glossary.source), **figures}, ensure_ascii=False))
    if args.write_baseline:
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        context = "none" if args.no_context else "text" if args.text else "analysis"
        baseline = {"dictionary": "Debian trans-de-en 1.9 (Ding)", "context": context, **figures}
        BASELINE.write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
