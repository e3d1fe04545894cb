"""What a first visit costs a child on a phone: every byte the browser fetches for one page, JavaScript
on, empty cache, at 390 x 844, as gzip would send it (GitHub Pages compresses text). A measuring
script, never a timed test; `tests/browser/test_weight_and_print.py` asserts its figures only
against the budget.

    python -m tests.bench.first_visit site/ [--langs en,ar,zh-Hans] [--budget 60]
"""
from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from tests.serve import serve

PAGES = {
    "home": "",
    "country": "countries/hk/kids/",
    "country-home": "countries/hk/",
    "platform": "platforms/instagram/teens/",
    "topic": "topics/sextortion/kids/",
}
PHONE = {"width": 390, "height": 844}


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def first_visit(browser, base_url: str, path: str) -> dict:
    """Bytes fetched for one page: raw, and gzip-compressed as a static host would send them."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=True)
    page = context.new_page()
    fetched: dict[str, bytes] = {}

    def keep(response):
        try:
            fetched[response.url] = response.body()
        except Exception:  # noqa: BLE001 - a redirect or aborted request has no body
            fetched.setdefault(response.url, b"")

    page.on("response", keep)
    page.goto(f"{base_url}/{path}", wait_until="networkidle")
    page.wait_for_timeout(300)  # anything a script fetches after load counts too
    context.close()
    return {
        "requests": len(fetched),
        "raw": sum(len(b) for b in fetched.values()),
        "gzip": sum(len(gzip.compress(b, 9)) if b else 0 for b in fetched.values()),
        "urls": sorted(fetched),
    }


def measure(site: Path, langs: list[str], chromium: str) -> list[tuple[str, str, dict]]:
    from playwright.sync_api import sync_playwright

    rows = []
    with serve(site) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for lang in langs:
            for kind, path in PAGES.items():
                rows.append((lang, kind, first_visit(browser, base_url, prefix(lang) + path)))
        browser.close()
    return rows


def main(argv=None) -> int:
    import shutil

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--langs", default="en,ar,zh-Hans,sv")
    parser.add_argument("--budget", type=float, default=60.0, help="KB gzip; rows above it are marked")
    args = parser.parse_args(argv)
    rows = measure(args.site, args.langs.split(","), shutil.which("chromium") or "chromium")
    print("| language | page | requests | KB raw | KB gzip |\n| --- | --- | ---: | ---: | ---: |")
    over = 0
    for lang, kind, r in rows:
        mark = " (over budget)" if r["gzip"] / 1024 > args.budget else ""
        over += bool(mark)
        print(f"| {lang} | {kind} | {r['requests']} | {r['raw'] / 1024:.1f} | {r['gzip'] / 1024:.1f}{mark} |")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
