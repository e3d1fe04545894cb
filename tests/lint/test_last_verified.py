import datetime as dt


def _set_date(data, days_ago):
    when = dt.date.today() - dt.timedelta(days=days_ago)
    data.replace("countries/se.yml", "last_verified: 2026-11-01", f"last_verified: {when.isoformat()}")
    return when


def test_future_date_is_an_error(data):
    when = _set_date(data, -3)
    assert f"data/countries/se.yml:8: last_verified: {when} is in the future" in data.errors()


def test_older_than_12_months_warns(data):
    when = _set_date(data, 400)
    assert f"data/countries/se.yml:8: last_verified: warning: {when} is more than 12 months ago: please check the source again" in data.problems()
    assert data.errors() == []


def test_older_than_24_months_fails(data):
    when = _set_date(data, 800)
    assert f"data/countries/se.yml:8: last_verified: {when} is more than 24 months ago: check the source again" in data.errors()


def test_not_a_date(data):
    data.replace("countries/se.yml", "last_verified: 2026-11-01", "last_verified: last week")
    assert data.has_error("data/countries/se.yml:8: last_verified: ")
