# Every task has one target; each sets up what it needs first. See README.md.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup setup-test serve build validate schemas coverage translations test test-browser fuzz links bench clean

help:
	@echo "make serve     set up, then serve the site at http://127.0.0.1:8000 (LANG_CODE=sv or ar for another language)"
	@echo "make test      set up everything the tests need (Debian chromium included), then run every test"
	@echo "make build     validate the data, then build every language into site/"
	@echo "make validate  check every data file; print every problem as path:line: field: message"
	@echo "make coverage  which kinds of help each country has and lacks"
	@echo "make bench     build a synthetic data set and measure build time, memory and page weight"
	@echo "make translations  how far each language is translated (python -m macros translations todo <lang>: what is left)"
	@echo "make fuzz      mutate real data files many times and check the validator never crashes (EXAMPLES=2000)"

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

setup: $(VENV)/.installed

# Debian's Noto fonts, so every script of the site's languages (Arabic, Bengali, Devanagari, Ethiopic,
# Khmer, Thai, Chinese...) renders in the browser tests. The site itself uses system fonts only.
TEST_DEBIAN_PACKAGES := chromium fonts-noto-core fonts-noto-cjk

setup-test: $(VENV)/.installed-test node_modules/.installed
	@missing=$$(for p in $(TEST_DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "Installing Debian packages (needs root): $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

serve: setup
	ATLAS_LANG=$${LANG_CODE:-en} $(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

build: setup
	$(PY) -m macros build --site-dir site

validate: setup
	$(PY) -m macros validate

schemas: setup
	$(PY) -m macros schemas

coverage: setup
	$(PY) -m macros coverage

translations: setup
	$(PY) -m macros translations

test: setup-test
	$(PY) -m pytest

fuzz: setup-test
	ATLAS_FUZZ_EXAMPLES=$${EXAMPLES:-2000} $(PY) -m pytest -q tests/test_fuzz.py

links: setup-test build
	$(PY) -m tests.linkcheck site

bench: setup-test
	$(PY) -m tests.bench.run

clean:
	rm -rf site .build docs/*/countries docs/*/platforms docs/*/topics docs/*/everywhere
