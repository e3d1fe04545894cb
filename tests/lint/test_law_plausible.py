import pytest

LAW = "laws/se.yml"


@pytest.mark.parametrize("old,new,field", [
    ("  age: 15\n  source: https://example.org/law/age", "  age: 19\n  source: https://example.org/law/age", "criminal_responsibility_age.age"),
    ("  age: 15\n  close_in_age", "  age: 9\n  close_in_age", "consent_age.age"),
    ("    year: 2007", "    year: 1999", "treaties.opsc.year"),
    ("    year: 2007", "    year: 2999", "treaties.opsc.year"),
    ("  year: 2023", "  year: 1970", "csam_offence.year"),
])
def test_implausible_values_are_refused(data, old, new, field):
    data.replace(LAW, old, new)
    assert data.has_error("data/laws/se.yml:", f"{field}: ")


def test_a_range_needs_by_region(data):
    data.replace(LAW, "  age: 15\n  source: https://example.org/law/age", "  age: 15\n  age_max: 17\n  source: https://example.org/law/age")
    assert data.has_error("data/laws/se.yml:", "criminal_responsibility_age.age_max: age_max is for ages that differ by region")


def test_a_law_for_a_country_the_site_lacks_is_refused(data):
    data.write("laws/xk.yml", data.path(LAW).read_text(encoding="utf-8").replace("id: se", "id: xk"))
    assert data.has_error("data/laws/xk.yml:", "id: there is no data/countries/xk.yml")


def test_the_fixture_law_passes(data):
    assert data.errors() == []
