"""Help in two taps from the home page, and the audience switch keeps the country."""
import pytest

pytestmark = pytest.mark.browser


def test_home_to_a_helpline_number_in_two_taps(page, base_url):
    page.goto(f"{base_url}/")
    page.locator("[data-atlas-picker] a", has_text="Sweden").first.click()  # tap 1
    page.wait_for_url("**/countries/se/")
    tel = page.locator("#help-card a[href^='tel:']")
    assert tel.count() >= 2  # emergency number and the child helpline
    hrefs = [tel.nth(i).get_attribute("href") for i in range(tel.count())]
    assert "tel:112" in hrefs and "tel:116111" in hrefs  # tap 2 calls


def test_country_suggested_from_the_browser_language(browser, base_url):
    context = browser.new_context(locale="sv-SE")
    page = context.new_page()
    page.goto(f"{base_url}/")
    first = page.locator("[data-atlas-countries] li").first
    assert first.get_attribute("data-cc") == "se"
    context.close()


def test_audience_switch_keeps_the_country(page, base_url):
    page.goto(f"{base_url}/countries/fi/kids/")
    page.locator(".atlas-audiences a", has_text="Parents").click()
    assert page.url.endswith("/countries/fi/parents/")


def test_content_is_readable_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/countries/gb/teens/")
    assert page.locator("#help-card a[href^='tel:']").first.is_visible()
    assert "Childline" in page.locator("#help-card").inner_text()
    context.close()


def test_platform_page_to_a_helpline_number_in_two_taps_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/platforms/snapchat/kids/")
    page.locator("#after-block a", has_text="Find the helpline in your country").click()  # tap 1
    page.locator("[data-atlas-countries] a", has_text="Sweden").first.click()  # tap 2
    page.wait_for_url("**/countries/se/")
    hrefs = page.locator("#help-card a[href^='tel:']").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "tel:116111" in hrefs  # the child helpline, one more tap to call
    context.close()


def test_platform_page_opened_from_a_country_page_shows_its_helpline(page, base_url):
    page.goto(f"{base_url}/countries/se/kids/")
    page.locator("#platforms + ul").get_by_role("link", name="Snapchat", exact=True).click()  # tap 1
    page.wait_for_selector("#after-block .atlas-panel a[href='tel:116111']")  # tap 2 calls
