def test_unknown_key_in_a_translation(data):
    data.replace("languages/sv.yml", "strings:\n", "strings:\n  no_such_key: Hej\n")
    assert data.has_error("data/languages/sv.yml:", "strings.no_such_key: unknown key")


def test_placeholders_must_match(data):
    data.replace("languages/sv.yml", "Kontrollerat {date}", "Kontrollerat {datum}")
    assert data.has_error("data/languages/sv.yml:", "strings.last_verified: placeholders must be ['{date}']")


def test_missing_translation_only_warns(data):
    data.replace("languages/sv.yml", "  print_card: Skriv ut hjälpkortet\n", "")
    assert any("data/languages/sv.yml:" in p and "warning: not translated yet, English is shown: " in p and "print_card" in p for p in data.problems())
    assert data.errors() == []
