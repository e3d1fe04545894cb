"""Search (Pagefind): opened from the header, it finds a page in English, right-to-left Arabic and
Chinese (no spaces between words), from this language's own index, on the site only."""
import time

import pytest

pytestmark = pytest.mark.browser

QUERIES = [("en", "", "Sweden", "/countries/se/"), ("ar", "ar/", "السويد", "/ar/countries/se/"),
           ("zh-Hans", "zh-Hans/", "瑞典", "/zh-Hans/countries/se/"), ("en", "", "Instagram", "/platforms/instagram/")]


@pytest.mark.parametrize("lang,prefix,query,expected", QUERIES)
def test_search_finds_the_page_in_its_language(page, base_url, requests_of, lang, prefix, query, expected):
    log = requests_of(page)
    page.goto(f"{base_url}/{prefix}countries/")
    page.locator("a.atlas-search-link").click()
    page.wait_for_url(f"{base_url}/{prefix}search/")
    box = page.locator(".pagefind-ui__search-input")
    box.wait_for()
    started = time.perf_counter()
    box.fill(query)
    page.wait_for_selector(f".pagefind-ui__result-link[href^='{expected}']", timeout=10000)
    print(f"\n{lang} '{query}': first result after {time.perf_counter() - started:.2f} s")
    assert log.foreign == []
    index = lang.lower()
    assert any(f"/pagefind/index/{index}_" in url or f"/pagefind/fragment/{index}_" in url for url in log.all), log.all


def test_without_javascript_the_search_page_points_to_the_lists(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/search/")
    assert page.locator(".atlas-search-without-js a[href='../countries/']").is_visible()
    context.close()
