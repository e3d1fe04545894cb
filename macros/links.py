"""Addresses: tel:/sms: links for numbers, and relative links between pages."""
from __future__ import annotations


import phonenumbers

from .models import Contact


def dial_string(number: str, region: str, short_code: bool) -> str:
    """What goes after tel: — E.164 for full numbers, the bare digits for short codes."""
    if short_code:
        return phonenumbers.normalize_digits_only(number)
    parsed = phonenumbers.parse(number, region.upper())
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def contact_href(contact: Contact, region: str) -> str:
    value = contact.value
    if contact.kind == "phone":
        return "tel:" + dial_string(value, region, contact.short_code)
    if contact.kind == "sms":
        return "sms:" + dial_string(value, region, contact.short_code)
    if contact.kind == "whatsapp":
        return "https://wa.me/" + dial_string(value, region, False).lstrip("+")
    if contact.kind == "email":
        return "mailto:" + value
    return value


def relative(from_url: str, to_url: str) -> str:
    """Link from one page URL to another, both relative to the language root ('' is the home page)."""
    # posixpath.relpath on segments, without its two abspath calls per link (43,000 links a language).
    start = [part for part in from_url.split("/") if part]
    target = [part for part in to_url.split("/") if part]
    common = 0
    while common < min(len(start), len(target)) and start[common] == target[common]:
        common += 1
    rel = "/".join([".."] * (len(start) - common) + target[common:]) or "."
    if rel == ".":
        return "./"
    return rel + "/" if to_url.endswith("/") or to_url == "" else rel
