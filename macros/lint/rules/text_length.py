"""Rule: text for children stays short. A sentence on a kids page has at most 20 words, on a teens
page at most 30, and a step at most 200 characters (for every audience)."""
import re

from ._common import problem

MAX_WORDS = {"kids": 20, "teens": 30}
MAX_STEP_CHARS = 200
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+")


def too_long_sentence(text: str, limit: int) -> str | None:
    for sentence in SENTENCE_END.split(text):
        if len(sentence.split()) > limit:
            return sentence
    return None


def check(files):
    for file in files:
        if file.kind == "topics":
            for audience, variant in file.model.variants.items():
                limit = MAX_WORDS.get(audience)
                texts = [("summary",), ("not_your_fault",), ("who_to_tell",)]
                for loc in texts:
                    text = getattr(variant, loc[0])
                    if limit and text and (long := too_long_sentence(text, limit)):
                        yield problem(file, ("variants", audience) + loc, f"a sentence has more than {limit} words: '{long[:60]}...'")
                for i, section in enumerate(variant.sections):
                    if limit and section.text and (long := too_long_sentence(section.text, limit)):
                        yield problem(file, ("variants", audience, "sections", i, "text"), f"a sentence has more than {limit} words: '{long[:60]}...'")
                    for j, step in enumerate(section.steps):
                        if len(step) > MAX_STEP_CHARS:
                            yield problem(file, ("variants", audience, "sections", i, "steps", j), f"a step is longer than {MAX_STEP_CHARS} characters")
        if file.kind == "platforms":
            for action, guide in file.model.guides.items():
                for device, steps in guide.steps.items():
                    for j, step in enumerate(steps):
                        if len(step) > MAX_STEP_CHARS:
                            yield problem(file, ("guides", action, "steps", device, j), f"a step is longer than {MAX_STEP_CHARS} characters")
