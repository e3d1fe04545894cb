"""Every CODEOWNERS path names files that exist, so a typo never leaves a folder without reviewers."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_codeowners_path_matches_a_file():
    lines = (ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    entries = [line.split() for line in lines if line.strip() and not line.startswith("#")]
    assert entries
    for pattern, *owners in entries:
        assert owners and all(o.startswith("@") for o in owners), pattern
        matches = list(ROOT.glob(pattern.strip("/"))) if "*" in pattern else [ROOT / pattern.strip("/")]
        assert any(m.exists() for m in matches), f"CODEOWNERS: {pattern} matches no file"
