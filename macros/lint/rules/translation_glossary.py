"""Rule (warning): where the English text uses a glossary term (child sexual abuse material,
sextortion, grooming...), the translation uses the word its glossary fixes for it, so a child meets one
word for one thing on every page. Words change their endings in many languages, so the start of each
word of the fixed term is enough."""
from ...translatable import lookup, strings
from ._common import english_texts, problem, translation_files


def stem(word: str) -> str:
    return word[:max(3, len(word) * 2 // 3)].casefold()


def uses(text: str, term: str) -> bool:
    folded = text.casefold()
    return all(stem(word) in folded for word in term.split())


def check(files):
    glossaries = {f.lang: f.model for f in files if f.kind == "glossaries"}
    english = english_texts(files)
    for file in translation_files(files):
        terms = glossaries[file.lang].terms if file.lang in glossaries else {}
        source = english.get((file.target, file.id)) if terms else None
        for loc, text in strings(file.model.text) if source else []:
            original = (lookup(source, loc) or "").casefold()
            for term, fixed in terms.items():
                if term.casefold() in original and not uses(text, fixed):
                    yield problem(file, loc, f"the English says '{term}': the glossary's word is '{fixed}'", "warning")
