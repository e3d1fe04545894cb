"""How heavy the built site is: per language, the HTML of country audience pages (median and largest,
raw bytes as stored) and the size of the language's folder. A measuring script, never a test.

    python -m tests.bench.page_weight site/          # every language built into site/
"""
from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from macros.i18n import site_prefix
from macros.models import AUDIENCES


def country_page_sizes(lang_root: Path, audience: str) -> list[int]:
    return sorted(p.stat().st_size for p in lang_root.glob(f"countries/*/{audience}/index.html"))


def language_megabytes(site: Path, lang: str, others: list[str]) -> float:
    """A language's own pages; the site root (English) also holds the other languages, the API, the help
    panels and the search index, which are left out."""
    root = site / site_prefix(lang)
    shared = set(others) | {"api", "embed", "pagefind"} if not site_prefix(lang) else set()
    files = [p for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] not in shared]
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    args = parser.parse_args(argv)
    others = sorted(p.name for p in args.site.iterdir() if p.is_dir() and (p / "countries").is_dir())
    langs = others + ["en"]
    print("| language | site MB | " + " | ".join(f"{a} median KB | {a} largest KB" for a in AUDIENCES) + " |")
    print("| --- | ---: | " + " | ".join("---: | ---:" for _ in AUDIENCES) + " |")
    for lang in sorted(langs):
        root = args.site / site_prefix(lang)
        cells = []
        for audience in AUDIENCES:
            sizes = country_page_sizes(root, audience)
            cells += [f"{statistics.median(sizes) / 1024:.1f}", f"{sizes[-1] / 1024:.1f}"]
        print(f"| {lang} | {language_megabytes(args.site, lang, others):.1f} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
