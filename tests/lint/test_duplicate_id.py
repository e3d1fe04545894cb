def test_two_files_with_one_id(data):
    text = data.path("countries/se.yml").read_text()
    data.write("countries/se.yaml", text)
    errors = data.errors()
    assert "data/countries/se.yml:2: id: 'se' is already used by data/countries/se.yaml" in errors
    assert "data/countries/se.yaml:1: (file): data files end in .yml" in errors
