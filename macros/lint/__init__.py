"""Lint rules for data files: one rule per module in rules/, each with its own test.

Stage one parses each file and builds its typed model (rules valid_yaml and structure). Stage two
runs every other rule over the files whose model was built, so one broken file is reported without
hiding the problems of the others.
"""
from __future__ import annotations

import importlib
import pkgutil

from ..problems import Problem
from . import rules
from .rules import invisible_characters, structure, valid_yaml, visible_yaml

# Stage one reads the text itself: what a reviewer cannot see, then the YAML, then the typed model.
STAGE_ONE = {"invisible_characters", "visible_yaml", "valid_yaml", "structure"}
# Run on the folders before any file is read (macros.dataset.load), not on parsed files.
TREE_RULES = {"file_system"}


def rule_modules():
    for info in sorted(pkgutil.iter_modules(rules.__path__), key=lambda i: i.name):
        if info.name not in STAGE_ONE | TREE_RULES and not info.name.startswith("_"):
            yield importlib.import_module(f"{rules.__name__}.{info.name}")


def run_rules(files) -> list[Problem]:
    problems: list[Problem] = []
    for f in files:
        problems += invisible_characters.check(f)
        problems += visible_yaml.check(f)
        problems += valid_yaml.check(f)
        if f.raw is not None:
            problems += structure.check(f)
    good = [f for f in files if f.model is not None]
    for module in rule_modules():
        problems += list(module.check(good))
    return problems
