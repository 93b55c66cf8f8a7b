"""Vocabulary quality figures: UD German-GSD dev, the hand-checked gold list, glosses.

    python scripts/eval_vocab.py [--conllu PATH] [--limit N]

Prints JSON:
- ``ud``: on the gold tokens of UD German-GSD dev — lemma accuracy per POS (a separable verb
  joined with its particle counts as right when it ends in the gold lemma: UD does not join),
  the noun article a card would show (lexicon gender of the predicted lemma against the gold
  Gender: precision over the nouns that get an article, and coverage), the lexicon plural
  against the plural forms the treebank shows (nominative/accusative/genitive; datives carry
  an extra -n), and how many separable verbs were joined;
- ``gold``: the tool's items against tests/data/vocab_gold.tsv (lemma, article, plural,
  Partizip II with auxiliary, separable prefix);
- ``glosses``: share of the seed article's nouns/verbs/adjectives that get an English gloss
  from the dictionary in use (Debian trans-de-en when installed).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.analysis import analyze, load_pipeline  # noqa: E402
from quizgen.analysis.lexicon import noun_lexicon  # noqa: E402
from quizgen.config import Options  # noqa: E402
from quizgen.evaluation import _tagged, read_conllu  # noqa: E402
from quizgen.extraction import extract_vocabulary  # noqa: E402
from quizgen.reading import read_article  # noqa: E402

DEVDATA = ROOT.parent / "shared" / "devdata"
DEFAULT = DEVDATA / "ud" / "de_gsd-ud-dev.conllu"
GOLD = ROOT / "tests" / "data" / "vocab_gold.tsv"
SEED = ROOT / "seeds" / "nordkorea-raketen.txt"
ALL = Options(max_words=0)


def ratio(counts: Counter, key: str) -> float:
    total = counts[key + "_total"]
    return round(counts[key] / total, 4) if total else 0.0


def ud_scores(nlp, path: Path, limit: int | None) -> dict[str, float]:
    counts: Counter = Counter()
    lexicon = noun_lexicon()
    for sentence in list(read_conllu(path))[:limit]:
        doc = _tagged(nlp, sentence)
        for gold, token in zip(sentence.tokens, doc, strict=True):
            if not gold.scored or gold.upos not in ("NOUN", "VERB", "ADJ", "ADV"):
                continue
            joined = token._.particle is not None and token.lemma_.endswith(gold.lemma)
            counts["separable_joined"] += joined
            for name in ("content", gold.upos):
                counts[f"lemma_{name}_total"] += 1
                counts[f"lemma_{name}"] += token.lemma_ == gold.lemma or joined
            if gold.upos != "NOUN":
                continue
            gender = gold.feats.get("Gender")
            if gender in ("Masc", "Fem", "Neut"):
                entry = lexicon.lookup(token.lemma_)
                counts["article_coverage_total"] += 1
                if entry is not None and entry.gender:
                    counts["article_coverage"] += 1
                    counts["article_total"] += 1
                    counts["article"] += entry.gender == gender
            if gold.feats.get("Number") == "Plur" and gold.feats.get("Case") in ("Nom", "Acc", "Gen"):
                entry = lexicon.lookup(gold.lemma)
                counts["plural_coverage_total"] += 1
                if entry is not None and entry.plural not in ("", "-"):
                    counts["plural_coverage"] += 1
                    counts["plural_total"] += 1
                    counts["plural"] += entry.plural == gold.form
    scores = {f"lemma_{pos}": ratio(counts, f"lemma_{pos}") for pos in ("content", "NOUN", "VERB", "ADJ", "ADV")}
    for key in ("article", "article_coverage", "plural", "plural_coverage"):
        scores[key] = ratio(counts, key)
    scores["content_tokens"] = counts["lemma_content_total"]
    scores["separable_verbs_joined"] = counts["separable_joined"]
    return scores


def gold_rows() -> list[list[str]]:
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [row + [""] * (9 - len(row)) for row in csv.reader(lines, delimiter="\t")]


def gold_scores(nlp) -> dict[str, float]:
    counts: Counter = Counter()
    cache: dict[str, tuple] = {}
    wrong: list[str] = []
    for file, form, lemma, pos, article, plural, separable, participle, auxiliary in gold_rows():
        if file not in cache:
            path = SEED if file == "seed" else DEVDATA / "articles" / "klexikon" / file
            analysis = analyze(nlp, read_article(path))
            items = {(item.lemma, item.pos): item for item in extract_vocabulary(analysis, ALL)}
            cache[file] = (analysis, items)
        analysis, items = cache[file]
        token = next((t for t in analysis.tokens if t.text == form), None)
        counts["lemma_total"] += 1
        counts["lemma"] += token is not None and token.lemma == lemma
        item = items.get((lemma, pos))
        counts[f"{pos}_found_total"] += 1
        counts[f"{pos}_found"] += item is not None
        if item is None:
            wrong.append(f"missing {lemma}")
        elif pos == "NOUN":
            counts["article_total"] += 1
            counts["article"] += item.article == article
            shown = item.number_note if plural == "-" else item.plural
            counts["plural_total"] += 1
            counts["plural"] += shown == ("kein Plural" if plural == "-" else f"die {plural}")
            if item.article != article or shown != ("kein Plural" if plural == "-" else f"die {plural}"):
                wrong.append(f"{lemma}: {item.article} / {item.plural or item.number_note}")
        elif pos == "VERB":
            counts["separable_total"] += 1
            counts["separable"] += item.separable_prefix == separable or not item.verb_forms
            counts["verb_forms_coverage_total"] += 1
            if item.verb_forms:
                counts["verb_forms_coverage"] += 1
                counts["participle_aux_total"] += 1
                ok = item.verb_forms[2].split()[-1] == participle and item.auxiliary == auxiliary
                counts["participle_aux"] += ok
                if not ok:
                    wrong.append(f"{lemma}: {item.verb_forms} {item.auxiliary}")
    keys = ("lemma", "NOUN_found", "article", "plural", "VERB_found", "separable", "verb_forms_coverage", "participle_aux")
    scores: dict = {key: ratio(counts, key) for key in keys}
    scores["nouns"], scores["verbs"] = counts["NOUN_found_total"], counts["VERB_found_total"]
    scores["errors"] = wrong
    return scores


def gloss_scores(nlp) -> dict[str, float]:
    items = extract_vocabulary(analyze(nlp, read_article(SEED)), ALL)
    scores: dict = {}
    for pos in ("NOUN", "VERB", "ADJ"):
        chosen = [item for item in items if item.pos == pos]
        scores[f"{pos}_with_gloss"] = round(sum(bool(item.gloss) for item in chosen) / max(1, len(chosen)), 4)
    scores["sample"] = {item.lemma: "; ".join(item.gloss) for item in items[:25]}
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="first N UD sentences only")
    args = parser.parse_args()
    started = time.perf_counter()
    nlp = load_pipeline("offline")
    result = {"ud": ud_scores(nlp, args.conllu, args.limit), "gold": gold_scores(nlp), "glosses": gloss_scores(nlp)}
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
