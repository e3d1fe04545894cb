"""Rule: a data file starts with the yaml-language-server header, so editors validate it as you type."""
from ...problems import Problem


def expected_header(kind: str, rel: str = "data/x/y.yml") -> str:
    up = "../" * rel.count("/")  # from the file's folder back to the project root
    return f"# yaml-language-server: $schema={up}schemas/{kind}.schema.json"


def check(files):
    for file in files:
        first = file.text.split("\n", 1)[0].strip()
        if first != expected_header(file.kind, file.rel):
            yield Problem(file.rel, 1, "(file)", f"first line must be: {expected_header(file.kind, file.rel)}")
