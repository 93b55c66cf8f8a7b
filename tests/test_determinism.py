"""The same input and options give the same output in every process, whatever the hash seed:
Python orders sets of strings by a per-process random hash, so any output that follows a set's
order changes between runs (names grouped in hash order once changed the questions of Kasachstan,
London and Rembrandt from run to run)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_two_processes_with_different_hash_seeds_write_the_same_files(devdata, tmp_path):
    articles = [devdata / "articles" / "wikipedia" / "Rembrandt.txt"]
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "quizgen", "build", *map(str, articles), "-q", "-o", str(out),
                        "--formats", "json,md"], check=True, env=env, capture_output=True)
        outputs.append({path.name: path.read_bytes() for path in sorted(out.iterdir())})
    assert outputs[0].keys() == outputs[1].keys() and len(outputs[0]) == 2
    assert [name for name in outputs[0] if outputs[0][name] != outputs[1][name]] == []

