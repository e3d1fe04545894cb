"""Quick exit (GOV.UK "Exit this page"): button, keyboard, and without JavaScript."""
import pytest

from macros.i18n import Words, site_prefix

pytestmark = pytest.mark.browser

EXIT_URL = "https://www.bbc.co.uk/weather"


def _open_country_page(page, base_url):
    page.goto(f"{base_url}/")
    page.goto(f"{base_url}/countries/se/kids/")


def test_exit_button_replaces_the_page_in_history(page, base_url, requests_of):
    log = requests_of(page)
    _open_country_page(page, base_url)
    page.evaluate("() => sessionStorage.setItem('x', '1')")
    page.locator("[data-atlas-exit]").click()
    page.wait_for_url(EXIT_URL + "*")
    assert log.foreign[0].startswith(EXIT_URL)
    page.go_back()
    assert "countries/se/kids" not in page.url  # the country page is no longer in history


def test_pressing_shift_three_times_exits(page, base_url, requests_of):
    requests_of(page)
    _open_country_page(page, base_url)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL + "*")


def test_the_exit_is_a_plain_link_that_works_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(status=200, body="weather"))
    page.goto(f"{base_url}/countries/se/kids/")
    link = page.locator("a[data-atlas-exit]")
    assert link.get_attribute("href") == EXIT_URL
    link.click()
    page.wait_for_url(EXIT_URL + "*")
    context.close()


def test_keyboard_reaches_the_exit_first(page, base_url):
    page.goto(f"{base_url}/countries/se/kids/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.hasAttribute('data-atlas-exit')")


def test_every_language_has_the_exit_in_its_own_words_and_it_works(browser, base_url, dataset):
    for lang, language in sorted(dataset.languages.items()):
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()
        page.route(language.quick_exit_url.rstrip("/") + "**", lambda route: route.fulfill(status=200, body="elsewhere"))
        page.goto(f"{base_url}/{site_prefix(lang)}topics/sextortion/kids/")
        link = page.locator("[data-atlas-exit]")
        assert link.inner_text().strip() == Words(dataset, lang)("quick_exit"), lang
        link.click()
        page.wait_for_url(language.quick_exit_url.rstrip("/") + "*")
        context.close()
