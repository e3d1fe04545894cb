def test_unknown_field(data):
    data.replace("countries/se.yml", "languages: [sv]", "languages: [sv]\nlanguage: [sv]")
    assert "data/countries/se.yml:4: language: unknown field (check the spelling; see schemas/countries.md)" in data.errors()


def test_wrong_type(data):
    data.replace("platforms/fixture-app.yml", "minimum_age: 13", "minimum_age: thirteen")
    errors = data.errors()
    assert any(p.startswith("data/platforms/fixture-app.yml:5: minimum_age: ") and "'thirteen'" in p for p in errors)


def test_missing_required_field(data):
    data.replace("resources/se-fixture-helpline.yml", "summary: A helpline that exists only in tests.\n", "")
    assert any(p.startswith("data/resources/se-fixture-helpline.yml:") and ": summary: required field is missing" in p
               for p in data.errors())


def test_unknown_resource_type(data):
    data.replace("resources/se-fixture-helpline.yml", "type: helpline", "type: hepline")
    assert any(p.startswith("data/resources/se-fixture-helpline.yml:3: type: ") for p in data.errors())


def test_nested_field_path(data):
    data.replace("resources/se-fixture-helpline.yml", "kind: chat", "kind: pigeon")
    assert any(p.startswith("data/resources/se-fixture-helpline.yml:11: contacts[1].kind: ") for p in data.errors())
