def test_http_source(data):
    data.replace("countries/se.yml", "source: https://example.org/fixture", "source: http://example.org/fixture")
    assert "data/countries/se.yml:7: source: must be a full https:// address (got 'http://example.org/fixture')" in data.errors()


def test_web_contact_without_scheme(data):
    data.replace("resources/fixture-removal.yml", "value: https://example.org/remove", "value: example.org/remove")
    assert data.has_error("data/resources/fixture-removal.yml:9: contacts[0].value: must be a full https://")


def test_javascript_link_refused(data):
    data.replace("platforms/fixture-app.yml", "help_url: https://example.org/help", "help_url: javascript:alert(1)")
    assert data.has_error("data/platforms/fixture-app.yml:6: help_url: must be a full https://")
