"""How far each language is translated, and the translator's tools: `python -m macros translations ...`.

Data: a translation file (data/translations/<lang>/<kind>/<id>.yml) names the fingerprint of the
English text it was made from (`translated_from`); when that English text changes, the translation is
stale and the page shows English for it until a translator updates it and runs `stamp`.

Hand-written pages: a translated page names the first 12 hex digits of the SHA-256 of its English file
in its front matter (`translated_from`). Git history is not used, as a shallow CI clone lacks it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from .dataset import TRANSLATIONS, Dataset, load
from .i18n import SOURCE_LANG
from .localize import localized
from .pages import hand_pages
from .paths import data_dir, docs_root
from .translatable import TRANSLATED_KINDS, fingerprint, made_from, strings_fingerprint

HEADER = "# yaml-language-server: $schema=../../../../schemas/translations.schema.json\n"


def page_fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text[4:text.index("\n---", 4)]) or {}


def translated_from(path: Path) -> str | None:
    return front_matter(path).get("translated_from")


@dataclass(frozen=True)
class Translation:
    lang: str
    page: str  # path below docs/<lang>/
    state: str  # current | stale | missing | unmarked


def translation_states(root: Path | None = None, languages: list[str] | None = None) -> list[Translation]:
    """The state of every hand-written page in every language folder (and in the given languages, which
    may have no folder yet: then every page is missing)."""
    root = root or docs_root()
    folders = {p.name for p in root.iterdir() if p.is_dir() and p.name != SOURCE_LANG}
    languages = sorted(folders | set(languages or ()))
    states = []
    for english in hand_pages(root / SOURCE_LANG):
        page = english.relative_to(root / SOURCE_LANG).as_posix()
        for lang in languages:
            path = root / lang / page
            if not path.is_file():
                state = "missing"
            else:
                marked = translated_from(path)
                state = "unmarked" if marked is None else "current" if marked == page_fingerprint(english) else "stale"
            states.append(Translation(lang, page, state))
    return states


# --- the table: one row per language ----------------------------------------------------------

@dataclass(frozen=True)
class LanguageStatus:
    lang: str
    translated: int  # strings, fields and pages translated and current
    total: int
    stale: int  # files or pages whose English changed since
    missing: int  # files or pages with no translation at all
    machine_unreviewed: int  # translated files and pages made with a machine's help, not yet reviewed
    reviewed: int  # translated files and pages a native speaker has reviewed

    @property
    def share(self) -> float:
        return self.translated / self.total if self.total else 1.0


def language_status(dataset: Dataset, lang: str, root: Path | None = None) -> LanguageStatus:
    root = root or docs_root()
    local = localized(dataset, lang)
    translated = total = stale = missing = machine = reviewed = 0
    for kind in TRANSLATED_KINDS:
        for id in getattr(dataset, kind):
            state = local.state(kind, id)
            translated, total = translated + state.translated, total + state.total
            stale += state.state == "stale"
            missing += state.state == "missing" and state.total > 0
            record = dataset.translations.get((lang, kind, id))
            if record is not None:
                machine += record.unreviewed_machine_text
                reviewed += bool(record.reviewed_by)
    strings = local.strings_state
    translated, total = translated + strings.translated, total + strings.total
    stale += strings.state == "stale"
    own = dataset.languages.get(lang)
    if own is not None:
        machine += own.unreviewed_machine_text
        reviewed += bool(own.reviewed_by)
    for english in hand_pages(root / SOURCE_LANG):
        path = root / lang / english.relative_to(root / SOURCE_LANG)
        total += 1
        if not path.is_file():
            missing += 1
            continue
        meta = front_matter(path)
        if meta.get("translated_from") == page_fingerprint(english):
            translated += 1
        else:
            stale += 1
        machine += bool(meta.get("machine_assisted", True)) and not meta.get("reviewed_by")
        reviewed += bool(meta.get("reviewed_by"))
    return LanguageStatus(lang, translated, total, stale, missing, machine, reviewed)


def status_table(dataset: Dataset, root: Path | None = None) -> list[LanguageStatus]:
    if root is None and "translation_status" in dataset.precomputed:
        return dataset.precomputed["translation_status"]
    return [language_status(dataset, lang, root) for lang in sorted(dataset.languages) if lang != SOURCE_LANG]


def print_translations(root: Path | None = None) -> int:
    dataset = load()
    print("| language | translated | stale | missing | machine-assisted, unreviewed | reviewed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for row in status_table(dataset, root):
        print(f"| {row.lang} | {row.share:.0%} ({row.translated}/{row.total}) | {row.stale} | {row.missing} "
              f"| {row.machine_unreviewed} | {row.reviewed} |")
    print("\n`python -m macros translations todo <lang>` lists what is stale or missing in one language.")
    return 0


def print_todo(lang: str, root: Path | None = None) -> int:
    dataset = load()
    root = root or docs_root()
    local = localized(dataset, lang)
    for kind in TRANSLATED_KINDS:
        for id in sorted(getattr(dataset, kind)):
            state = local.state(kind, id)
            if not state.complete and state.total:
                print(f"data/translations/{lang}/{kind}/{id}.yml: {state.state} ({state.translated}/{state.total})")
    if local.strings_state.state != "current" or not local.strings_state.complete:
        print(f"data/languages/{lang}.yml: {local.strings_state.state} "
              f"({local.strings_state.translated}/{local.strings_state.total})")
    for t in translation_states(root, [lang]):
        if t.lang == lang and t.state != "current":
            english = page_fingerprint(root / SOURCE_LANG / t.page)
            print(f"docs/{lang}/{t.page}: {t.state} (translated_from: {english} in its front matter)")
    return 0


# --- the translator's tools -------------------------------------------------------------------

# A new file names no English text yet: it is stale, and its page shows English, until `stamp` says
# that the translation is done. So a file left half-translated never passes English off as translated.
NOT_YET_STAMPED = "000000000000"


def scaffold(dataset: Dataset, lang: str, kind: str, id: str, folder: Path | None = None) -> Path:
    """A new translation file holding the English text, to be translated in place and then stamped."""
    text = localized(dataset, SOURCE_LANG).english_text(kind, id)
    path = (folder or data_dir()) / TRANSLATIONS / lang / kind / f"{id}.yml"
    record = {"translated_from": NOT_YET_STAMPED, "machine_assisted": True, "reviewed_by": [], **text}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + dump(record), encoding="utf-8")
    return path


def dump(record: dict) -> str:
    return yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100000)


def stamp(path: Path, dataset: Dataset) -> str:
    """Record that a translation file is made from today's English text (run it after updating it)."""
    path = Path(path).resolve()
    parts = path.parts
    text = path.read_text(encoding="utf-8")
    if parts[-4] == "languages" or parts[-2] == "languages":
        english = dataset.languages[SOURCE_LANG].strings
        own = yaml.safe_load(text)["strings"]
        value = strings_fingerprint(english, own)
    else:
        kind, id = parts[-2], path.stem
        record = yaml.safe_load(text)
        body = {k: v for k, v in record.items() if k not in ("translated_from", "machine_assisted", "reviewed_by")}
        value = fingerprint(made_from(localized(dataset, SOURCE_LANG).english_text(kind, id), body))
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("translated_from:"):
            lines[i] = f"translated_from: '{value}'\n"  # quoted: a fingerprint of digits only is still text
            break
    else:
        at = 1 if lines and lines[0].startswith("#") else 0
        lines.insert(at + (1 if parts[-2] == "languages" else 0), f"translated_from: '{value}'\n")
    path.write_text("".join(lines), encoding="utf-8")
    return value
