import pytest


@pytest.mark.parametrize("value", ["0800-FLOWERS", "116\u200b111", "１１６ １１１".replace("１", "1x")])
def test_letters_or_hidden_characters_in_a_number_are_refused(data, value):
    data.replace("resources/se-fixture-helpline.yml", 'value: "116 111"', f'value: "{value}"')
    assert data.has_error("data/resources/se-fixture-helpline.yml:", "is not only digits")


def test_an_emergency_number_with_a_letter_is_refused(data):
    data.replace("countries/se.yml", '"112"', '"11O"')
    assert data.has_error("data/countries/se.yml:", "not only digits") or data.has_error("data/countries/se.yml:", "emergency")


def test_digits_spaces_and_plus_pass(data):
    assert data.errors() == []
