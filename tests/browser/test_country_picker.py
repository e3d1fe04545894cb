"""Finding your country on the home page: type part of its name in the site's language, in English or
in the country's own language; without JavaScript, every country grouped by letter."""
import pytest

pytestmark = pytest.mark.browser

CASES = [("", "swe"), ("", "sver"), ("sv/", "sver"), ("ar/", "السو"), ("zh-Hans/", "瑞典")]


@pytest.mark.parametrize("prefix,typed", CASES)
def test_typing_part_of_a_name_finds_the_country(page, base_url, prefix, typed):
    page.goto(f"{base_url}/{prefix}")
    box = page.locator("[data-atlas-picker-input]")
    assert box.is_visible() and box.bounding_box()["y"] < 844, "the picker is in the first screen of a phone"
    box.fill(typed)
    shown = page.locator("[data-atlas-picker] li[data-names]:visible")
    codes = {item.get_attribute("data-cc") for item in shown.all()}
    assert "se" in codes and len(codes) < 10, codes


def test_a_name_that_matches_nothing_says_so(page, base_url):
    page.goto(f"{base_url}/")
    page.locator("[data-atlas-picker-input]").fill("zzzz")
    assert page.locator("[data-atlas-picker-none]").is_visible()


def test_without_javascript_every_country_is_listed_by_letter(browser, base_url, dataset):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{base_url}/")
    assert not page.locator("[data-atlas-picker-input]").is_visible()
    assert page.locator("[data-atlas-picker] li[data-names]").count() == len(dataset.countries)
    assert page.locator(".atlas-picker__letter").count() > 15
    context.close()
