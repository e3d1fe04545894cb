"""The JSON API and the embeddable help panels."""
import hashlib
import json

import jsonschema
from bs4 import BeautifulSoup

from macros.api_models import schema_for
from macros.models import AUDIENCES

PANEL_LIMIT = 10 * 1024


def test_every_api_file_validates_against_its_published_schema(site):
    api = site / "api" / "v1"
    schemas = {p.name: json.loads(p.read_text()) for p in (api / "schema").glob("*.json")}
    checked = 0
    for path in sorted(api.rglob("*.json")):
        rel = path.relative_to(api).as_posix()
        if rel.startswith("schema/"):
            continue
        jsonschema.validate(json.loads(path.read_text()), schemas[schema_for(rel)])
        checked += 1
    assert checked > 900


def test_index_lists_every_file_with_its_sha256(site):
    api = site / "api" / "v1"
    index = json.loads((api / "index.json").read_text())
    listed = {entry["path"]: entry for entry in index["files"]}
    on_disk = {p.relative_to(api).as_posix() for p in api.rglob("*.json")} - {"index.json"}
    assert set(listed) == on_disk
    for rel, entry in listed.items():
        assert hashlib.sha256((api / rel).read_bytes()).hexdigest() == entry["sha256"], rel


def test_audience_file_gives_what_to_show_that_child(site, dataset):
    kids = json.loads((site / "api/v1/countries/gb/kids.json").read_text())
    assert kids["emergency"][0]["number"] == dataset.countries["gb"].emergency[0].number
    assert kids["helpline"]["id"] in {r.id for r in dataset.resources_for("gb", "kids") if r.type == "helpline"}
    for audience in ("kids", "teens"):
        for cc in dataset.countries:
            removal = json.loads((site / f"api/v1/countries/{cc}/{audience}.json").read_text())["removal"]
            assert removal is None or removal["id"] != "stopncii"  # 18+ only: never offered to a child


def test_every_country_audience_language_has_a_small_panel_with_one_shared_stylesheet(site, dataset):
    for lang in dataset.languages:
        for cc, country in dataset.countries.items():
            for audience in AUDIENCES:
                path = site / "embed" / lang / cc / f"{audience}.html"
                data = path.read_bytes()
                assert len(data) <= PANEL_LIMIT, (path, len(data))
                html = BeautifulSoup(data, "html.parser")
                assert html.html["lang"] == lang
                assert not html.find_all(["script", "img", "iframe", "style"]), path
                assert [link["href"] for link in html.find_all("link")] == ["../../panel.css"], path
                assert html.select_one("a[href^='tel:']")["href"] == "tel:" + country.emergency[0].number.replace(" ", "")
    assert BeautifulSoup((site / "embed/ar/eg/kids.html").read_bytes(), "html.parser").html["dir"] == "rtl"
    assert "min-height:44px" in (site / "embed" / "panel.css").read_text()
