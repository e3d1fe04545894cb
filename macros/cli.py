"""One command for every site task: `python -m macros <command>` (the Makefile calls these)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .problems import DataError


def cmd_validate(args) -> int:
    from .dataset import load

    try:
        dataset = load(args.data)
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        errors = sum(p.severity == "error" for p in error.problems)
        print(f"\n{errors} error(s). Nothing was built. See CONTRIBUTING.md for how to fix them.", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - a contributor must never see a traceback
        print(f"internal error: {error!r}\nThis is a bug in the validator, not in your file: please report it.", file=sys.stderr)
        return 2
    for warning in dataset.warnings:
        print(warning, file=sys.stderr)
    counts = ", ".join(f"{len(getattr(dataset, k))} {k}" for k in ("countries", "resources", "platforms", "topics", "languages"))
    print(f"All data is valid: {counts}.")
    return 0


def cmd_schemas(args) -> int:
    from .schemas import write_schemas

    for path in write_schemas():
        print(f"wrote {path.name}")
    return 0


def cmd_build(args) -> int:
    from .build import build_site

    return build_site(Path(args.site_dir), languages=args.lang, jobs=args.jobs)


def cmd_coverage(args) -> int:
    from .coverage import print_coverage

    return print_coverage()


def cmd_translations(args) -> int:
    from . import translations
    from .dataset import load

    if args.action == "status":
        return translations.print_translations()
    if args.action == "todo":
        return translations.print_todo(args.lang)
    dataset = load()
    if args.action == "new":
        # `new sv topics/sextortion ...`, or `new sv --missing` for every file not yet translated
        from .localize import localized
        targets = [t.split("/", 1) for t in args.targets]
        if args.missing:
            local = localized(dataset, args.lang)
            targets = [(k, i) for k in translations.TRANSLATED_KINDS for i in sorted(getattr(dataset, k))
                       if local.state(k, i).state == "missing" and local.state(k, i).total]
        for kind, id in targets:
            print(f"wrote {translations.scaffold(dataset, args.lang, kind, id)}")
        return 0
    for path in [args.lang, *args.targets]:  # stamp FILE...: the first path lands in `lang`
        print(f"{path}: translated_from {translations.stamp(Path(path), dataset)}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check every data file; print every problem as path:line: field: message")
    p.add_argument("--data", type=Path, default=None, help="data folder (default: data/)")
    p.set_defaults(func=cmd_validate)
    sub.add_parser("schemas", help="regenerate schemas/*.schema.json from the models").set_defaults(func=cmd_schemas)
    p = sub.add_parser("build", help="validate, then build every language in parallel into site/")
    p.add_argument("--site-dir", default="site")
    p.add_argument("--lang", action="append", help="build only this language (repeatable)")
    p.add_argument("--jobs", type=int, default=2)
    p.set_defaults(func=cmd_build)
    sub.add_parser("coverage", help="which resource types each country has and lacks").set_defaults(func=cmd_coverage)
    p = sub.add_parser("translations", help="how far each language is translated; make and stamp translation files")
    p.add_argument("action", nargs="?", default="status", choices=("status", "todo", "new", "stamp"),
                   help="status: the table; todo LANG: what is stale or missing; new LANG KIND/ID...: a file with the "
                        "English text to translate in place; stamp FILE...: record that a file is made from today's English")
    p.add_argument("lang", nargs="?", help="language code, for todo and new")
    p.add_argument("targets", nargs="*", help="KIND/ID for new (topics/sextortion), paths for stamp")
    p.add_argument("--missing", action="store_true", help="with new: every file not yet translated")
    p.set_defaults(func=cmd_translations)
    args = parser.parse_args(argv)
    return args.func(args)
