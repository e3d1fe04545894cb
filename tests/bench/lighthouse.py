"""Lighthouse (npm, dev dependency) mobile performance of the home page and a country page, served
locally and run in Debian's chromium. A measuring script, never a test: scores depend on the machine.

    python -m tests.bench.lighthouse site/
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.serve import serve

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"home": "", "country page": "countries/hk/kids/", "Egypt, English": "countries/eg/kids/", "Egypt, Arabic": "ar/countries/eg/kids/"}
AUDITS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")


def main(argv=None) -> int:
    site = Path((argv or sys.argv[1:] or ["site"])[0])
    lighthouse = ROOT / "node_modules" / ".bin" / "lighthouse"
    env = dict(os.environ, CHROME_PATH=shutil.which("chromium") or "chromium")
    print("| page | performance | " + " | ".join(AUDITS) + " |\n| --- | ---: |" + " ---: |" * len(AUDITS))
    with serve(site) as base_url, tempfile.TemporaryDirectory() as work:
        for name, path in PAGES.items():
            out = Path(work) / "report.json"
            subprocess.run([str(lighthouse), f"{base_url}/{path}", "--only-categories=performance", "--form-factor=mobile",
                            "--output=json", f"--output-path={out}", "--quiet",
                            "--chrome-flags=--headless=new --no-sandbox --disable-gpu"], env=env, check=True, timeout=300)
            report = json.loads(out.read_text())
            values = " | ".join(report["audits"][a]["displayValue"].replace("\xa0", " ") for a in AUDITS)
            print(f"| {name} | {report['categories']['performance']['score']:.2f} | {values} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
