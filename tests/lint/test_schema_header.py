def test_missing_header(data):
    data.replace("countries/se.yml", "# yaml-language-server: $schema=../../schemas/countries.schema.json\n", "")
    assert ("data/countries/se.yml:1: (file): first line must be: "
            "# yaml-language-server: $schema=../../schemas/countries.schema.json") in data.errors()


def test_header_of_another_kind(data):
    data.replace("countries/se.yml", "countries.schema.json", "topics.schema.json")
    assert data.has_error("data/countries/se.yml:1: (file): first line must be")
