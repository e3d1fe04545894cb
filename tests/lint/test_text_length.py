def test_long_sentence_on_a_kids_page(data):
    long = " ".join(["word"] * 21) + "."
    data.replace("topics/fixture-topic.yml", "summary: Short words.", f"summary: {long}")
    assert data.has_error("data/topics/fixture-topic.yml:8: variants.kids.summary: a sentence has more than 20 words")


def test_the_same_sentence_is_fine_for_parents(data):
    long = " ".join(["word"] * 21) + "."
    data.replace("topics/fixture-topic.yml", "summary: Calm words.", f"summary: {long}")
    assert data.errors() == []


def test_long_platform_step(data):
    data.replace("platforms/fixture-app.yml", "- Tap Block.", "- " + "x" * 201)
    assert data.has_error("data/platforms/fixture-app.yml:", "guides.block.steps.all[1]: a step is longer than 200 characters")
