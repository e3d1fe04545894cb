"""Rule: a translation has exactly the structure of its English file: the same sections, the same
number of steps, the same guides and devices, and no field the English lacks. It translates a file that
exists, into a language the site has. (A field left out is shown in English, so it is allowed.)"""
from ._common import english_texts, problem, translation_files
from .translation_stale import is_stale


def check(files):
    english = english_texts(files)
    languages = {f.id for f in files if f.kind == "languages"}
    for file in files:
        if file.kind in ("translations", "glossaries") and file.lang not in languages:
            yield problem(file, (), f"'{file.lang}' has no data/languages/{file.lang}.yml: add the language first")
    for file in translation_files(files):
        source = english.get((file.target, file.id))
        if source is None:
            yield problem(file, (), f"there is no data/{file.target}/{file.id}.yml to translate")
            continue
        if not is_stale(file, source):  # a stale one differs because the English changed: it only warns
            yield from compare(file, file.model.text, source, ())


def compare(file, text, source, loc):
    if isinstance(source, dict):
        if not isinstance(text, dict):
            yield problem(file, loc, "must be a mapping of fields, as in the English file")
            return
        for key, value in text.items():
            if key not in source:
                yield problem(file, loc + (key,), "the English file has no such text to translate")
            else:
                yield from compare(file, value, source[key], loc + (key,))
    elif isinstance(source, list):
        if not isinstance(text, list):
            yield problem(file, loc, "must be a list, as in the English file")
        elif len(text) != len(source):
            yield problem(file, loc, f"has {len(text)} items but the English file has {len(source)}: "
                                     "translate each one, and keep them in the same order")
        else:
            for index, (value, english) in enumerate(zip(text, source)):
                yield from compare(file, value, english, loc + (index,))
    elif not isinstance(text, str) or not text.strip():
        yield problem(file, loc, "must be the translated text (leave the field out to show English)")
