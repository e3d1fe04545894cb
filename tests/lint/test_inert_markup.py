def test_markup_in_text_warns_but_is_allowed(data):
    data.replace("topics/fixture-topic.yml", "summary: Short words.", "summary: Short <b>words</b> {{ x }}.")
    assert ("data/topics/fixture-topic.yml:8: variants.kids.summary: warning: contains markup or template syntax; "
            "it will be shown as plain text") in data.problems()
    assert data.errors() == []
