"""Rule: every country a resource names has its own file, and a contact's country is one the resource serves."""
from ._common import problem


def check(files):
    countries = {f.model.id for f in files if f.kind == "countries"}
    for file in files:
        if file.kind != "resources":
            continue
        served = file.model.countries
        if isinstance(served, list):
            for i, code in enumerate(served):
                if code not in countries:
                    yield problem(file, ("countries", i), f"there is no data/countries/{code}.yml")
        for i, contact in enumerate(file.model.contacts):
            if contact.country and isinstance(served, list) and contact.country not in served:
                yield problem(file, ("contacts", i, "country"), f"'{contact.country}' is not in this resource's countries")
