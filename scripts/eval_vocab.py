"""Vocabulary quality figures: UD German-GSD dev, the hand-checked gold list, glosses.

    python scripts/eval_vocab.py [--conllu PATH] [--limit N] [--update-baseline]

Prints JSON; ``--update-baseline`` writes the figures tests/test_word_facts.py holds
(tests/quality/vocab_baseline.json). Parts:
- ``ud``: on the gold tokens of UD German-GSD dev — lemma accuracy per POS (a separable verb
  joined with its particle counts as right when it ends in the gold lemma: UD does not join),
  the noun article a card would show for the token in its context (word_facts.noun_fields on
  the predicted lemma against the gold Gender: precision over the nouns that get an article,
  and coverage; "der/die" counts for Masc and Fem), the card's plural against the plural forms
  the treebank shows (nominative/accusative/genitive; datives carry an extra -n), and how many
  separable verbs were joined. UD's Gender is partly wrong (das Kind Masc, die Apotheke Masc),
  which caps the article figure near 95 %;
- ``verbs``: principal parts and auxiliary out of context against the hand-written
  tests/data/verb_gold.tsv (205 common verbs);
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

from quizgen.analysis import analyze, load_pipeline
from quizgen.config import Options
from quizgen.evaluation import _tagged, read_conllu
from quizgen.extraction import extract_vocabulary
from quizgen.extraction.verbs import principal_parts
from quizgen.extraction.word_facts import noun_fields
from quizgen.model import Token
from quizgen.reading import read_article

DEVDATA = ROOT.parent / "shared" / "devdata"
DEFAULT = DEVDATA / "ud" / "de_gsd-ud-dev.conllu"
GOLD = ROOT / "tests" / "data" / "vocab_gold.tsv"
VERB_GOLD = ROOT / "tests" / "data" / "verb_gold.tsv"
BASELINE = ROOT / "tests" / "quality" / "vocab_baseline.json"
# The figures tests/test_word_facts.py holds to their baseline (a change may raise them).
KEPT = {
    "ud": ("article", "article_coverage", "plural", "plural_coverage"),
    "verbs": ("verb_parts_coverage", "verb_forms", "verb_auxiliary", "verb_parts"),
}
SEED = ROOT / "seeds" / "nordkorea-raketen.txt"
ALL = Options(max_words=0, level="A1")  # every item, whatever its band


def ratio(counts: Counter, key: str) -> float:
    total = counts[key + "_total"]
    return round(counts[key] / total, 4) if total else 0.0


def ud_scores(nlp, path: Path, limit: int | None) -> dict[str, float]:
    counts: Counter = Counter()
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
            if gender in ("Masc", "Fem", "Neut"):  # the article the card shows, in context
                fields = noun_fields(token.lemma_, [(None, _model_token(token))])
                counts["article_coverage_total"] += 1
                if fields and fields["article"]:
                    counts["article_coverage"] += 1
                    counts["article_total"] += 1
                    counts["article"] += (
                        gender in fields["gender"]
                        or fields["article"] == "der/die"
                        and gender != "Neut"
                    )
            if gold.feats.get("Number") == "Plur" and gold.feats.get("Case") in (
                "Nom",
                "Acc",
                "Gen",
            ):
                fields = noun_fields(gold.lemma, [(None, _model_token(token))]) or {}
                if fields.get("number_note") == "nur Plural":  # die Kosten: the headword is the plural
                    fields["plural"] = f"die {gold.lemma}"
                counts["plural_coverage_total"] += 1
                if fields.get("plural"):
                    counts["plural_coverage"] += 1
                    counts["plural_total"] += 1
                    # der/die Angestellte: the card's "die Angestellten" is the text's "Angestellte" after an article
                    strong = (
                        fields["article"] == "der/die" and fields["plural"] == f"die {gold.form}n"
                    )
                    counts["plural"] += fields["plural"] == f"die {gold.form}" or strong
    scores = {
        f"lemma_{pos}": ratio(counts, f"lemma_{pos}")
        for pos in ("content", "NOUN", "VERB", "ADJ", "ADV")
    }
    for key in ("article", "article_coverage", "plural", "plural_coverage"):
        scores[key] = ratio(counts, key)
    scores["content_tokens"] = counts["lemma_content_total"]
    scores["separable_verbs_joined"] = counts["separable_joined"]
    return scores


def _model_token(token) -> Token:
    return Token(
        token.i,
        token.text,
        token.idx,
        token.idx + len(token),
        token.lemma_,
        token.pos_,
        token.tag_,
        str(token.morph),
    )


def verb_gold_scores() -> dict:
    """Principal parts out of context against the hand-written verb gold (tests/data/verb_gold.tsv)."""
    counts: Counter = Counter()
    wrong = []
    for line in VERB_GOLD.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        infinitive, present, preterite, auxiliary, participle = line.split("\t")
        parts = principal_parts(infinitive)
        counts["verb_parts_coverage_total"] += 1
        if parts is None:
            wrong.append(f"missing {infinitive}")
            continue
        counts["verb_parts_coverage"] += 1
        forms = (
            parts.present == present
            and parts.preterite in preterite.split("|")
            and parts.participle in participle.split("|")
        )
        for key, right in (
            ("verb_forms", forms),
            ("verb_auxiliary", parts.auxiliary == auxiliary),
            ("verb_parts", forms and parts.auxiliary == auxiliary),
        ):
            counts[key + "_total"] += 1
            counts[key] += right
        if not (forms and parts.auxiliary == auxiliary):
            wrong.append(
                f"{infinitive}: {parts.present}, {parts.preterite}, {parts.auxiliary_3sg} {parts.participle}"
            )
    scores: dict = {
        key: ratio(counts, key)
        for key in ("verb_parts_coverage", "verb_forms", "verb_auxiliary", "verb_parts")
    }
    scores["verbs"], scores["errors"] = counts["verb_parts_coverage_total"], wrong
    return scores


def gold_rows() -> list[list[str]]:
    lines = [
        line
        for line in GOLD.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
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
            if item.article != article or shown != (
                "kein Plural" if plural == "-" else f"die {plural}"
            ):
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
    keys = (
        "lemma",
        "NOUN_found",
        "article",
        "plural",
        "VERB_found",
        "separable",
        "verb_forms_coverage",
        "participle_aux",
    )
    scores: dict = {key: ratio(counts, key) for key in keys}
    scores["nouns"], scores["verbs"] = counts["NOUN_found_total"], counts["VERB_found_total"]
    scores["errors"] = wrong
    return scores


def gloss_scores(nlp) -> dict[str, float]:
    items = extract_vocabulary(analyze(nlp, read_article(SEED)), ALL)
    scores: dict = {}
    for pos in ("NOUN", "VERB", "ADJ"):
        chosen = [item for item in items if item.pos == pos]
        scores[f"{pos}_with_gloss"] = round(
            sum(bool(item.gloss) for item in chosen) / max(1, len(chosen)), 4
        )
    scores["sample"] = {item.lemma: "; ".join(item.gloss) for item in items[:25]}
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="first N UD sentences only")
    parser.add_argument(
        "--update-baseline", action="store_true", help=f"write the kept figures to {BASELINE.name}"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    nlp = load_pipeline("offline")
    result = {
        "ud": ud_scores(nlp, args.conllu, args.limit),
        "gold": gold_scores(nlp),
        "verbs": verb_gold_scores(),
        "glosses": gloss_scores(nlp),
    }
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.update_baseline:
        kept = {f"{part}_{key}": result[part][key] for part, keys in KEPT.items() for key in keys}
        BASELINE.write_text(json.dumps(kept, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
