def test_broken_yaml_names_file_and_line(data):
    data.replace("countries/se.yml", "languages: [sv]", "languages: [sv")
    assert data.has_error("data/countries/se.yml:", "not valid YAML")


def test_a_list_at_the_top_is_refused(data):
    data.write("countries/se.yml", "# yaml-language-server: $schema=../../schemas/countries.schema.json\n- se\n")
    assert "data/countries/se.yml:1: (file): must be a mapping of fields (key: value), not a list or plain text" in data.errors()


def test_one_broken_file_does_not_hide_the_others(data):
    data.replace("countries/se.yml", "languages: [sv]", "languages: [sv")
    data.replace("resources/gb-fixture-hotline.yml", "https://example.org/report", "http://example.org/report")
    errors = data.errors()
    assert any("countries/se.yml" in p for p in errors)
    assert any("gb-fixture-hotline.yml:11: contacts[1].value: must be a full https://" in p for p in errors)


def test_norway_stays_norway(data):
    """YAML 1.1 would read `no` as false; data files use YAML 1.2 booleans."""
    text = data.path("countries/se.yml").read_text().replace("id: se", "id: no").replace("languages: [sv]", "languages: [nb, nn]")
    data.write("countries/no.yml", text)
    assert data.errors() == []
