"""Interface words, country and language names, and text direction, for one language.

Names come from babel (CLDR), never from hand-written lists. A missing interface string falls back to
English, key by key.
"""
from __future__ import annotations

import datetime as dt
from functools import cached_property

from babel import Locale
from babel.dates import format_date
from markupsafe import Markup, escape

from .dataset import Dataset

# English is the source: other languages fall back to it, and its site sits at the root.
SOURCE_LANG = "en"


def site_prefix(lang: str) -> str:
    """Where a language's pages live below the site root: '' for the source language, else '<lang>/'."""
    return "" if lang == SOURCE_LANG else f"{lang}/"


class Words:
    def __init__(self, dataset: Dataset, lang: str):
        self.lang = lang
        self.locale = Locale.parse(lang.replace("-", "_"))
        self._own = dataset.languages[lang].strings if lang in dataset.languages else {}
        self._english = dataset.languages[SOURCE_LANG].strings
        self._html = {}  # key -> Markup of a string without values: templates ask for the same ones 200,000 times a build

    def __call__(self, key: str, **values) -> str:
        text = self.template(key)
        return text.format(**values) if values else text

    def template(self, key: str) -> str:
        """The string with its {placeholders} unfilled."""
        return self._own.get(key) or self._english[key]

    def html(self, key: str, **values) -> Markup:
        """The string as HTML, for templates: a string still in English is marked as English, and on a
        right-to-left page each filled-in value (a country's or an app's name, a number) is isolated, so
        it keeps its own direction."""
        if not values and key in self._html:
            return self._html[key]
        text = escape(self.template(key))
        if not self.translated(key):
            text = Markup('<span lang="en" dir="ltr">{}</span>').format(text)
        if not values:
            self._html[key] = Markup(text)
            return self._html[key]
        if self.direction != "rtl":  # a value on a left-to-right page keeps its direction on its own
            return Markup(text).format(**values)
        return Markup(text).format(**{k: Markup("<bdi>{}</bdi>").format(v) for k, v in values.items()})

    def translated(self, key: str) -> bool:
        return self.lang == SOURCE_LANG or key in self._own

    @property
    def direction(self) -> str:
        return self.locale.text_direction  # "ltr" or "rtl"

    def country(self, code: str) -> str:
        return self.locale.territories.get(code.upper()) or Locale(SOURCE_LANG).territories.get(code.upper(), code.upper())

    def language(self, code: str) -> str:
        try:
            return Locale.parse(code.replace("-", "_")).get_display_name(self.locale) or code
        except ValueError:
            return code

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    @cached_property
    def own_name(self) -> str:
        return self.locale.get_display_name(self.locale)


def country_sort_key(words: Words, code: str) -> str:
    return words.country(code).casefold()
