def test_seo_how_to_site_refused_as_source(data):
    data.replace("platforms/fixture-app.yml", "source: https://example.org/help/block", "source: https://www.howto.help/block-someone")
    assert data.has_error("data/platforms/fixture-app.yml:24: guides.block.source: not accepted as a source: an SEO how-to site")


def test_subdomain_of_an_untrusted_site_refused(data):
    data.replace("countries/se.yml", "source: https://example.org/fixture", "source: https://games-able.techidaily.com/x")
    assert data.has_error("data/countries/se.yml:7: source: not accepted as a source")
