"""The stale-translation check: a translation is current until its English page changes."""
from macros.translations import page_fingerprint as fingerprint, translation_states


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_translation_goes_stale_when_its_english_page_changes(tmp_path):
    english = tmp_path / "en" / "about.md"
    write(english, "---\ntitle: About\n---\n\n# About\n")
    write(tmp_path / "sv" / "about.md", f"---\ntranslated_from: {fingerprint(english)}\ntitle: Om\n---\n\n# Om\n")
    write(tmp_path / "en" / "help.md", "# Help\n")
    write(tmp_path / "en" / "countries" / "se.md", "generated stubs are not hand pages\n")
    states = {(t.lang, t.page): t.state for t in translation_states(tmp_path)}
    assert states == {("sv", "about.md"): "current", ("sv", "help.md"): "missing"}

    write(english, "---\ntitle: About\n---\n\n# About us\n")
    assert {t.page: t.state for t in translation_states(tmp_path)}["about.md"] == "stale"


def test_a_translation_without_its_source_fingerprint_is_unmarked(tmp_path):
    write(tmp_path / "en" / "index.md", "# Home\n")
    write(tmp_path / "ar" / "index.md", "---\ntitle: x\n---\n# x\n")
    assert [t.state for t in translation_states(tmp_path)] == ["unmarked"]


def test_every_real_translation_names_its_english_source():
    # Stale is allowed (an English fix must not wait for every translator); CI lists stale pages.
    unmarked = [t for t in translation_states() if t.state == "unmarked"]
    assert unmarked == [], "run `make translations` and add translated_from to these pages"


def test_a_language_without_a_pages_folder_yet_has_every_page_missing(tmp_path):
    # `translations todo de` must list the hand pages before docs/de/ exists.
    write(tmp_path / "en" / "index.md", "# Home\n")
    write(tmp_path / "en" / "about.md", "# About\n")
    assert {(t.lang, t.page, t.state) for t in translation_states(tmp_path, ["de"])} == {
        ("de", "about.md", "missing"), ("de", "index.md", "missing")}
