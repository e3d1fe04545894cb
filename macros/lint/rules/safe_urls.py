"""Rule: a web address goes where it says. Refused: a user name or password in it (`https://a:b@host`,
which shows one host and can hide another), a host that is a bare IP address (no reviewer can tell
whose it is), and anything but letters, digits and URL punctuation in the host."""
import ipaddress
import re
from urllib.parse import urlsplit

from ._common import problem, url_fields

HOST = re.compile(r"^[a-z0-9.-]+$")


def url_problem(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return "cannot be read as a web address"
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "has a user name or password in it: give the plain address"
    try:
        ipaddress.ip_address(host.strip("[]"))
        return "points at a bare IP address: give the organisation's own address"
    except ValueError:
        pass
    if host and not HOST.match(host):
        return f"has a host '{host}' with characters a reader cannot check: write it in plain letters (punycode)"
    return None


def check(files):
    for file in files:
        for loc, url in url_fields(file):
            message = url_problem(url)
            if message:
                yield problem(file, loc, message)
