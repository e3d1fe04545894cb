APP = "translations/sv/platforms/fixture-app.yml"


def stale(data):
    return [p for p in data.problems() if "stale" in p and "fixture-app" in p]


def test_a_current_translation_is_not_stale(data):
    assert stale(data) == []


def test_a_changed_english_step_makes_it_stale(data):
    data.replace("platforms/fixture-app.yml", "        - Tap Block.", "        - Tap Block, then Confirm.")
    assert stale(data) and data.errors() == []


def test_a_new_english_field_does_not_make_it_stale(data):
    # The new field is shown in English; what was translated is still current.
    data.replace("platforms/fixture-app.yml", "  what_happens: The app looks at the report.\n",
                 "  what_happens: The app looks at the report.\n  how_long: A day.\n")
    assert stale(data) == []


def test_changed_english_interface_strings_make_a_language_stale(data):
    data.replace("languages/en.yml", "  free: Free to use", "  free: Free of charge")
    assert any("data/languages/sv.yml" in p and "stale" in p for p in data.problems())
