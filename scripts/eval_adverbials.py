"""What the adverbials say (time, place, direction …), measured two ways (issue 12 §1).

    python scripts/eval_adverbials.py [--conllu PATH] [--judged TSV] [--judged-only] [--errors N]
    python scripts/eval_adverbials.py --sample N --articles FILES > sample.tsv

1. On UD German-GSD dev (gold dependencies): every sure typed adverbial (time, place, direction,
   origin, cause, purpose, manner, quantity) is checked against what the gold tree says.
   ``adverbial``: its head is an adverbial of a verb in gold (``obl*``, ``advmod``, ``advcl``),
   not a noun's attribute (``nmod``) or an object. ``case``: a place or direction after a two-way
   preposition (in, an, auf …) has the gold case of its noun — dative for where, accusative for
   where to. ``tmod``: the gold bare time nominals (``obl:tmod``) typed as time (a recall).
2. On the hand-checked sample in tests/data/adverbial_types_judged.tsv (adverbials of the dev
   articles, each judged by a reader as a teacher of German): precision per type of what the
   rules give now, and how many judged-right ones they no longer type.

``--sample N --articles FILES`` draws a fresh sample (stratified by type, fixed seed) to judge.
The question generator asks Wann/Wo/Wohin/Woher/Warum/Wozu/Wie/Wie viel from these types, so a
wrong type is a wrong W-word.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from quizgen.analysis import analyze, load_pipeline
from quizgen.analysis.adverbials import TWO_WAY
from quizgen.analysis.clauses import CLAUSES_KEY
from quizgen.reading import read_article
from quizgen.role_evaluation import _doc, read_treebank

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "devdata" / "ud" / "de_gsd-ud-dev.conllu"
JUDGED = ROOT / "tests" / "data" / "adverbial_types_judged.tsv"
TYPES = ("time", "place", "direction", "origin", "cause", "purpose", "manner", "quantity")
# How many of each type a fresh sample draws (100 in all).
QUOTAS = {"time": 18, "place": 18, "direction": 12, "origin": 10, "cause": 10, "purpose": 10, "manner": 12, "quantity": 10}
COLUMNS = ("article", "sentence", "phrase", "predicted", "judged", "note")


def _gold_words(path: Path) -> dict[str, dict[int, dict[str, str]]]:
    """sent_id → surface index → the gold word's deprel, feats, upos and its preposition (the
    lemma of its ``case`` child), for the words that head a nominal or adverbial."""
    result: dict[str, dict[int, dict[str, str]]] = {}
    sent_id = ""
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# sent_id = "):
            sent_id = line[12:]
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            result[sent_id] = _surface(rows)
            rows = []
    return result


def _surface(rows: list[list[str]]) -> dict[int, dict[str, str]]:
    surface_of: dict[int, int] = {}
    surface = -1
    skip_until = 0
    for columns in rows:
        index = columns[0]
        if "." in index:
            continue
        if "-" in index:
            first, last = (int(n) for n in index.split("-"))
            surface += 1
            for word_id in range(first, last + 1):
                surface_of[word_id] = surface
            skip_until = last
            continue
        if skip_until and int(index) <= skip_until:
            continue
        surface += 1
        surface_of[int(index)] = surface
    words = {int(c[0]): c for c in rows if c[0].isdigit()}
    cases: dict[int, str] = {}
    for word_id, columns in words.items():
        if columns[7] == "case":
            cases.setdefault(int(columns[6]), columns[2].lower())
    return {surface_of[word_id]: {"deprel": c[7], "feats": c[5], "upos": c[3], "case": cases.get(word_id, "")}
            for word_id, c in words.items()}


def _gold_case(word: dict[str, str]) -> str:
    for feature in word["feats"].split("|"):
        if feature.startswith("Case="):
            return feature[5:]
    return ""


def treebank_figures(nlp, path: Path, errors: list[str]) -> dict[str, float]:
    """Figures of part 1 (see the module's docstring)."""
    gold = _gold_words(path)
    counts: Counter[str] = Counter()
    for sentence in read_treebank(path):
        doc = _doc(nlp, sentence)
        words = gold.get(sentence.sent_id, {})
        typed: dict[int, str] = {}
        for clause in (c for found in doc.user_data.get(CLAUSES_KEY, {}).values() for c in found):
            for constituent in clause.constituents:
                if constituent.role in TYPES and constituent.sure and clause.sure and constituent.clause is None:
                    typed.setdefault(constituent.head, constituent.role)
        for head, role in typed.items():
            word = words.get(head)
            if word is None:
                continue
            deprel = word["deprel"]
            adverbial = deprel.startswith(("obl", "advmod", "advcl")) or deprel == "nmod:tmod"
            counts[f"{role}_pred"] += 1
            counts[f"{role}_adverbial"] += adverbial
            if not adverbial:
                errors.append(f"NOT-ADV {role} {doc[head].text!r} gold={deprel} | {sentence.sent_id}: {sentence.text}")
            gold_case = _gold_case(word)
            if role in ("place", "direction") and word["case"] in TWO_WAY and gold_case in ("Dat", "Acc"):
                right = (gold_case == "Dat") == (role == "place")
                counts[f"{role}_case_pred"] += 1
                counts[f"{role}_case_right"] += right
                if not right:
                    errors.append(f"CASE {role} {word['case']} {doc[head].text!r} gold={gold_case} | {sentence.sent_id}: {sentence.text}")
        for head, word in words.items():
            if word["deprel"] == "obl:tmod":
                counts["tmod_gold"] += 1
                counts["tmod_time"] += typed.get(head) == "time"
    result = _per_type(counts, "adverbial", "adverbial_p")
    for role in ("place", "direction"):
        if counts[f"{role}_case_pred"]:
            result[f"{role}_case_n"] = counts[f"{role}_case_pred"]
            result[f"{role}_case_p"] = round(counts[f"{role}_case_right"] / counts[f"{role}_case_pred"], 4)
    total = sum(counts[f"{role}_pred"] for role in TYPES)
    result["typed_n"] = total
    result["typed_adverbial_p"] = round(sum(counts[f"{role}_adverbial"] for role in TYPES) / total, 4) if total else 0.0
    result["tmod_n"] = counts["tmod_gold"]
    result["tmod_time_r"] = round(counts["tmod_time"] / counts["tmod_gold"], 4) if counts["tmod_gold"] else 0.0
    return result


def _per_type(counts: Counter[str], hits: str, name: str) -> dict[str, float]:
    """Per predicted type: how many (``<type>_n``) and the share counted as ``hits`` (``<type>_<name>``)."""
    result: dict[str, float] = {}
    for role in TYPES:
        if counts[f"{role}_pred"]:
            result[f"{role}_n"] = counts[f"{role}_pred"]
            result[f"{role}_{name}"] = round(counts[f"{role}_{hits}"] / counts[f"{role}_pred"], 4)
    return result


def article_adverbials(nlp, paths: list[Path]) -> list[dict[str, str]]:
    """Every sure typed adverbial phrase (no clause) of the articles, in text order."""
    found: list[dict[str, str]] = []
    for path in paths:
        analysis = analyze(nlp, read_article(path))
        for sentence in analysis.sentences:
            for clause in sentence.clauses:
                for constituent in clause.constituents:
                    if constituent.role in TYPES and constituent.sure and clause.sure and constituent.clause is None:
                        found.append({"article": f"{path.parent.name}/{path.stem}", "sentence": " ".join(sentence.text.split()),
                                      "phrase": constituent.text, "predicted": constituent.role})
    return found


def draw_sample(items: list[dict[str, str]], size: int) -> list[dict[str, str]]:
    """A sample stratified by type (``QUOTAS`` scaled to ``size``), in a fixed random order."""
    rng = random.Random(12)
    by_type: dict[str, list[dict[str, str]]] = defaultdict(list)
    for item in items:
        by_type[item["predicted"]].append(item)
    chosen: list[dict[str, str]] = []
    spare = 0
    for role in TYPES:
        pool = by_type[role]
        rng.shuffle(pool)
        quota = round(QUOTAS[role] * size / 100) + spare
        chosen.extend(pool[:quota])
        spare = max(0, quota - len(pool))
    return [{**item, "judged": "", "note": ""} for item in chosen]


def judged_figures(nlp, judged: Path, articles: Path, show: list[str] | None = None) -> dict[str, float]:
    """Figures of part 2: each judged phrase looked up again (same article, sentence and text).
    ``show`` collects the phrases typed wrong now and the right ones no longer typed."""
    rows = list(csv.DictReader(judged.open(encoding="utf-8"), delimiter="\t"))
    paths = sorted({articles / f"{row['article']}.txt" for row in rows})
    now = {(item["article"], item["sentence"], item["phrase"]): item["predicted"] for item in article_adverbials(nlp, paths)}
    counts: Counter[str] = Counter()
    for row in rows:
        predicted = now.get((row["article"], row["sentence"], row["phrase"]), "")
        if show is not None and (predicted or row["judged"] == row["predicted"]) and row["judged"] != predicted:
            show.append(f"{predicted or 'untyped'} (judged {row['judged']}): {row['phrase']} | {row['sentence']}")
        if predicted:
            counts[f"{predicted}_pred"] += 1
            counts[f"{predicted}_right"] += row["judged"] == predicted
        elif row["judged"] == row["predicted"]:
            counts["right_dropped"] += 1
        else:
            counts["wrong_dropped"] += 1
    result = _per_type(counts, "right", "p")
    typed = sum(counts[f"{role}_pred"] for role in TYPES)
    result["all_n"] = typed
    result["all_p"] = round(sum(counts[f"{role}_right"] for role in TYPES) / typed, 4) if typed else 0.0
    result["right_no_longer_typed"] = counts["right_dropped"]
    result["wrong_no_longer_typed"] = counts["wrong_dropped"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--articles-root", type=Path, default=ROOT.parent / "shared" / "devdata" / "articles")
    parser.add_argument("--sample", type=int, default=0, help="draw a sample of this size to judge (writes TSV to stdout)")
    parser.add_argument("--articles", nargs="*", type=Path, default=[])
    parser.add_argument("--judged-only", action="store_true", help="leave out the treebank part")
    parser.add_argument("--errors", type=int, default=0, help="print this many treebank errors (a random sample)")
    parser.add_argument("--grep", default="", help="only errors containing this text")
    args = parser.parse_args()
    nlp = load_pipeline("offline")
    if args.sample:
        writer = csv.DictWriter(sys.stdout, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(draw_sample(article_adverbials(nlp, args.articles), args.sample))
        return 0
    errors: list[str] = []
    figures = {} if args.judged_only else {"treebank": treebank_figures(nlp, args.conllu, errors)}
    shown: list[str] = []
    if args.judged.exists():
        figures["judged"] = judged_figures(nlp, args.judged, args.articles_root, shown if args.errors else None)
    print(json.dumps(figures, indent=2))
    print("\n".join(shown))
    chosen = [e for e in errors if args.grep in e]
    random.Random(0).shuffle(chosen)
    print("\n".join(chosen[: args.errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
