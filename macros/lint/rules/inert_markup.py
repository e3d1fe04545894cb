"""Rule: warn when text contains markup or template syntax. It is always shown as plain text (the
renderer escapes it), so the warning only tells the contributor that it will not do anything."""
import re

from ._common import problem, text_fields

MARKUP = re.compile(r"<[A-Za-z/!]|\{\{|\{%|\{#|\]\(|javascript:", re.IGNORECASE)


def check(files):
    for file in files:
        for loc, text in text_fields(file):
            if MARKUP.search(text):
                yield problem(file, loc, "contains markup or template syntax; it will be shown as plain text", "warning")
