"""Which pages the site has, where they live, and their stub files.

Every page generated from data is named by a PageRef. Its stub (front matter plus one macro call)
is written into docs/<lang>/ before MkDocs collects files, because mkdocs-macros renders pages but
cannot create them. Stubs are derived data: git ignores them and `write_stubs` rewrites them.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from .dataset import Dataset
from .i18n import SOURCE_LANG, Words
from .localize import localized
from .models import AUDIENCES

GENERATED_FOLDERS = ("countries", "platforms", "topics", "everywhere")


@dataclass(frozen=True)
class PageRef:
    kind: str  # country | country-home | everywhere | platform | topic | countries-index | platforms-index | topics-index
    id: str = ""
    audience: str = ""

    @property
    def src(self) -> str:
        """Source path below docs/<lang>/."""
        return {
            "country": f"countries/{self.id}/{self.audience}.md",
            "country-home": f"countries/{self.id}/index.md",
            # The services of every country, in full: a country page shows them short and links here.
            "everywhere": f"everywhere/{self.audience}.md",
            "platform": f"platforms/{self.id}/{self.audience}.md",
            "topic": f"topics/{self.id}/{self.audience}.md",
            "countries-index": "countries/index.md",
            "platforms-index": "platforms/index.md",
            "topics-index": "topics/index.md",
        }[self.kind]

    @property
    def url(self) -> str:
        """Public URL path below the language root; part of the public URL scheme, keep it stable."""
        src = self.src.removesuffix(".md")
        return src.removesuffix("index") if src.endswith("index") else src + "/"

    def with_audience(self, audience: str) -> "PageRef":
        return PageRef(self.kind, self.id, audience)


def hand_pages(lang_docs: Path) -> list[Path]:
    """The hand-written pages of one language folder: everything but the generated stubs."""
    if not lang_docs.is_dir():
        return []
    pages = []
    for entry in lang_docs.iterdir():  # the generated folders hold a thousand stubs: never walked
        if entry.is_dir() and entry.name not in GENERATED_FOLDERS:
            pages += entry.rglob("*.md")
        elif entry.suffix == ".md":
            pages.append(entry)
    return sorted(pages)


def all_pages(dataset: Dataset) -> list[PageRef]:
    pages = [PageRef("countries-index"), PageRef("platforms-index"), PageRef("topics-index")]
    for cc in sorted(dataset.countries):
        pages.append(PageRef("country-home", cc))
        pages += [PageRef("country", cc, a) for a in AUDIENCES]
    pages += [PageRef("everywhere", "", a) for a in AUDIENCES if dataset.global_resources_for(a)]
    for slug in sorted(dataset.platforms):
        pages += [PageRef("platform", slug, a) for a in AUDIENCES]
    for slug, topic in sorted(dataset.topics.items()):
        pages += [PageRef("topic", slug, a) for a in AUDIENCES if a in topic.audiences]
    return pages


def title(ref: PageRef, dataset: Dataset, words: Words) -> str:
    if ref.kind in ("country", "country-home"):
        name = words("country_page_title", country=words.country(ref.id))
        return name if ref.kind == "country-home" else f"{name} ({words('audience_' + ref.audience)})"
    if ref.kind == "everywhere":
        return f"{words('everywhere_title')} ({words('audience_' + ref.audience)})"
    if ref.kind == "platform":
        return f"{words('platform_page_title', platform=dataset.platforms[ref.id].name)} ({words('audience_' + ref.audience)})"
    if ref.kind == "topic":
        return localized(dataset, words.lang).plain("topics", ref.id, ("variants", ref.audience, "title"))
    return words({"countries-index": "all_countries", "platforms-index": "all_platforms", "topics-index": "all_topics"}[ref.kind])


def translated_files(ref: PageRef, dataset: Dataset) -> list[tuple[str, str]]:
    """The (kind, id) of every translated source file whose text a page shows."""
    if ref.kind == "topic":
        return [("topics", ref.id)]
    if ref.kind == "platform":
        return [("platforms", ref.id)]
    if ref.kind in ("country", "country-home"):
        topics = [("topics", t.id) for t in dataset.topics_for(ref.audience)] if ref.kind == "country" else []
        return [("resources", r.id) for r in dataset.resources_for(ref.id, ref.audience or None)] + topics
    if ref.kind == "everywhere":
        return [("resources", r.id) for r in dataset.global_resources_for(ref.audience)]
    if ref.kind == "topics-index":
        return [("topics", t) for t in sorted(dataset.topics)]
    return []


def translation_notes(ref: PageRef, dataset: Dataset, lang: str) -> dict:
    """What the page must say about its translation: machine-assisted and not yet reviewed; partly English."""
    local = localized(dataset, lang)
    states = [local.state(kind, id) for kind, id in translated_files(ref, dataset)] + [local.strings_state]
    return {
        "machine_assisted": any(s.unreviewed_machine_text for s in states),
        "partly_english": any(not s.complete for s in states),
    }


def languages_first(ref: PageRef, dataset: Dataset) -> list[str]:
    """On a country's pages, the site languages spoken there come first in the language menu."""
    if ref.kind not in ("country", "country-home"):
        return []
    spoken = dataset.countries[ref.id].languages
    return [code for code in dataset.languages
            if any(code == s or code.split("-")[0] == s.split("-")[0] for s in spoken)]


def render_stub(dataset: Dataset, meta: dict, src_uri: str) -> str:
    """A generated page's HTML, left as a placeholder for Markdown to pass through (see deferred)."""
    from . import deferred
    from .render import renderer_for

    ref = PageRef(meta["kind"], meta["id"], meta["audience"])
    return deferred.stash(src_uri, renderer_for(dataset, meta["lang"]).page(ref))


def stub_text(ref: PageRef, dataset: Dataset, words: Words) -> str:
    atlas = {"kind": ref.kind, "id": ref.id, "audience": ref.audience, "lang": words.lang,
             "languages_first": languages_first(ref, dataset)}
    if words.lang != SOURCE_LANG:
        atlas.update(translation_notes(ref, dataset, words.lang))
    meta = {
        # Themes print the title into <title> and search results unescaped: escape it here.
        "title": html.escape(title(ref, dataset, words), quote=False),
        "atlas": atlas,
        "hide": ["toc"],
        # The MkDocs hook renders the page (on_page_markdown) without mkdocs-macros compiling the same
        # one-line template again for each of a language's thousand pages. The stub keeps
        # {{ atlas_page() }}: a renderer without MkDocs hooks (Zensical) needs only this flag dropped.
        "render_macros": False,
    }
    # JSON is valid YAML and quotes every value, so no data string can break the front matter.
    front = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items())
    return f"---\n{front}\n---\n\n{{{{ atlas_page() }}}}\n"


def write_stubs(dataset: Dataset, words: Words, lang_docs: Path) -> tuple[int, int]:
    """Make docs/<lang>/{countries,platforms,topics} hold exactly the stubs of the data.

    Files are rewritten only when their text changes, so `mkdocs serve` does not rebuild forever.
    Returns (written, removed).
    """
    wanted = {ref.src: stub_text(ref, dataset, words) for ref in all_pages(dataset)}
    written = removed = 0
    for src, text in wanted.items():
        path = lang_docs / src
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written += 1
    for folder in GENERATED_FOLDERS:
        for path in sorted((lang_docs / folder).rglob("*"), reverse=True):
            rel = path.relative_to(lang_docs).as_posix()
            if path.is_file() and rel not in wanted:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written, removed
