"""The Online Safety Atlas data layer and renderer.

`define_env` is the mkdocs-macros entry point (module_name: macros). It is a thin adapter: the
pages are rendered by macros.render from typed data, with no MkDocs internals.
"""


def define_env(env):
    from .dataset import load_cached
    from .home import coverage_table, home_countries, languages_page, translation_status
    from .pages import render_stub
    from .render import renderer_for
    from .repository import contributing_url, repository_url

    dataset = load_cached()  # validated by the hook's on_config, which runs first
    # Hand-written pages link to the project: {{ contributing_url }}, {{ repository_url }}.
    env.variables["contributing_url"] = contributing_url()
    env.variables["repository_url"] = repository_url()

    def lang() -> str:
        return env.conf["extra"]["atlas_lang"]

    @env.macro
    def atlas_page() -> str:
        return render_stub(dataset, env.page.meta["atlas"], env.page.file.src_uri)

    @env.macro
    def country_picker() -> str:
        return home_countries(renderer_for(dataset, lang()), env.page.url)

    @env.macro
    def coverage() -> str:
        return coverage_table(renderer_for(dataset, lang()), env.page.url)

    @env.macro
    def language_list() -> str:
        return languages_page(renderer_for(dataset, lang()), env.page.url)

    @env.macro
    def translations() -> str:
        return translation_status(renderer_for(dataset, lang()), env.page.url)

    @env.macro
    def t(key: str, **values) -> str:
        return renderer_for(dataset, lang()).words(key, **values)
