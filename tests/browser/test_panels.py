"""The help panel: on its own (as a platform would show it) and inside a topic page opened from a
country page."""
import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_panel_alone_makes_no_foreign_request(page, base_url, requests_of, artifacts, lang):
    log = requests_of(page)
    page.goto(f"{base_url}/embed/{lang}/se/kids.html")
    page.screenshot(path=str(artifacts / f"panel-{lang}-se-kids.png"))
    assert log.foreign == []
    assert log.all == [f"{base_url}/embed/{lang}/se/kids.html", f"{base_url}/embed/panel.css"]
    assert page.locator("a[href='tel:112']").is_visible()


def test_topic_opened_from_a_country_page_shows_that_countrys_help(page, base_url, requests_of):
    log = requests_of(page)
    page.goto(f"{base_url}/countries/se/kids/")
    page.locator("#topics + ul a").first.click()
    page.wait_for_selector(".atlas-panel a[href='tel:112']")
    assert "Bris" in page.locator(".atlas-panel").inner_text()
    assert log.foreign == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_law_topic_opened_from_a_country_page_shows_that_countrys_law(page, base_url, requests_of, dataset, lang):
    log = requests_of(page)
    prefix = "" if lang == "en" else f"{lang}/"
    page.goto(f"{base_url}/{prefix}topics/telling-the-police/teens/?cc=se")
    page.wait_for_selector("[data-atlas-country-law] [data-atlas-law]")
    box = page.locator("[data-atlas-country-law]").inner_text()
    assert str(dataset.laws["se"].criminal_responsibility_age.age) in box
    assert dataset.laws["se"].police_reporting.non_emergency in box
    assert log.foreign == []


def test_the_home_page_offers_the_browsers_language_and_never_forces_it(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="sv-SE")
    page = context.new_page()
    page.goto(f"{base_url}/")
    assert page.url == f"{base_url}/"  # not redirected
    offer = page.locator("[data-atlas-language-offer] a")
    offer.wait_for()
    assert offer.get_attribute("hreflang") == "sv" and offer.inner_text().strip() == "svenska"
    offer.click()
    page.wait_for_url(f"{base_url}/sv/")
    assert page.locator("[data-atlas-language-offer]").is_hidden()  # already in the reader's language
    context.close()
