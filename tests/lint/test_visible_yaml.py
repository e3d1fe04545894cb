SE = "countries/se.yml"


def test_a_key_twice_at_the_top_is_refused(data):
    data.replace(SE, "languages: [sv]", "languages: [sv]\nlanguages: [en]")
    assert data.has_error("data/countries/se.yml:4: languages:", "appears twice in one mapping (also on line 3)")


def test_a_key_twice_deeper_down_is_refused(data):
    data.replace("platforms/fixture-app.yml", "    source: https://example.org/help/block\n",
                 "    source: https://example.org/help/block\n    source: https://example.org/other\n")
    assert data.has_error("data/platforms/fixture-app.yml:", "guides.block.source: appears twice")


def test_anchors_and_aliases_are_refused(data):
    data.replace(SE, "languages: [sv]", "languages: &l [sv]\nx_languages: *l")
    assert data.has_error("data/countries/se.yml:3: (file):", "anchor &l")
    assert data.has_error("data/countries/se.yml:4: (file):", "alias *l")


def test_explicit_tags_are_refused(data):
    data.replace(SE, "languages: [sv]", "languages: !!seq [sv]")
    assert data.has_error("data/countries/se.yml:3: (file):", "explicit tag")


def test_a_second_document_is_refused(data):
    path = data.path(SE)
    path.write_text(path.read_text(encoding="utf-8") + "---\nid: gb\n", encoding="utf-8")
    assert data.has_error("data/countries/se.yml:", "more than one YAML document")


def test_plain_files_pass(data):
    assert data.errors() == []
