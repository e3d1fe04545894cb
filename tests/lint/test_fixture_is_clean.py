def test_the_fixture_data_set_has_no_errors(data):
    assert data.errors() == []
