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
import re
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


def linkchecker_command(start_urls: list[str], *extra: str) -> list[str]:
    # As root, -F writes no file, so the CSV report is read from stdout.
    return [str(Path(sys.executable).with_name("linkchecker")), "--config", str(CONFIG), "--no-status", "-o", "csv",
            *extra, *start_urls]


def linkchecker(start_url: str, *extra: str) -> list[Broken]:
    result = subprocess.run(linkchecker_command([start_url], *extra), capture_output=True, text=True)
    return broken_links(result)


def broken_links(result) -> list[Broken]:
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")
    broken = [Broken(r["urlname"], r["parentname"], r["result"]) for r in rows if r.get("valid") == "False"]
    if result.returncode not in (0, 1) or (result.returncode == 1 and not broken):
        raise RuntimeError(f"linkchecker failed ({result.returncode}): {result.stderr[-2000:]}")
    return broken


def language_folders(site_dir: Path) -> list[str]:
    """The languages below the site root (English is the root itself)."""
    return sorted(p.name for p in site_dir.iterdir() if p.is_dir() and (p / "countries").is_dir())


def check_site(site_dir: Path, *extra: str, processes: int = 2) -> list[Broken]:
    """linkchecker is one Python process, busy parsing 30,000 pages (24 languages): the languages are
    split between `processes` linkcheckers running side by side. Each checks every link of its own
    languages' pages, and checks without entering the pages of the others' (--no-follow-url)."""
    site_dir = Path(site_dir)
    folders = language_folders(site_dir)
    groups = [folders[i::processes] for i in range(processes)]
    with serve(site_dir, LinkCheckerHandler) as url:
        def prefix_of(langs):
            return "|".join(re.escape(lang) for lang in langs) or "(?!)"
        commands = []
        for i, langs in enumerate(groups):
            others = [lang for group in groups[:i] + groups[i + 1:] for lang in group]
            if i == 0:  # the English root and its share of the languages
                starts, outside = [url + "/"] + [f"{url}/{lang}/" for lang in langs], f"^{re.escape(url)}/({prefix_of(others)})/"
            else:  # everything that is not one of its own languages' folders is someone else's
                starts, outside = [f"{url}/{lang}/" for lang in langs], f"^{re.escape(url)}/(?!({prefix_of(langs)})/)"
            commands.append(linkchecker_command(starts, "--no-follow-url", outside, *extra))
        running = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
        broken = []
        for process in running:
            stdout, stderr = process.communicate()
            broken += broken_links(subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr))
    return sorted({(b.url, b.parent, b.result): b for b in broken}.values(), key=lambda b: (b.url, b.parent))


def main(argv: list[str]) -> int:
    broken = check_site(Path(argv[0]), *argv[1:])
    for row in broken:
        print(row)
    print(f"{len(broken)} broken link(s)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
