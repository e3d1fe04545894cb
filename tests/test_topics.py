"""Topics as a reader meets them: reading level of the rendered English text, the not-your-fault
and who-to-tell elements on every kids and teens page, and links from every country page."""
import collections
import statistics
import re

import pytest
import textstat
from bs4 import BeautifulSoup

from macros.models import AUDIENCES

MAX_GRADE = {"kids": 5, "teens": 8, "parents": 10}


def page_text(path) -> str:
    """What a reader of the page reads first: its whole main text, without what is folded away
    ("Where this comes from", for grown-ups, one tap away)."""
    html = BeautifulSoup(path.read_text(), "html.parser")
    main = html.select_one(".md-content") or html
    for folded in main.select("details"):
        folded.decompose()
    # Headings and list items are sentences to a reader; give them an end so they count as such.
    parts = [el.get_text(" ", strip=True) for el in main.select("h1, h2, h3, p, li, summary")]
    return " ".join(p if p.endswith((".", "!", "?", ":")) else p + "." for p in parts if p)


def topic_text(site, slug, audience) -> str:
    return page_text(site / "topics" / slug / audience / "index.html")


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


@pytest.mark.parametrize("kind", ["countries", "platforms"])
def test_reading_level_of_whole_country_and_platform_pages(site, dataset, kind, capsys):
    ids = sorted(dataset.countries if kind == "countries" else dataset.platforms)
    worst = {}
    for audience in ("kids", "teens"):
        grades = {i: textstat.flesch_kincaid_grade(page_text(site / kind / i / audience / "index.html")) for i in ids}
        hardest = max(grades, key=grades.get)
        worst[audience] = (hardest, grades[hardest])
    with capsys.disabled():
        print(f"\nHardest {kind} pages (Flesch-Kincaid grade, whole page): {worst}")
    assert worst["kids"][1] <= MAX_GRADE["kids"] and worst["teens"][1] <= MAX_GRADE["teens"], worst


def sentences_said_twice(path) -> list[str]:
    html = BeautifulSoup(path.read_text(), "html.parser")
    main = html.select_one(".md-content") or html
    for label in main.select(".atlas-verified, .atlas-resource__type, details"):  # labels, not sentences
        label.decompose()
    said = [s.strip() for p in main.select("p") for s in re.split(r"(?<=[.!?])\s+", p.get_text(" ", strip=True))]
    counted = collections.Counter(s for s in said if len(s.split()) >= 4)
    return [s for s, n in counted.items() if n > 1]


def test_no_sentence_stands_twice_on_a_kids_or_teens_page(site, dataset):
    pages = [site / "topics" / t / a / "index.html" for t, topic in dataset.topics.items() for a in ("kids", "teens")
             if a in topic.audiences]
    pages += [site / "countries" / cc / a / "index.html" for cc in dataset.countries for a in ("kids", "teens")]
    pages += [site / "platforms" / p / a / "index.html" for p in dataset.platforms for a in ("kids", "teens")]
    twice = {str(p.relative_to(site)): d for p in pages if (d := sentences_said_twice(p))}
    assert twice == {}


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
        expected = {f"../../../topics/{t.id}/{audience}/" for t in dataset.topics_for(audience)}  # ?cc= added by the script
        html = BeautifulSoup((site / "countries" / cc / audience / "index.html").read_text(), "html.parser")
        links = {a["href"] for a in html.select("#topics + ul a")}
        assert expected <= links, cc


def test_every_kids_and_teens_page_says_it_is_not_your_fault(site, dataset):
    pages = [site / "countries" / "se" / a / "index.html" for a in ("kids", "teens")]
    pages += [site / "platforms" / slug / a / "index.html" for slug in dataset.platforms for a in ("kids", "teens")]
    for page in pages:
        assert "It is not your fault." in page.read_text(), page


# The translated languages textstat can measure: for these its Flesch reading ease uses constants
# fitted to the language (and hyphenation dictionaries to count its syllables).
MEASURED_TRANSLATIONS = ("de", "es", "fr", "ru")
EASY = 70  # "fairly easy" on the Flesch scale


def test_reading_ease_of_translated_topic_pages(site, dataset, capsys):
    rows = {}
    try:
        for lang in MEASURED_TRANSLATIONS:
            textstat.set_lang(lang)
            rows[lang] = {a: statistics.median(
                textstat.flesch_reading_ease(page_text(site / lang / "topics" / slug / a / "index.html"))
                for slug, topic in dataset.topics.items() if a in topic.audiences) for a in AUDIENCES}
    finally:
        textstat.set_lang("en")
    with capsys.disabled():
        print("\nFlesch reading ease of translated topic pages (median, higher is easier)")
        for lang, row in rows.items():
            print(f"{lang:6}" + "".join(f"{a} {row[a]:5.1f}   " for a in AUDIENCES))
    for lang, row in rows.items():
        assert row["kids"] >= EASY and row["kids"] >= row["teens"] >= row["parents"], (lang, row)
