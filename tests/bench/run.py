"""make bench: build a synthetic data set and measure the build, never in a timed test.

For each N it prints build seconds, peak memory of the largest process, page count, the largest
page's HTML, and the ratio of build time to Material building the same number of plain Markdown
pages in one process. `--mode i18n` builds the same pages with mkdocs-static-i18n instead of one
MkDocs run per language, for the comparison recorded in tests/bench/README.md.

    python -m tests.bench.run --countries 50,200 --mode per-language,i18n
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.synthetic import write_dataset
from tests.sitebuild import copy_hand_pages

ROOT = Path(__file__).resolve().parents[2]
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run(sys.argv[2:], capture_output=True, text=True, cwd=sys.argv[1])
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "code": result.returncode, "tail": (result.stdout + result.stderr)[-3000:],
                  "stdout": result.stdout[-20000:],
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measure(command: list[str], env: dict, cwd: Path = ROOT) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(cwd), *command], env=env, capture_output=True, text=True)
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise SystemExit(f"build failed:\n{result['tail']}")
    return result


def site_stats(site: Path) -> tuple[int, int]:
    pages = list(site.rglob("*.html"))
    pages = [p for p in pages if "embed" not in p.relative_to(site).parts]
    return len(pages), max(p.stat().st_size for p in pages)


def i18n_config(work: Path, docs: Path, site: Path) -> Path:
    # Beside mkdocs.yml, because MkDocs resolves custom_dir, hooks and the macros module from there.
    config = ROOT / f".bench-mkdocs-i18n-{work.name}.yml"
    languages = "\n".join(
        f"            - locale: {code}\n              name: {code}\n              build: true" + ("\n              default: true" if code == "en" else "")
        for code in ("en", "sv", "ar"))
    config.write_text(f"""INHERIT: {ROOT / 'mkdocs.yml'}
docs_dir: {docs}
site_dir: {site}
plugins:
  - search
  - i18n:
      docs_structure: folder
      languages:
{languages}
  - macros:
      module_name: macros
      on_undefined: strict
      on_error_fail: true
""")
    return config


def mean_text_chars(site: Path, sample: int = 400) -> int:
    """The mean length of the text a reader sees in a page's article, over an even sample of the pages."""
    pages = sorted(p for p in site.rglob("*.html") if "embed" not in p.relative_to(site).parts)
    step = max(1, len(pages) // sample)
    lengths = []
    for page in pages[::step]:
        page_html = page.read_text(encoding="utf-8")
        start = page_html.find('<article class="md-content__inner')  # the page's article holds the cards' articles
        text = re.sub(r"<[^>]+>", " ", page_html[start:page_html.rfind("</article>")]) if start >= 0 else ""
        lengths.append(len(" ".join(html.unescape(text).split())))
    return round(sum(lengths) / len(lengths))


def plain_body(text_chars: int) -> str:
    """Markdown whose text is about `text_chars` long: headings, paragraphs and lists, like a help page."""
    block = ["## A heading", "Some plain words in a paragraph, about as long as a help card. " * 6, "- one\n- two\n- three"]
    block_chars = sum(len(part) for part in block)
    return "\n\n".join(block * max(1, round(text_chars / block_chars)))


def baseline(work: Path, page_count: int, text_chars: int) -> float:
    """Material building the same number of plain Markdown pages of the same text size, in one process,
    small nav (the target: "plain Markdown pages of the same text size")."""
    docs = work / "plain-docs"
    body = plain_body(text_chars)
    for i in range(page_count):
        page = docs / f"p{i // 100}" / f"page{i}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# Page {i}\n\n{body}\n")
    (docs / "index.md").write_text("# Home\n")
    config = work / "plain.yml"
    config.write_text(f"site_name: plain\ndocs_dir: {docs}\nsite_dir: {work / 'plain-site'}\n"
                      "theme: {name: material, font: false}\nnav: [index.md]\nplugins: [search]\n")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], env)["seconds"]


def run(countries: int, mode: str) -> dict:
    work = Path(tempfile.mkdtemp(prefix="atlas-bench-"))
    try:
        count = write_dataset(work / "data", countries)
        docs = copy_hand_pages(work / "docs")
        env = dict(os.environ, ATLAS_DATA_DIR=str(work / "data"), ATLAS_DOCS_DIR=str(docs), NO_MKDOCS_2_WARNING="1")
        site = work / "site"
        if mode == "per-language":
            result = measure([sys.executable, "-m", "macros", "build", "--site-dir", str(site)], env)
        else:
            env["ATLAS_I18N_PLUGIN"] = "1"
            result = measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(i18n_config(work, docs, site))], env)
        for leftover in ROOT.glob(f".bench-mkdocs-i18n-{work.name}.yml"):
            leftover.unlink()
        pages, largest = site_stats(site)
        text_chars = mean_text_chars(site)
        plain = baseline(work, pages, text_chars)
        per_language = re.findall(r"^  (\S+): ([0-9.]+) s, ([0-9.]+) MB$", result["stdout"], re.M)
        return {"per_language": per_language,
                "mode": mode, "countries": count, "seconds": round(result["seconds"], 1), "peak_mb": round(result["peak_mb"]),
                "pages": pages, "text_chars": text_chars, "largest_page_kb": round(largest / 1024, 1), "plain_seconds": round(plain, 1),
                "ratio": round(result["seconds"] / plain, 2)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", default="50,100,200,250")
    parser.add_argument("--mode", default="per-language")
    args = parser.parse_args(argv)
    print(f"{'mode':13} {'countries':>9} {'seconds':>8} {'peak MB':>8} {'pages':>6} {'largest KB':>10} {'text ch':>7} {'plain s':>8} {'ratio':>6}")
    for mode in args.mode.split(","):
        for n in (int(x) for x in args.countries.split(",")):
            r = run(n, mode)
            print(f"{r['mode']:13} {r['countries']:>9} {r['seconds']:>8} {r['peak_mb']:>8} {r['pages']:>6} "
                  f"{r['largest_page_kb']:>10} {r['text_chars']:>7} {r['plain_seconds']:>8} {r['ratio']:>6}", flush=True)
            for lang, seconds, megabytes in r["per_language"]:
                print(f"    {lang:14} {seconds:>7} s {megabytes:>7} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
