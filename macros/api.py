"""The static JSON API (api/v1/), written from the validated data. Field names are public: a
breaking change means v2."""
from __future__ import annotations

import json
from pathlib import Path

from .dataset import Dataset
from .i18n import Words

VERSION = "v1"


def _dump(model) -> dict:
    return model.model_dump(mode="json", exclude={"note"}) if hasattr(model, "model_dump") else model


def country_record(dataset: Dataset, cc: str, words: Words) -> dict:
    record = _dump(dataset.countries[cc])
    record["name"] = words.country(cc)
    return record


def build_api(dataset: Dataset) -> dict[str, object]:
    """Path below api/v1/ -> JSON value."""
    words = Words(dataset, "en")
    files: dict[str, object] = {}
    files["countries.json"] = [
        {"id": cc, "name": words.country(cc), "url": f"countries/{cc}/"} for cc in sorted(dataset.countries)
    ]
    for cc in sorted(dataset.countries):
        record = country_record(dataset, cc, words)
        record["resources"] = [_dump(r) for r in dataset.resources_for(cc)]
        files[f"countries/{cc}.json"] = record
    files["platforms.json"] = [
        {"id": p.id, "name": p.name, "category": p.category, "url": f"platforms/{p.id}/teens/"}
        for p in sorted(dataset.platforms.values(), key=lambda p: p.id)
    ]
    for slug, platform in sorted(dataset.platforms.items()):
        files[f"platforms/{slug}.json"] = _dump(platform)
    files["topics.json"] = [_dump(t) for t in sorted(dataset.topics.values(), key=lambda t: (t.order, t.id))]
    return files


def write_api(dataset: Dataset, site_dir: Path) -> int:
    root = site_dir / "api" / VERSION
    files = build_api(dataset)
    for rel, value in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return len(files)
