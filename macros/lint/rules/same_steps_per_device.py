"""Rule: steps split by device must differ. When every device has the same steps, the page would show
tabs that change nothing: write them once under `all`."""
from ._common import problem


def check(files):
    for file in files:
        if file.kind != "platforms":
            continue
        for action, guide in file.model.guides.items():
            lists = list(guide.steps.values())
            if len(lists) > 1 and all(steps == lists[0] for steps in lists):
                yield problem(file, ("guides", action, "steps"),
                              f"the steps for {', '.join(guide.steps)} are the same: write them once under 'all'")
