def test_english_left_in_a_translation_warns(data):
    data.replace("translations/sv/platforms/fixture-app.yml", "Appen granskar anmälan.", "The app looks at the report.")
    data.restamp("translations/sv/platforms/fixture-app.yml")
    assert any("after_report.what_happens: warning: is the English text unchanged" in p for p in data.problems())


def test_short_names_may_stay_the_same(data):
    assert not any("English text unchanged" in p for p in data.problems())
