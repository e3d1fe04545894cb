"""Typed models of the data files: the single source of truth for their shape.

The JSON Schemas in schemas/ are generated from these classes (`python -m macros schemas`), and the
contributor guides in schemas/*.md describe the same fields in plain words. Checks that need more
than one field or another file (phone numbers for a country, references, dates) live in lint/rules.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

AUDIENCES = ("kids", "teens", "parents")
Audience = Literal["kids", "teens", "parents"]

RESOURCE_TYPES = ("emergency", "helpline", "hotline", "police", "removal", "prevention", "regulator", "support")
ResourceType = Literal["emergency", "helpline", "hotline", "police", "removal", "prevention", "regulator", "support"]

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
Url = Annotated[str, StringConstraints(pattern=r"^\S+$", max_length=500)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=1200)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Sourced(Model):
    """Every fact says where it comes from and when someone last checked it."""

    source: Url = Field(description="https address of the page this fact was read on.")
    last_verified: dt.date = Field(description="The day someone last read the source and confirmed the fact (YYYY-MM-DD).")


# --- resources -------------------------------------------------------------------------------

ContactKind = Literal["phone", "sms", "whatsapp", "chat", "web", "form", "email", "app"]
PHONE_KINDS = ("phone", "sms", "whatsapp")


class Contact(Model):
    kind: ContactKind = Field(description="phone, sms, whatsapp (numbers); chat, web, form, app (https addresses); email.")
    value: Annotated[str, StringConstraints(min_length=1, max_length=500)] = Field(
        description="The number as dialled in the country, the https address, or the email address.")
    short_code: bool = Field(False, description="true for short numbers such as 116 111 that are not full phone numbers.")
    country: CountryCode | None = Field(None, description="For a number of a resource that serves several countries: the country whose numbering plan it uses.")
    label: ShortText | None = Field(None, description="Optional English label, e.g. 'For parents'.")


class AgeRange(Model):
    min: int = Field(0, ge=0, le=120)
    max: int | None = Field(None, ge=0, le=120, description="Leave out when there is no upper limit.")

    @model_validator(mode="after")
    def _ordered(self):
        if self.max is not None and self.max < self.min:
            raise ValueError("max must not be below min")
        return self


class Resource(Sourced):
    """A place to get help: a helpline, a reporting hotline, the police, an image-removal service..."""

    id: Id
    type: ResourceType
    name: ShortText = Field(description="The name the organisation uses for itself.")
    summary: Text = Field(description="One or two plain English sentences: who it is for and what it does.")
    summary_kids: ShortText | None = Field(
        None, description="The same for a child of 8-12: one or two short sentences of at most 12 words each. "
        "Kids pages show it instead of summary.")
    countries: Union[Literal["global"], list[CountryCode]] = Field(
        description="The countries it serves (ISO 3166-1 alpha-2, lower case), or 'global'.")
    audiences: list[Audience] = Field(list(AUDIENCES), description="Which audiences' pages show it.")
    contacts: list[Contact] = Field(min_length=1)
    open_24_7: bool | None = Field(None, description="true when every channel is open all day, every day.")
    hours: ShortText | None = Field(None, description="Opening hours in English when not 24/7, as the source states them.")
    cost: Literal["free", "standard-rate", "paid"] | None = None
    anonymous: bool | None = Field(None, description="true when you can use it without giving your name.")
    ages: AgeRange | None = Field(None, description="Ages served, when the source states them.")
    languages: list[LanguageCode] = Field(default_factory=list, description="Languages it answers in.")
    eligibility: Text | None = Field(None, description="Who may use it, when that is limited (e.g. images taken under 18).")
    limits: Text | None = Field(None, description="What it cannot do, e.g. act inside end-to-end encrypted apps.")
    note: Text | None = Field(None, description="For editors only, never shown: where sources disagree and why.")


# --- countries -------------------------------------------------------------------------------

EmergencyService = Literal["general", "police", "ambulance", "fire"]


class EmergencyNumber(Model):
    number: Annotated[str, StringConstraints(pattern=r"^[0-9 ]{2,12}$")]
    services: list[EmergencyService] = Field(min_length=1)


class Country(Sourced):
    """A country or territory: its languages and emergency numbers. Its help comes from resources."""

    id: CountryCode = Field(description="ISO 3166-1 alpha-2, lower case; the file name.")
    languages: list[LanguageCode] = Field(min_length=1, description="Official or main languages.")
    emergency: list[EmergencyNumber] = Field(min_length=1, description="Emergency numbers; source and last_verified cover them.")


# --- platforms -------------------------------------------------------------------------------

Device = Literal["all", "ios", "android", "web", "desktop", "console"]
GuideAction = Literal[
    "report_account", "report_content", "block", "mute_restrict", "privacy", "remove_image", "family_tools",
]
GUIDE_ACTIONS = GuideAction.__args__
# Who sees a guide when its file does not say: kids get the fewest steps (no mute or restrict, no
# family tools); family tools are for parents. A file may narrow or widen this with `audiences`.
DEFAULT_GUIDE_AUDIENCES: dict[str, list[str]] = {
    action: ["parents"] if action == "family_tools"
    else ["teens", "parents"] if action == "mute_restrict"
    else list(AUDIENCES)
    for action in GUIDE_ACTIONS
}
Step = Annotated[str, StringConstraints(min_length=1, max_length=300)]


class Guide(Sourced):
    """How to do one thing on a platform, step by step."""

    audiences: list[Audience] = Field(
        list(AUDIENCES), description="Which audiences' pages show this guide. When left out: everyone, except "
        "mute_restrict (teens, parents) and family_tools (parents).")
    steps: dict[Device, list[Step]] = Field(description="Steps per device; use 'all' when they are the same everywhere.")

    @model_validator(mode="after")
    def _has_steps(self):
        if not self.steps or any(not s for s in self.steps.values()):
            raise ValueError("steps must list at least one step for each device given")
        return self


class AfterReport(Sourced):
    other_person_told: bool | None = Field(None, description="Does the reported person find out who reported them?")
    what_happens: Text
    how_long: Text | None = Field(None, description="How long a report usually takes, only when the source says so.")


class AgeException(Sourced):
    """Countries where the platform's terms, or the law, set another minimum age (e.g. a national ban under 16)."""

    countries: list[CountryCode] = Field(min_length=1)
    minimum_age: int = Field(ge=0, le=21)


class Platform(Model):
    id: Id
    name: ShortText
    category: Literal["social", "messaging", "video", "gaming", "ai-chat", "random-chat", "video-call"]
    minimum_age: int | None = Field(None, ge=0, le=21, description="Minimum age in the platform's terms.")
    minimum_age_source: Url | None = None
    minimum_age_exceptions: list[AgeException] = Field(
        default_factory=list, description="Countries where its terms or the law set another minimum age.")
    help_url: Url = Field(description="The platform's own help or safety centre.")
    end_to_end_encrypted: Literal["yes", "no", "optional", "some"] | None = Field(
        None, description="Whether private messages are end-to-end encrypted.")
    encryption_note: Text | None = None
    encryption_source: Url | None = None
    guides: dict[GuideAction, Guide] = Field(min_length=1)
    after_report: AfterReport | None = None
    last_verified: dt.date = Field(description="The day the whole file was last reviewed.")

    @model_validator(mode="before")
    @classmethod
    def _default_guide_audiences(cls, data):
        guides = data.get("guides") if isinstance(data, dict) else None
        if isinstance(guides, dict):
            data = {**data, "guides": {
                action: {"audiences": DEFAULT_GUIDE_AUDIENCES[action], **guide}
                if isinstance(guide, dict) and action in DEFAULT_GUIDE_AUDIENCES else guide
                for action, guide in guides.items()}}
        return data

    def minimum_age_in(self, country: str) -> int | None:
        return next((e.minimum_age for e in self.minimum_age_exceptions if country in e.countries), self.minimum_age)


# --- topics ----------------------------------------------------------------------------------

class Section(Model):
    heading: ShortText
    text: Text | None = None
    steps: list[Step] = Field(default_factory=list)


class Variant(Model):
    """One topic written for one audience."""

    title: ShortText
    summary: Text
    not_your_fault: Text | None = Field(None, description="Required for kids and teens.")
    who_to_tell: Text | None = Field(None, description="Required for kids and teens: who to tell and how.")
    sections: list[Section] = Field(default_factory=list)


class FactNote(Sourced):
    text: Text = Field(description="A figure or fact used in the topic, with its source.")


class Topic(Model):
    id: Id
    order: int = Field(100, description="Position on the topics index; lower comes first.")
    audiences: list[Audience] = Field(list(AUDIENCES), description="Audiences this topic is written for.")
    show_resources: list[ResourceType] = Field(
        default_factory=lambda: ["helpline"], description="Which of the country's resources the topic points to.")
    variants: dict[Audience, Variant]
    facts: list[FactNote] = Field(default_factory=list)
    show_law: bool = Field(False, description="true: the page shows the law of the reader's country (opened from a country page).")
    last_verified: dt.date


# --- laws ------------------------------------------------------------------------------------
# One file per country, data/laws/<cc>.yml. Every field is one legal fact with its own source; a fact
# nobody could source is left out (shown as nothing, never as "no"). General information, not advice.

class LawFact(Sourced):
    also_source: Url | None = Field(None, description="A second page some of the facts were read on.")
    note: Text | None = Field(None, description="For editors, never shown: nuance, conflicts between sources.")


class RegionalAge(LawFact):
    age: int = Field(ge=0, le=25, description="The age (the lowest, when it differs by state or region).")
    age_max: int | None = Field(None, ge=0, le=25, description="The highest, when it differs by state or region.")
    by_region: bool = Field(False, description="true when states, nations or regions set different ages.")


class CriminalResponsibilityAge(RegionalAge):
    protective_measures_only_below: int | None = Field(
        None, ge=0, le=25, description="Below this age only protective or educational measures apply, when the source says so.")


class ConsentAge(RegionalAge):
    close_in_age: bool | None = Field(None, description="true: the law has a close-in-age exemption; false: the source says it has none.")


class CsamOffence(LawFact):
    making: bool | None = None
    sharing: bool | None = None
    possession: bool | None = Field(None, description="Having it, even without sharing it.")
    computer_generated: bool | None = Field(None, description="Only where the source says the law covers computer-generated or AI images.")
    year: int | None = Field(None, description="The year the source describes (e.g. a review's edition).")


class GroomingOffence(LawFact):
    offence: bool = Field(description="Online grooming is a crime of its own.")
    year: int | None = None


class SelfGeneratedImages(LawFact):
    treatment: Literal["exempt", "may-be-prosecuted", "diverted", "unclear"] = Field(
        description="How the law treats consensual images between peers under 18.")


class TreatyStatus(LawFact):
    party: bool
    year: int | None = Field(None, description="The year it became a party (ratification, accession or succession).")


class Treaties(Model):
    opsc: TreatyStatus | None = Field(None, description="UN Optional Protocol to the CRC on the sale of children (2000).")
    lanzarote: TreatyStatus | None = Field(None, description="Council of Europe Lanzarote Convention (CETS 201).")
    budapest: TreatyStatus | None = Field(None, description="Council of Europe Convention on Cybercrime (ETS 185).")


class PoliceReporting(LawFact):
    non_emergency: Annotated[str, StringConstraints(pattern=r"^[0-9 +-]{2,20}$")] | None = Field(
        None, description="The police number for what is not an emergency, as dialled in the country.")
    online_report_url: Url | None = Field(None, description="An official page to report to the police online.")
    child_may_report_alone: bool | None = None
    anonymous_tips: bool | None = None
    specialised_unit: ShortText | None = Field(None, description="A child-abuse or cybercrime unit, by its own name.")


class VictimRights(LawFact):
    free_lawyer: bool | None = None
    support_person: bool | None = None
    child_friendly_interview: bool | None = None
    name_privacy: bool | None = None
    compensation: bool | None = None


LAW_FIELDS = ("criminal_responsibility_age", "consent_age", "csam_offence", "grooming_offence",
              "self_generated_images", "treaties", "police_reporting", "victim_rights")


class Law(Model):
    """What the law says in one country, fact by fact. The API publishes these keys as `law`."""

    id: CountryCode = Field(description="The country's code, as its file in data/countries/.")
    criminal_responsibility_age: CriminalResponsibilityAge | None = None
    consent_age: ConsentAge | None = None
    csam_offence: CsamOffence | None = None
    grooming_offence: GroomingOffence | None = None
    self_generated_images: SelfGeneratedImages | None = None
    treaties: Treaties | None = None
    police_reporting: PoliceReporting | None = None
    victim_rights: VictimRights | None = None

    def facts(self) -> list[LawFact]:
        """Every sourced fact of the file (each treaty is one)."""
        out = [getattr(self, f) for f in LAW_FIELDS if f != "treaties" and getattr(self, f) is not None]
        if self.treaties:
            out += [t for t in (self.treaties.opsc, self.treaties.lanzarote, self.treaties.budapest) if t]
        return out

    @property
    def last_verified(self) -> dt.date | None:
        dates = [f.last_verified for f in self.facts()]
        return max(dates) if dates else None


# --- languages -------------------------------------------------------------------------------

Fingerprint = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{12}$")]
ReviewerName = Annotated[str, StringConstraints(min_length=2, max_length=100)]


class TranslationRecord(Model):
    """What every translation says about itself: its English source, and who has checked it."""

    translated_from: Fingerprint | None = Field(
        None, description="The fingerprint of the English text it was made from (`make translations` prints it).")
    machine_assisted: bool = Field(True, description="true when a machine or AI helped; the page then says so "
                                   "until a native speaker is named in reviewed_by.")
    reviewed_by: list[ReviewerName] = Field(
        default_factory=list, description="Native speakers who read the translation against the English; empty until then.")

    @property
    def unreviewed_machine_text(self) -> bool:
        return self.machine_assisted and not self.reviewed_by


class Language(TranslationRecord):
    """A language the site is built in, with the words of its interface."""

    id: LanguageCode
    quick_exit_url: Url = Field(description="A neutral page the quick exit goes to.")
    strings: dict[str, Annotated[str, StringConstraints(min_length=1, max_length=400)]]
    theme_strings: dict[str, Annotated[str, StringConstraints(min_length=1, max_length=200)]] = Field(
        default_factory=dict, description="Words of the Material theme (search box, skip link) where the theme "
        "has no translation of its own for this language.")
    search_stemming: str | None = Field(None, description="The search engine's stemmer to use (a language code), "
                                        "when it has one for this language.")


class Translation(TranslationRecord):
    """data/translations/<lang>/<kind>/<id>.yml: the translatable fields of one source file.

    The text fields themselves (the source's structure, see macros/translatable.py) are checked against
    the English file by the lint rule translation_structure.
    """

    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=True)
    translated_from: Fingerprint = Field(description="The fingerprint of the English text it was made from.")

    @property
    def text(self) -> dict:
        return dict(self.model_extra or {})


class BannedTerm(Model):
    term: ShortText
    why: ShortText
    instead: ShortText | None = None


class Glossary(Model):
    """data/translations/<lang>/glossary.yml: fixed words for key terms, and words never to use."""

    terms: dict[ShortText, ShortText] = Field(
        default_factory=dict, description="English term -> the one word or phrase this language uses for it.")
    banned: list[BannedTerm] = Field(default_factory=list)


KINDS: dict[str, type[Model]] = {
    "countries": Country,
    "resources": Resource,
    "platforms": Platform,
    "topics": Topic,
    "languages": Language,
    "laws": Law,
    "translations": Translation,
    "glossaries": Glossary,
}
