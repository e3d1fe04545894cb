"""Rule: a source is a page a careful reader can trust: the organisation itself, its umbrella body,
a government, or a reputable publisher. SEO "how to" sites copy steps from each other and go stale,
so they are refused. The list is in untrusted_sources.yml, each with its reason."""
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ._common import problem, url_fields

UNTRUSTED = {
    entry["domain"]: entry["why"]
    for entry in yaml.safe_load(Path(__file__).with_name("untrusted_sources.yml").read_text(encoding="utf-8"))
}


def untrusted(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return next((why for domain, why in UNTRUSTED.items() if host == domain or host.endswith("." + domain)), None)


def check(files):
    for file in files:
        for loc, url in url_fields(file):
            if loc[-1] != "source" and not str(loc[-1]).endswith("_source"):
                continue
            why = untrusted(url)
            if why:
                yield problem(file, loc, f"not accepted as a source: {why}. Use the organisation's own page, its umbrella body or a government page")
