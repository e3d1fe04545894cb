"""Rule: no URL shorteners; a reader and a reviewer must see where a link goes."""
from urllib.parse import urlsplit

from ._common import problem, url_fields

SHORTENERS = {
    "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly",
    "n9.cl", "2h.ae", "shorturl.at", "tiny.cc", "rb.gy", "s.id", "t.ly", "lnkd.in", "bl.ink", "qrco.de",
}


def check(files):
    for file in files:
        for loc, url in url_fields(file):
            host = (urlsplit(url).hostname or "").removeprefix("www.")
            if host in SHORTENERS:
                yield problem(file, loc, f"'{host}' is a URL shortener; give the full address of the page")
