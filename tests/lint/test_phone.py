def test_invalid_full_number(data):
    data.replace("resources/gb-fixture-hotline.yml", '"020 7946 0000"', '"020 7946"')
    assert data.has_error("data/resources/gb-fixture-hotline.yml:9: contacts[0].value: '020 7946' is not a valid phone number for GB")


def test_short_code_must_be_declared(data):
    data.replace("resources/se-fixture-helpline.yml", "    short_code: true\n", "")
    assert data.has_error("data/resources/se-fixture-helpline.yml:9: contacts[0].value: '116 111' is not a valid phone number for SE", "short_code: true")


def test_short_code_must_be_3_to_8_digits(data):
    data.replace("resources/se-fixture-helpline.yml", '"116 111"', '"12"')
    assert "data/resources/se-fixture-helpline.yml:9: contacts[0].value: '12' is not a short number: 3 to 8 digits, spaces allowed" in data.errors()


def test_short_code_unknown_to_phonenumbers_only_warns(data):
    data.replace("resources/se-fixture-helpline.yml", '"116 111"', '"1234567"')
    assert ("data/resources/se-fixture-helpline.yml:9: contacts[0].value: warning: phonenumbers does not know '1234567' "
            "as a short number in SE: check the source again") in data.problems()
    assert data.errors() == []


def test_emergency_number_checked_against_the_country(data):
    data.replace("countries/se.yml", 'number: "112"', 'number: "12"')
    assert "data/countries/se.yml:5: emergency[0].number: '12' cannot be an emergency number in SE" in data.errors()


def test_emergency_number_of_wrong_shape(data):
    data.replace("countries/se.yml", 'number: "112"', 'number: "1"')
    assert data.has_error("data/countries/se.yml:5: emergency[0].number: String should match pattern")


def test_emergency_number_unknown_to_phonenumbers_only_warns(data):
    data.replace("countries/se.yml", 'number: "112"', 'number: "999"')
    problems = data.problems()
    assert ("data/countries/se.yml:5: emergency[0].number: warning: '999' is not in phonenumbers' emergency list "
            "for SE: check the source again") in problems
    assert data.errors() == []


def test_multi_country_resource_needs_a_country_per_number(data):
    data.replace("resources/se-fixture-helpline.yml", "countries: [se]", "countries: [se, gb]")
    assert ("data/resources/se-fixture-helpline.yml:8: contacts[0].country: this resource serves several "
            "countries: say which country this number belongs to") in data.errors()
