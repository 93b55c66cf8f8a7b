"""Vocabulary quality figures: UD German-GSD dev, the hand-checked gold list, glosses.

    python scripts/eval_vocab.py [--conllu PATH] [--limit N] [--update-baseline]

Prints JSON; ``--update-baseline`` writes the figures tests/test_word_facts.py holds
(tests/quality/vocab_baseline.json). Parts:
- ``ud``: on the gold tokens of UD German-GSD dev — lemma accuracy per POS (a separable verb
  joined with its particle counts as right when it ends in the gold lemma: UD does not join),
  the noun article a card would show for the token in its context (word_facts.noun_fields on
  the tool's lemma against the gold Gender: precision over the nouns that get an article, and
  coverage; "der/die" counts for Masc and Fem), the card's plural against the plural forms
  the treebank shows (nominative/accusative/genitive; datives carry an extra -n), and how many
  separable verbs were joined. UD GSD's morphology was assigned automatically: its Gender is
  wrong for about one noun in thirty (das Kind Masc, die Apotheke Masc, Geräte Masc) and some
  singular forms are marked plural (die Bank, Lohn, Sauna). Such items, where the lexicon
  contradicts the treebank about the treebank's own lemma, are left out of the figures and
  counted in ``article_gold_noise`` / ``plural_gold_noise`` (gender_noise, plural_noise);
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
from quizgen.analysis.lexicon import noun_lexicon
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


def ud_scores(nlp, path: Path, limit: int | None) -> dict:
    counts: Counter = Counter()
    noise: dict[str, list[str]] = {"article": [], "plural": []}
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
            # the card of the noun as the tool lemmatised it, with this occurrence as its context
            fields = noun_fields(token.lemma_, [(None, _model_token(token))]) or {}
            gender = gold.feats.get("Gender")
            if gender in ("Masc", "Fem", "Neut"):
                if gender_noise(lexicon, gold, token.lemma_):
                    noise["article"].append(f"{gold.form} ({gold.lemma}) {gender}")
                else:
                    counts["article_coverage_total"] += 1
                    if fields.get("article"):
                        counts["article_coverage"] += 1
                        counts["article_total"] += 1
                        counts["article"] += article_right(fields, gold)
            if gold.feats.get("Number") == "Plur" and gold.feats.get("Case") in ("Nom", "Acc", "Gen"):
                if plural_noise(lexicon, gold, fields):
                    noise["plural"].append(f"{gold.form} ({gold.lemma}) {gold.feats['Case']}")
                    continue
                shown = fields.get("plural", "")
                if fields.get("number_note") == "nur Plural":  # die Kosten: the headword is the plural
                    shown = f"die {token.lemma_}"
                counts["plural_coverage_total"] += 1
                if shown:
                    counts["plural_coverage"] += 1
                    counts["plural_total"] += 1
                    counts["plural"] += plural_right(lexicon, token.lemma_, shown, gold.form)
    scores: dict = {
        f"lemma_{pos}": ratio(counts, f"lemma_{pos}")
        for pos in ("content", "NOUN", "VERB", "ADJ", "ADV")
    }
    for key in ("article", "article_coverage", "plural", "plural_coverage"):
        scores[key] = ratio(counts, key)
    scores["content_tokens"] = counts["lemma_content_total"]
    scores["separable_verbs_joined"] = counts["separable_joined"]
    for part, items in noise.items():
        scores[f"{part}_gold_noise"] = len(items)
        scores[f"{part}_gold_noise_examples"] = items[:12]
    return scores


def article_right(fields: dict, gold) -> bool:
    """Is the card's article right for the gold gender? "der/die" (Angestellte) is right for
    Masc and Fem; a plural-only headword's "die" (die Einkünfte) for any plural occurrence."""
    gender = gold.feats["Gender"]
    if fields["article"] == "der/die":
        return gender != "Neut"
    if fields.get("number_note") == "nur Plural":
        return gold.feats.get("Number") == "Plur"
    return gender in fields["gender"]


def plural_right(lexicon, lemma: str, shown: str, form: str) -> bool:
    """Is the card's plural the form the text writes? Compared without letter case (the
    treebank keeps VERANSTALTER and mitarbeiter as written); a noun declined like an adjective
    shows its plural after the article (die Bediensteten), the text may write it without one
    (800 000 Bedienstete)."""
    if shown.lower() == f"die {form}".lower():
        return True
    entry = lexicon.lookup(lemma)
    return entry is not None and entry.adjectival and shown == f"die {form}n"


def gender_noise(lexicon, gold, predicted: str) -> bool:
    """Is the treebank's gender wrong for its own lemma? UD German-GSD's morphology was
    assigned automatically and is wrong for about one noun in twenty: das Kind Masc, die
    Apotheke Masc, der Preis Neut, Geräte Masc, Zahnärzten Fem (a plural's gender guessed from
    its article die). A gold gender counts as noise when the gold lemma is a word Wiktionary
    lists, or a compound of such a head with a word before it (Ermittlungs|akte), and none of
    its genders (nor the masculine of a noun declined like an adjective, der Deutsche) is the
    gold one, nor one of the tool's lemma (the gold lemma is sometimes a plural form:
    Rechtsfällen). A gender the lexicon cannot judge (a typo, an unknown word) is counted."""
    genders: set[str] = set()
    for lemma in (gold.lemma, predicted):
        entry = lexicon.attested(lemma)
        if entry is None or not entry.genders:
            return False
        genders.update(entry.genders)
        masculine = lexicon.lookup(lemma + "r", compound_fallback=False)
        if masculine is not None and masculine.adjectival:
            genders.add("Masc")
    return gold.feats["Gender"] not in genders


def plural_noise(lexicon, gold, fields: dict) -> bool:
    """Is the treebank's plural reading wrong? Counted as noise: a form that is only a
    singular of its lemma (die Bank, Lohn, Sauna, Transport; a measure noun after a numeral,
    50 Prozent, keeps the singular form: the card rightly shows die Prozente), and a dative
    plural given another case (Säften as Gen): neither is a nominative plural a card could show."""
    entry = lexicon.attested(gold.lemma)
    if entry is None or entry.plural_only:
        return False
    readings = lexicon.forms(gold.form)
    numbers = {number for lemma, number in readings if lemma == gold.lemma}
    singular_only = all(number == "Sing" for _, number in readings) and (
        numbers == {"Sing"} or gold.form == gold.lemma and gold.form not in entry.plurals
    )  # Umkleiden as its own lemma: the plural of die Umkleide, counted
    dative = any(gold.form == plural + "n" for plural in entry.plurals if plural not in ("", "-"))
    return singular_only or dative and fields.get("plural") != f"die {gold.form}"


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
