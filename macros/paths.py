"""Where the data and the hand-written pages are. Tests and the benchmark point these elsewhere
(ATLAS_DATA_DIR, ATLAS_DOCS_DIR) to build a fixture or synthetic data set without touching the repo."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return Path(os.environ.get("ATLAS_DATA_DIR") or PROJECT_ROOT / "data").resolve()


def docs_root() -> Path:
    """The folder holding one folder of pages per language (docs/en, docs/sv...)."""
    return Path(os.environ.get("ATLAS_DOCS_DIR") or PROJECT_ROOT / "docs").resolve()
