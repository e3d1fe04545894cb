"""Which hand-written pages are translated, and which translations are stale.

A translated page says which English text it was translated from, in its front matter:
`translated_from: <fingerprint>`, the first 12 hex digits of the SHA-256 of the English file. When
the English page changes, its fingerprint changes and the translation is reported as stale, so a
translator knows to look again (the idea of tldr-pages' stale-translation check, without git history,
which a shallow CI clone lacks). Interface strings have English fallbacks and their own lint rule.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from .i18n import SOURCE_LANG
from .pages import hand_pages
from .paths import docs_root


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def translated_from(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return None
    meta = yaml.safe_load(text[4:text.index("\n---", 4)]) or {}
    return meta.get("translated_from")


@dataclass(frozen=True)
class Translation:
    lang: str
    page: str  # path below docs/<lang>/
    state: str  # current | stale | missing | unmarked


def translation_states(root: Path | None = None) -> list[Translation]:
    root = root or docs_root()
    languages = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != SOURCE_LANG)
    states = []
    for english in hand_pages(root / SOURCE_LANG):
        page = english.relative_to(root / SOURCE_LANG).as_posix()
        for lang in languages:
            path = root / lang / page
            if not path.is_file():
                state = "missing"
            else:
                marked = translated_from(path)
                state = "unmarked" if marked is None else "current" if marked == fingerprint(english) else "stale"
            states.append(Translation(lang, page, state))
    return states


def print_translations(root: Path | None = None) -> int:
    root = root or docs_root()
    for t in translation_states(root):
        hint = {
            "current": "",
            "missing": "  (shown in English with a 'not translated yet' notice)",
            "stale": "  (the English page changed since: compare, update, then set translated_from)",
            "unmarked": "  (add translated_from to its front matter)",
        }[t.state]
        print(f"{t.lang}/{t.page}: {t.state}{hint}")
    english = {p.relative_to(root / SOURCE_LANG).as_posix(): fingerprint(p) for p in hand_pages(root / SOURCE_LANG)}
    print("\nFingerprints of the English pages (translated_from):")
    for page, value in english.items():
        print(f"  {page}: {value}")
    return 0
