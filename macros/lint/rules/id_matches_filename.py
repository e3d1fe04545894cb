"""Rule: the id inside a file equals its file name, so every entity is found where its id says."""
from pathlib import Path

from ._common import problem


def check(files):
    for file in files:
        stem = Path(file.rel).stem
        if getattr(file.model, "id", stem) != stem:  # translations and glossaries are named by their place
            yield problem(file, ("id",), f"is '{file.model.id}' but the file is named '{stem}'; they must be the same")
        if Path(file.rel).suffix != ".yml":
            yield problem(file, (), "data files end in .yml")
