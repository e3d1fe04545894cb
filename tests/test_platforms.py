"""Platform guides: every step set is sourced and dated, every platform renders for every audience
and language, kids get the fewest guides, and the API carries the same steps."""
import datetime as dt
import json
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from macros.models import AUDIENCES, DEFAULT_GUIDE_AUDIENCES

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_FILES = sorted((ROOT / "data" / "platforms").glob("*.yml"))
LANGS = ("en", "sv", "ar")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_step_set_has_a_source_and_a_date():
    # Read the files as text, not through the models, so this holds even if the schema changes.
    checked = 0
    for path in PLATFORM_FILES:
        guides = yaml.safe_load(path.read_text(encoding="utf-8"))["guides"]
        for action, guide in guides.items():
            assert str(guide.get("source", "")).startswith("https://"), f"{path.name}: {action}: no https source"
            assert isinstance(guide.get("last_verified"), dt.date), f"{path.name}: {action}: no last_verified date"
            assert guide["last_verified"] <= dt.date.today(), f"{path.name}: {action}: date in the future"
            checked += 1
    assert checked >= len(PLATFORM_FILES)


def test_every_platform_renders_for_every_audience_and_language(site, dataset):
    for lang in LANGS:
        root = site if lang == "en" else site / lang
        for slug, platform in dataset.platforms.items():
            for audience in AUDIENCES:
                page = soup(root / "platforms" / slug / audience / "index.html")
                shown = {s["id"].replace("-", "_") for s in page.select("section.atlas-guide")}
                expected = {a for a, g in platform.guides.items() if audience in g.audiences}
                assert shown == expected, (lang, slug, audience)
                # With no checked steps for this audience, the page says so and points to the official help.
                assert bool(page.select_one(".atlas-no-guides")) == (not expected), (lang, slug, audience)
                # Every platform page ends with what to do after blocking, and a way to the country's helpline.
                after = page.select_one("section#after-block")
                assert after is not None and after.select_one("[data-atlas-country-help] a[href]") is not None


def test_kids_get_the_fewest_guides_and_parents_the_family_tools(dataset):
    for platform in dataset.platforms.values():
        per_audience = {a: {k for k, g in platform.guides.items() if a in g.audiences} for a in AUDIENCES}
        assert per_audience["kids"] <= per_audience["teens"] <= per_audience["parents"], platform.id
        if "family_tools" in platform.guides:
            assert "family_tools" not in per_audience["kids"] | per_audience["teens"], platform.id
    assert DEFAULT_GUIDE_AUDIENCES["mute_restrict"] == ["teens", "parents"]


def test_every_country_page_lists_every_platform(site, dataset):
    page = soup(site / "countries" / "ke" / "teens" / "index.html")
    linked = {a["href"].split("/")[-3] for a in page.select("#platforms + ul a")}
    assert linked == set(dataset.platforms)


def test_the_api_carries_each_platforms_steps(site, dataset):
    for slug, platform in dataset.platforms.items():
        published = json.loads((site / "api" / "v1" / "platforms" / f"{slug}.json").read_text(encoding="utf-8"))
        for action, guide in platform.guides.items():
            assert published["guides"][action]["steps"] == guide.steps, (slug, action)
            assert published["guides"][action]["source"] == guide.source
            assert published["guides"][action]["audiences"] == guide.audiences


def test_country_pages_show_the_minimum_ages_that_country_sets_apart(site, dataset):
    # The usual minimum age is on each app's page; a country page shows where its own differs (e.g. 16+ in Australia).
    shown_somewhere = 0
    for cc in ("au", "de", "ke"):
        page = soup(site / "countries" / cc / "parents" / "index.html")
        for item in page.select("#platforms + ul li"):
            slug = item.a["href"].split("/")[-3]
            platform = dataset.platforms[slug]
            age = platform.minimum_age_in(cc)
            expected = f"{age}+" if age is not None and age != platform.minimum_age else None
            shown = item.select_one(".atlas-age")
            assert (shown.get_text() if shown else None) == expected, (cc, slug)
            shown_somewhere += shown is not None
    assert shown_somewhere >= 5  # Australia's under-16 law alone sets several apart


def test_a_country_exception_overrides_the_minimum_age_only_there():
    from macros.models import Platform

    platform = Platform.model_validate({
        "id": "app", "name": "App", "category": "social", "minimum_age": 13, "help_url": "https://example.org/help",
        "minimum_age_exceptions": [{"countries": ["au"], "minimum_age": 16, "source": "https://example.org/au",
                                    "last_verified": "2026-01-01"}],
        "guides": {"block": {"steps": {"all": ["Tap Block."]}, "source": "https://example.org/b", "last_verified": "2026-01-01"},
                   "family_tools": {"steps": {"all": ["Open Family."]}, "source": "https://example.org/f", "last_verified": "2026-01-01"}},
        "last_verified": "2026-01-01",
    })
    assert (platform.minimum_age_in("au"), platform.minimum_age_in("se")) == (16, 13)
    assert platform.guides["block"].audiences == ["kids", "teens", "parents"]
    assert platform.guides["family_tools"].audiences == ["parents"]
