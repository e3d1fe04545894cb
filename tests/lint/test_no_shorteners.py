import pytest


@pytest.mark.parametrize("host", ["bit.ly", "tinyurl.com", "n9.cl", "2h.ae"])
def test_shortener_refused(data, host):
    data.replace("countries/se.yml", "source: https://example.org/fixture", f"source: https://{host}/abc")
    assert (f"data/countries/se.yml:7: source: '{host}' is a URL shortener; give the full address of the page"
            in data.errors())
