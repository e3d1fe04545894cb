APP = "translations/sv/platforms/fixture-app.yml"
REL = "data/" + APP


def test_a_dropped_step_is_refused(data):
    data.replace(APP, "        - Tryck på Blockera.\n", "")
    assert data.has_error(REL + ":", "guides.block.steps.all: has 1 items but the English file has 2")


def test_a_field_the_english_lacks_is_refused(data):
    data.replace(APP, "after_report:\n", "after_report:\n  how_long: En dag.\n")
    assert data.has_error(REL + ":", "after_report.how_long: the English file has no such text")


def test_a_device_the_english_lacks_is_refused(data):
    data.replace(APP, "      ios:\n", "      web:\n        - Öppna.\n      ios:\n")
    assert data.has_error(REL + ":", "guides.report_account.steps.web: the English file has no such text")


def test_a_translation_of_a_file_that_does_not_exist_is_refused(data):
    data.write("translations/sv/topics/no-such-topic.yml", data.path(APP).read_text(encoding="utf-8"))
    assert data.has_error("data/translations/sv/topics/no-such-topic.yml:1: (file):", "no data/topics/no-such-topic.yml")


def test_a_language_the_site_lacks_is_refused(data):
    data.write("translations/xx/platforms/fixture-app.yml", data.path(APP).read_text(encoding="utf-8"))
    assert data.has_error("data/translations/xx/platforms/fixture-app.yml:1: (file):", "no data/languages/xx.yml")


def test_a_field_left_out_is_allowed_and_shown_in_english(data):
    data.replace(APP, "after_report:\n  what_happens: Appen granskar anmälan.\n", "")
    data.restamp(APP)
    assert data.errors() == []
