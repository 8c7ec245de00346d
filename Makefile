# Timeline Builder — the two commands: `make site` (build the site from seeds/) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test eval bench clean serve publish axe

$(BIN)/timeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

site: $(BIN)/timeline
	$(BIN)/timeline build --seeds seeds --content content --output output
	@echo "Open output/index.html in a browser."

# Builds, then publishes output/ to the gh-pages branch of origin (see README, Publishing).
publish: site
	$(BIN)/timeline publish

# Serves output/ at http://127.0.0.1:8000/ and rebuilds when seeds/, content/ or theme/ change.
serve: $(BIN)/timeline
	$(BIN)/timeline serve

test: $(BIN)/timeline axe
	$(BIN)/python -m pytest

# The accessibility test injects axe-core (from npm) into the pages; without npm it is skipped.
axe:
	@if command -v npm >/dev/null && [ ! -f node_modules/axe-core/axe.min.js ]; then \
		npm ci --no-audit --no-fund --silent; fi

# Scores the tagger on ../shared/data/tbaq (TempEval-3 style; skips cleanly when it is absent)
# and the seed timeline against its hand-checked gold (benchmarks/gold/seeds-timeline.yaml), and
# creation times found without metadata on the same TBAQ articles.
eval: $(BIN)/timeline
	mkdir -p results benchmarks/results
	$(BIN)/python -m timeline.evaluation --output benchmarks/results/tbaq-ours.md --errors results/eval-errors.tsv
	$(BIN)/python -m timeline.evaluation --tagger ours-auto --output benchmarks/results/tbaq-ours-auto.md
	$(BIN)/python -m timeline.value_audit results/eval-errors.tsv --output benchmarks/results/tbaq-value-errors.md
	$(BIN)/python benchmarks/probe_score.py --output benchmarks/results/probes.md
	$(BIN)/python -m timeline.event_scorer seeds --output benchmarks/results/seeds-events.md
	$(BIN)/python -m timeline.dct_scorer --output benchmarks/results/dct-tbaq.md

bench: $(BIN)/timeline
	$(BIN)/python benchmarks/bench_tagger.py
	$(BIN)/python benchmarks/bench_site.py
	$(BIN)/python benchmarks/bench_build.py --articles 2000
	$(BIN)/python benchmarks/bench_scale.py --sizes 100,1000,10000

clean:
	rm -rf output .pytest_cache .timeline-cache
