TOPIC = "translations/sv/topics/fixture-topic.yml"


def warnings(data):
    return [p for p in data.problems() if "glossary's word" in p]


def test_the_glossary_word_is_used(data):
    assert warnings(data) == []


def test_another_word_for_a_glossary_term_warns(data):
    data.replace(TOPIC, "Berätta för en vuxen du litar på.", "Berätta för en lärare.")
    data.restamp(TOPIC)
    assert any("variants.kids.who_to_tell" in p and "'vuxen du litar på'" in p for p in warnings(data))
    assert data.errors() == []
