"""Which kinds of help each country has, and which are missing: for contributors and `make coverage`."""
from __future__ import annotations

from dataclasses import dataclass

from .dataset import Dataset, load

# The types every country should eventually have; the others are welcome but not expected everywhere.
EXPECTED_TYPES = ("helpline", "hotline", "police", "removal", "regulator")


@dataclass(frozen=True)
class CoverageRow:
    country: str
    have: frozenset[str]

    @property
    def missing(self) -> list[str]:
        return [t for t in EXPECTED_TYPES if t not in self.have]


def coverage_rows(dataset: Dataset) -> list[CoverageRow]:
    return [
        CoverageRow(cc, frozenset(r.type for r in dataset.resources_for(cc) if r.countries != "global"))
        for cc in sorted(dataset.countries)
    ]


def print_coverage() -> int:
    dataset = load()
    rows = coverage_rows(dataset)
    print(f"{'country':8} " + " ".join(f"{t:9}" for t in EXPECTED_TYPES))
    for row in rows:
        print(f"{row.country:8} " + " ".join(f"{'yes' if t in row.have else '-':9}" for t in EXPECTED_TYPES))
    print()
    for t in EXPECTED_TYPES:
        print(f"{t}: {sum(t in r.have for r in rows)} of {len(rows)} countries")
    globals_ = sorted(r.id for r in dataset.resources.values() if r.countries == "global")
    print(f"global resources (serve every country): {', '.join(globals_) or 'none'}")
    return 0
