def test_a_sentence_twice_in_a_variant_is_refused(data):
    data.replace("topics/fixture-topic.yml", "who_to_tell: Tell an adult you trust.", "who_to_tell: Tell someone. Tell someone now.")
    data.replace("topics/fixture-topic.yml", "          - Tell someone.", "          - Tell someone now.")
    assert data.has_error("data/topics/fixture-topic.yml:", "variants.kids.sections[0].steps[1]: 'Tell someone now.' already stands")


def test_the_not_your_fault_line_the_page_prints_is_not_repeated(data):
    data.replace("topics/fixture-topic.yml", "not_your_fault: You did nothing wrong.", "not_your_fault: It is not your fault. You did nothing wrong.")
    assert data.has_error("data/topics/fixture-topic.yml:", "variants.kids.not_your_fault: 'It is not your fault.' already stands")


def test_different_sentences_pass(data):
    assert data.errors() == []
