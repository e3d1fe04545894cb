def test_missing_variant(data):
    text = data.path("topics/fixture-topic.yml").read_text()
    data.write("topics/fixture-topic.yml", text[: text.index("  parents:")] + "last_verified: 2026-11-01\n")
    assert "data/topics/fixture-topic.yml:5: variants: the 'parents' variant is missing" in data.errors()


def test_kids_variant_must_say_not_your_fault(data):
    data.replace("topics/fixture-topic.yml", "    not_your_fault: You did nothing wrong.\n    who_to_tell: Tell an adult you trust.\n",
                 "    who_to_tell: Tell an adult you trust.\n")
    assert "data/topics/fixture-topic.yml:6: variants.kids.not_your_fault: is required on kids and teens variants" in data.errors()


def test_variant_for_an_audience_the_topic_is_not_for(data):
    data.replace("topics/fixture-topic.yml", "order: 1", "order: 1\naudiences: [kids, teens]")
    assert data.has_error("data/topics/fixture-topic.yml:", "variants.parents: 'parents' is not in this topic's audiences")
