"""Which kinds of help each country has, and which are missing: for contributors and `make coverage`."""
from __future__ import annotations

from dataclasses import dataclass

from .dataset import Dataset, load
from .models import LAW_FIELDS

TREATIES = ("opsc", "lanzarote", "budapest")

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
    print_law_coverage(dataset)
    return 0


def law_fields_of(law) -> set[str]:
    """Which legal facts a country's file gives (each treaty counts on its own)."""
    if law is None:
        return set()
    have = {f for f in LAW_FIELDS if f != "treaties" and getattr(law, f) is not None}
    return have | {t for t in TREATIES if law.treaties and getattr(law.treaties, t) is not None}


def print_law_coverage(dataset: Dataset) -> None:
    columns = [f for f in LAW_FIELDS if f != "treaties"] + list(TREATIES)
    short = {f: f.split("_")[0][:8] for f in columns}
    print("\nThe law (data/laws/): which facts each country has\n" + f"{'country':8} " + " ".join(f"{short[c]:9}" for c in columns))
    rows = {cc: law_fields_of(dataset.laws.get(cc)) for cc in sorted(dataset.countries)}
    for cc, have in rows.items():
        print(f"{cc:8} " + " ".join(f"{'yes' if c in have else '-':9}" for c in columns))
    print()
    for c in columns:
        print(f"{c}: {sum(c in have for have in rows.values())} of {len(rows)} countries")
