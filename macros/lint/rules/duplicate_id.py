"""Rule: no two files of one kind share an id."""
from ._common import problem


def check(files):
    seen = {}
    for file in files:
        key = (file.kind, file.lang, file.target, file.id)
        if key in seen:
            yield problem(file, ("id",), f"'{file.id}' is already used by {seen[key]}")
        else:
            seen[key] = file.rel
