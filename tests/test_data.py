"""The repository's own data: valid, and the generated schemas match the models."""
from pathlib import Path

from macros.dataset import load
from macros.schemas import stale_schemas

ROOT = Path(__file__).resolve().parent.parent


def test_all_data_validates():
    dataset = load()  # raises DataError listing every problem
    assert dataset.countries and dataset.resources and dataset.languages


def test_schemas_are_generated_from_the_models():
    assert stale_schemas() == [], "run `make schemas` and commit schemas/"


def test_every_schema_has_a_plain_language_guide():
    for schema in (ROOT / "schemas").glob("*.schema.json"):
        guide = schema.with_name(schema.name.replace(".schema.json", ".md"))
        assert guide.is_file(), f"{guide.name} is missing"


def test_seed_countries_have_emergency_number_helpline_and_hotline():
    dataset = load()
    for cc in ("se", "fi", "gb", "us", "eg"):
        assert cc in dataset.countries
        national = {r.type for r in dataset.resources_for(cc) if r.countries != "global"}
        assert "helpline" in national, cc
        assert "hotline" in {r.type for r in dataset.resources_for(cc)}, cc  # NCMEC's CyberTipline is global
    for cc in ("se", "fi", "gb"):
        assert "hotline" in {r.type for r in dataset.resources_for(cc) if r.countries != "global"}, cc


def test_global_services_are_present():
    dataset = load()
    assert dataset.resources["take-it-down"].countries == "global"
    assert dataset.resources["ncmec-cybertipline"].type == "hotline"
