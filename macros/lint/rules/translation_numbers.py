"""Rule: numbers, web addresses and e-mail addresses live only in the source file. A translated text
(or interface string) may hold one only when its English text has the same one; digits are compared by
value, so a translation cannot swap in another number written in other digits."""
import re

from ...translatable import lookup, strings
from ._common import english_texts, problem, translation_files

NUMBER = re.compile(r"\d(?:[\d ]*\d)?")  # "116 111" is one number; "8-12" two
ADDRESS = re.compile(r"(?:https?:|www\.|[\w.+-]+@[\w-]+\.)\S*", re.IGNORECASE)


def numbers(text: str) -> set[str]:
    return {"".join(str(int(c)) for c in match if c.isdigit()) for match in NUMBER.findall(text)}


def addresses(text: str) -> set[str]:
    return {a.rstrip(".,;:)").lower() for a in ADDRESS.findall(text)}


def foreign(text: str, english: str) -> list[str]:
    """What the translated text holds that its English text does not."""
    return sorted(numbers(text) - numbers(english)) + sorted(addresses(text) - addresses(english))


def check(files):
    english = english_texts(files)
    for file in translation_files(files):
        source = english.get((file.target, file.id))
        if source is None:
            continue
        for loc, text in strings(file.model.text):
            original = lookup(source, loc)
            if original is not None and (extra := foreign(text, original)):
                yield problem(file, loc, f"holds {', '.join(extra)}, which the English text does not: numbers and "
                                         "addresses are kept only in the source file")
    source_strings = next((f.model.strings for f in files if f.kind == "languages" and f.id == "en"), {})
    for file in files:
        if file.kind == "languages" and file.id != "en":
            for key, text in file.model.strings.items():
                if key in source_strings and (extra := foreign(text, source_strings[key])):
                    yield problem(file, ("strings", key), f"holds {', '.join(extra)}, which the English string does not")
