"""Rule: country and language codes are ones babel knows (ISO 3166-1 and ISO 639 / BCP 47)."""
from babel import Locale, UnknownLocaleError

from ._common import problem

TERRITORIES = set(Locale("en").territories)


def known_country(code: str) -> bool:
    return code.upper() in TERRITORIES and not code.isdigit()


def known_language(code: str) -> bool:
    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def check(files):
    for file in files:
        raw = file.raw
        if file.kind == "countries" and not known_country(file.model.id):
            yield problem(file, ("id",), f"'{file.model.id}' is not an ISO 3166-1 country code")
        countries = raw.get("countries")
        if isinstance(countries, list):
            for i, code in enumerate(countries):
                if not known_country(code):
                    yield problem(file, ("countries", i), f"'{code}' is not an ISO 3166-1 country code")
        for i, contact in enumerate(raw.get("contacts") or []):
            code = contact.get("country")
            if code and not known_country(code):
                yield problem(file, ("contacts", i, "country"), f"'{code}' is not an ISO 3166-1 country code")
        if file.kind == "platforms":
            for i, exception in enumerate(file.model.minimum_age_exceptions):
                for j, code in enumerate(exception.countries):
                    if not known_country(code):
                        yield problem(file, ("minimum_age_exceptions", i, "countries", j), f"'{code}' is not an ISO 3166-1 country code")
        for i, code in enumerate(raw.get("languages") or []):
            if not known_language(code):
                yield problem(file, ("languages", i), f"'{code}' is not a language code babel knows")
        if file.kind == "languages" and not known_language(file.model.id):
            yield problem(file, ("id",), f"'{file.model.id}' is not a language code babel knows")
