"""The consent texts shipped in resources/consent: they parse, agree, and are found."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from loyalty_core.consent import PURPOSES, BadConsentText, Purpose, parse_consent_text
from pos_client.documents.consent_texts import (
    CONSENT_DIR,
    UnknownConsentVersion,
    consent_versions,
    load_consent_text,
)

LANGUAGES = ("es", "ca", "en")
SHIPPED = [(v, lang) for v in consent_versions() for lang in LANGUAGES]


def _company_nif_ok(nif: str) -> bool:
    """A Spanish company tax id (letter, 7 digits, control digit or letter) is well formed."""
    if not re.fullmatch(r"[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]", nif):
        return False
    digits = [int(c) for c in nif[1:8]]
    even = sum(digits[1::2])
    odd = sum(sum(divmod(2 * d, 10)) for d in digits[0::2])
    control = (10 - (even + odd) % 10) % 10
    return nif[8] in (str(control), "JABCDEFGHI"[control])


def _rewrite(source: str, **fields: str) -> str:
    for key, value in fields.items():
        source = re.sub(rf'(?m)^{key} = ".*"$', f'{key} = "{value}"', source)
    return source


def test_a_version_is_shipped_in_every_language() -> None:
    assert consent_versions(), "no consent texts in resources/consent"
    for version in consent_versions():
        for language in LANGUAGES:
            assert (CONSENT_DIR / version / f"{language}.toml").is_file()


@pytest.mark.parametrize(("version", "language"), SHIPPED)
def test_every_shipped_text_parses_as_what_its_path_says(version: str, language: str) -> None:
    text = load_consent_text(language, version)
    assert (text.version, text.language) == (version, language)
    assert set(text.purposes) == set(PURPOSES)
    for part in (text.title, text.controller, text.intro, text.rights):
        assert part.strip()
    for purpose in text.purposes.values():
        assert purpose.label and purpose.text
        assert "\n\n" not in purpose.text, "a purpose is one short paragraph"
        assert len(purpose.text.split()) < 160, "read at a counter: keep it short"
    # The exact file text is what the record's hash is of.
    raw = (CONSENT_DIR / version / f"{language}.toml").read_bytes()
    assert text.sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(("version", "language"), SHIPPED)
def test_every_text_names_the_controller_the_dpo_and_the_authority(
    version: str, language: str
) -> None:
    text = load_consent_text(language, version)
    nif = re.search(r"\b[A-Z]\d{7}[0-9A-J]\b", text.controller)
    assert nif and _company_nif_ok(nif.group()), text.controller
    assert "Perfumerías Lumen, S.L." in text.controller
    assert "Madrid" in text.controller
    for part in (text.controller, text.rights):
        assert "dpo@perfumeriaslumen.example" in part
    assert "www.aepd.es" in text.rights
    # Explicit consent for the data that may reveal health.
    skin = text.purposes[Purpose.SKIN_DATA].text
    assert "9.2.a" in skin or "9(2)(a)" in skin


def test_the_fictitious_nif_is_well_formed() -> None:
    assert _company_nif_ok("B12345674")
    assert not _company_nif_ok("B12345675")


@pytest.mark.parametrize("version", consent_versions())
def test_the_languages_of_a_version_state_the_same_purposes(version: str) -> None:
    texts = [load_consent_text(lang, version) for lang in LANGUAGES]
    assert {t.version for t in texts} == {version}
    assert all(list(t.purposes) == list(texts[0].purposes) for t in texts)
    # Translations, not copies: each language's wording is its own.
    assert len({t.purposes[Purpose.CLUB].label for t in texts}) == len(LANGUAGES)
    assert len({t.sha256 for t in texts}) == len(LANGUAGES)


def test_the_latest_shipped_version_is_the_default() -> None:
    latest = consent_versions()[-1]
    assert load_consent_text("es").version == latest
    assert load_consent_text("es") is load_consent_text("es", latest)  # cached


def test_versions_compare_as_numbers(tmp_path: Path) -> None:
    source = (CONSENT_DIR / consent_versions()[-1] / "es.toml").read_text(encoding="utf-8")
    for version in ("2026.2", "2026.10", "2026.9", "2025.12"):
        (tmp_path / version).mkdir()
        (tmp_path / version / "es.toml").write_text(_rewrite(source, version=version), "utf-8")
    (tmp_path / "drafts").mkdir()  # not a version: ignored
    assert consent_versions(root=tmp_path) == ["2025.12", "2026.2", "2026.9", "2026.10"]
    assert load_consent_text("es", root=tmp_path).version == "2026.10"
    assert load_consent_text("es", "2026.9", root=tmp_path).version == "2026.9"


@pytest.mark.parametrize("language", ["fr", "de_DE", "", "xx"])
def test_an_unknown_language_falls_back_to_spanish(language: str) -> None:
    assert load_consent_text(language).language == "es"


@pytest.mark.parametrize(("tag", "language"), [("ca_ES", "ca"), ("en-GB", "en"), ("ES", "es")])
def test_a_locale_name_finds_its_language(tag: str, language: str) -> None:
    assert load_consent_text(tag).language == language


def test_a_language_missing_from_a_version_falls_back_to_spanish(tmp_path: Path) -> None:
    source = (CONSENT_DIR / consent_versions()[-1] / "es.toml").read_text(encoding="utf-8")
    (tmp_path / "2030.1").mkdir()
    (tmp_path / "2030.1" / "es.toml").write_text(_rewrite(source, version="2030.1"), "utf-8")
    text = load_consent_text("ca", root=tmp_path)
    assert (text.version, text.language) == ("2030.1", "es")


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(UnknownConsentVersion):
        load_consent_text("es", "1999.1")


def test_no_texts_at_all_is_refused(tmp_path: Path) -> None:
    assert consent_versions(root=tmp_path / "missing") == []
    with pytest.raises(UnknownConsentVersion):
        load_consent_text("es", root=tmp_path / "missing")


def test_crlf_line_ends_hash_as_the_same_text(tmp_path: Path) -> None:
    """A Windows checkout (core.autocrlf) must not change the text's SHA-256."""
    shipped = load_consent_text("ca")
    raw = (CONSENT_DIR / shipped.version / "ca.toml").read_bytes()
    (tmp_path / shipped.version).mkdir()
    (tmp_path / shipped.version / "ca.toml").write_bytes(raw.replace(b"\n", b"\r\n"))
    assert load_consent_text("ca", root=tmp_path) == shipped


@pytest.mark.parametrize(
    "broken",
    [
        "version = 2026.1\nlanguage = ",  # not TOML
        'version = "2026.1"\nlanguage = "es"\n',  # no title, no purposes
        # every part but one purpose's label
        'version = "9"\nlanguage = "es"\ntitle = "t"\ncontroller = "c"\nintro = "i"\n'
        'rights = "r"\n'
        + "".join(f'[purposes.{p}]\nlabel = "l"\ntext = "t"\n' for p in PURPOSES[:-1])
        + f'[purposes.{PURPOSES[-1]}]\ntext = "t"\n',
        # a purpose with an empty text
        'version = "9"\nlanguage = "es"\ntitle = "t"\ncontroller = "c"\nintro = "i"\n'
        'rights = "r"\n' + "".join(f'[purposes.{p}]\nlabel = "l"\ntext = " "\n' for p in PURPOSES),
    ],
)
def test_a_broken_file_is_refused(broken: str, tmp_path: Path) -> None:
    path = tmp_path / "es.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(BadConsentText):
        parse_consent_text(path.read_text(encoding="utf-8"))


def test_a_file_that_says_another_version_or_language_is_refused(tmp_path: Path) -> None:
    source = (CONSENT_DIR / consent_versions()[-1] / "es.toml").read_text(encoding="utf-8")
    (tmp_path / "2031.1").mkdir()
    (tmp_path / "2031.1" / "ca.toml").write_text(_rewrite(source, version="2031.1"), "utf-8")
    (tmp_path / "2031.1" / "es.toml").write_text(source, "utf-8")  # still says the old version
    with pytest.raises(BadConsentText, match=re.escape("language 'es': expected '2031.1', 'ca'")):
        load_consent_text("ca", root=tmp_path)
    with pytest.raises(BadConsentText, match=re.escape(f"says version '{consent_versions()[-1]}'")):
        load_consent_text("es", root=tmp_path)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    (tmp_path / "2032.1").mkdir()
    (tmp_path / "2032.1" / "es.toml").write_bytes('title = "Adhesión"'.encode("latin-1"))
    with pytest.raises(BadConsentText, match="UTF-8"):
        load_consent_text("es", root=tmp_path)
