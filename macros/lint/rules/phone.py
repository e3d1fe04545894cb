"""Rule: every phone number is valid for its country (phonenumbers); short codes must be declared.

A full number must be valid for its country. A declared short code must be 3 to 8 digits; when
phonenumbers does not know it for the country that is a warning, not an error, because its short
number data misses many real child helplines (116 111 in Georgia, 1387 in Thailand). The same goes
for an emergency number it does not list. The source is the authority; phonenumbers is a check.
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
        digits = phonenumbers.normalize_digits_only(value)
        if not 3 <= len(digits) <= 8 or digits != value.replace(" ", "").lstrip("#"):
            return f"'{value}' is not a short number: 3 to 8 digits, spaces allowed"
    elif not phonenumbers.is_valid_number(parsed):
        hint = " (if it is a short code, add short_code: true)" if len(phonenumbers.normalize_digits_only(value)) <= 6 else ""
        return f"'{value}' is not a valid phone number for {region}{hint}"
    return None


def possible_short(value: str, region: str) -> bool:
    return shortnumberinfo.is_possible_short_number_for_region(phonenumbers.parse(value, region), region)


def check(files):
    for file in files:
        if file.kind == "countries":
            region = file.model.id.upper()
            if region not in phonenumbers.SUPPORTED_SHORT_REGIONS:
                yield problem(file, ("id",), f"phonenumbers has no numbering data for {region}: emergency numbers cannot be checked")
                continue
            for i, entry in enumerate(file.model.emergency):
                if shortnumberinfo.is_emergency_number(entry.number, region):
                    continue
                if shortnumberinfo.is_possible_short_number_for_region(phonenumbers.parse(entry.number, region), region):
                    yield problem(file, ("emergency", i, "number"), f"'{entry.number}' is not in phonenumbers' emergency list for {region}: check the source again", "warning")
                else:
                    yield problem(file, ("emergency", i, "number"), f"'{entry.number}' cannot be an emergency number in {region}")
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
            region = (country or "ZZ").upper()
            if contact.short_code and region not in phonenumbers.SUPPORTED_SHORT_REGIONS:
                yield problem(file, ("contacts", i, "value"), f"phonenumbers has no short-number data for {region}")
                continue
            message = number_problem(contact.value, region, contact.short_code)
            if message:
                yield problem(file, ("contacts", i, "value"), message)
            elif contact.short_code and not possible_short(contact.value, region):
                yield problem(file, ("contacts", i, "value"),
                              f"phonenumbers does not know '{contact.value}' as a short number in {region}: check the source again", "warning")
