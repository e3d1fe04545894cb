"""Pieces of hand-written pages that come from data: the country picker, the coverage table and the
translation status table."""
from __future__ import annotations

from .coverage import EXPECTED_TYPES, coverage_rows
from .pages import PageRef
from .render import Renderer, one_block
from .translations import status_table


def home_countries(renderer: Renderer, page_url: str) -> str:
    html = renderer.env.get_template("_country_list.html.j2").render(codes=renderer.countries_by_name, url=renderer.url_from(page_url), PageRef=PageRef)
    return one_block(html)


def coverage_table(renderer: Renderer, page_url: str) -> str:
    html = renderer.env.get_template("coverage.html.j2").render(
        rows=coverage_rows(renderer.dataset), types=EXPECTED_TYPES, url=renderer.url_from(page_url), PageRef=PageRef)
    return one_block(html)


def translation_status(renderer: Renderer, page_url: str) -> str:
    html = renderer.env.get_template("translation-status.html.j2").render(
        rows=status_table(renderer.dataset), url=renderer.url_from(page_url))
    return one_block(html)
