"""Rule (warning): a translation whose English text has changed since it was made is stale. The page then
shows the English text for that file, marked as English, until a translator updates the translation and
its translated_from (`make translations` lists them, with the fingerprints to write)."""
from ...translatable import fingerprint, made_from, strings_fingerprint
from ._common import english_texts, problem, translation_files


def check(files):
    english = english_texts(files)
    for file in translation_files(files):
        source = english.get((file.target, file.id))
        if source is not None and is_stale(file, source):
            yield problem(file, ("translated_from",), "stale: the English text changed since; update the translation, "
                                                      "then run `python -m macros translations stamp` on it", "warning")
    languages = {f.id: f for f in files if f.kind == "languages"}
    english = languages["en"].model.strings if "en" in languages else None
    for code, file in languages.items():
        if english is not None and code != "en" and file.model.translated_from != strings_fingerprint(english, file.model.strings):
            yield problem(file, ("translated_from",), "stale: English strings it translates changed since; update them, "
                                                      "then run `python -m macros translations stamp` on it", "warning")


def is_stale(file, source) -> bool:
    return file.model.translated_from != fingerprint(made_from(source, file.model.text))
