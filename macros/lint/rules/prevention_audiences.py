"""Rule: a prevention service (for people worried about their own sexual thoughts about children) is
shown on teens and parents pages only, never to kids; say `audiences: [teens, parents]`."""
from ._common import problem


def check(files):
    for file in files:
        if file.kind == "resources" and file.model.type == "prevention" and "kids" in file.model.audiences:
            loc = ("audiences",) if "audiences" in file.raw else ("type",)
            yield problem(file, loc, "a prevention service is never shown to kids: add audiences: [teens, parents]")
