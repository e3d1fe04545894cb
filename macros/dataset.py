"""Load every data file once, run every lint rule, and hand out validated, typed models.

The build, `make validate`, the JSON export and the tests all go through `load()`, so they can
never disagree about what is valid.
"""
from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .lint import run_rules
from .lint.rules import file_system
from .translatable import TRANSLATED_KINDS
from .models import RESOURCE_TYPES, Country, Glossary, Language, Law, Platform, Resource, Topic, Translation
from .paths import data_dir as default_data_dir
from .paths import docs_root as default_docs_root
from .problems import DataError, Problem

DATA_KINDS = ("countries", "resources", "platforms", "topics", "languages", "laws")
TRANSLATIONS = "translations"  # data/translations/<lang>/<kind>/<id>.yml and <lang>/glossary.yml
GLOSSARY_FILE = "glossary.yml"


@dataclass
class DataFile:
    path: Path
    rel: str  # shown in messages, relative to the project root
    kind: str
    text: str
    raw: object = None
    model: object = None
    lang: str | None = None  # translations and glossaries: the language folder
    target: str | None = None  # translations: the kind of source file translated

    @property
    def id(self) -> str:
        return getattr(self.model, "id", None) or self.path.stem


@dataclass(eq=False)  # compared and hashed by identity: one load, one object
class Dataset:
    countries: dict[str, Country]
    resources: dict[str, Resource]
    platforms: dict[str, Platform]
    topics: dict[str, Topic]
    languages: dict[str, Language]
    laws: dict[str, Law] = field(default_factory=dict)
    translations: dict[tuple[str, str, str], Translation] = field(default_factory=dict)  # (lang, kind, id)
    glossaries: dict[str, Glossary] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    # What the build command computes once for all languages and hands over with the data (the table of
    # every language's translation status: the same on each language's translations page).
    precomputed: dict = field(default_factory=dict)

    @cached_property
    def _ordered_resources(self) -> list[Resource]:
        # Every country page, panel and API file asks for this order: sort once per load, not once per page.
        return sorted(self.resources.values(),
                      key=lambda r: (RESOURCE_TYPES.index(r.type), r.countries == "global", r.name.lower()))

    @cached_property
    def _resources_by_country(self) -> dict[str, list[Resource]]:
        ordered = self._ordered_resources
        return {cc: [r for r in ordered if r.countries == "global" or cc in r.countries] for cc in self.countries}

    def resources_for(self, country_id: str, audience: str | None = None) -> list[Resource]:
        """The resources serving a country (its own first, then global ones), in the order of RESOURCE_TYPES."""
        serving = self._resources_by_country.get(country_id, [])
        return [r for r in serving if audience is None or audience in r.audiences]

    def global_resources_for(self, audience: str) -> list[Resource]:
        """The services that serve every country, in the order country pages show them."""
        return [r for r in self._ordered_resources if r.countries == "global" and audience in r.audiences]

    def topics_for(self, audience: str) -> list[Topic]:
        return sorted((t for t in self.topics.values() if audience in t.audiences), key=lambda t: (t.order, t.id))


def _data_file(path: Path, root: Path, kind: str, **where) -> DataFile:
    return DataFile(path, os.path.relpath(path, root), kind, path.read_text(encoding="utf-8"), **where)


def _yaml_files(folder: Path) -> list[Path]:
    """The YAML files of a folder that may be read: never a link, never one file_system refuses."""
    if not folder.is_dir() or folder.is_symlink():
        return []
    return [p for p in sorted(folder.iterdir())
            if p.suffix in (".yml", ".yaml") and p.is_file() and not p.is_symlink()
            and not file_system.file_problems(p, p.name, (".yml", ".yaml"))]


def discover(data_dir: Path) -> list[DataFile]:
    root = data_dir.parent
    files = [_data_file(path, root, kind) for kind in DATA_KINDS for path in _yaml_files(data_dir / kind)]
    translations = data_dir / TRANSLATIONS
    for lang_dir in sorted(p for p in translations.iterdir() if p.is_dir() and not p.is_symlink()) if translations.is_dir() else []:
        glossary = lang_dir / GLOSSARY_FILE
        if glossary.is_file() and not glossary.is_symlink() and not file_system.file_problems(glossary, "", (".yml",)):
            files.append(_data_file(glossary, root, "glossaries", lang=lang_dir.name))
        for kind in TRANSLATED_KINDS:
            files += [_data_file(path, root, TRANSLATIONS, lang=lang_dir.name, target=kind)
                      for path in _yaml_files(lang_dir / kind)]
    return files


def load(data_dir: Path | None = None) -> Dataset:
    """Validate everything under data_dir; raise DataError listing every error at once."""
    data_dir = Path(data_dir or default_data_dir())
    files = discover(data_dir)
    problems = file_system.check_tree(data_dir, default_docs_root()) + run_rules(files)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DataError(sorted(problems))
    by_kind = {kind: {f.model.id: f.model for f in files if f.kind == kind} for kind in DATA_KINDS}
    translations = {(f.lang, f.target, f.id): f.model for f in files if f.kind == TRANSLATIONS}
    glossaries = {f.lang: f.model for f in files if f.kind == "glossaries"}
    return Dataset(**by_kind, translations=translations, glossaries=glossaries, warnings=sorted(problems))


_cache: dict[Path, tuple[tuple, Dataset]] = {}
_handed_over: dict[str, Dataset] = {}


# `python -m macros build` validates the data once and hands the result to each language's MkDocs run
# in this file, so 24 languages do not validate the same files 24 times (a third of a language's build).
VALIDATED_DATASET_ENV = "ATLAS_VALIDATED_DATASET"


def save_validated(dataset: Dataset, path: Path) -> dict:
    """Write a dataset load() has just validated; returns the environment that makes load_cached use it."""
    path.write_bytes(pickle.dumps(dataset, protocol=pickle.HIGHEST_PROTOCOL))
    return {VALIDATED_DATASET_ENV: str(path)}


def load_cached(data_dir: Path | None = None) -> Dataset:
    """load(), but once per process while no data file changes (i18n and serve call it many times), or
    the dataset the build command validated before starting this process."""
    handed_over = os.environ.get(VALIDATED_DATASET_ENV)
    if handed_over and data_dir is None:
        if handed_over not in _handed_over:
            # Written by this build's own parent process into its private staging folder, never by a data file.
            _handed_over[handed_over] = pickle.loads(Path(handed_over).read_bytes())  # noqa: S301
        return _handed_over[handed_over]
    data_dir = Path(data_dir or default_data_dir()).resolve()
    stamp = tuple(
        (str(p), p.stat().st_mtime_ns) for p in sorted(data_dir.rglob("*.y*ml"))
    )
    hit = _cache.get(data_dir)
    if hit and hit[0] == stamp:
        return hit[1]
    dataset = load(data_dir)
    _cache[data_dir] = (stamp, dataset)
    return dataset
