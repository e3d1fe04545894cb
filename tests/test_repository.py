"""Every service and guide links to a prefilled "wrong or outdated information" issue form, and that
form exists with the fields the link fills in."""
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml
from bs4 import BeautifulSoup

from macros import repository

ROOT = Path(__file__).resolve().parents[1]


def form_field_ids(name: str) -> set[str]:
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / name).read_text(encoding="utf-8"))
    return {item["id"] for item in form["body"] if "id" in item}


def test_the_mistake_link_names_a_form_that_exists_with_the_fields_it_fills():
    query = parse_qs(urlsplit(repository.report_mistake_url("se-bris", "countries/se/")).query)
    filled = set(query) - {"template"}
    assert filled == {"subject", "page"}
    assert filled <= form_field_ids(query["template"][0])


def test_the_repository_comes_from_the_environment_when_set(monkeypatch):
    monkeypatch.setenv("ATLAS_REPOSITORY", "https://github.com/some-ngo/atlas-fork/")
    url = repository.report_mistake_url("se-bris", "sv/countries/se/kids/")
    assert url.startswith("https://github.com/some-ngo/atlas-fork/issues/new?")
    assert parse_qs(urlsplit(url).query)["page"] == ["sv/countries/se/kids/"]
    assert repository.contributing_url() == "https://github.com/some-ngo/atlas-fork/blob/main/CONTRIBUTING.md"


def mistake_query(card):
    link = card.select_one("a[href*='/issues/new?']")
    assert link is not None, card["data-resource"]
    return parse_qs(urlsplit(link["href"]).query)


def test_every_service_on_a_country_page_links_to_its_own_mistake_report(site, dataset):
    # A country's own services carry the link on its page; a service of every country carries it on the
    # page of such services, which its short card on the country page links to.
    page = BeautifulSoup((site / "sv" / "countries" / "se" / "teens" / "index.html").read_text(encoding="utf-8"), "html.parser")
    cards = page.select("article.atlas-resource")
    assert cards and page.select("article.atlas-resource--global")
    everywhere = BeautifulSoup((site / "sv" / "everywhere" / "teens" / "index.html").read_text(encoding="utf-8"), "html.parser")
    for card in cards:
        if "atlas-resource--global" in card["class"]:
            more = card.select_one(".atlas-verified a")["href"]
            assert more.endswith(f"everywhere/teens/#{card['data-resource']}"), more
            card = everywhere.select_one(f"article#{card['data-resource']}")
            assert mistake_query(card)["page"] == ["sv/everywhere/teens/"]
        else:
            assert mistake_query(card)["page"] == ["sv/countries/se/teens/"]
        assert mistake_query(card)["subject"] == [card["data-resource"]]


def test_every_platform_guide_links_to_its_own_mistake_report(site, dataset):
    for slug in dataset.platforms:
        page = BeautifulSoup((site / "platforms" / slug / "parents" / "index.html").read_text(encoding="utf-8"), "html.parser")
        for section in page.select("section.atlas-guide"):
            link = section.select_one("a[href*='/issues/new?']")
            assert link is not None, (slug, section["id"])
            assert parse_qs(urlsplit(link["href"]).query)["subject"] == [f"{slug}: {section['id'].replace('-', '_')}"]


def test_the_help_us_page_links_to_the_contributing_guide(site):
    page = BeautifulSoup((site / "help-us" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one(f"a[href='{repository.contributing_url()}']") is not None
