"""The consent texts shipped with the counter: `resources/consent/<version>/<language>.toml`.

A version is a folder named by dotted numbers ("2026.1"); versions compare
numerically, so "2026.10" comes after "2026.9". Spanish is the language every
version has and the one used for a language it lacks. A published version is
never edited: a change of wording is a new folder, because each signed record
keeps the version and the SHA-256 of the exact text the customer was shown.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from loyalty_core.consent import BadConsentText, ConsentText, parse_consent_text

# As pos_client.app computes RESOURCES; app.py imports Qt, so it is not imported here.
CONSENT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "consent"
FALLBACK_LANGUAGE = "es"
_VERSION = re.compile(r"^\d+(\.\d+)*$")


class UnknownConsentVersion(LookupError):
    """A consent text version that is not shipped with this counter."""


def consent_versions(*, root: Path = CONSENT_DIR) -> list[str]:
    """List the shipped consent text versions, oldest first (compared numerically)."""
    return list(_versions(root))


def load_consent_text(
    language: str, version: str | None = None, *, root: Path = CONSENT_DIR
) -> ConsentText:
    """Return a version of the consent text (the latest when None) in a language, else Spanish."""
    versions = _versions(root)
    if version is None:
        if not versions:
            raise UnknownConsentVersion(f"no consent texts in {root}")
        version = versions[-1]
    elif version not in versions:
        raise UnknownConsentVersion(f"no consent text version {version!r}")
    wanted = _language(language)
    if not (root / version / f"{wanted}.toml").is_file():
        wanted = FALLBACK_LANGUAGE
    return _load(root / version / f"{wanted}.toml", version, wanted)


def _language(tag: str) -> str:
    """Reduce 'ca_ES', 'ca-ES' or 'CA' to 'ca'."""
    return re.split(r"[-_.@]", tag.strip().lower(), maxsplit=1)[0]


@functools.cache
def _versions(root: Path) -> tuple[str, ...]:
    if not root.is_dir():
        return ()
    names = (p.name for p in root.iterdir() if p.is_dir() and _VERSION.match(p.name))
    return tuple(sorted(names, key=lambda name: tuple(int(n) for n in name.split("."))))


@functools.cache
def _load(path: Path, version: str, language: str) -> ConsentText:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UnknownConsentVersion(f"no consent text {path}") from None
    try:
        # Newlines normalised: a checkout with CRLF line ends must hash the same text.
        source = raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise BadConsentText(f"{path}: not UTF-8 ({exc})") from None
    text = parse_consent_text(source)
    if (text.version, text.language) != (version, language):
        raise BadConsentText(
            f"{path} says version {text.version!r}, language {text.language!r}: "
            f"expected {version!r}, {language!r}"
        )
    return text
