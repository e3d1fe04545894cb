"""Property-based fuzzing of the validator (hypothesis): real data files, mutated the way a careless or
hostile contributor would (lines deleted, duplicated or swapped, bytes flipped, random Unicode,
indentation changed). Whatever the file, `validate` never raises and never prints a traceback: it
either accepts the data or names the file. `make test` runs a bounded number of examples;
`make fuzz` runs many more (ATLAS_FUZZ_EXAMPLES)."""
import contextlib
import io
import os
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.cli import main
from tests.conftest import ROOT, FixtureData

# Real files whose references the fixture data set can satisfy.
REAL_FILES = ["countries/se.yml", "countries/gb.yml", "resources/se-bris.yml", "platforms/discord.yml",
              "topics/sextortion.yml", "languages/sv.yml", "laws/se.yml"]
EXAMPLES = int(os.environ.get("ATLAS_FUZZ_EXAMPLES", "30"))


def mutate(data: bytes, draw) -> bytes:
    lines = data.split(b"\n")
    kind = draw(st.sampled_from(["delete", "duplicate", "swap", "flip", "unicode", "indent", "truncate"]))
    i = draw(st.integers(0, len(lines) - 1))
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "swap":
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "indent":
        lines[i] = b" " * draw(st.integers(0, 7)) + lines[i].lstrip()
    elif kind == "unicode":
        text = draw(st.text(min_size=1, max_size=8)).encode("utf-8", "surrogatepass")
        at = draw(st.integers(0, len(lines[i])))
        lines[i] = lines[i][:at] + text + lines[i][at:]
    elif kind == "truncate":
        lines = lines[:i]
    out = b"\n".join(lines)
    if kind == "flip" and out:
        at = draw(st.integers(0, len(out) - 1))
        out = out[:at] + bytes([out[at] ^ draw(st.integers(1, 255))]) + out[at + 1:]
    return out


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.data())
def test_validate_never_crashes_and_always_names_the_file(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    fixture = FixtureData(folder)
    for rel in REAL_FILES:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "data" / rel, folder / rel)
    rel = data.draw(st.sampled_from(REAL_FILES))
    target = fixture.path(rel)
    for _ in range(data.draw(st.integers(1, 3))):
        target.write_bytes(mutate(target.read_bytes(), data.draw))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["validate", "--data", str(folder)])
    printed = out.getvalue() + err.getvalue()
    assert "Traceback" not in printed and "internal error" not in printed, printed
    assert code in (0, 1), printed
    if code == 1:
        assert f"data/{rel}" in printed or any(f"data/{r}" in printed for r in REAL_FILES), printed
