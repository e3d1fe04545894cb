"""A problem found in a data file, printed the way contributors read it: `path:line: field: message`."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str
    severity: str = "error"  # or "warning": printed, but the build goes on

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}: {self.field or '(file)'}: {prefix}{self.message}"


def field_name(loc: tuple) -> str:
    """('contacts', 0, 'value') -> 'contacts[0].value'"""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


class DataError(Exception):
    """Raised when data files have errors; carries every problem so they are all reported at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(f"{len(errors)} error(s) in data files:\n" + "\n".join(str(p) for p in errors))
