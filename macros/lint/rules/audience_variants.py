"""Rule: a topic has exactly one variant per audience it is for, and every kids and teens variant
tells the reader it is not their fault and who to tell."""
from ...models import AUDIENCES
from ._common import problem

CHILD_AUDIENCES = ("kids", "teens")


def check(files):
    for file in files:
        if file.kind != "topics":
            continue
        topic = file.model
        for audience in AUDIENCES:
            if audience in topic.audiences and audience not in topic.variants:
                yield problem(file, ("variants",), f"the '{audience}' variant is missing")
            if audience not in topic.audiences and audience in topic.variants:
                yield problem(file, ("variants", audience), f"'{audience}' is not in this topic's audiences")
        for audience in CHILD_AUDIENCES:
            variant = topic.variants.get(audience)
            if variant is None:
                continue
            for needed in ("not_your_fault", "who_to_tell"):
                if not getattr(variant, needed):
                    yield problem(file, ("variants", audience, needed), "is required on kids and teens variants")
