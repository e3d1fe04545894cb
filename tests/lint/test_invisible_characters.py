import pytest

SE = "resources/se-fixture-helpline.yml"


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200f", "\u200b", "\u2060", "\ufeff", "\u0007", "\u2028", "\u00ad"])
def test_an_invisible_character_in_a_name_is_refused(data, char):
    data.replace(SE, "name: ", f"name: Fix{char}")
    assert data.has_error(f"data/{SE}:", "invisible character U+")


def test_it_names_the_field_and_the_line(data):
    data.replace(SE, "name: ", "name: \u202eFix")
    assert any(p.startswith(f"data/{SE}:") and ": name: holds an invisible character U+202E" in p for p in data.errors())


def test_a_joiner_inside_a_persian_word_is_written_text(data):
    data.replace(SE, "name: ", "name: بزرگ\u200cتر ")
    assert data.errors() == []


def test_a_joiner_next_to_latin_letters_is_refused(data):
    data.replace(SE, "name: ", "name: Fi\u200dx")
    assert data.has_error(f"data/{SE}:", "U+200D")


def test_bytes_that_are_not_utf8_are_a_clean_error(data):
    path = data.path(SE)
    path.write_bytes(path.read_bytes().replace(b"name: ", b"name: \xff\xfe", 1))
    assert data.has_error(f"data/{SE}:1: (file):", "is not UTF-8 text")
