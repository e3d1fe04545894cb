"""Rule: no sentence stands twice on a topic page. The page prints "It is not your fault." before the
variant's own not_your_fault text, so that text must not start with it again; a step repeated word for
word in who_to_tell reads as a mistake to a child."""
import re

from ._common import problem

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MIN_WORDS = 3


def sentences(text: str):
    for sentence in SENTENCE_END.split(text or ""):
        key = re.sub(r"[^\w\s]", "", sentence).casefold().split()
        if len(key) >= MIN_WORDS:
            yield " ".join(key), sentence


def variant_texts(variant, audience):
    yield ("summary",), variant.summary
    yield ("not_your_fault",), variant.not_your_fault
    yield ("who_to_tell",), variant.who_to_tell
    for i, section in enumerate(variant.sections):
        yield ("sections", i, "text"), section.text
        for j, step in enumerate(section.steps):
            yield ("sections", i, "steps", j), step


def check(files):
    english = next((f.model.strings for f in files if f.kind == "languages" and f.id == "en"), {})
    printed = english.get("not_your_fault", "")
    for file in files:
        if file.kind != "topics":
            continue
        for audience, variant in file.model.variants.items():
            seen = {key: "the page's own 'not your fault' line" for key, _ in sentences(printed)} if audience != "parents" else {}
            for loc, text in variant_texts(variant, audience):
                for key, sentence in sentences(text):
                    full = ("variants", audience) + loc
                    if key in seen:
                        yield problem(file, full, f"'{sentence}' already stands on the page ({seen[key]}): say it once")
                    else:
                        seen[key] = ".".join(str(p) for p in full)
