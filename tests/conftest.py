import shutil
from pathlib import Path

import pytest

from macros.dataset import load
from macros.problems import DataError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "data"


class FixtureData:
    """A copy of the fixture data set that a test may break on purpose."""

    def __init__(self, folder: Path):
        self.dir = folder
        shutil.copytree(FIXTURES, folder)
        shutil.copytree(ROOT / "data" / "languages", folder / "languages")

    def path(self, rel: str) -> Path:
        return self.dir / rel

    def replace(self, rel: str, old: str, new: str) -> None:
        text = self.path(rel).read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        self.path(rel).write_text(text.replace(old, new, 1), encoding="utf-8")

    def write(self, rel: str, text: str) -> None:
        self.path(rel).parent.mkdir(parents=True, exist_ok=True)
        self.path(rel).write_text(text, encoding="utf-8")

    def restamp(self, rel: str) -> None:
        """Record that a translation file is made from today's English, as a translator would."""
        from macros.translations import stamp

        stamp(self.path(rel), load(self.dir))

    def problems(self) -> list[str]:
        """Every problem, as printed to contributors (errors and warnings)."""
        try:
            return [str(p) for p in load(self.dir).warnings]
        except DataError as error:
            return [str(p) for p in error.problems]

    def errors(self) -> list[str]:
        return [p for p in self.problems() if ": warning: " not in p]

    def has_error(self, starts: str, contains: str = "") -> bool:
        """Some error begins with `starts` (path:line: field: ...) and holds `contains`."""
        return any(p.startswith(starts) and contains in p for p in self.errors())


@pytest.fixture
def data(tmp_path) -> FixtureData:
    return FixtureData(tmp_path / "data")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built once for the whole test run with `python -m macros build`."""
    from tests.sitebuild import run_build

    site_dir = tmp_path_factory.mktemp("built") / "site"
    result = run_build(site_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


@pytest.fixture(scope="session")
def dataset():
    return load()
