"""Check every link of a built site with linkchecker, over HTTP.

Over file:// linkchecker accepts a folder whose index.html is missing, so the site is served by
tests/serve.py, which answers such folders with a 404, and sends the "LinkChecker" header that lets
linkchecker go faster than 10 requests a second. External links are not followed here (the machine
has no internet); the weekly links workflow checks them with --check-extern.

    python -m tests.linkcheck site [extra linkchecker arguments]
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.serve import StrictHandler, serve

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".linkcheckerrc"


class LinkCheckerHandler(StrictHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allowed")
        super().end_headers()


@dataclass
class Broken:
    url: str
    parent: str
    result: str

    def __str__(self):
        return f"{self.url} (linked from {self.parent}): {self.result}"


def linkchecker(start_url: str, *extra: str) -> list[Broken]:
    # As root, -F writes no file, so the CSV report is read from stdout.
    command = [str(Path(sys.executable).with_name("linkchecker")), "--config", str(CONFIG), "--no-status", "-o", "csv", *extra, start_url]
    result = subprocess.run(command, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")
    broken = [Broken(r["urlname"], r["parentname"], r["result"]) for r in rows if r.get("valid") == "False"]
    if result.returncode not in (0, 1) or (result.returncode == 1 and not broken):
        raise RuntimeError(f"linkchecker failed ({result.returncode}): {result.stderr[-2000:]}")
    return broken


def check_site(site_dir: Path, *extra: str) -> list[Broken]:
    with serve(Path(site_dir), LinkCheckerHandler) as url:
        return linkchecker(url + "/", *extra)


def main(argv: list[str]) -> int:
    broken = check_site(Path(argv[0]), *argv[1:])
    for row in broken:
        print(row)
    print(f"{len(broken)} broken link(s)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
