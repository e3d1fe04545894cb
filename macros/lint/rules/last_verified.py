"""Rule: last_verified is not in the future; older than 12 months warns, older than 24 months fails."""
import datetime as dt

from ._common import leaves, problem

WARN_AFTER_DAYS = 365
FAIL_AFTER_DAYS = 730


def check(files, today: dt.date | None = None):
    today = today or dt.date.today()
    for file in (f for f in files if f.kind != "languages"):
        for loc, value in leaves(file.raw):
            if not loc or loc[-1] != "last_verified":
                continue
            if isinstance(value, str):  # quoted in YAML; structure has already checked it is a date
                value = dt.date.fromisoformat(value)
            age = (today - value).days
            if age < 0:
                yield problem(file, loc, f"{value} is in the future")
            elif age > FAIL_AFTER_DAYS:
                yield problem(file, loc, f"{value} is more than 24 months ago: check the source again")
            elif age > WARN_AFTER_DAYS:
                yield problem(file, loc, f"{value} is more than 12 months ago: please check the source again", "warning")
