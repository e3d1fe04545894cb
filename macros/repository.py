"""Where the project's files live: every resource and guide links there to report a mistake, and the
site links to the contributing guide. GitHub Actions sets ATLAS_REPOSITORY to the repository the
build runs in, so a fork's site sends reports to the fork; other builds use DEFAULT_REPOSITORY."""
from __future__ import annotations

import os
from urllib.parse import urlencode

DEFAULT_REPOSITORY = "https://github.com/online-safety-atlas/online-safety-atlas"
# The issue form in .github/ISSUE_TEMPLATE/; its field ids `subject` and `page` are filled in for the reader.
# The form gives the issue its title: a title in the link would cost every card on every page 50 bytes.
MISTAKE_FORM = "wrong-information.yml"


def repository_url() -> str:
    return (os.environ.get("ATLAS_REPOSITORY") or DEFAULT_REPOSITORY).rstrip("/")


def report_mistake_url(subject: str, page: str) -> str:
    """The 'wrong or outdated information' issue form, with what and where already filled in."""
    query = urlencode({"template": MISTAKE_FORM, "subject": subject, "page": page})
    return f"{repository_url()}/issues/new?{query}"


def contributing_url() -> str:
    return f"{repository_url()}/blob/main/CONTRIBUTING.md"


def translators_url() -> str:
    """The contributing guide's part for translators: machine-assisted pages link there."""
    return contributing_url() + "#add-or-improve-a-translation"
