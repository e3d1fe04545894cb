"""Rule: the data and page folders hold only what a reviewer can read. Refused, and never read: a
symbolic link anywhere under data/ or docs/ (it could point at any file on the machine), a file of a
type that does not belong there, a data file over MAX_BYTES (a real one is a few KB; the largest
today, a Khmer interface file, is 23 KB), and a file that is not UTF-8 text."""
from __future__ import annotations

import os
from pathlib import Path

from ...problems import Problem

MAX_BYTES = 100_000
# What each folder may hold, by file ending. Hand pages are Markdown; data is YAML, with a README or a
# licence beside it.
ALLOWED = {"data": (".yml", ".md"), "docs": (".md",)}


def problems_in(root: Path, project: Path, allowed: tuple[str, ...]) -> list[Problem]:
    problems = []
    if not root.exists():
        return problems
    for folder, dirs, names in os.walk(root, followlinks=False):
        for name in sorted(dirs + names):
            path = Path(folder) / name
            rel = os.path.relpath(path, project)
            if path.is_symlink():
                problems.append(Problem(rel, 1, "(file)", "is a symbolic link: links are never followed; commit the file itself"))
            elif path.is_file():
                problems += file_problems(path, rel, allowed)
        dirs[:] = [d for d in dirs if not (Path(folder) / d).is_symlink()]
    return problems


def file_problems(path: Path, rel: str, allowed: tuple[str, ...]) -> list[Problem]:
    if not path.name.endswith(allowed):
        return [Problem(rel, 1, "(file)", f"a file of this type does not belong here (allowed: {', '.join(allowed)})")]
    size = path.stat().st_size
    if size > MAX_BYTES:
        return [Problem(rel, 1, "(file)", f"is {size:,} bytes: a data file may have at most {MAX_BYTES:,}")]
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        return [Problem(rel, 1, "(file)", f"is not UTF-8 text (byte {error.start}): save it as UTF-8")]
    return []


def check_tree(data_dir: Path, docs_dir: Path | None = None) -> list[Problem]:
    """Every problem of the data folder (and the pages folder, when given), as paths from the project root."""
    project = data_dir.parent
    problems = problems_in(data_dir, project, ALLOWED["data"])
    if docs_dir is not None:
        generated = ("countries", "platforms", "topics")  # stubs the build writes, git-ignored
        for lang in sorted(p for p in docs_dir.iterdir() if p.is_dir() or p.is_symlink()) if docs_dir.exists() else []:
            if lang.is_symlink():
                problems.append(Problem(os.path.relpath(lang, project), 1, "(file)", "is a symbolic link: links are never followed"))
                continue
            for child in sorted(lang.iterdir()):
                if child.name in generated and child.is_dir() and not child.is_symlink():
                    continue
                if child.is_dir() and not child.is_symlink():
                    problems += problems_in(child, project, ALLOWED["docs"])
                elif child.is_symlink():
                    problems.append(Problem(os.path.relpath(child, project), 1, "(file)", "is a symbolic link: links are never followed"))
                else:
                    problems += file_problems(child, os.path.relpath(child, project), ALLOWED["docs"])
    return problems
