"""The static JSON API (api/v1/) and the embeddable help panels (embed/<lang>/<cc>/<audience>.html),
written from the validated data. Field names are public: a breaking change means v2."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import api_models
from .dataset import Dataset
from .i18n import SOURCE_LANG, Words
from .models import AUDIENCES, Resource
from .render import TEMPLATES, one_block, renderer_for

VERSION = "v1"
# What a child of an audience is shown first, in this order: one of each type at most.
AUDIENCE_HELP_TYPES = ("helpline", "hotline", "removal", "regulator")


def _dump(model) -> dict:
    return model.model_dump(mode="json", exclude={"note"})


def law_record(law) -> dict:
    """The country's legal facts: each key only when known, each with source and last_verified, no editor notes."""
    if law is None:
        return {}
    return _without_notes(law.model_dump(mode="json", exclude_none=True, exclude={"id"}))


def _without_notes(value):
    if isinstance(value, dict):
        return {k: _without_notes(v) for k, v in value.items() if k != "note"}
    return value


def chosen_help(dataset: Dataset, cc: str, audience: str) -> list[Resource]:
    """The first resource of each AUDIENCE_HELP_TYPES type (national before global), in that order."""
    chosen: dict[str, Resource] = {}
    for resource in dataset.resources_for(cc, audience):
        chosen.setdefault(resource.type, resource)
    return [chosen[t] for t in AUDIENCE_HELP_TYPES if t in chosen]


def audience_help(dataset: Dataset, cc: str, audience: str) -> dict:
    """Exactly what to show a child of this audience in this country."""
    chosen = {r.type: r for r in chosen_help(dataset, cc, audience)}
    return {
        "country": cc,
        "audience": audience,
        "emergency": [_dump(e) for e in dataset.countries[cc].emergency],
        **{t: (_dump(chosen[t]) if t in chosen else None) for t in AUDIENCE_HELP_TYPES},
    }


def build_api(dataset: Dataset) -> dict[str, object]:
    """Path below api/v1/ -> JSON value."""
    words = Words(dataset, SOURCE_LANG)
    files: dict[str, object] = {}
    files["countries.json"] = [
        {"id": cc, "name": words.country(cc), "url": f"countries/{cc}/"} for cc in sorted(dataset.countries)
    ]
    for cc in sorted(dataset.countries):
        record = _dump(dataset.countries[cc])
        record["name"] = words.country(cc)
        record["resources"] = [_dump(r) for r in dataset.resources_for(cc)]
        record["law"] = law_record(dataset.laws.get(cc))
        files[f"countries/{cc}.json"] = record
        for audience in AUDIENCES:
            files[f"countries/{cc}/{audience}.json"] = audience_help(dataset, cc, audience)
    files["resources.json"] = [_dump(r) for r in sorted(dataset.resources.values(), key=lambda r: r.id)]
    files["platforms.json"] = [
        {"id": p.id, "name": p.name, "category": p.category, "url": f"platforms/{p.id}/teens/"}
        for p in sorted(dataset.platforms.values(), key=lambda p: p.id)
    ]
    for slug, platform in sorted(dataset.platforms.items()):
        files[f"platforms/{slug}.json"] = _dump(platform)
    files["topics.json"] = [_dump(t) for t in sorted(dataset.topics.values(), key=lambda t: (t.order, t.id))]
    for name, schema in api_models.schemas().items():
        files[f"schema/{name}"] = schema
    return files


def encode(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def newest_date(value) -> str | None:
    """The latest last_verified inside a JSON value: when its facts were last checked."""
    found = []

    def walk(v):
        if isinstance(v, dict):
            if isinstance(v.get("last_verified"), str):
                found.append(v["last_verified"])
            for child in v.values():
                walk(child)
        elif isinstance(v, list):
            for child in v:
                walk(child)

    walk(value)
    return max(found) if found else None


def write_api(dataset: Dataset, site_dir: Path) -> int:
    root = site_dir / "api" / VERSION
    index = []
    for rel, value in build_api(dataset).items():
        data = encode(value)
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        index.append({"path": rel, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                      "updated_at": newest_date(value)})
    (root / "index.json").write_bytes(encode({"version": VERSION, "files": index}))
    return len(index) + 1


def write_embeds(dataset: Dataset, site_dir: Path) -> int:
    (site_dir / "embed").mkdir(parents=True, exist_ok=True)
    (site_dir / "embed" / "panel.css").write_text((TEMPLATES / "embed-panel.css").read_text(encoding="utf-8"), encoding="utf-8")
    # What a panel shows does not depend on its language: choose it once, render it per language.
    panels = {(cc, a): chosen_help(dataset, cc, a) for cc in dataset.countries for a in AUDIENCES}
    for lang in dataset.languages:
        template = renderer_for(dataset, lang).env.get_template("embed.html.j2")
        for (cc, audience), resources in panels.items():
            html = template.render(country=dataset.countries[cc], audience=audience, resources=resources)
            path = site_dir / "embed" / lang / cc / f"{audience}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(one_block(html) + "\n", encoding="utf-8")
    return len(panels) * len(dataset.languages)
