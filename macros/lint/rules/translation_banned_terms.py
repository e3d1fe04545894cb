"""Rule: a translation never uses the words its language's glossary bans (the local words for "child
pornography", blaming phrases), each listed in data/translations/<lang>/glossary.yml with its reason.
Terms match anywhere in a word, as scripts without spaces between words (Thai, Khmer, Chinese) need."""
from ...translatable import strings
from ._common import problem


def translated_texts(file):
    """(loc, text) of what a translator wrote: interface strings, or a translation file's text."""
    if file.kind == "languages":
        return [(("strings", key), text) for key, text in file.model.strings.items()]
    return list(strings(file.model.text))


def check(files):
    glossaries = {f.lang: f.model for f in files if f.kind == "glossaries"}
    for file in files:
        lang = file.lang if file.kind == "translations" else file.id if file.kind == "languages" else None
        banned = glossaries[lang].banned if lang in glossaries else []
        for loc, text in translated_texts(file) if banned else []:
            for term in banned:
                if term.term.casefold() in text.casefold():
                    instead = f"; write '{term.instead}'" if term.instead else ""
                    yield problem(file, loc, f"uses '{term.term}': {term.why}{instead}")
