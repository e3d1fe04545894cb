def test_unknown_field(data):
    data.replace("countries/se.yml", "languages: [sv]", "languages: [sv]\nlanguage: [sv]")
    assert "data/countries/se.yml:4: language: unknown field (check the spelling; see schemas/countries.md)" in data.errors()


def test_wrong_type(data):
    data.replace("platforms/fixture-app.yml", "minimum_age: 13", "minimum_age: thirteen")
    assert data.has_error("data/platforms/fixture-app.yml:5: minimum_age: ", "'thirteen'")


def test_missing_required_field(data):
    data.replace("resources/se-fixture-helpline.yml", "summary: A helpline that exists only in tests.\n", "")
    assert data.has_error("data/resources/se-fixture-helpline.yml:", ": summary: required field is missing")


def test_unknown_resource_type(data):
    data.replace("resources/se-fixture-helpline.yml", "type: helpline", "type: hepline")
    assert data.has_error("data/resources/se-fixture-helpline.yml:3: type: ")


def test_nested_field_path(data):
    data.replace("resources/se-fixture-helpline.yml", "kind: chat", "kind: pigeon")
    assert data.has_error("data/resources/se-fixture-helpline.yml:11: contacts[1].kind: ")
