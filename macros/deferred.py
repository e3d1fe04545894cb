"""Generated pages are HTML already; passing them through Markdown only re-parses them (measured:
about a third of a build's time). So the macro leaves a placeholder that Markdown passes through
untouched, and the MkDocs hook puts the HTML back after Markdown (on_page_content)."""
from __future__ import annotations

PLACEHOLDER = '<div data-atlas-deferred="{key}"></div>'
_stash: dict[str, str] = {}


def stash(key: str, html: str) -> str:
    _stash[key] = html
    return "\n\n" + PLACEHOLDER.format(key=key) + "\n\n"


def fill(content: str, key: str) -> str:
    html = _stash.pop(key, None)
    if html is None:
        return content
    placeholder = PLACEHOLDER.format(key=key)
    if placeholder not in content:
        raise RuntimeError(f"{key}: the page's placeholder was lost on the way through Markdown")
    return content.replace(placeholder, html, 1)
