"""Rules: no unknown field, every value of the right type, every required field present.

The typed models decide; this module turns their errors into contributor messages.
"""
from __future__ import annotations

from pydantic import ValidationError

from ...models import KINDS
from ._common import problem

MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (check the spelling; see schemas/{kind}.md)",
}


def check(file):
    model_class = KINDS[file.kind]
    try:
        file.model = model_class.model_validate(file.raw)
    except ValidationError as error:
        return [_to_problem(file, e) for e in error.errors(include_url=False)]
    return []


def _to_problem(file, error):
    loc = tuple(error["loc"])
    # Union members add their type name to loc ("list[...]", "literal[...]"): not a field a person wrote.
    loc = tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
    message = MESSAGES[error["type"]].format(kind=file.kind) if error["type"] in MESSAGES else error["msg"]
    if error["type"] not in MESSAGES and "input" in error and not isinstance(error["input"], (dict, list)):
        message += f" (got {error['input']!r})"
    return problem(file, loc, message)
