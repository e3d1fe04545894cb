"""A country page in English and Arabic: right direction, and no request leaves the site."""
import pytest

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": "",
    "country": "countries/se/kids/",
    "country-home": "countries/se/",
    "platform": "platforms/instagram/teens/",
    "topic": "topics/sextortion/teens/",
    "index": "countries/",
}


@pytest.mark.parametrize("lang,direction", [("", "ltr"), ("ar/", "rtl"), ("sv/", "ltr")])
def test_country_page_direction_and_no_foreign_requests(page, base_url, requests_of, lang, direction):
    log = requests_of(page)
    page.goto(f"{base_url}/{lang}countries/eg/kids/")
    page.wait_for_load_state("networkidle")
    assert page.locator("body").get_attribute("dir") == direction
    assert page.locator("html").get_attribute("lang") == (lang.strip("/") or "en")
    assert page.locator(".atlas-emergency a[href^='tel:']").first.is_visible()
    assert log.foreign == []
    assert len(log.all) >= 3  # the page, its CSS and its scripts were really requested and recorded
    assert page.context.cookies() == []


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_every_page_type_stays_on_the_site_and_sets_no_cookie_or_storage(page, base_url, requests_of, kind):
    log = requests_of(page)
    page.goto(f"{base_url}/{PAGE_TYPES[kind]}")
    page.wait_for_load_state("networkidle")
    assert log.foreign == []
    assert page.context.cookies() == []
    stored = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert stored == [0, 0]


def test_no_page_but_the_search_page_downloads_anything_for_search(page, base_url, requests_of):
    log = requests_of(page)
    page.goto(f"{base_url}/ar/countries/eg/kids/")
    page.wait_for_load_state("networkidle")
    assert not any("pagefind" in url or "search" in url.rsplit("/", 2)[-2:][0] for url in log.all), log.all


def test_search_runs_on_the_site_only(page, base_url, requests_of):
    log = requests_of(page)
    page.goto(f"{base_url}/sv/search/")
    page.locator(".pagefind-ui__search-input").fill("Sverige")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=10000)
    assert log.foreign == []
    assert any("/pagefind/" in url for url in log.all)
