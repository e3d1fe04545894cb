import pytest

APP = "translations/sv/platforms/fixture-app.yml"


@pytest.mark.parametrize("extra", ["Ring 0771 123 456.", "Ring ٠٧٧١.", "Se https://example.com.", "Skriv till a@b.se.",
                                   "Gå till www.example.com"])
def test_a_number_or_address_the_english_lacks_is_refused(data, extra):
    data.replace(APP, "Appen granskar anmälan.", f"Appen granskar anmälan. {extra}")
    assert data.has_error("data/" + APP + ":", "after_report.what_happens: holds ")


def test_numbers_of_the_english_text_may_stay(data):
    data.replace("platforms/fixture-app.yml", "The app looks at the report.", "The app looks at the report within 24 hours.")
    data.replace(APP, "Appen granskar anmälan.", "Appen granskar anmälan inom 24 timmar.")
    data.restamp(APP)
    assert data.errors() == []


def test_an_interface_string_cannot_add_a_number(data):
    data.replace("languages/sv.yml", "  free: ", "  free: Ring 112. ")
    assert data.has_error("data/languages/sv.yml:", "strings.free: holds 112")
