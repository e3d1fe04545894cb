"""The law block on country pages: sentences only from sourced facts, plain for kids, in the API."""
import json
import re

import textstat
from bs4 import BeautifulSoup

from macros.api import law_record

GRADE = {"kids": 5, "teens": 8}


def law_section(site, cc, audience, lang_prefix=""):
    html = BeautifulSoup((site / lang_prefix / "countries" / cc / audience / "index.html").read_text(), "html.parser")
    return html.select_one("[data-atlas-law]")


def test_every_country_with_a_law_file_shows_the_block_for_every_audience(site, dataset):
    for cc, law in dataset.laws.items():
        assert law_section(site, cc, "parents") is not None, cc
        teens_facts = [law.criminal_responsibility_age, law.consent_age, law.csam_offence, law.grooming_offence,
                       law.police_reporting, law.victim_rights,
                       law.self_generated_images if law.self_generated_images and
                       law.self_generated_images.treatment in ("exempt", "diverted") else None]
        assert (law_section(site, cc, "teens") is not None) == any(teens_facts), cc
        kids_facts = law.criminal_responsibility_age or (law.csam_offence and law.csam_offence.sharing)
        assert (law_section(site, cc, "kids") is not None) == bool(kids_facts), cc


def test_a_country_without_a_law_file_has_no_empty_block(site, dataset):
    without = sorted(set(dataset.countries) - set(dataset.laws))
    assert without, "every country has a law file: pick another test"
    for audience in ("kids", "teens", "parents"):
        assert law_section(site, without[0], audience) is None


def test_no_sentence_has_an_empty_fact(site, dataset):
    # A filled-in fact is isolated in <bdi>; an empty one would leave "<bdi></bdi>" or a doubled space.
    for cc in list(dataset.laws)[:60]:
        for audience in ("kids", "teens", "parents"):
            section = law_section(site, cc, audience)
            if section is None:
                continue
            assert all(b.get_text(strip=True) for b in section.select("bdi")), (cc, audience)
            text = section.get_text(" ", strip=True)
            assert not re.search(r"\bNone\b|\{\w+\}|under\s+cannot|is\s+\.", text), (cc, audience, text)


def test_every_block_ends_with_its_date_and_says_it_is_not_advice(site, dataset):
    for cc in list(dataset.laws)[:40]:
        section = law_section(site, cc, "parents")
        assert "General information, not legal advice." in section.select_one(".atlas-law__disclaimer").get_text()


def test_kids_and_teens_law_blocks_read_easily(site, dataset):
    worst, grades = {}, {"kids": [], "teens": []}
    for audience, limit in GRADE.items():
        for cc in dataset.laws:
            section = law_section(site, cc, audience)
            if section is None:
                continue
            for details in section.select("details"):
                details.decompose()  # sources are for grown-ups, one tap away
            parts = [el.get_text(" ", strip=True) for el in section.select("h2, h3, p, li")]
            text = " ".join(p if p.endswith((".", ":", "!", "?")) else p + "." for p in parts)
            grade = textstat.flesch_kincaid_grade(text)
            grades[audience].append(grade)
            worst[audience] = max(worst.get(audience, 0), grade)
    print(f"\nLaw block alone, hardest Flesch-Kincaid grade: {worst}")
    # The limit is on the whole page a child reads (tests/test_topics.py); a three-sentence block alone
    # swings with one long country name, so here the typical block must be within it.
    assert sorted(grades["kids"])[len(grades["kids"]) // 2] <= GRADE["kids"]
    assert worst["teens"] <= GRADE["teens"]


def test_nothing_tells_a_child_they_will_be_punished(site, dataset):
    for cc in dataset.laws:
        for audience in ("kids", "teens"):
            section = law_section(site, cc, audience)
            if section is not None:
                assert not re.search(r"\b(will be|you'll be) (punished|arrested|prosecuted|jailed)", section.get_text(" "), re.I)


def test_the_api_carries_the_law_as_in_the_data(site, dataset):
    for cc in dataset.countries:
        record = json.loads((site / "api/v1/countries" / f"{cc}.json").read_text())
        assert record["law"] == law_record(dataset.laws.get(cc)), cc
    se = json.loads((site / "api/v1/countries/se.json").read_text())["law"]
    law = dataset.laws["se"]
    assert se["criminal_responsibility_age"]["age"] == law.criminal_responsibility_age.age
    assert all("source" in fact and "last_verified" in fact for key, fact in se.items() if key != "treaties")
    assert "note" not in json.dumps(se)


def test_law_topics_link_to_the_country_law_without_javascript(site, dataset):
    topics = [t for t in dataset.topics.values() if t.show_law]
    assert len(topics) >= 4
    for topic in topics:
        html = BeautifulSoup((site / "topics" / topic.id / "teens" / "index.html").read_text(), "html.parser")
        box = html.select_one("[data-atlas-country-law]")
        assert box is not None and box.select_one("a[href$='countries/']"), topic.id


def test_translated_sites_show_the_law_block_too(site, dataset):
    cc = next(iter(dataset.laws))
    for lang in dataset.languages:
        if lang != "en":
            assert law_section(site, cc, "parents", lang) is not None, lang
