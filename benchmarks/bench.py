"""Speed and memory of quizgen (`make bench`): a benchmark, not a timed test.

Measures, on the seed article and the articles in ../shared/devdata/articles (when present):
- words per second of ``analyze`` alone and of the full build (analysis, extraction,
  generation and the default exports), in one process after the pipeline is loaded;
- the cold start of a single-article build (`python -m quizgen build SEED`) against a bare
  ``python -c "import spacy; spacy.blank('de')"`` in the same environment;
- the peak memory (max RSS) of a build of every article in one process (the analyses of the
  timing of ``analyze`` alone are not kept for it).

The machine may be shared: the CPU seconds of the in-process runs (``*_cpu_*``) are printed
beside the wall-clock figures, and the wall-clock ones want the median of a few runs. Another
checkout of quizgen with other index versions replaces the lexicon caches in the user cache
(``quizgen.cache``): give the runs a cache folder of their own (``XDG_CACHE_HOME``).

Targets (issue 7, 2 cores): full build ≤ 1.3 × analysis alone; cold start ≤ 3 × bare spaCy;
peak memory < 800 MB. Also the slowest build of the regression corpus of odd inputs
(``tests/nasty``: a line of 2,000 repeated clauses once took 75 s and stalled CI). Prints a table and, with --json FILE, writes the figures; --calls adds the
number of Python function calls of a profiled full build (steady where times are not).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nordkorea-raketen.txt"
NASTY = ROOT / "tests" / "nasty"
ARTICLES = ROOT.parent / "shared" / "devdata" / "articles"



def _forget_sentences() -> None:
    """Forget what the analysis pass kept per sentence and text (HanTa's sentence tags, the entity
    model's raw entities, the tagger's word memos added in session 18): a build of new articles
    never meets them again, and the build pass would otherwise time an analysis it skips. The
    word memos sessions before 18 timed with (``analyze_forward``, ``_analyze``) stay."""
    from quizgen.analysis import entities, hanta

    hanta._tagged.cache_clear()
    entities._predicted.cache_clear()
    tagger = hanta.hanta_tagger()
    tagger._tag_word.cache_clear()
    tagger.analyze_viterbi.cache_clear()

def corpus(articles: Path) -> list[Path]:
    return [SEED, *sorted(articles.glob("*/*.txt"))] if articles.is_dir() else [SEED]


def timed_command(command: list[str], repeat: int) -> tuple[float, int]:
    """Median wall time of a command and its peak RSS in MB."""
    times, peak = [], 0
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    return statistics.median(times), peak // 1024


def in_process(paths: list[Path]) -> dict[str, float]:
    from quizgen.analysis import analyze_many, load_pipeline
    from quizgen.config import Options
    from quizgen.pipeline import build_material, export_material
    from quizgen.reading import read_article

    started = time.perf_counter()
    nlp = load_pipeline("offline")
    load_seconds = time.perf_counter() - started
    articles = [read_article(path) for path in paths]

    started, cpu = time.perf_counter(), time.process_time()
    words = sum(analysis.word_count for analysis in analyze_many(nlp, articles))
    analysis_seconds, analysis_cpu = time.perf_counter() - started, time.process_time() - cpu

    _forget_sentences()
    with tempfile.TemporaryDirectory() as folder:
        options = Options(output=Path(folder))
        started, cpu = time.perf_counter(), time.process_time()
        for analysis in analyze_many(nlp, articles):
            export_material(build_material(analysis, options), options)
        build_seconds, build_cpu = time.perf_counter() - started, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # before the odd inputs
        slowest, slowest_s = _slowest_odd_input(nlp, options)
    return {
        "articles": len(articles),
        "words": words,
        "pipeline_load_s": round(load_seconds, 2),
        "analyze_s": round(analysis_seconds, 2),
        "analyze_words_per_s": round(words / analysis_seconds),
        "build_s": round(build_seconds, 2),
        "build_words_per_s": round(words / build_seconds),
        "build_over_analyze": round(build_seconds / analysis_seconds, 2),
        "analyze_cpu_words_per_s": round(words / analysis_cpu),
        "build_cpu_words_per_s": round(words / build_cpu),
        "peak_rss_mb": peak,
        "slowest_odd_input": slowest,
        "slowest_odd_input_s": round(slowest_s, 2),
    }


def _slowest_odd_input(nlp, options) -> tuple[str, float]:
    """The file of ``tests/nasty`` whose analysis and build take longest, and its seconds (files
    quizgen refuses to read are skipped: they cost nothing)."""
    from quizgen.analysis import analyze
    from quizgen.errors import QuizgenError
    from quizgen.pipeline import build_material, export_material
    from quizgen.reading import read_article

    times = {}
    for path in sorted(p for p in NASTY.iterdir() if p.name != "README.md"):
        try:
            article = read_article(path)
        except QuizgenError:
            continue
        started = time.perf_counter()
        export_material(build_material(analyze(nlp, article), options), options)
        times[path.name] = time.perf_counter() - started
    return max(times.items(), key=lambda item: item[1])


def call_count(paths: list[Path]) -> dict[str, int]:
    """Python function calls of the full build (cProfile), in a fresh process like the timed one:
    steadier than wall or CPU time on a shared machine, for comparing two versions of the code."""
    script = (
        "import cProfile, pstats, sys, tempfile\n"
        "from pathlib import Path\n"
        "from quizgen.analysis import analyze_many, load_pipeline\n"
        "from quizgen.config import Options\n"
        "from quizgen.pipeline import build_material, export_material\n"
        "from quizgen.reading import read_article\n"
        "nlp = load_pipeline('offline')\n"
        "articles = [read_article(Path(path)) for path in sys.argv[1:]]\n"
        "profile = cProfile.Profile()\n"
        "with tempfile.TemporaryDirectory() as folder:\n"
        "    options = Options(output=Path(folder))\n"
        "    profile.enable()\n"
        "    for analysis in analyze_many(nlp, articles):\n"
        "        export_material(build_material(analysis, options), options)\n"
        "    profile.disable()\n"
        "print(pstats.Stats(profile).total_calls)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *map(str, paths)], check=True, cwd=ROOT,
                          capture_output=True, text=True)
    return {"build_calls": int(done.stdout.split()[-1])}


def cold_start(repeat: int) -> dict[str, float]:
    python = sys.executable
    bare, _ = timed_command([python, "-c", "import spacy; spacy.blank('de')"], repeat)
    with tempfile.TemporaryDirectory() as folder:
        build, peak = timed_command(
            [python, "-m", "quizgen", "build", str(SEED), "-o", folder, "-q", "--model", "offline"],
            repeat,
        )
    return {
        "bare_spacy_start_s": round(bare, 2),
        "single_build_s": round(build, 2),
        "single_build_over_bare": round(build / bare, 2),
        "single_build_peak_rss_mb": peak,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per cold-start timing")
    parser.add_argument("--seed-only", action="store_true", help="only the seed article")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--calls", action="store_true",
                        help="also count the function calls of a full build (a slow profiled run)")
    parser.add_argument("--articles", type=Path, default=ARTICLES,
                        help="folder of article folders (default: ../shared/devdata/articles)")
    args = parser.parse_args()
    paths = [SEED] if args.seed_only else corpus(args.articles)
    figures = {**cold_start(args.repeat), **in_process(paths), **(call_count(paths) if args.calls else {})}
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
