"""The language menu, with JavaScript: every language, each linking to the same page, the country's
own languages first."""
import pytest

pytestmark = pytest.mark.browser


def test_the_menu_lists_every_language_for_the_same_page(page, base_url, dataset):
    page.goto(f"{base_url}/countries/eg/kids/")
    links = page.locator(".md-select__list a[hreflang]")
    links.nth(len(dataset.languages) - 1).wait_for(state="attached")
    hreflangs = [links.nth(i).get_attribute("hreflang") for i in range(links.count())]
    assert set(hreflangs) == set(dataset.languages) and len(hreflangs) == len(dataset.languages)
    assert hreflangs[0] == "ar"  # Egypt's language first
    page.evaluate("() => document.querySelector('.md-select__list a').click()")  # the menu opens on hover
    page.wait_for_url(f"{base_url}/ar/countries/eg/kids/")
