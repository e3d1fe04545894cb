"""JSON Schemas of the API files, published under api/v1/schema/. Records of the data kinds use the
data schemas; the API adds a few wrappers, described here."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, create_model

from .models import LAW_FIELDS, Country, EmergencyNumber, Law, Platform, Resource, Topic


class _Api(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CountryListItem(_Api):
    id: str
    name: str
    url: str


# `law` of a country: each key present only when a source gives it (see data/laws/ and schemas/laws.md).
CountryLaw = create_model("CountryLaw", __base__=_Api, **{f: (Law.model_fields[f].annotation, None) for f in LAW_FIELDS})


class CountryDetail(Country):
    name: str
    resources: list[Resource]
    law: CountryLaw


class AudienceHelp(_Api):
    country: str
    audience: str
    emergency: list[EmergencyNumber]
    helpline: Resource | None
    hotline: Resource | None
    removal: Resource | None
    regulator: Resource | None


class PlatformListItem(_Api):
    id: str
    name: str
    category: str
    url: str


class IndexEntry(_Api):
    path: str
    sha256: str
    bytes: int
    updated_at: str | None


class Index(_Api):
    version: str
    files: list[IndexEntry]


def _list_of(model) -> dict:
    schema = model.model_json_schema()
    return {"type": "array", "items": {"$ref": "#/$defs/item"}, "$defs": {**schema.pop("$defs", {}), "item": schema}}


def schemas() -> dict[str, dict]:
    """File name -> JSON Schema, and which API paths each one describes (see SCHEMA_FOR)."""
    out = {
        "countries.schema.json": _list_of(CountryListItem),
        "country.schema.json": CountryDetail.model_json_schema(),
        "audience-help.schema.json": AudienceHelp.model_json_schema(),
        "resources.schema.json": _list_of(Resource),
        "platforms.schema.json": _list_of(PlatformListItem),
        "platform.schema.json": Platform.model_json_schema(),
        "topics.schema.json": _list_of(Topic),
        "index.schema.json": Index.model_json_schema(),
    }
    for schema in out.values():
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return out


def schema_for(path: str) -> str:
    """The schema file that describes an API path."""
    parts = path.split("/")
    if path.startswith("countries/"):
        return "audience-help.schema.json" if len(parts) == 3 else "country.schema.json"
    if path.startswith("platforms/"):
        return "platform.schema.json"
    return path.replace(".json", ".schema.json")
