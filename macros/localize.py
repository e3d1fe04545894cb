"""The data as one language reads it: every translatable string replaced by its translation.

A translation that is missing or stale (its English text changed since) gives way to the English text
for that file, and a field a translation leaves out gives way to the English field, each marked
`lang="en" dir="ltr"` so that nothing English is ever laid out right to left. In right-to-left
languages, runs of Latin letters and digits (an app's name, a button's English label) are isolated
with <bdi> so that their punctuation stays with them.

Views are copies of the typed models, so templates read them exactly as they read the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from markupsafe import Markup, escape
from pydantic import BaseModel

from .dataset import Dataset
from .i18n import SOURCE_LANG, Words
from .translatable import (extract, fingerprint, is_translatable, lookup, made_from, strings,
                           strings_fingerprint)

LATIN_RUN = re.compile(r"[A-Za-z0-9@#][A-Za-z0-9@#&'’._:/+\- ]*[A-Za-z0-9]|[A-Za-z0-9]")


def english(text: str) -> Markup:
    """English shown on another language's page: one span per paragraph, so paragraphs split cleanly."""
    return Markup("\n\n").join(Markup('<span lang="en" dir="ltr">{}</span>').format(p) for p in text.split("\n\n"))


def isolate_latin(text: str) -> Markup:
    return Markup(LATIN_RUN.sub(lambda m: f"<bdi>{m.group(0)}</bdi>", str(escape(text))))


@dataclass(frozen=True)
class State:
    """How far one source file is translated into one language."""

    state: str  # source | current | stale | missing
    translated: int  # strings translated and current
    total: int  # strings in the English file
    unreviewed_machine_text: bool = False

    @property
    def complete(self) -> bool:
        return self.state == "source" or (self.state == "current" and self.translated == self.total)


class Localized:
    def __init__(self, dataset: Dataset, lang: str):
        self.dataset = dataset
        self.lang = lang
        self.rtl = Words(dataset, lang).direction == "rtl"

    def _source(self, kind: str) -> dict:
        return getattr(self.dataset, kind)

    @lru_cache(maxsize=None)
    def english_text(self, kind: str, id: str) -> dict:
        if self.lang != SOURCE_LANG:  # the same for every language: extracted once, by the source language's view
            return localized(self.dataset, SOURCE_LANG).english_text(kind, id)
        return extract(kind, self._source(kind)[id].model_dump(mode="json", exclude_none=True)) or {}

    @lru_cache(maxsize=None)
    def current_text(self, kind: str, id: str) -> dict | None:
        """The translation's text when it is current, else None (the English is shown)."""
        record = self.dataset.translations.get((self.lang, kind, id))
        if record is None or record.translated_from != fingerprint(made_from(self.english_text(kind, id), record.text)):
            return None
        return record.text

    @lru_cache(maxsize=None)
    def state(self, kind: str, id: str) -> State:
        total = sum(1 for _ in strings(self.english_text(kind, id)))
        if self.lang == SOURCE_LANG:
            return State("source", total, total)
        record = self.dataset.translations.get((self.lang, kind, id))
        if record is None:
            return State("missing", 0, total)
        text = self.current_text(kind, id)
        if text is None:
            return State("stale", 0, total, record.unreviewed_machine_text)
        done = sum(1 for loc, _ in strings(self.english_text(kind, id)) if lookup(text, loc))
        return State("current", done, total, record.unreviewed_machine_text)

    def plain(self, kind: str, id: str, loc: tuple) -> str:
        """One field as plain text (for titles, which cannot hold markup): translated, or English."""
        translated = lookup(self.current_text(kind, id) or {}, loc) if self.lang != SOURCE_LANG else None
        return translated or lookup(self.english_text(kind, id), loc) or ""

    def view(self, kind: str, id: str):
        return self._views(kind)[id]

    @lru_cache(maxsize=None)
    def _views(self, kind: str) -> dict:
        if self.lang == SOURCE_LANG:
            return self._source(kind)
        return {id: self._localize(kind, model, (), self.current_text(kind, id) or {})
                for id, model in self._source(kind).items()}

    def _localize(self, kind, value, loc, text):
        if isinstance(value, BaseModel):
            updates = {}
            for name in type(value).model_fields:
                child = getattr(value, name)
                new = self._localize(kind, child, loc + (name,), text)
                if new is not child:
                    updates[name] = new
            return value.model_copy(update=updates) if updates else value
        if isinstance(value, dict):
            return {k: self._localize(kind, v, loc + (k,), text) for k, v in value.items()}
        if isinstance(value, list):
            return [self._localize(kind, v, loc + (i,), text) for i, v in enumerate(value)]
        if isinstance(value, str) and is_translatable(kind, loc):
            translated = lookup(text, loc)
            if not translated:
                return english(value)
            return isolate_latin(translated) if self.rtl else Markup(escape(translated))
        return value

    # --- what one page uses ---
    @cached_property
    def strings_state(self) -> State:
        english_strings = self.dataset.languages[SOURCE_LANG].strings
        own = self.dataset.languages.get(self.lang)
        if self.lang == SOURCE_LANG:
            return State("source", len(english_strings), len(english_strings))
        if own is None:
            return State("missing", 0, len(english_strings))
        stale = own.translated_from != strings_fingerprint(english_strings, own.strings)
        done = sum(1 for key in english_strings if key in own.strings)
        return State("stale" if stale else "current", done, len(english_strings), own.unreviewed_machine_text)


@lru_cache(maxsize=32)
def localized(dataset: Dataset, lang: str) -> Localized:
    return Localized(dataset, lang)
