"""Consents: the purposes a customer agrees to, the versioned texts, the current state.

Each purpose is given or withdrawn on its own (GDPR: consent is specific).
A consent record states some purposes; the state of a purpose is what the
latest record stating it says (latest by HLC, so two tablets agree). An
enrolment states every purpose, nothing pre-ticked; a later change states
only the purposes it changes, so a withdrawal on one tablet is never undone
by a stale copy on another.

The texts are files (TOML) in `resources/consent/`, one per version and
language; a record keeps the version, the language and the SHA-256 of the
exact text shown, so what the customer read can always be shown again.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from loyalty_core.errors import UserFacingError
from loyalty_core.hlc import Hlc
from loyalty_core.receipt_chain import canonical_json, sha256_hex


class Purpose(StrEnum):
    CLUB = "club"
    """The club's terms: required to be a member."""
    EMAIL = "email"
    """Marketing by e-mail."""
    SMS = "sms"
    """Marketing by SMS."""
    PROFILING = "profiling"
    """Profiling for personalised offers."""
    SKIN_DATA = "skin_data"
    """Processing of skin and habit data (the advisor's records)."""


PURPOSES: tuple[Purpose, ...] = tuple(Purpose)


class ConsentRequired(UserFacingError):
    """Club enrolment without accepting the club's terms."""

    code = "consent_required"


class BadConsentText(ValueError):
    """A consent text file that is missing a part."""


@dataclass(frozen=True, slots=True)
class PurposeText:
    label: str
    """The line next to the tick box."""
    text: str
    """What the customer agrees to, in full."""


@dataclass(frozen=True, slots=True)
class ConsentText:
    """One version of the consent form in one language."""

    version: str
    language: str
    title: str
    controller: str
    """Who holds the data: name, tax id, address."""
    intro: str
    purposes: Mapping[Purpose, PurposeText]
    rights: str
    """How to see, correct, erase or take away one's data, and whom to ask."""
    sha256: str
    """Of the file's exact text."""

    def full_text(self) -> str:
        """The whole form as one text, as printed on the signed document."""
        parts = [self.title, self.controller, self.intro]
        for purpose in PURPOSES:
            p = self.purposes[purpose]
            parts.append(f"{p.label}\n{p.text}")
        parts.append(self.rights)
        return "\n\n".join(part.strip() for part in parts)


def parse_consent_text(source: str) -> ConsentText:
    """Read a consent text file; every purpose must be there, with a label and a text."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise BadConsentText(str(exc)) from None
    try:
        purposes = {
            purpose: PurposeText(
                label=str(data["purposes"][purpose.value]["label"]).strip(),
                text=str(data["purposes"][purpose.value]["text"]).strip(),
            )
            for purpose in PURPOSES
        }
        text = ConsentText(
            version=str(data["version"]),
            language=str(data["language"]),
            title=str(data["title"]).strip(),
            controller=str(data["controller"]).strip(),
            intro=str(data["intro"]).strip(),
            purposes=purposes,
            rights=str(data["rights"]).strip(),
            sha256=sha256_hex(source),
        )
    except (KeyError, TypeError) as exc:
        raise BadConsentText(f"missing {exc}") from None
    if any(not p.label or not p.text for p in purposes.values()):
        raise BadConsentText("every purpose needs a label and a text")
    return text


def enrolment_choices(choices: Mapping[Purpose, bool]) -> dict[Purpose, bool]:
    """Check an enrolment's choices: every purpose answered, the club's terms accepted."""
    missing = [p for p in PURPOSES if p not in choices]
    if missing:
        raise ValueError(f"unanswered purposes: {', '.join(missing)}")
    if not choices[Purpose.CLUB]:
        raise ConsentRequired("the club's terms must be accepted to enrol")
    return {p: bool(choices[p]) for p in PURPOSES}


def needs_signature(changes: Mapping[Purpose, bool]) -> bool:
    """A record that gives any consent is signed; withdrawing needs no signature."""
    return any(changes.values())


@dataclass(frozen=True, slots=True)
class ConsentStatement:
    """What one consent record said, and when (its HLC orders records)."""

    hlc: str
    choices: Mapping[str, bool]


def current_state(
    statements: Iterable[ConsentStatement], baseline: Mapping[str, bool] | None = None
) -> dict[Purpose, bool]:
    """Each purpose as the latest statement of it says; never stated means not given.

    `baseline` is what head office knew before any record here (members who
    joined on paper): a purpose no record states keeps it, so a paper member
    who gives one more consent at the counter stays a member.

    Two statements with the same stamp (which tablets never make, but data
    imported from elsewhere might) resolve to "not given": when in doubt,
    the customer has not consented.
    """
    latest: dict[Purpose, tuple[Hlc, bool]] = {}
    for statement in statements:
        stamp = Hlc.decode(statement.hlc)
        for name, given in statement.choices.items():
            purpose = Purpose(name)
            held = latest.get(purpose)
            if held is None or stamp > held[0]:
                latest[purpose] = (stamp, given)
            elif stamp == held[0]:
                latest[purpose] = (stamp, held[1] and given)
    before = baseline or {}
    return {p: latest[p][1] if p in latest else bool(before.get(p, False)) for p in PURPOSES}


def may_market(state: Mapping[Purpose, bool], channel: Purpose) -> bool:
    """The single rule for marketing: a club member who gave this channel's consent.

    Withdrawing from the club ends every marketing consent with it, even if
    the channel's own choice was never withdrawn.
    """
    if channel not in (Purpose.EMAIL, Purpose.SMS, Purpose.PROFILING):
        raise ValueError(f"{channel} is not a marketing purpose")
    return bool(state.get(Purpose.CLUB)) and bool(state.get(channel))


def document_digest(record: Mapping[str, Any]) -> str:
    """SHA-256 of a consent record's content: printed on its document and stored with it.

    A PDF cannot contain its own hash, so the seal is over what the PDF
    shows (the customer's data, the text's version and hash, each choice,
    the signature's vectors, time, store and staff), as canonical JSON:
    anyone holding the record can recompute it and compare with the print.
    """
    return sha256_hex(canonical_json(dict(record)))
