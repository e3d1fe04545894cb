import pytest

REMOVAL = "resources/fixture-removal.yml"


@pytest.mark.parametrize("url,says", [
    ("https://user:secret@example.org/remove", "user name or password"),
    ("https://example.org@evil.example/remove", "user name or password"),
    ("https://192.0.2.7/remove", "bare IP address"),
    ("https://[2001:db8::1]/remove", "bare IP address"),
    ("https://exämple.org/remove", "plain letters"),
])
def test_an_address_that_hides_where_it_goes_is_refused(data, url, says):
    data.replace(REMOVAL, "value: https://example.org/remove", f"value: {url}")
    assert data.has_error(f"data/{REMOVAL}:9: contacts[0].value:", says)


@pytest.mark.parametrize("url", ["HTTP://example.org/remove", "//example.org/remove", "ftp://example.org/remove"])
def test_other_schemes_and_protocol_relative_addresses_are_refused(data, url):
    data.replace(REMOVAL, "value: https://example.org/remove", f"value: {url}")
    assert data.has_error(f"data/{REMOVAL}:9: contacts[0].value: must be a full https://")


def test_plain_addresses_pass(data):
    assert data.errors() == []
