def test_unknown_country_code(data):
    data.replace("resources/se-fixture-helpline.yml", "countries: [se]", "countries: [se, qq]")
    assert "data/resources/se-fixture-helpline.yml:6: countries[1]: 'qq' is not an ISO 3166-1 country code" in data.errors()


def test_unknown_language_code(data):
    data.replace("countries/se.yml", "languages: [sv]", "languages: [sv, qx]")
    assert "data/countries/se.yml:3: languages[1]: 'qx' is not a language code babel knows" in data.errors()


def test_country_file_with_unknown_code(data):
    text = data.path("countries/se.yml").read_text().replace("id: se", "id: qq")
    data.write("countries/qq.yml", text)
    assert "data/countries/qq.yml:2: id: 'qq' is not an ISO 3166-1 country code" in data.errors()
