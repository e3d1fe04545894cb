"""Rule: no banned terms or blaming phrases (Luxembourg Terminology Guidelines; never blame a child).

The list is in banned_terms.yml beside this file, each with the reason and what to write instead.
"""
import re
from pathlib import Path

import yaml

from ._common import problem, text_fields

TERMS = yaml.safe_load((Path(__file__).with_name("banned_terms.yml")).read_text(encoding="utf-8"))
PATTERNS = [(re.compile(r"\b" + re.escape(t["term"]) + r"\b", re.IGNORECASE), t) for t in TERMS]


def check(files):
    for file in (f for f in files if f.kind != "glossaries"):  # a glossary names banned words on purpose
        for loc, text in text_fields(file):
            for pattern, term in PATTERNS:
                if pattern.search(text):
                    yield problem(file, loc, f"uses '{term['term']}': {term['why']}")
