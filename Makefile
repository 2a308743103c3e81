# The two commands a new user needs: `make site` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CONTENT ?= content
OUT     ?= site
# The browser tests drive Debian's chromium through Playwright (no browser download).
CHROMIUM ?= /usr/bin/chromium

.PHONY: site test bench fuzz clean serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test,native]'
	touch $(STAMP)

# The tagger compiled with mypyc (timeline/native.py), again whenever its sources change. Where it cannot be
# compiled (no C compiler), the build says why and the tagger runs from its source, slower.
NATIVE := timeline/temporal/native.stamp
$(NATIVE): $(STAMP) timeline/native.py $(addprefix timeline/temporal/,heads.py tense.py tagger.py lexicon.py)
	$(BIN)/python -m timeline.native || echo "the tagger was not compiled: it runs from its source"

site: $(STAMP) $(NATIVE)
	$(BIN)/timeline build --content $(CONTENT) --out $(OUT)

serve: $(STAMP) $(NATIVE)
	$(BIN)/mkdocs serve

test: $(STAMP) $(NATIVE) $(CHROMIUM)
	$(BIN)/python -m pytest -q

# Only when chromium is missing; needs root (as in CI). Without it the browser tests skip and say why.
$(CHROMIUM):
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) || echo "could not install chromium: the browser tests will skip"

fuzz: $(STAMP) $(NATIVE)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py

# Tagger vs dateparser and chrono-node on the same texts; the whole pipeline on 10,000 articles (cold, cached,
# after one edit; site build); the site at 5,000 events (build time, page weight).
bench: $(STAMP) $(NATIVE) benchmarks/chrono/node_modules
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/scale.py --articles 10000 --site
	$(BIN)/python benchmarks/site_bench.py

# chrono-node, pinned by its lock file; without Node.js the benchmark says so and goes on.
benchmarks/chrono/node_modules: benchmarks/chrono/package-lock.json
	(cd benchmarks/chrono && npm ci --no-audit --no-fund --silent) || echo "could not install chrono-node: the benchmark will skip it"

clean:
	rm -rf $(OUT) $(VENV) build *.egg-info $(NATIVE) timeline/temporal/*.so
