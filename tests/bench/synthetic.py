"""A synthetic data set of N countries, each with a helpline and a hotline, plus the repository's
real platforms, topics and languages, so page counts and page sizes are realistic. Not facts: the
benchmark builds it in a temporary folder and throws it away."""
from __future__ import annotations

import shutil
from pathlib import Path

import phonenumbers
from babel import Locale
from phonenumbers import shortnumberinfo

ROOT = Path(__file__).resolve().parents[2]
CANDIDATE_EMERGENCY = ("112", "911", "999", "110", "100", "119", "117", "190", "000", "10111", "122", "115", "113")
HEADER = "# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n"


def countries_with_an_emergency_number() -> list[tuple[str, str]]:
    found = []
    for code in sorted(Locale("en").territories):
        if len(code) != 2 or not code.isalpha() or code not in phonenumbers.SUPPORTED_SHORT_REGIONS:
            continue
        metadata = phonenumbers.PhoneMetadata.short_metadata_for_region(code)
        example = metadata.emergency.example_number if metadata and metadata.emergency else None
        candidates = ((example,) if example else ()) + CANDIDATE_EMERGENCY
        number = next((n for n in candidates if shortnumberinfo.is_emergency_number(n, code)), None)
        if number:
            found.append((code.lower(), number))
    return found


def write_dataset(target: Path, count: int) -> int:
    """Write up to N countries (as many as have a known emergency number) and copy the rest."""
    for kind in ("platforms", "topics", "languages"):
        shutil.copytree(ROOT / "data" / kind, target / kind)
    (target / "countries").mkdir(parents=True)
    (target / "resources").mkdir()
    countries = countries_with_an_emergency_number()[:count]
    for cc, number in countries:
        (target / "countries" / f"{cc}.yml").write_text(HEADER.format(kind="countries") + f"""id: {cc}
languages: [en]
emergency:
  - number: "{number}"
    services: [general]
source: https://example.org/benchmark
last_verified: 2026-11-01
""")
        for kind, name in (("helpline", "Helpline"), ("hotline", "Hotline")):
            (target / "resources" / f"{cc}-bench-{kind}.yml").write_text(HEADER.format(kind="resources") + f"""id: {cc}-bench-{kind}
type: {kind}
name: Benchmark {name}
summary: A service that exists only in the benchmark, with a summary about as long as a real one.
countries: [{cc}]
contacts:
  - kind: web
    value: https://example.org/{cc}/{kind}
  - kind: chat
    value: https://example.org/{cc}/{kind}/chat
open_24_7: true
cost: free
source: https://example.org/benchmark
last_verified: 2026-11-01
""")
    return len(countries)
