"""The built site: every page from the data, tel: links, per-language search, the JSON API, and a
build that refuses bad data without writing anything."""
import json

import phonenumbers
import pytest
from bs4 import BeautifulSoup

from macros.models import AUDIENCES
from tests.sitebuild import copy_hand_pages, run_build

LANGS = ("en", "sv", "ar")


def lang_root(site, lang):
    return site if lang == "en" else site / lang


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def expected_tel(contact, resource):
    region = (contact.country or (resource.countries[0] if isinstance(resource.countries, list) else "ZZ")).upper()
    if contact.short_code:
        return "tel:" + "".join(ch for ch in contact.value if ch.isdigit())
    number = phonenumbers.parse(contact.value, region)
    return "tel:+" + str(number.country_code) + str(number.national_number) if not number.italian_leading_zero else None


def test_every_country_page_exists_in_every_language_with_its_tel_links(site, dataset):
    checked = 0
    for lang in LANGS:
        for cc, country in dataset.countries.items():
            for audience in AUDIENCES:
                page = lang_root(site, lang) / "countries" / cc / audience / "index.html"
                assert page.is_file(), page
                hrefs = {a["href"] for a in soup(page).select("a[href^='tel:']")}
                assert "tel:" + country.emergency[0].number.replace(" ", "") in hrefs, (page, hrefs)
                for resource in dataset.resources_for(cc, audience):
                    for contact in resource.contacts:
                        if contact.kind == "phone":
                            tel = expected_tel(contact, resource)
                            assert tel is None or tel in hrefs, (page, resource.id, tel)
                            checked += 1
    assert checked > 100


def test_country_page_opens_with_emergency_then_help(site, dataset):
    page = soup(site / "countries" / "se" / "kids" / "index.html")
    card = page.select_one("#help-card")
    first_tel = card.select_one("a[href^='tel:']")
    assert first_tel["href"] == "tel:112"
    assert "It is not your fault." in card.get_text()


def test_every_platform_and_topic_page_exists(site, dataset):
    for lang in LANGS:
        for slug in dataset.platforms:
            for audience in AUDIENCES:
                assert (lang_root(site, lang) / "platforms" / slug / audience / "index.html").is_file()
        for slug, topic in dataset.topics.items():
            for audience in topic.audiences:
                assert (lang_root(site, lang) / "topics" / slug / audience / "index.html").is_file()


def test_arabic_pages_are_right_to_left_and_swedish_left_to_right(site):
    assert soup(site / "ar" / "countries" / "eg" / "kids" / "index.html").body["dir"] == "rtl"
    assert soup(site / "ar" / "index.html").html["lang"] == "ar"
    assert soup(site / "sv" / "countries" / "se" / "kids" / "index.html").body["dir"] == "ltr"


def test_each_language_has_its_own_search_index(site, dataset):
    # Pagefind keeps one index per language (from each page's <html lang>) below site/pagefind/.
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    assert {code.lower() for code in dataset.languages} == set(entry["languages"])
    pages = {code: info["page_count"] for code, info in entry["languages"].items()}
    assert len(set(pages.values())) == 1 and pages["en"] > 300  # the same pages, in each language
    assert all((site / "pagefind" / "index").glob(f"{info['hash']}*") for info in entry["languages"].values())


def test_only_pages_a_reader_looks_for_are_indexed_once_each(site):
    country = soup(site / "countries" / "se" / "kids" / "index.html")
    assert country.select_one("[data-pagefind-body]") is None  # the audience pages repeat countries/se/
    assert soup(site / "countries" / "se" / "index.html").select_one("[data-pagefind-body]") is not None
    assert soup(site / "platforms" / "instagram" / "kids" / "index.html").select_one("[data-pagefind-body]") is not None


def test_untranslated_pages_fall_back_to_english_with_a_notice(data, fixture_docs, tmp_path):
    (fixture_docs / "sv" / "about.md").unlink(missing_ok=True)
    result = run_build(tmp_path / "site", data.dir, fixture_docs, "--lang", "en", "--lang", "sv")
    assert result.returncode == 0, result.stderr
    about = soup(tmp_path / "site" / "sv" / "about" / "index.html")
    assert about.select_one(".atlas-not-translated") is not None
    assert about.select_one("[lang=en][dir=ltr]") is not None and "About this site" in about.get_text()
    assert soup(tmp_path / "site" / "about" / "index.html").select_one(".atlas-not-translated") is None


def test_no_page_loads_anything_from_another_origin(site):
    for page in list(site.glob("countries/se/*/index.html")) + [site / "index.html", site / "ar" / "index.html"]:
        html = soup(page)
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for element in html.find_all(tag):
                value = element.get(attr) or ""
                assert "://" not in value and not value.startswith("//"), (page, tag, value)
        assert "fonts.googleapis" not in page.read_text()


def csp_of(path):
    return soup(path).find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]


def test_pages_carry_a_content_security_policy_and_no_inline_script(site):
    # A page runs only the site's own script files: no inline script (an inline one would need its hash
    # in the policy, which the build adds; Material's tab script is left out, the site's tabs are CSS).
    for page in ("countries/se/kids", "platforms/instagram/teens", "topics/sextortion/kids", "browse-safely", ""):
        path = site / page / "index.html"
        csp = csp_of(path)
        assert csp.startswith("default-src 'self'") and "unsafe-inline" not in csp.split("style-src")[0], page
        assert all(script.get("src") for script in soup(path).find_all("script")), page


def test_the_api_agrees_with_the_data(site, dataset):
    api = site / "api" / "v1"
    countries = json.loads((api / "countries.json").read_text())
    assert {c["id"] for c in countries} == set(dataset.countries)
    sweden = json.loads((api / "countries" / "se.json").read_text())
    assert [r["id"] for r in sweden["resources"]] == [r.id for r in dataset.resources_for("se")]
    assert all(isinstance(r["last_verified"], str) and r["source"].startswith("https://") for r in sweden["resources"])
    platforms = json.loads((api / "platforms.json").read_text())
    assert {p["id"] for p in platforms} == set(dataset.platforms)
    for slug in dataset.platforms:
        assert json.loads((api / "platforms" / f"{slug}.json").read_text())["guides"]
    topics = json.loads((api / "topics.json").read_text())
    assert {t["id"] for t in topics} == set(dataset.topics)


@pytest.fixture
def fixture_docs(tmp_path):
    return copy_hand_pages(tmp_path / "docs")


def test_bad_data_stops_the_build_with_path_and_field_and_writes_nothing(data, fixture_docs, tmp_path):
    data.replace("resources/gb-fixture-hotline.yml", "https://example.org/report", "http://example.org/report")
    data.replace("countries/se.yml", "languages: [sv]", "languages: [sv]\nlanguage: [sv]")
    result = run_build(tmp_path / "site", data.dir, fixture_docs)
    assert result.returncode == 1
    assert "data/resources/gb-fixture-hotline.yml:11: contacts[1].value: must be a full https:// address" in result.stderr
    assert "data/countries/se.yml:4: language: unknown field" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "site").exists()


def test_mkdocs_itself_refuses_bad_data_without_a_traceback(data, fixture_docs, tmp_path):
    import os
    import subprocess
    import sys

    data.replace("countries/se.yml", "languages: [sv]", "languages: [sv]\nlanguage: [sv]")
    env = dict(os.environ, ATLAS_DATA_DIR=str(data.dir), ATLAS_DOCS_DIR=str(fixture_docs), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "out")],
                            env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "data/countries/se.yml:4: language: unknown field" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "index.html").exists()


def test_markup_and_template_syntax_in_data_are_shown_as_text(data, fixture_docs, tmp_path):
    evil = "<script>alert(1)</script> {{ 7*7 }} {% if true %}x{% endif %} **bold** [link](javascript:alert(1))"
    data.replace("resources/se-fixture-helpline.yml", "summary: A helpline that exists only in tests.", f"summary: '{evil}'")
    data.replace("platforms/fixture-app.yml", "- Tap Block.", f"- '{evil}'")
    data.replace("topics/fixture-topic.yml", "title: A topic for kids", "title: 'Kids {{ 7*7 }} <b>x</b>'")
    result = run_build(tmp_path / "site", data.dir, fixture_docs, "--lang", "en")
    assert result.returncode == 0, result.stderr
    for page in ("countries/se/kids", "platforms/fixture-app/kids", "topics/fixture-topic/kids"):
        html = (tmp_path / "site" / page / "index.html").read_text()
        assert "<script>alert(1)" not in html
        assert "<b>x</b>" not in html and "<strong>bold" not in html and 'href="javascript:' not in html
        assert ">49<" not in html and " 49 " not in html
    country = (tmp_path / "site" / "countries/se/kids/index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% if true %}x{% endif %} **bold**" in country
    topic = (tmp_path / "site" / "topics/fixture-topic/kids/index.html").read_text()
    assert "Kids {{ 7*7 }} &lt;b&gt;x&lt;/b&gt;" in topic


def test_a_new_country_file_adds_its_pages_with_no_code_change(data, fixture_docs, tmp_path):
    text = data.path("countries/se.yml").read_text().replace("id: se", "id: no").replace("languages: [sv]", "languages: [nb]")
    data.write("countries/no.yml", text)
    result = run_build(tmp_path / "site", data.dir, fixture_docs, "--lang", "en")
    assert result.returncode == 0, result.stderr
    for audience in AUDIENCES:
        assert (tmp_path / "site" / "countries" / "no" / audience / "index.html").is_file()
    assert 'href="no/"' in (tmp_path / "site" / "countries" / "index.html").read_text()


def test_a_failing_page_stops_the_build_and_says_why(data, fixture_docs, tmp_path):
    # A template mistake in a hand-written page: the error must reach the person building, not vanish.
    page = fixture_docs / "en" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ no_such_variable }}\n", encoding="utf-8")
    result = run_build(tmp_path / "site", data.dir, fixture_docs, "--lang", "en")
    assert result.returncode == 1
    assert "no_such_variable" in result.stderr
    assert not (tmp_path / "site").exists()


def test_the_contributing_guide_example_adds_a_country_with_no_code_change(data, fixture_docs, tmp_path):
    # The worked example in CONTRIBUTING.md, copied as a contributor would, must validate and build.
    import re
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[1] / "CONTRIBUTING.md").read_text(encoding="utf-8")
    examples = re.findall(r"File `data/([a-z]+/[a-z0-9-]+\.yml)`:\n\n```yaml\n(.*?)```", guide, re.S)
    assert {path for path, _ in examples} == {"countries/no.yml", "resources/no-kors-pa-halsen.yml"}
    for path, text in examples:
        data.write(path, text)
    assert data.errors() == []
    result = run_build(tmp_path / "site", data.dir, fixture_docs, "--lang", "en")
    assert result.returncode == 0, result.stderr
    for audience in ("kids", "teens"):
        page = (tmp_path / "site" / "countries" / "no" / audience / "index.html").read_text(encoding="utf-8")
        assert "Kors på halsen" in page and 'href="tel:112"' in page


def test_markup_is_inert_in_translations_the_api_and_the_panels(data, fixture_docs, tmp_path):
    # No digits: a translation may not hold numbers its English lacks, and that rule is not what is tested here.
    evil = "<script>alert(document.cookie)</script> {{ config }} [x](javascript:alert(document.cookie))"
    data.replace("resources/se-fixture-helpline.yml", "name: Fixture Helpline", f"name: '{evil} Fixture Helpline'")
    data.replace("translations/sv/platforms/fixture-app.yml", "- Tryck på Blockera.", f"- '{evil}'")
    data.restamp("translations/sv/platforms/fixture-app.yml")
    result = run_build(tmp_path / "site", data.dir, fixture_docs, "--lang", "en", "--lang", "sv")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for page in ("sv/platforms/fixture-app/kids/index.html", "countries/se/kids/index.html", "embed/en/se/kids.html",
                 "embed/sv/se/kids.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert "<script>alert(" not in html and 'href="javascript:' not in html and "site_name" not in html, page
        assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt; {{ config }}" in html, page
    record = json.loads((site / "api/v1/countries/se.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in record["resources"]]
    assert any(name.startswith(evil) for name in names)  # the API carries the text as text, never as HTML


def test_a_service_of_every_country_is_short_on_country_pages_and_whole_on_its_own_page(site, dataset):
    # Take It Down stands on all 224 country pages: there, what it does, who it is for and how to reach it;
    # its other facts, date, source and mistake link once, on the page of services for every country.
    take_it_down = dataset.resources["take-it-down"]
    card = soup(site / "countries" / "se" / "teens" / "index.html").select_one("article[data-resource=take-it-down]")
    assert take_it_down.summary in card.get_text()
    assert take_it_down.eligibility in card.get_text()
    assert card.select_one("a[href='https://takeitdown.ncmec.org/']") is not None
    assert take_it_down.limits not in card.get_text() and "Checked on" not in card.get_text()
    whole = soup(site / "everywhere" / "teens" / "index.html").select_one("article#take-it-down")
    assert take_it_down.limits in whole.get_text() and "Checked on" in whole.get_text()
    assert whole.select_one(f"a[href='{take_it_down.source}']") is not None
    for lang in LANGS:
        for audience in AUDIENCES:
            assert (lang_root(site, lang) / "everywhere" / audience / "index.html").is_file(), (lang, audience)
