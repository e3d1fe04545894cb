"""Rule (warning): a translated text that is the English text unchanged was probably not translated.
Short texts (a name, "WhatsApp") may rightly stay the same."""
from ...translatable import lookup, strings
from ._common import english_texts, problem, translation_files

MIN_WORDS = 4


def check(files):
    english = english_texts(files)
    for file in translation_files(files):
        source = english.get((file.target, file.id)) or {}
        for loc, text in strings(file.model.text):
            if len(text.split()) >= MIN_WORDS and text == lookup(source, loc):
                yield problem(file, loc, "is the English text unchanged: translate it, or leave the field out", "warning")
