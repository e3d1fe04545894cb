def test_id_must_equal_file_name(data):
    data.replace("resources/se-fixture-helpline.yml", "id: se-fixture-helpline", "id: se-other")
    assert ("data/resources/se-fixture-helpline.yml:2: id: is 'se-other' but the file is named "
            "'se-fixture-helpline'; they must be the same") in data.errors()
