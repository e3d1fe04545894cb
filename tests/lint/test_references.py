def test_resource_names_a_country_without_a_file(data):
    data.replace("resources/se-fixture-helpline.yml", "countries: [se]", "countries: [se, fi]")
    data.replace("resources/se-fixture-helpline.yml", "    short_code: true\n", "    short_code: true\n    country: se\n")
    assert "data/resources/se-fixture-helpline.yml:6: countries[1]: there is no data/countries/fi.yml" in data.errors()


def test_contact_country_outside_the_resource(data):
    data.replace("resources/se-fixture-helpline.yml", "    short_code: true\n", "    short_code: true\n    country: gb\n")
    assert "data/resources/se-fixture-helpline.yml:11: contacts[0].country: 'gb' is not in this resource's countries" in data.errors()
