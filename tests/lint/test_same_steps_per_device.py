def test_identical_steps_on_every_device_are_refused(data):
    data.replace("platforms/fixture-app.yml", "- Tap the menu, then Report.", "- Tap Report.")
    assert ("data/platforms/fixture-app.yml:10: guides.report_account.steps: the steps for ios, android are the same: "
            "write them once under 'all'") in data.errors()


def test_steps_that_differ_by_device_pass(data):
    # The fixture's iOS and Android steps differ in their second step.
    assert data.errors() == []
