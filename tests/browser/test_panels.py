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
    assert log.all == [f"{base_url}/embed/{lang}/se/kids.html"]
    assert page.locator("a[href='tel:112']").is_visible()


def test_topic_opened_from_a_country_page_shows_that_countrys_help(page, base_url, requests_of):
    log = requests_of(page)
    page.goto(f"{base_url}/countries/se/kids/")
    page.locator("#topics + ul a").first.click()
    page.wait_for_selector(".atlas-panel a[href='tel:112']")
    assert "Bris" in page.locator(".atlas-panel").inner_text()
    assert log.foreign == []
