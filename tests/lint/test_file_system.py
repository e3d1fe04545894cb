import os

from macros.lint.rules.file_system import MAX_BYTES


def test_a_symlink_in_data_is_refused_and_never_read(data, tmp_path):
    secret = tmp_path / "secret.yml"
    secret.write_text("id: leaked\n", encoding="utf-8")
    os.symlink(secret, data.path("countries/xx.yml"))
    assert data.has_error("data/countries/xx.yml:1: (file):", "symbolic link")
    assert not any("leaked" in p for p in data.problems())


def test_a_file_of_another_type_is_refused(data):
    data.write("resources/run.sh", "echo hi\n")
    assert data.has_error("data/resources/run.sh:1: (file):", "does not belong here")


def test_a_huge_file_is_refused(data):
    data.write("resources/se-fixture-helpline.yml", data.path("resources/se-fixture-helpline.yml").read_text(encoding="utf-8")
               + "# " + "x" * MAX_BYTES + "\n")
    assert data.has_error("data/resources/se-fixture-helpline.yml:1: (file):", "at most")


def test_the_fixture_tree_passes(data):
    assert data.errors() == []
