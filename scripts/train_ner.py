"""Train the statistical entity model shipped in quizgen/data/ner-model (`make ner-model`).

Data: the GermEval 2014 train split in ../shared/devdata/ner (CC BY 4.0; D. Benikova,
C. Biemann, M. Reznicek: NoSta-D Named Entity Annotation for German, LREC 2014). The last
800 sentences are held out to choose the best checkpoint; the dev split is never used here.
A CNN tok2vec + NER on spacy.blank("de") (no pretrained vectors: none can be downloaded).
Takes about 15–20 minutes on 2 cores; not part of CI.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "devdata" / "ner" / "germeval2014-train-partial.tsv"
TARGET = ROOT / "quizgen" / "data" / "ner-model"
LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
HELD_OUT = 800
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


def docbin(nlp, sentences) -> DocBin:
    bin_ = DocBin()
    for words, tags in sentences:
        bin_.add(Doc(nlp.vocab, words=words, ents=tags))
    return bin_


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-steps", type=int, default=8000)
    parser.add_argument("--train", type=Path, default=TRAIN)
    args = parser.parse_args()
    nlp = spacy.blank("de")
    sentences = read(args.train)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docbin(nlp, sentences[:-HELD_OUT]).to_disk(work / "train.spacy")
        docbin(nlp, sentences[-HELD_OUT:]).to_disk(work / "dev.spacy")
        config = work / "config.cfg"
        subprocess.run(
            [sys.executable, "-m", "spacy", "init", "config", str(config), "--lang", "de",
             "--pipeline", "ner", "--optimize", "efficiency", "--force"],
            check=True,
        )
        subprocess.run(
            [sys.executable, "-m", "spacy", "train", str(config), "--output", str(work / "out"),
             "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
             "--training.max_steps", str(args.max_steps), "--training.seed", "0",
             "--system.seed", "0", "--nlp.batch_size", "256"],
            check=True,
        )
        readme = (TARGET / "README.md").read_text(encoding="utf-8") if TARGET.exists() else ATTRIBUTION
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(work / "out" / "model-best", TARGET)
    (TARGET / "README.md").write_text(readme, encoding="utf-8")  # figures and CC BY attribution
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
