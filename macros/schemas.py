"""JSON Schemas generated from the typed models, for editors (yaml-language-server) and the API."""
from __future__ import annotations

import json
from pathlib import Path

from .models import KINDS

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def schema_text(kind: str) -> str:
    schema = KINDS[kind].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{kind}.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / f"{kind}.schema.json"
        path.write_text(schema_text(kind), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(folder: Path = SCHEMA_DIR) -> list[str]:
    """Kinds whose committed schema differs from what the models generate."""
    return [
        kind for kind in KINDS
        if not (folder / f"{kind}.schema.json").is_file()
        or (folder / f"{kind}.schema.json").read_text(encoding="utf-8") != schema_text(kind)
    ]
