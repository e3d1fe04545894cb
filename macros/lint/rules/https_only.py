"""Rule: every web address is https, so nobody is sent to a page that can be tampered with on the way."""
from urllib.parse import urlsplit

from ._common import problem, url_fields


def check(files):
    for file in files:
        for loc, url in url_fields(file):
            parts = urlsplit(url)
            if parts.scheme != "https" or not parts.netloc:
                yield problem(file, loc, f"must be a full https:// address (got '{url}')")
