def test_a_banned_word_of_the_language_is_refused(data):
    data.replace("translations/sv/topics/fixture-topic.yml", "summary: Korta ord.", "summary: Korta ord om Barnpornografi.")
    assert data.has_error("data/translations/sv/topics/fixture-topic.yml:", "variants.kids.summary: uses 'barnpornografi'")


def test_a_banned_word_in_an_interface_string_is_refused(data):
    data.replace("languages/sv.yml", "  free: ", "  free: barnpornografi ")
    assert data.has_error("data/languages/sv.yml:", "strings.free: uses 'barnpornografi'")


def test_the_words_the_glossary_fixes_pass(data):
    assert data.errors() == []
