"""Every language as a reader meets it: every page exists, right-to-left where it should be, English
fallback marked as English, the machine-translation notice, and translated pages that are not English."""
import json
import re

import pytest
from bs4 import BeautifulSoup

from macros.i18n import SOURCE_LANG, Words, site_prefix
from macros.localize import localized
from macros.pages import PageRef, all_pages, translation_notes
from macros.translatable import strings

RTL = {"ar", "fa", "ur"}
# The most common English words: in a translated page's main text they are a sign of untranslated text.
# Only words that are not also common words of the site's other Latin-script languages ("a", "no", "me" are Spanish).
ENGLISH_STOP_WORDS = set("""about after and are been but can do from has have her his how if into is it its my not
of or our she that the their them then there they this to was what when which who will with you your""".split())


# Chinese, Thai and Khmer write words without spaces between them: splitting on spaces would count a
# whole phrase as one word and make three English words of "Take It Down" look like 6% of a page.
# Their letters are counted as words of a typical length instead (Chinese about 1.5 characters a word,
# Thai and Khmer about 4).
UNSPACED_SCRIPTS = ((re.compile(r"[\u3400-\u9fff\uf900-\ufaff]"), 1.5), (re.compile(r"[\u0e00-\u0e7f\u1780-\u17ff]"), 4))


def word_count(text):
    count = 0.0
    for letters, letters_a_word in UNSPACED_SCRIPTS:
        count += len(letters.findall(text)) / letters_a_word
        text = letters.sub(" ", text)
    return count + len(re.findall(r"[^\W\d_]+", text))


def soup(site, lang, url):
    return BeautifulSoup((site / site_prefix(lang) / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def other_languages(dataset):
    return sorted(code for code in dataset.languages if code != SOURCE_LANG)


def test_the_site_has_the_languages_asked_for(dataset):
    wanted = {"en", "sv", "ar", "fi", "es", "fr", "pt-BR", "de", "tr", "ru", "uk", "fa", "ur", "hi", "bn", "id", "fil",
              "vi", "th", "km", "zh-Hans", "sw", "am", "so"}
    assert wanted <= set(dataset.languages), sorted(wanted - set(dataset.languages))


def test_every_page_exists_in_every_language(site, dataset):
    missing = [(lang, ref.url) for lang in dataset.languages for ref in all_pages(dataset)
               if not (site / site_prefix(lang) / ref.url / "index.html").is_file()]
    assert missing == []


def test_right_to_left_languages_are_laid_out_right_to_left(site, dataset):
    for lang in dataset.languages:
        direction = Words(dataset, lang).direction
        assert (direction == "rtl") == (lang in RTL), lang
        page = soup(site, lang, "topics/sextortion/kids")
        assert page.body["dir"] == direction and page.html["lang"] == lang, lang


def test_english_shown_on_another_language_page_is_marked_english(site, dataset):
    # Every translatable English text of a topic that appears on another language's page sits inside an
    # element marked lang="en" dir="ltr", so it is never laid out right to left.
    for lang in other_languages(dataset):
        english = localized(dataset, SOURCE_LANG).english_text("topics", "sextortion")
        page = soup(site, lang, "topics/sextortion/kids").select_one(".atlas-topic")
        for loc, text in strings(english.get("variants", {}).get("kids", {})):
            for node in page.find_all(string=lambda s: s and s.strip() == text.strip()):
                marked = node.find_parent(attrs={"lang": True})
                assert marked is not None and marked["lang"] == "en" and marked.get("dir") == "ltr", (lang, loc)


def test_an_untranslated_interface_string_is_marked_english(site, dataset):
    for lang in other_languages(dataset):
        missing = [k for k in dataset.languages[SOURCE_LANG].strings if k not in dataset.languages[lang].strings]
        if "help_now" in missing:
            span = soup(site, lang, "countries/se/kids").select_one("#help span[lang=en]")
            assert span is not None and span["dir"] == "ltr", lang


def test_machine_assisted_pages_say_so_in_their_language(site, dataset):
    checked = 0
    for lang in other_languages(dataset):
        if not dataset.languages[lang].unreviewed_machine_text:
            continue
        notice = soup(site, lang, "countries/se/kids").select_one("[data-atlas-machine-translated]")
        assert notice is not None, lang
        assert Words(dataset, lang)("machine_translated") in notice.get_text(), lang
        assert notice.select_one("a[hreflang=en]") and notice.select_one("a[href*=CONTRIBUTING]"), lang
        checked += 1
    assert checked
    assert soup(site, "en", "countries/se/kids").select_one("[data-atlas-machine-translated]") is None


def test_a_page_with_english_left_in_it_says_so(site, dataset):
    for lang in other_languages(dataset):
        notes = translation_notes(PageRef("platform", "instagram", "kids"), dataset, lang)
        notice = soup(site, lang, "platforms/instagram/kids").select_one(".atlas-not-translated")
        assert (notice is not None) == notes["partly_english"], (lang, notes)


def test_translated_topic_pages_are_not_english(site, dataset, capsys):
    rows = []
    for lang in other_languages(dataset):
        local = localized(dataset, lang)
        for topic in dataset.topics:
            if not local.state("topics", topic).complete:
                continue
            for audience in dataset.topics[topic].audiences:
                page = soup(site, lang, f"topics/{topic}/{audience}")
                text = page.select_one(".atlas-topic").get_text(" ")
                words = text.split()
                english = sum(w.strip(".,:;!?()").lower() in ENGLISH_STOP_WORDS for w in words)
                share = english / max(1, word_count(text))
                rows.append((lang, topic, audience, share))
                assert share < 0.05, (lang, topic, audience, round(share, 3))
    with capsys.disabled():
        print(f"\nTranslated topic pages checked for English stop words: {len(rows)}")


def test_the_language_menu_starts_with_the_country_s_languages_and_reaches_all(site, dataset):
    # In the page: the country's own languages, English, and the page of all languages; the script
    # lists the rest from languages.json (tests/browser/test_language_menu.py).
    menu = soup(site, "en", "countries/se/kids").select(".md-select__list a")
    assert [a.get("hreflang") for a in menu] == ["sv", "en", None]
    assert menu[-1]["href"].endswith("languages/")
    assert [a.get("hreflang") for a in soup(site, "en", "countries/eg/kids").select(".md-select__list a")][0] == "ar"
    listed = json.loads((site / "languages.json").read_text(encoding="utf-8"))
    assert [entry["lang"] for entry in listed][0] == "en" and {e["lang"] for e in listed} == set(dataset.languages)
    page = soup(site, "en", "languages").select(".md-content a[hreflang]")
    assert {a["hreflang"] for a in page} == set(dataset.languages)


@pytest.mark.parametrize("lang", ["ar", "fa", "ur"])
def test_names_and_numbers_are_isolated_in_right_to_left_pages(site, dataset, lang):
    page = soup(site, lang, "countries/se/kids")
    assert page.select(".atlas-resource__name bdi"), "organisation names are isolated"
    assert all(n.get("dir") == "ltr" for n in page.select(".atlas-number"))
