"""Shared helpers for the rules: building a Problem at the right line, and walking a file's values."""
from __future__ import annotations

from ...problems import Problem, field_name
from ...translatable import META_KEYS, TRANSLATED_KINDS, extract
from ...yaml_lines import line_of

WEB_CONTACT_KINDS = ("chat", "web", "form", "app")


def problem(file, loc: tuple, message: str, severity: str = "error") -> Problem:
    line = line_of(file.text, loc) if loc else 1  # a problem of the whole file points at its top
    return Problem(file.rel, line, field_name(loc), message, severity)


def leaves(value, loc=()):
    """Every (loc, scalar) pair of a parsed YAML value."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from leaves(child, loc + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from leaves(child, loc + (index,))
    else:
        yield loc, value


def url_fields(file):
    """(loc, url) for every value that is meant to be a web address."""
    for loc, value in leaves(file.raw):
        if not isinstance(value, str) or not loc or (file.kind == "languages" and loc[0] in ("strings", "theme_strings")):
            continue  # interface strings are words, whatever their key says
        key = loc[-1]
        if isinstance(key, str) and (key == "source" or key.endswith("_source") or key.endswith("_url")):
            yield loc, value
        elif key == "value" and len(loc) >= 3 and loc[-3] == "contacts":
            contact = file.raw["contacts"][loc[-2]]
            if contact.get("kind") in WEB_CONTACT_KINDS:
                yield loc, value


def text_fields(file):
    """(loc, text) for every string a reader sees, leaving out codes, addresses, dates and editor notes."""
    for loc, value in leaves(file.raw):
        if not isinstance(value, str) or not loc or (file.kind == "translations" and loc[0] in META_KEYS):
            continue
        key = loc[-1] if isinstance(loc[-1], str) else loc[-2]
        if key in ("id", "kind", "type", "category", "value", "number", "note", "country", "countries",
                   "languages", "audiences", "services", "end_to_end_encrypted", "cost", "show_resources"):
            continue
        if key == "source" or str(key).endswith(("_source", "_url")):
            continue
        yield loc, value


def english_texts(files) -> dict[tuple[str, str], dict]:
    """(kind, id) -> the translatable English text of every source file that translations refer to."""
    return {(f.kind, f.id): extract(f.kind, f.model.model_dump(mode="json", exclude_none=True)) or {}
            for f in files if f.kind in TRANSLATED_KINDS}


def translation_files(files):
    return [f for f in files if f.kind == "translations"]
