"""Each lint rule has its own test file (with a failing fixture), and the shared fixture data set is
the passing one for all of them (test_fixture_is_clean.py)."""
from pathlib import Path

from macros.lint import rules

RULES = Path(rules.__file__).parent
TESTS = Path(__file__).parent


def test_every_rule_has_its_own_test_file():
    names = {p.stem for p in RULES.glob("*.py") if not p.stem.startswith("_")}
    assert names, "no rules found"
    missing = sorted(n for n in names if not (TESTS / f"test_{n}.py").is_file())
    assert missing == []

