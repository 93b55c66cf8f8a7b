"""`quizgen build`: many articles, one pipeline, progress, a summary, failures isolated."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .config import Options
from .errors import ExitStatus, ExportError, InputError, QuizgenError, UsageError
from .model import Article, Material
from .reading import SUFFIXES, read_article, slug

PROG = "quizgen"
BATCH_SIZE = 8


@dataclass
class Outcome:
    path: Path
    material: Material | None = None
    error: str = ""
    status: int = ExitStatus.OK
    files: list[Path] = field(default_factory=list)


def run_build(inputs: Sequence[str], options: Options) -> int:
    """Build every article; return the exit status (0, or the status of the first failure)."""
    started = time.perf_counter()
    paths, failures = expand_inputs(inputs)
    if options.title and len(paths) > 1:
        raise UsageError(f"--title names one article, but {len(paths)} were given")
    if not paths:
        if not failures:
            raise InputError("no articles given")
        for outcome in failures:
            _report(outcome)
        return failures[0].status
    prepare_output(options.output)
    stems = unique_stems(paths)
    progress = Progress(len(paths), enabled=not options.quiet and sys.stderr.isatty())
    outcomes: list[Outcome] = list(failures)
    for outcome in failures:
        _report(outcome)
    bundle: list[Material] = []
    for outcome in _materials(paths, stems, options):
        progress.step(outcome.path.name)
        if outcome.material is not None:
            try:
                outcome.files = _export(outcome.material, options, bundled=options.bundle is not None)
            except QuizgenError as error:
                outcome.error, outcome.status = f"{error}", error.status
            else:
                bundle.append(outcome.material)
        if outcome.error:
            progress.clear()
            _report(outcome)
        elif outcome.material is not None and not options.quiet:
            progress.clear()
            for warning in outcome.material.warnings:
                print(f"{PROG}: warning: {outcome.path}: {warning}", file=sys.stderr)
        outcomes.append(outcome)
    progress.clear()
    bundle_files = _export_bundle(bundle, options) if options.bundle and bundle else []
    if not options.quiet:
        print(summary(outcomes, bundle_files, options.output, time.perf_counter() - started), file=sys.stderr)
    failed = [outcome for outcome in outcomes if outcome.error]
    return failed[0].status if failed else ExitStatus.OK


def expand_inputs(inputs: Sequence[str]) -> tuple[list[Path], list[Outcome]]:
    """Files as given, folders expanded to the articles inside them (sorted)."""
    paths: list[Path] = []
    failures: list[Outcome] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                child
                for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith(".")
            )
            if not found:
                failures.append(
                    Outcome(path, error=f"{path}: no articles in this folder (.txt, .md, .html)", status=ExitStatus.INPUT)
                )
            paths.extend(found)
        elif not path.exists():
            failures.append(Outcome(path, error=f"{path}: no such file", status=ExitStatus.INPUT))
        else:
            paths.append(path)
    unique: dict[Path, Path] = {}  # the same file named twice is built once
    for path in paths:
        unique.setdefault(path.resolve(), path)
    return list(unique.values()), failures


def prepare_output(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: output path is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{folder}: cannot create the output folder ({error.strerror or error})") from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{folder}: output folder is not writable")


def unique_stems(paths: Sequence[Path]) -> dict[Path, str]:
    """Output stems per article; two articles with the same name get their folder's name too."""
    stems: dict[Path, str] = {}
    taken: set[str] = set()
    for path in paths:
        stem = slug(path.stem) or "article"
        if stem in taken:
            stem = f"{slug(path.parent.name) or 'article'}-{stem}"
        number = 2
        base = stem
        while stem in taken:
            stem, number = f"{base}-{number}", number + 1
        taken.add(stem)
        stems[path] = stem
    return stems


def _materials(paths: Sequence[Path], stems: dict[Path, str], options: Options) -> Iterator[Outcome]:
    if options.jobs > 1 and len(paths) > 2:
        yield from _materials_parallel(paths, stems, options)
    else:
        yield from _materials_serial(paths, stems, options)


def _read(path: Path, stem: str, options: Options) -> Article:
    article = read_article(path, force=options.force, title=options.title)
    return _restem(article, stem)


def _restem(article: Article, stem: str) -> Article:
    return article if article.stem == stem else replace(article, stem=stem)


def _materials_serial(paths: Sequence[Path], stems: dict[Path, str], options: Options) -> Iterator[Outcome]:
    from .analysis import analyze, analyze_many, load_pipeline
    from .pipeline import build_material

    nlp = load_pipeline(options.model)
    for chunk_start in range(0, len(paths), BATCH_SIZE):
        chunk = paths[chunk_start : chunk_start + BATCH_SIZE]
        readable: list[tuple[Path, Article]] = []
        for path in chunk:
            try:
                readable.append((path, _read(path, stems[path], options)))
            except QuizgenError as error:
                yield Outcome(path, error=str(error), status=error.status)
        try:
            analyses = list(analyze_many(nlp, [article for _, article in readable], batch_size=BATCH_SIZE))
        except QuizgenError:  # isolate the article that failed
            analyses = []
        if len(analyses) != len(readable):
            analyses = []
            for path, article in readable:
                yield _guarded(path, lambda article=article: build_material(analyze(nlp, article), options), options)
            continue
        for (path, _), analysis in zip(readable, analyses, strict=True):
            yield _guarded(path, lambda analysis=analysis: build_material(analysis, options), options)


def _guarded(path: Path, make, options: Options) -> Outcome:
    try:
        return Outcome(path, material=make())
    except QuizgenError as error:
        return Outcome(path, error=str(error), status=error.status)
    except Exception as error:  # a bug in quizgen: report it against the article, go on
        if options.debug:
            raise
        return Outcome(path, error=f"{path}: internal error: {type(error).__name__}: {error}", status=ExitStatus.ERROR)


_WORKER_NLP = None


def _init_worker(model: str | None) -> None:
    global _WORKER_NLP
    from .analysis import load_pipeline

    _WORKER_NLP = load_pipeline(model)


def _work(path: Path, stem: str, options: Options) -> Outcome:
    from .analysis import analyze
    from .pipeline import build_material

    def make() -> Material:
        assert _WORKER_NLP is not None, "the worker's initializer loads the pipeline"
        return build_material(analyze(_WORKER_NLP, _read(path, stem, options)), options)

    return _guarded(path, make, options)


def _materials_parallel(paths: Sequence[Path], stems: dict[Path, str], options: Options) -> Iterator[Outcome]:
    workers = min(options.jobs, len(paths))
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(options.model,)) as pool:
        futures = [pool.submit(_work, path, stems[path], options) for path in paths]
        for path, future in zip(paths, futures, strict=True):
            try:
                yield future.result()
            except Exception as error:  # noqa: BLE001 - a worker died (e.g. out of memory)
                yield Outcome(path, error=f"{path}: failed in a worker process: {error}", status=ExitStatus.ERROR)


def _export(material: Material, options: Options, *, bundled: bool) -> list[Path]:
    from .pipeline import export_material

    formats = tuple(name for name in options.formats if not (bundled and name == "apkg"))
    return export_material(material, options, formats)


def _export_bundle(materials: list[Material], options: Options) -> list[Path]:
    from .exporters import registry
    from .exporters.files import write_all

    if "apkg" not in options.formats:
        return []
    exporter = registry()["apkg"]
    files = exporter.render_bundle(materials, options)  # type: ignore[attr-defined]
    return write_all({options.output / name: payload for name, payload in files.items()})


def _report(outcome: Outcome) -> None:
    print(f"{PROG}: error: {outcome.error}", file=sys.stderr)


def summary(outcomes: Iterable[Outcome], bundle_files: list[Path], output: Path, seconds: float) -> str:
    outcomes = list(outcomes)
    done = [outcome for outcome in outcomes if outcome.material is not None and not outcome.error]
    failed = len(outcomes) - len(done)
    words = sum(outcome.material.analysis.word_count for outcome in done if outcome.material)
    items = sum(
        len(outcome.material.vocabulary) + len(outcome.material.clozes) + len(outcome.material.questions)
        for outcome in done
        if outcome.material
    )
    files = sum(len(outcome.files) for outcome in done) + len(bundle_files)
    articles = f"{len(done)} article{'s' if len(done) != 1 else ''}"
    failures = f" ({failed} failed)" if failed else ""
    return (
        f"{PROG}: {articles}{failures}, {words:,} words, {items:,} items, {files} files "
        f"in {seconds:.1f} s → {output}/"
    )


class Progress:
    """A one-line progress bar on stderr, only on a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled and total > 0

    def step(self, label: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 24
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} {label[:40]:<40}")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()
