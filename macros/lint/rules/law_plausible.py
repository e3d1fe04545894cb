"""Rule: legal facts are plausible. Ages in range (criminal responsibility 0-18, sexual consent 10-21),
a range only where it differs by region and never upside down, treaty years between the treaty's
opening and today, and a law file only for a country the site has."""
import datetime as dt

from ._common import problem

AGE_RANGES = {"criminal_responsibility_age": (0, 18), "consent_age": (10, 21)}
# The year each treaty was opened for signature: no state became a party before it.
TREATY_OPENED = {"opsc": 2000, "lanzarote": 2007, "budapest": 2001}


def check(files, today: dt.date | None = None):
    year = (today or dt.date.today()).year
    countries = {f.id for f in files if f.kind == "countries"}
    for file in (f for f in files if f.kind == "laws"):
        law = file.model
        if law.id not in countries:
            yield problem(file, ("id",), f"there is no data/countries/{law.id}.yml")
        for field, (low, high) in AGE_RANGES.items():
            fact = getattr(law, field)
            if fact is None:
                continue
            for key in ("age", "age_max", "protective_measures_only_below"):
                value = getattr(fact, key, None)
                if value is not None and not low <= value <= high:
                    yield problem(file, (field, key), f"{value} is not a plausible age here ({low} to {high})")
            if fact.age_max is not None and (fact.age_max < fact.age or not fact.by_region):
                yield problem(file, (field, "age_max"), "age_max is for ages that differ by region: set by_region: true "
                                                         "and keep it above age")
            if fact.by_region and fact.age_max is None:
                yield problem(file, (field, "by_region"), "by_region needs age_max (the range is age to age_max)")
        for name, opened in TREATY_OPENED.items():
            status = getattr(law.treaties, name, None) if law.treaties else None
            if status is not None and status.year is not None and not opened <= status.year <= year:
                yield problem(file, ("treaties", name, "year"), f"{status.year} is not between {opened} (the treaty "
                                                                 f"opened) and {year}")
            if status is not None and status.year is not None and not status.party:
                yield problem(file, ("treaties", name, "year"), "a year is only for a party (party: true)")
        for field in ("csam_offence", "grooming_offence"):
            fact = getattr(law, field)
            if fact is not None and fact.year is not None and not 1990 <= fact.year <= year:
                yield problem(file, (field, "year"), f"{fact.year} is not a year the source can describe")
