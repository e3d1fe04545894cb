"""Render generated pages to HTML from typed data, with no MkDocs involved.

Every string from data goes through Jinja's autoescape, and the result is never rendered as a
template again, so markup or {{ }} written in a data file is shown as text and never runs. The HTML
is one block with no blank lines, so Markdown passes it through untouched.
"""
from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import phonenumbers
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import links
from .dataset import Dataset
from .i18n import Words, country_sort_key, site_prefix
from .localize import localized
from .models import AUDIENCES, GUIDE_ACTIONS, PHONE_KINDS, Resource
from .pages import PageRef
from .repository import report_mistake_url

# Data a platform page links to when it exists: the image-removal service whose limits explain what
# encryption means for removal, and the parents' topic on talking about it.
TAKE_IT_DOWN = "take-it-down"
TALK_WITH_YOUR_CHILD = "talking-with-your-child"

TEMPLATES = Path(__file__).with_name("templates")
# The country page opens with these, in this order; the rest follow.
FIRST_TYPES = ("helpline", "hotline")


class Renderer:
    def __init__(self, dataset: Dataset, lang: str):
        self.dataset = dataset
        self.words = Words(dataset, lang)
        self.local = localized(dataset, lang)
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
            trim_blocks=True, lstrip_blocks=True,
        )
        self.env.globals.update(t=self.words.html, words=self.words, AUDIENCES=AUDIENCES, contact_href=self.contact_href,
                                PHONE_KINDS=PHONE_KINDS, report_mistake_url=report_mistake_url)
        self.env.filters["country_name"] = self.words.country
        self.env.filters["tel_digits"] = phonenumbers.normalize_digits_only
        self.env.filters["host"] = lambda url: (urlsplit(url).hostname or url).removeprefix("www.")
        self.env.filters["paragraphs"] = lambda text: [p.strip() for p in text.split("\n\n") if p.strip()]

    # --- helpers used by templates ---
    @staticmethod
    def region_of(resource: Resource, contact) -> str:
        if contact.country:
            return contact.country
        return resource.countries[0] if isinstance(resource.countries, list) else "ZZ"

    def contact_href(self, resource: Resource, contact) -> str:
        return links.contact_href(contact, self.region_of(resource, contact))

    # --- pages ---
    @staticmethod
    def url_from(here: str):
        """A function giving the relative link from the page at `here` to a PageRef or a URL path."""
        return lambda target: links.relative(here, target.url if isinstance(target, PageRef) else target)

    def page(self, ref: PageRef) -> str:
        url = self.url_from(ref.url)
        # Help panels live at the site root, above the language folders (English is the root itself).
        embed_base = url("") + ("../" if site_prefix(self.words.lang) else "") + f"embed/{self.words.lang}/"
        # The page's own path from the site root, written into mistake reports so a maintainer can find it.
        page_path = site_prefix(self.words.lang) + ref.url
        context = dict(ref=ref, url=url, data=self.dataset, PageRef=PageRef, embed_base=embed_base, page_path=page_path)
        context.update(getattr(self, "_context_" + ref.kind.replace("-", "_"))(ref))
        html = self.env.get_template(ref.kind + ".html.j2").render(**context)
        return one_block(html)

    # --- orders shared by many pages: computed once per language, not once per page ---
    @cached_property
    def countries_by_name(self) -> list[str]:
        return sorted(self.dataset.countries, key=lambda c: country_sort_key(self.words, c))

    @cached_property
    def platforms_by_name(self) -> list:
        return sorted(self.dataset.platforms.values(), key=lambda p: p.name.casefold())

    # --- the data in this page's language (translated, or English marked as English) ---
    def resources_for(self, country: str, audience: str | None = None) -> list[Resource]:
        return [self.local.view("resources", r.id) for r in self.dataset.resources_for(country, audience)]

    def topics_for(self, audience: str) -> list:
        return [self.local.view("topics", t.id) for t in self.dataset.topics_for(audience)]

    def _context_country(self, ref):
        return dict(
            country=self.dataset.countries[ref.id], resources=self.resources_for(ref.id, ref.audience),
            platforms=self.platforms_by_name, topics=self.topics_for(ref.audience),
            law=self.dataset.laws.get(ref.id),
        )

    def _context_country_home(self, ref):
        resources = self.resources_for(ref.id)
        first = [r for t in FIRST_TYPES for r in resources if r.type == t][:2]
        return dict(country=self.dataset.countries[ref.id], first=first)

    def _context_everywhere(self, ref):
        return dict(resources=[self.local.view("resources", r.id) for r in self.dataset.global_resources_for(ref.audience)])

    def _context_platform(self, ref):
        platform = self.local.view("platforms", ref.id)
        guides = [(action, platform.guides[action]) for action in GUIDE_ACTIONS
                  if action in platform.guides and ref.audience in platform.guides[action].audiences]
        talk = TALK_WITH_YOUR_CHILD in self.dataset.topics
        return dict(platform=platform, guides=guides,
                    take_it_down=self.dataset.resources.get(TAKE_IT_DOWN),
                    talk_topic=self.local.view("topics", TALK_WITH_YOUR_CHILD) if talk else None)

    def _context_topic(self, ref):
        topic = self.local.view("topics", ref.id)
        return dict(topic=topic, variant=topic.variants[ref.audience])

    def _context_countries_index(self, ref):
        return dict(codes=self.countries_by_name)

    def _context_platforms_index(self, ref):
        return dict(platforms=self.platforms_by_name)

    def _context_topics_index(self, ref):
        return dict(by_audience=[(a, self.topics_for(a)) for a in AUDIENCES])


def one_block(html: str) -> str:
    """Strip indentation and blank lines: an indented line after a blank one would become code."""
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


@lru_cache(maxsize=16)
def renderer_for(dataset: Dataset, lang: str) -> Renderer:
    return Renderer(dataset, lang)
