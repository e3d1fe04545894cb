"""Rule: every phone number is valid for its country (phonenumbers); short codes must be declared.

Emergency numbers must be known to phonenumbers as emergency numbers of that country.
"""
import phonenumbers
from phonenumbers import shortnumberinfo

from ...models import PHONE_KINDS
from ._common import problem


def number_problem(value: str, region: str, short_code: bool) -> str | None:
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as error:
        return f"'{value}' cannot be read as a phone number: {error._msg}"
    if short_code:
        if not shortnumberinfo.is_valid_short_number_for_region(parsed, region):
            return f"'{value}' is not a valid short number in {region}"
    elif not phonenumbers.is_valid_number(parsed):
        hint = " (if it is a short code, add short_code: true)" if len(phonenumbers.normalize_digits_only(value)) <= 6 else ""
        return f"'{value}' is not a valid phone number for {region}{hint}"
    return None


def check(files):
    for file in files:
        if file.kind == "countries":
            region = file.model.id.upper()
            for i, entry in enumerate(file.model.emergency):
                if not shortnumberinfo.is_emergency_number(entry.number, region):
                    yield problem(file, ("emergency", i, "number"), f"'{entry.number}' is not an emergency number of {region} in phonenumbers")
        if file.kind != "resources":
            continue
        served = file.model.countries
        for i, contact in enumerate(file.model.contacts):
            if contact.kind not in PHONE_KINDS:
                continue
            country = contact.country or (served[0] if isinstance(served, list) and len(served) == 1 else None)
            if country is None and not contact.value.startswith("+"):
                yield problem(file, ("contacts", i, "country"), "this resource serves several countries: say which country this number belongs to")
                continue
            message = number_problem(contact.value, (country or "ZZ").upper(), contact.short_code)
            if message:
                yield problem(file, ("contacts", i, "value"), message)
