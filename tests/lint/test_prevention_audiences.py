def test_prevention_service_defaulting_to_every_audience_is_refused(data):
    data.replace("resources/se-fixture-helpline.yml", "type: helpline", "type: prevention")
    assert ("data/resources/se-fixture-helpline.yml:3: type: a prevention service is never shown to kids: "
            "add audiences: [teens, parents]") in data.errors()


def test_prevention_service_for_teens_and_parents_passes(data):
    data.replace("resources/se-fixture-helpline.yml", "type: helpline", "type: prevention\naudiences: [teens, parents]")
    assert data.errors() == []
