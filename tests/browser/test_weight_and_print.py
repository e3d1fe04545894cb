"""A cheap phone on a slow line: a first visit stays within its budget, and a country page prints as
one help card."""
import re

import pytest

pytestmark = pytest.mark.browser

from tests.bench.first_visit import PAGES, first_visit, prefix

BUDGET_KB = 60  # everything a first visit fetches, JavaScript on, at phone size, as gzip would send it


@pytest.mark.parametrize("lang", ["en", "ar", "zh-Hans", "am"])
def test_a_first_visit_stays_within_the_budget(browser, base_url, artifacts, lang):
    rows = {kind: first_visit(browser, base_url, prefix(lang) + path) for kind, path in PAGES.items()}
    report = [f"{kind:14} {r['requests']:3} requests {r['raw'] / 1024:7.1f} KB raw {r['gzip'] / 1024:6.1f} KB gzip"
              for kind, r in rows.items()]
    (artifacts / f"first-visit-{lang}.txt").write_text("\n".join(report) + "\n")
    print("\n" + "\n".join(f"{lang} {line}" for line in report))
    over = {kind: round(r["gzip"] / 1024, 1) for kind, r in rows.items() if r["gzip"] > BUDGET_KB * 1024}
    assert over == {}, over
    assert all(not any("pagefind" in url for url in r["urls"]) for r in rows.values())


@pytest.mark.parametrize("lang", ["", "ar/"])
def test_country_page_prints_as_one_help_card(page, base_url, artifacts, lang):
    page.goto(f"{base_url}/{lang}countries/gb/parents/")
    pdf = page.pdf(format="A4", print_background=False)
    (artifacts / f"help-card-{lang.strip('/') or 'en'}.pdf").write_bytes(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the help card prints on {pages} pages"
    page.emulate_media(media="print")
    assert page.locator("#help-card a[href^='tel:']").first.is_visible()
    assert not page.locator("[data-atlas-exit]").is_visible()
    assert not page.locator("#platforms").is_visible()
