"""Which fields of a data file a reader sees as words, and so are translated.

A translation file (data/translations/<lang>/<kind>/<id>.yml) holds exactly these fields, in the
source file's own structure, and names the fingerprint of the English text it was made from. Names
of organisations and platforms, numbers, addresses, ids, dates and ages are never here: they live only
in the source file.
"""
from __future__ import annotations

import hashlib
import json

# Path patterns per kind; "*" matches any key or list position.
TRANSLATABLE: dict[str, tuple[tuple[str, ...], ...]] = {
    "topics": (
        ("variants", "*", "title"),
        ("variants", "*", "summary"),
        ("variants", "*", "not_your_fault"),
        ("variants", "*", "who_to_tell"),
        ("variants", "*", "sections", "*", "heading"),
        ("variants", "*", "sections", "*", "text"),
        ("variants", "*", "sections", "*", "steps", "*"),
        ("facts", "*", "text"),
    ),
    "platforms": (
        ("encryption_note",),
        ("guides", "*", "steps", "*", "*"),
        ("after_report", "what_happens"),
        ("after_report", "how_long"),
    ),
    "resources": (
        ("summary",),
        ("summary_kids",),
        ("hours",),
        ("eligibility",),
        ("limits",),
        ("contacts", "*", "label"),
    ),
}
TRANSLATED_KINDS = tuple(TRANSLATABLE)
# Keys of a translation file that are about the translation, not text of the source.
META_KEYS = ("translated_from", "machine_assisted", "reviewed_by")


def is_translatable(kind: str, loc: tuple) -> bool:
    return any(len(p) == len(loc) and all(a == "*" or a == b for a, b in zip(p, loc)) for p in TRANSLATABLE[kind])


def _walk(value, loc=()):  # every (loc, leaf) of nested mappings and lists
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _walk(child, loc + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk(child, loc + (index,))
    else:
        yield loc, value


def extract(kind: str, value, loc=()):
    """The translatable text of a source entity (plain JSON data) in the source's structure, or None.

    Lists keep every position up to the last text in them, so a step keeps its number; a position with
    no text (a contact without a label) is an empty mapping.
    """
    if isinstance(value, dict):
        out = {k: t for k, v in value.items() if (t := extract(kind, v, loc + (k,))) is not None}
        return out or None
    if isinstance(value, list):
        items = [extract(kind, v, loc + (i,)) for i, v in enumerate(value)]
        while items and items[-1] is None:
            items.pop()
        return [{} if t is None else t for t in items] or None
    if isinstance(value, str) and value and is_translatable(kind, loc):
        return value
    return None


def made_from(english, translation):
    """The part of the English text a translation translates: the fields it has, and every list whole.

    Its fingerprint is what `translated_from` records. A field the English adds later leaves the
    translation current (the new field is shown in English); a change to any field it translates, or a
    step added or taken away, makes it stale.
    """
    if isinstance(english, dict) and isinstance(translation, dict):
        return {k: made_from(english[k], v) for k, v in translation.items() if k in english}
    if isinstance(english, list) and isinstance(translation, list) and len(english) == len(translation):
        return [made_from(e, t) for e, t in zip(english, translation)]
    return english


def fingerprint(text) -> str:
    """The first 12 hex digits of the SHA-256 of the translatable English text, in a fixed form."""
    canonical = json.dumps(text, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def strings(text, loc=()):
    """Every (loc, string) pair of an extract or a translation."""
    for path, value in _walk(text, loc):
        if isinstance(value, str):
            yield path, value


def lookup(text, loc: tuple):
    node = text
    for key in loc:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node if isinstance(node, str) else None


def strings_fingerprint(english: dict[str, str], own: dict[str, str]) -> str:
    """The fingerprint of the English interface strings a language translates (keys added later do not count)."""
    return fingerprint({key: english[key] for key in own if key in english})
