"""Build every language as its own MkDocs run, in parallel, and assemble them into one site.

English is the site root; every other language lives in /<lang>/. The data is validated first, and
the site folder is replaced only when every language built, so a failed build never leaves a
half-written site behind.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .dataset import load, save_validated
from .paths import PROJECT_ROOT
from .i18n import SOURCE_LANG
from .translations import status_table
from .problems import DataError


def build_command(lang: str, out_dir: Path, config: Path = PROJECT_ROOT / "mkdocs.yml",
                  extra_env: dict | None = None) -> tuple[list[str], dict]:
    env = dict(os.environ, ATLAS_LANG=lang, ATLAS_SITE_DIR=str(out_dir), NO_MKDOCS_2_WARNING="1", **(extra_env or {}))
    # Not --quiet: it also hides the error that failed a build. The output is shown only on failure.
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)], env


def build_language(lang: str, out_dir: Path, extra_env: dict | None = None) -> tuple[str, int, str]:
    command, env = build_command(lang, out_dir, extra_env=extra_env)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True)
    if result.returncode == 0:
        print(f"  {lang}: {time.perf_counter() - started:.1f} s, {folder_megabytes(out_dir, lang):.1f} MB", flush=True)
    return lang, result.returncode, result.stdout + result.stderr


def folder_megabytes(out_dir: Path, lang: str) -> float:
    """Bytes of one language's pages (the source language's folder also holds the API and panels)."""
    paths = [p for p in out_dir.rglob("*") if p.is_file()]
    if lang == SOURCE_LANG:
        paths = [p for p in paths if p.relative_to(out_dir).parts[0] not in ("api", "embed")]
    return sum(p.stat().st_size for p in paths) / 1e6


# What search leaves out of an indexed page: the menus, the lines about sources and dates, the links to
# other audiences, and the global services that stand on every country's page.
SEARCH_LEAVES_OUT = [arg for selector in ("[data-search-exclude]", "nav", ".atlas-verified", ".atlas-audiences",
                                          ".atlas-resource--global") for arg in ("--exclude-selectors", selector)]


def index_for_search(site: Path) -> int:
    """Pagefind indexes the pages marked data-pagefind-body, one index per language (from <html lang>),
    into site/pagefind/. Only the search page loads it, and only the index of its own language."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "**/index.html",
               *SEARCH_LEAVES_OUT]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout[-3000:] + result.stderr[-3000:], file=sys.stderr)
    else:
        size = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 1e6
        print(f"  search index: {time.perf_counter() - started:.1f} s, {size:.1f} MB", flush=True)
    return result.returncode


def languages_in_order(dataset) -> list[str]:
    return [SOURCE_LANG] + sorted(code for code in dataset.languages if code != SOURCE_LANG)


def build_site(site_dir: Path, languages: list[str] | None = None, jobs: int = 2) -> int:
    try:
        dataset = load()
    except DataError as error:
        print("\n".join(str(p) for p in error.problems), file=sys.stderr)
        print("\nNothing was built.", file=sys.stderr)
        return 1
    langs = languages or languages_in_order(dataset)
    site_dir = Path(site_dir).resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".atlas-build-", dir=site_dir.parent))
    try:
        dataset.precomputed["translation_status"] = status_table(dataset)
        validated = save_validated(dataset, staging / "dataset.pickle")
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(lambda lang: build_language(lang, staging / lang, validated), langs))
        failed = [(lang, output) for lang, code, output in results if code != 0]
        for lang, output in failed:
            print(f"--- {lang} failed ---\n{output}", file=sys.stderr)
        if failed:
            print("\nNothing was written to " + str(site_dir), file=sys.stderr)
            return 1
        assembled = staging / "site"
        (staging / langs[0]).rename(assembled)
        for lang in langs[1:]:
            (staging / lang).rename(assembled / lang)
        if index_for_search(assembled) != 0:
            print("\nSearch indexing failed; nothing was written to " + str(site_dir), file=sys.stderr)
            return 1
        if site_dir.exists():
            shutil.rmtree(site_dir)
        assembled.rename(site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print(f"Built {', '.join(langs)} into {site_dir}")
    return 0
