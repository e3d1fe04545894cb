"""Rule: a phone number is digits. Letters (a "vanity" number that phonenumbers would turn into digits
the reviewer never saw), invisible characters and anything but digits, spaces, +, -, # and brackets
are refused in every number: contacts, emergency numbers and the police's non-emergency number."""
import re

from ...models import PHONE_KINDS
from ._common import problem

PHONE = re.compile(r"^[0-9 +\-#()]+$")


def numbers(file):
    raw = file.raw
    if file.kind == "resources":
        for i, contact in enumerate(raw.get("contacts") or []):
            if isinstance(contact, dict) and contact.get("kind") in PHONE_KINDS:
                yield ("contacts", i, "value"), contact.get("value")
    if file.kind == "countries":
        for i, entry in enumerate(raw.get("emergency") or []):
            if isinstance(entry, dict):
                yield ("emergency", i, "number"), entry.get("number")
    if file.kind == "laws" and isinstance(raw.get("police_reporting"), dict):
        yield ("police_reporting", "non_emergency"), raw["police_reporting"].get("non_emergency")


def check(files):
    for file in files:
        for loc, value in numbers(file):
            if isinstance(value, str) and not PHONE.match(value):
                yield problem(file, loc, f"'{value}' is not only digits: write the number as it is dialled, in digits")
