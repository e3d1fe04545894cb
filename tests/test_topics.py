"""Topics as a reader meets them: reading level of the rendered English text, the not-your-fault
and who-to-tell elements on every kids and teens page, and links from every country page."""
import pytest
import textstat
from bs4 import BeautifulSoup

from macros.models import AUDIENCES

MAX_GRADE = {"kids": 5, "teens": 8, "parents": 10}


def topic_text(site, slug, audience) -> str:
    html = BeautifulSoup((site / "topics" / slug / audience / "index.html").read_text(), "html.parser")
    main = html.select_one(".atlas-topic")
    for chrome in main.select(".atlas-audiences, .atlas-sources, .atlas-help-elsewhere"):
        chrome.decompose()
    # Headings and list items are sentences to a reader; give them an end so they count as such.
    parts = [el.get_text(" ", strip=True) for el in main.select("h1, h2, p, li")]
    return " ".join(p if p.endswith((".", "!", "?", ":")) else p + "." for p in parts if p)


def test_reading_level_of_every_topic(site, dataset, capsys):
    rows, too_hard = [], []
    for slug, topic in sorted(dataset.topics.items(), key=lambda kv: kv[1].order):
        grades = {}
        for audience in topic.audiences:
            grade = textstat.flesch_kincaid_grade(topic_text(site, slug, audience))
            grades[audience] = grade
            if grade > MAX_GRADE[audience]:
                too_hard.append(f"{slug}/{audience}: grade {grade} > {MAX_GRADE[audience]}")
        rows.append(f"{slug:32} " + " ".join(f"{grades[a]:>7.1f}" if a in grades else f"{'-':>7}" for a in AUDIENCES))
    with capsys.disabled():
        print("\nFlesch-Kincaid grade of the rendered English text\n" + f"{'topic':32} " + " ".join(f"{a:>7}" for a in AUDIENCES))
        print("\n".join(rows))
    assert too_hard == []


def test_kids_and_teens_pages_say_not_your_fault_and_who_to_tell(site, dataset):
    for slug, topic in dataset.topics.items():
        for audience in ("kids", "teens"):
            if audience not in topic.audiences:
                continue
            html = BeautifulSoup((site / "topics" / slug / audience / "index.html").read_text(), "html.parser")
            assert "It is not your fault." in html.select_one(".atlas-nyf").get_text(), (slug, audience)
            assert html.select_one(".atlas-who-to-tell p").get_text(strip=True), (slug, audience)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_country_page_links_to_every_topic_for_its_audience(site, dataset, audience):
    for cc in dataset.countries:
        expected = {f"../../../topics/{t.id}/{audience}/?cc={cc}" for t in dataset.topics_for(audience)}
        html = BeautifulSoup((site / "countries" / cc / audience / "index.html").read_text(), "html.parser")
        links = {a["href"] for a in html.select("#topics + ul a")}
        assert expected <= links, cc


def test_every_kids_and_teens_page_says_it_is_not_your_fault(site, dataset):
    pages = [site / "countries" / "se" / a / "index.html" for a in ("kids", "teens")]
    pages += [site / "platforms" / slug / a / "index.html" for slug in dataset.platforms for a in ("kids", "teens")]
    for page in pages:
        assert "It is not your fault." in page.read_text(), page
