"""A cheap phone on a slow line: the country page's total transfer stays small, and it prints as one
help card."""
import gzip
import re

import pytest

pytestmark = pytest.mark.browser

BUDGET_BYTES = 120 * 1024  # HTML, CSS and JS of a country page, gzip-compressed


def test_country_page_transfer_budget(page, base_url, artifacts):
    sizes, other = {}, {}

    def record(response):
        budgeted = response.request.resource_type in ("document", "stylesheet", "script")
        (sizes if budgeted else other)[response.url] = len(gzip.compress(response.body()))

    page.on("response", record)
    page.goto(f"{base_url}/countries/se/kids/")
    page.wait_for_load_state("networkidle")
    total = sum(sizes.values())
    report = [f"{size:>8} {url}" for url, size in sorted(sizes.items(), key=lambda kv: -kv[1])]
    report += [f"{total:>8} total HTML, CSS and JS (gzip)", "not in the budget:"]
    report += [f"{size:>8} {url}" for url, size in sorted(other.items(), key=lambda kv: -kv[1])]
    (artifacts / "page-weight.txt").write_text("\n".join(report) + "\n")
    assert any(url.endswith("/countries/se/kids/") for url in sizes)
    assert total <= BUDGET_BYTES, f"{total} bytes gzip > {BUDGET_BYTES}"


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
