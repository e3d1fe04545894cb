"""Rule: a language's interface strings use only keys the English file has, and say which they miss
(those fall back to English, so missing ones only warn). Placeholders like {country} must match."""
import re

from ._common import problem

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def check(files):
    languages = {f.model.id: f for f in files if f.kind == "languages"}
    english = languages.get("en")
    if english is None:
        if languages:
            yield problem(next(iter(languages.values())), (), "data/languages/en.yml is missing: English is the source")
        return
    source = english.model.strings
    for code, file in languages.items():
        if code == "en":
            continue
        for key, text in file.model.strings.items():
            if key not in source:
                yield problem(file, ("strings", key), "unknown key: it is not in data/languages/en.yml")
            elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source[key])):
                yield problem(file, ("strings", key), f"placeholders must be {sorted(set(PLACEHOLDER.findall(source[key])))}")
        missing = sorted(set(source) - set(file.model.strings))
        if missing:
            yield problem(file, ("strings",), f"not translated yet, English is shown: {', '.join(missing)}", "warning")
