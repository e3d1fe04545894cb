"""Pieces of hand-written pages that come from data: the country picker, the coverage table and the
translation status table."""
from __future__ import annotations

from babel import Locale, UnknownLocaleError

from .coverage import EXPECTED_TYPES, coverage_rows
from markupsafe import escape

from .build import languages_in_order
from .i18n import SOURCE_LANG, Words, site_prefix
from .pages import PageRef
from .render import Renderer, one_block
from .translations import status_table


def home_countries(renderer: Renderer, page_url: str) -> str:
    words = renderer.words
    groups: dict[str, list[str]] = {}
    for cc in renderer.countries_by_name:
        groups.setdefault(words.country(cc)[:1].upper(), []).append(cc)
    html = renderer.env.get_template("country-picker.html.j2").render(
        groups=list(groups.items()), names={cc: country_names(renderer, cc) for cc in renderer.dataset.countries},
        url=renderer.url_from(page_url), PageRef=PageRef)
    return one_block(html)


def country_names(renderer: Renderer, cc: str) -> str:
    """Every name a reader may type for a country: in the site's language, in English, and in each of
    the country's own languages (CLDR), folded for matching."""
    names = {renderer.words.country(cc), Locale(SOURCE_LANG).territories.get(cc.upper(), cc)}
    for code in renderer.dataset.countries[cc].languages:
        try:
            names.add(Locale.parse(code.replace("-", "_")).territories.get(cc.upper()) or "")
        except (ValueError, UnknownLocaleError):
            continue
    return " | ".join(sorted(n.casefold() for n in names if n))


def coverage_table(renderer: Renderer, page_url: str) -> str:
    html = renderer.env.get_template("coverage.html.j2").render(
        rows=coverage_rows(renderer.dataset), types=EXPECTED_TYPES, url=renderer.url_from(page_url), PageRef=PageRef)
    return one_block(html)


def translation_status(renderer: Renderer, page_url: str) -> str:
    html = renderer.env.get_template("translation-status.html.j2").render(
        rows=status_table(renderer.dataset), url=renderer.url_from(page_url))
    return one_block(html)


def languages_page(renderer: Renderer, page_url: str) -> str:
    """Every language of the site, named in itself, linking to its home page (the menu's no-JavaScript way)."""
    url = renderer.url_from(page_url)
    items = "".join(
        f'<li><a href="{escape(url("") + ("../" if site_prefix(renderer.words.lang) else "") + site_prefix(code))}" '
        f'hreflang="{escape(code)}" lang="{escape(code)}">{escape(Words(renderer.dataset, code).own_name)}</a></li>'
        for code in languages_in_order(renderer.dataset))
    return f'<ul class="atlas-list atlas-list--columns" data-search-exclude>{items}</ul>'


def languages_json(dataset) -> list[dict]:
    """site/languages.json: what the language menu lists on every page (with JavaScript)."""
    return [{"lang": code, "name": Words(dataset, code).own_name, "prefix": site_prefix(code)}
            for code in languages_in_order(dataset)]
