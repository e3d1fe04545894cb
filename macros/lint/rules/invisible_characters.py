"""Rule: no character a reviewer cannot see. Refused anywhere in a data file: bidirectional controls
(U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C), zero-width and other invisible format
characters (U+200B, U+2060, U+FEFF...), control characters other than tab and line breaks, and line
or paragraph separators. A right-to-left name needs none of them: the page isolates it.

The zero-width non-joiner and joiner (U+200C, U+200D) are part of how Persian, Urdu, Hindi, Bengali
and other scripts are written, so they are accepted between two letters of a script other than Latin,
and nowhere else."""
import re
import unicodedata

from ...problems import Problem

JOINERS = {"\u200c", "\u200d"}
KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:")
# A fast first look (C speed) for lines that may hold such a character; `hidden` then decides.
SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u08e2\u180e"
                     "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2028\u2029\ufeff\ufff9-\ufffb"
                     "\ue000-\uf8ff\U000110bd\U000110cd\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001-\U000e007f"
                     "\U000f0000-\U0010ffff\ud800-\udfff]")


def visible_joiner(text: str, i: int) -> bool:
    before, after = text[i - 1:i], text[i + 1:i + 2]
    return all(c and unicodedata.category(c)[0] in "LM" and not ("a" <= c.lower() <= "z") for c in (before, after))


def hidden(text: str):
    """(index, character) of every character a reader of the diff cannot see."""
    for i, char in enumerate(text):
        category = unicodedata.category(char)
        if char in "\t\n\r":
            continue
        if char in JOINERS and visible_joiner(text, i):
            continue
        if category in ("Cf", "Cc", "Cs", "Co", "Zl", "Zp"):
            yield i, char


def check(file):
    problems = []
    if not SUSPECT.search(file.text):
        return problems
    for number, line in enumerate(file.text.split("\n"), start=1):
        for column, char in hidden(line) if SUSPECT.search(line) else ():
            key = KEY.match(line)
            name = unicodedata.name(char, "unnamed")
            problems.append(Problem(file.rel, number, key.group(1) if key else "(file)",
                                    f"holds an invisible character U+{ord(char):04X} ({name}) at column {column + 1}: remove it"))
    return problems
