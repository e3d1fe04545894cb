"""Links between pages are relative (the site works in any folder): the fast segment-based version gives
what posixpath.relpath gives, for every pair of page URLs."""
import posixpath

from hypothesis import given, strategies as st

from macros.links import relative

SEGMENT = st.sampled_from(["countries", "se", "kids", "teens", "platforms", "x", "everywhere", "help-us"])
PAGE_URL = st.lists(SEGMENT, max_size=4).map(lambda parts: "".join(p + "/" for p in parts))


def by_relpath(from_url: str, to_url: str) -> str:
    rel = posixpath.relpath(to_url.rstrip("/") or ".", from_url.rstrip("/") or ".")
    if rel == ".":
        return "./"
    return rel + "/" if to_url.endswith("/") or to_url == "" else rel


@given(PAGE_URL, PAGE_URL)
def test_relative_links_agree_with_relpath(here, there):
    assert relative(here, there) == by_relpath(here, there)


def test_relative_links_to_files_and_anchors():
    assert relative("countries/se/kids/", "assets/atlas.css") == "../../../assets/atlas.css"
    assert relative("countries/se/kids/", "everywhere/kids/#take-it-down") == "../../../everywhere/kids/#take-it-down"
    assert relative("", "countries/") == "countries/"
    assert relative("countries/se/kids/", "countries/se/kids/") == "./"
