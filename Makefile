# Every task has one target; each sets up what it needs first. See README.md.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup setup-test serve build validate schemas coverage translations test test-browser links bench clean

help:
	@echo "make serve     set up, then serve the site at http://127.0.0.1:8000 (LANG_CODE=sv or ar for another language)"
	@echo "make test      set up everything the tests need (Debian chromium included), then run every test"
	@echo "make build     validate the data, then build every language into site/"
	@echo "make validate  check every data file; print every problem as path:line: field: message"
	@echo "make coverage  which kinds of help each country has and lacks"
	@echo "make bench     build a synthetic data set and measure build time, memory and page weight"

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

setup-test: $(VENV)/.installed-test node_modules/.installed
	@command -v chromium >/dev/null || { echo "Installing Debian chromium (needs root)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

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

links: setup-test build
	$(PY) -m tests.linkcheck site

bench: setup-test
	$(PY) -m tests.bench.run

clean:
	rm -rf site .build docs/*/countries docs/*/platforms docs/*/topics
