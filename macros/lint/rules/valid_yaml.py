"""Rule: the file is valid YAML whose top level is a mapping of fields."""
import yaml

from ...problems import Problem
from ...yaml_loader import DataLoader


def check(file):
    try:
        raw = yaml.load(file.text, Loader=DataLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(error, "problem", None) or "cannot be read"
        return [Problem(file.rel, line, "(file)", f"not valid YAML: {reason}")]
    if not isinstance(raw, dict):
        return [Problem(file.rel, 1, "(file)", "must be a mapping of fields (key: value), not a list or plain text")]
    file.raw = raw
    return []
