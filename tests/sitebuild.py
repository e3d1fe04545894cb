"""Build a site for tests: the real data, or a fixture data set in a temporary folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ("countries", "platforms", "topics")


def copy_hand_pages(target: Path) -> Path:
    """docs/ without the generated stubs, so a fixture build writes its stubs outside the repo."""
    def generated(folder, names):
        return [n for n in names if n in GENERATED and Path(folder).parent == ROOT / "docs"]

    shutil.copytree(ROOT / "docs", target, ignore=generated)
    return target


def run_build(site_dir: Path, data_dir: Path | None = None, docs_dir: Path | None = None, *extra: str):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if data_dir:
        env["ATLAS_DATA_DIR"] = str(data_dir)
    if docs_dir:
        env["ATLAS_DOCS_DIR"] = str(docs_dir)
    return subprocess.run([sys.executable, "-m", "macros", "build", "--site-dir", str(site_dir), *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True)
