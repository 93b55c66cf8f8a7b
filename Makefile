# quizgen — the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
SEED := seeds/nordkorea-raketen.txt

.PHONY: demo dictionary install test test-fast check bench eval ner-model clean

demo: $(VENV)/.installed dictionary
	$(PY) -m quizgen build $(SEED) -o output --title "Nordkorea: Kim Jong Un fordert mehr Raketen"

install: $(VENV)/.installed

# English meanings: Debian's trans-de-en fetched into the user cache (no root) unless a
# dictionary is already there; without network the demo still runs and says how to get one.
dictionary: $(VENV)/.installed
	-$(PY) -m quizgen dictionary install --if-missing

$(VENV)/.installed: pyproject.toml requirements-nodeps.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --no-deps -r requirements-nodeps.txt
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -q -e '.[test]'
	touch $@

# One test process per core (pytest-xdist); a module's tests stay in one process, so that the
# analyses its fixtures build are made once.
test: $(VENV)/.installed-test
	$(PY) -m pytest -q -n auto --dist loadscope

# The tests without the browser and the slow corpus runs.
test-fast: $(VENV)/.installed-test
	$(PY) -m pytest -q -n auto --dist loadscope -m "not browser and not slow"

check: $(VENV)/.installed-test
	$(PY) -m pip install -q ruff mypy
	$(PY) -m ruff check quizgen tests scripts
	$(PY) -m mypy quizgen

bench: $(VENV)/.installed
	$(PY) benchmarks/bench.py

eval: $(VENV)/.installed
	$(PY) scripts/eval_ud.py
	$(PY) scripts/eval_ner.py
	$(PY) scripts/eval_roles.py
	$(PY) scripts/eval_qa.py
	$(PY) scripts/eval_glosses.py
	$(PY) scripts/eval_compound_glosses.py
	$(PY) scripts/eval_vocab.py
	$(PY) scripts/eval_levels.py
	$(PY) scripts/eval_word_choice.py
	$(PY) scripts/eval_cloze.py

# Trains the statistical entity model shipped in quizgen/data/ner-model from the GermEval 2014
# train split in ../shared/devdata (CC BY 4.0): about 2 minutes of tagging, then 10–15 minutes
# of training on one core (stops 2,500 steps after the best held-out score); not part of CI.
ner-model: $(VENV)/.installed
	OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 $(PY) scripts/train_ner.py

clean:
	rm -rf $(VENV) build *.egg-info
