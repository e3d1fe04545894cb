import pytest


@pytest.mark.parametrize("term", ["child pornography", "Kiddie porn", "you should have known", "Why did you"])
def test_banned_term_fails(data, term):
    data.replace("topics/fixture-topic.yml", "summary: Short words.", f"summary: Short words. {term} ok.")
    assert data.has_error("data/topics/fixture-topic.yml:8: variants.kids.summary: uses ")


def test_right_term_passes(data):
    data.replace("topics/fixture-topic.yml", "summary: Short words.", "summary: Child sexual abuse material is a crime.")
    assert data.errors() == []
