"""MkDocs hooks: the only module (with __init__.define_env) that knows MkDocs.

Everything it calls is plain Python over the typed data, so another builder (e.g. Zensical) needs
only a new adapter. One MkDocs run builds one language, chosen by ATLAS_LANG (see mkdocs.yml).
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path, not as part of the package
    sys.path.insert(0, str(ROOT))

import material  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros import deferred  # noqa: E402
from macros.api import write_api, write_embeds  # noqa: E402
from macros.home import languages_json  # noqa: E402
from macros.build import languages_in_order  # noqa: E402
from macros.dataset import load_cached  # noqa: E402
from macros.paths import docs_root  # noqa: E402
from macros.i18n import SOURCE_LANG, Words, site_prefix  # noqa: E402
from macros.pages import hand_pages, write_stubs, render_stub  # noqa: E402
from macros.problems import DataError  # noqa: E402
from macros.repository import translators_url  # noqa: E402

I18N_PLUGIN_MODE = bool(os.environ.get("ATLAS_I18N_PLUGIN"))
THEME_LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"
_fallback: set[str] = set()
CSP_PLACEHOLDER = "atlas-content-security-policy"
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
# Nothing may load from another origin. Pagefind's search (search page only) runs WebAssembly from this site.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {inline_scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)


_build: dict = {}


def language(config) -> str:
    return config.extra.get("atlas_lang") or config.theme["language"]


@event_priority(100)  # before mkdocs-macros, so bad data stops the build with a clean message
def on_config(config):
    try:
        dataset = load_cached()
    except DataError as error:
        # MkDocs prints a PluginError as one clean message and writes no site.
        raise PluginError(str(error) + "\nNothing was built. Run `make validate` for the same list.") from None
    _build["dataset"] = dataset  # the data this build validated: every page renders from it
    lang = language(config)
    if lang not in dataset.languages:
        raise PluginError(f"ATLAS_LANG={lang}: there is no data/languages/{lang}.yml")
    words = Words(dataset, lang)
    if I18N_PLUGIN_MODE:
        # Measured alternative (tests/bench): mkdocs-static-i18n builds every language from docs/<lang>/.
        for code in dataset.languages:
            write_stubs(dataset, Words(dataset, code), docs_root() / code)
    else:
        lang_docs = docs_root() / lang
        lang_docs.mkdir(parents=True, exist_ok=True)
        config["docs_dir"] = str(lang_docs)
        write_stubs(dataset, words, lang_docs)
    config.theme["language"] = theme_language(lang)
    config.extra["atlas_theme_t"] = {"language": lang, "direction": words.direction,
                                     **dataset.languages[lang].theme_strings}
    config.extra["alternate"] = [
        {"name": Words(dataset, code).own_name, "lang": code, "prefix": site_prefix(code),
         "dir": Words(dataset, code).direction}
        for code in languages_in_order(dataset)]
    config.extra["atlas_translators_url"] = translators_url()
    config.extra["atlas_search_url"] = "search/"
    # Pagefind's files sit at the site root, above the language folders.
    config.extra["atlas_pagefind"] = ("../" if site_prefix(lang) else "") + "pagefind/"
    config["site_name"] = words("site_name")
    config.extra["atlas_lang"] = lang
    # Markup: a string not yet translated is marked as English (lang="en" dir="ltr") where the theme prints it.
    config.extra["atlas_t"] = {key: words.html(key) for key in dataset.languages[SOURCE_LANG].strings}
    config.extra["atlas_csp"] = CSP_PLACEHOLDER
    config.extra["atlas_quick_exit_url"] = dataset.languages[lang].quick_exit_url
    return config


def theme_language(lang: str) -> str:
    """The theme's own translation nearest to the language (pt-BR, zh for zh-Hans), else English."""
    for code in (lang, lang.split("-")[0]):
        if (THEME_LANGUAGES / f"{code}.html").is_file():
            return code
    return SOURCE_LANG


def on_files(files, config):
    """A hand-written page missing in this language is taken from English and marked as a fallback."""
    _fallback.clear()
    lang = language(config)
    if lang == SOURCE_LANG or I18N_PLUGIN_MODE:
        return files
    english = docs_root() / SOURCE_LANG
    present = {f.src_uri for f in files}
    for path in hand_pages(english):
        src_uri = path.relative_to(english).as_posix()
        if src_uri in present:
            continue
        files.append(File(src_uri, str(english), config["site_dir"], config["use_directory_urls"]))
        _fallback.add(src_uri)
    return files


def on_page_markdown(markdown, page, config, files):
    """Generated pages (stubs with render_macros: false) are rendered here, once, from the data."""
    if page.meta.get("render_macros") is False and "atlas" in page.meta:
        return render_stub(_build["dataset"], page.meta["atlas"], page.file.src_uri)
    return markdown


def on_page_content(html, page, config, files):
    return deferred.fill(html, page.file.src_uri)


def on_page_context(context, page, config, nav):
    page.meta["atlas_fallback"] = page.file.src_uri in _fallback
    return context


def on_post_page(output, page, config):
    """Allow exactly the inline scripts Material wrote into this page, by their hashes; drop indentation."""
    hashes = " ".join(sorted({f"'sha256-{b64_sha256(code)}'" for code in INLINE_SCRIPT.findall(output)}))
    return drop_indentation(output.replace(CSP_PLACEHOLDER, CONTENT_SECURITY_POLICY.format(inline_scripts=hashes), 1))


KEEP_AS_WRITTEN = re.compile(r"(<(pre|textarea|script)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
INDENTATION = re.compile(r"[ \t]*\n\s*")
# A line break next to the start or end tag of a block element is never rendered as a space.
BLOCK_TAGS = "html|head|body|meta|link|title|div|main|article|section|nav|header|footer|aside|details|summary|ul|ol|li|p|h[1-6]|table|thead|tbody|tr|td|th"
BREAK_BEFORE_BLOCK = re.compile(rf"\n(?=</?(?:{BLOCK_TAGS})[\s>/])")
BREAK_AFTER_BLOCK = re.compile(rf"(</?(?:{BLOCK_TAGS})(?:\s[^<>]*)?>)\n")


def drop_indentation(html: str) -> str:
    """Material indents its HTML deeply; a child on a metered phone pays for every space. A line break
    stays a line break (so inline spacing is unchanged) except beside a block element's tags, where it is
    never rendered; only <pre>, <textarea> and scripts are kept as written."""
    parts = KEEP_AS_WRITTEN.split(html)
    out = []
    for i, part in enumerate(parts):
        kind = i % 3  # re.split with two groups: text, whole kept element, its tag name
        if kind == 0:
            part = BREAK_BEFORE_BLOCK.sub("", INDENTATION.sub("\n", part))
            out.append(BREAK_AFTER_BLOCK.sub(r"\1", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)


def drop_unused_theme_assets(site_dir: Path) -> None:
    """Each language's build carries a copy of the theme's scripts, which no page loads (see main.html):
    about 2.3 MB per language, so 55 MB of the site for 24 languages."""
    shutil.rmtree(site_dir / "assets" / "javascripts", ignore_errors=True)


def b64_sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def on_post_build(config):
    drop_unused_theme_assets(Path(config["site_dir"]))
    if language(config) == SOURCE_LANG:
        dataset = load_cached()
        write_api(dataset, Path(config["site_dir"]))
        (Path(config["site_dir"]) / "languages.json").write_text(
            json.dumps(languages_json(dataset), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        write_embeds(dataset, Path(config["site_dir"]))
