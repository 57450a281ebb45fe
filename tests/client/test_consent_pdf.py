"""The signed consent document: what the customer and an inspector read on it."""

from __future__ import annotations

import io
import math
import shutil
import subprocess
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from loyalty_core.consent import PURPOSES, Purpose, document_digest
from loyalty_core.signature import PenPoint, Signature
from pos_client.documents.consent_pdf import (
    LABELS,
    ConsentDocument,
    printable,
    render_consent_pdf,
)
from pos_client.documents.consent_texts import load_consent_text
from pos_client.documents.signature_image import render_signature_png

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfimages") is None,
    reason="poppler-utils (pdftotext, pdfimages, pdftoppm) not installed",
)

CONSENT_ID = uuid.UUID("01956a3e-7c1f-7d2a-9b3c-4d5e6f708192")
WINTER = datetime(2026, 3, 15, 17, 42, 7, tzinfo=UTC)  # 18:42:07 in Madrid (CET)
SUMMER = datetime(2026, 7, 1, 10, 5, 0, tzinfo=UTC)  # 12:05:00 in Madrid (CEST)
LOOK = Path("/tmp/look")
ENROLMENT_CHOICES = {
    Purpose.CLUB: True,
    Purpose.EMAIL: True,
    Purpose.SMS: False,
    Purpose.PROFILING: True,
    Purpose.SKIN_DATA: False,
}


def synthetic_signature() -> Signature:
    """Three strokes as a pen draws them: a looped name, an underline, a dot."""
    name = []
    for i in range(120):
        t = i / 119
        turn = t * 6 * 2 * math.pi
        name.append(
            PenPoint(
                60 + 400 * t + 26 * math.cos(turn),
                150 - 42 * math.sin(turn) - 20 * t,
                0.3 + 0.7 * math.sin(math.pi * t) ** 0.5,
                int(t * 1400),
            )
        )
    underline = [
        PenPoint(80 + 420 * t, 215 - 25 * math.sin(t * math.pi), 1 - 0.8 * t, 1600 + int(400 * t))
        for t in (i / 49 for i in range(50))
    ]
    dot = [PenPoint(520, 90, 0.8, 2200)]
    return Signature(600, 260, (tuple(name), tuple(underline), tuple(dot)))


def _record(doc: ConsentDocument) -> dict[str, object]:
    """What the caller seals: the record's content, as the service would give it."""
    return {
        "consent_id": str(doc.consent_id),
        "kind": doc.kind,
        "customer_name": doc.customer_name,
        "national_id": doc.national_id,
        "phone": doc.phone,
        "email": doc.email,
        "birth_date": doc.birth_date.isoformat() if doc.birth_date else None,
        "postal_code": doc.postal_code,
        "card_number": doc.card_number,
        "text_version": doc.text.version,
        "text_language": doc.text.language,
        "text_sha256": doc.text.sha256,
        "choices": {p.value: given for p, given in doc.choices.items()},
        "signature_sha256": doc.signature.sha256() if doc.signature else None,
        "signed_at": doc.signed_at.isoformat(),
        "store_code": doc.store_code,
        "device_code": doc.device_code,
        "staff_name": doc.staff_name,
    }


def enrolment(language: str = "es", **fields: object) -> ConsentDocument:
    doc = ConsentDocument(
        consent_id=CONSENT_ID,
        kind="enrolment",
        customer_name="María José Núñez Pujol·la",
        national_id="12345678Z",
        phone="+34612345678",
        email="mj.nunez@example.com",
        birth_date=date(1985, 3, 9),
        postal_code="28004",
        card_number="2900010000176",
        text=load_consent_text(language),
        choices=ENROLMENT_CHOICES,
        signature=synthetic_signature(),
        signed_at=WINTER,
        store_name="Lumen Fuencarral",
        store_code="MAD01",
        device_code="T1",
        staff_name="Lucía Fernández Ibáñez",
        digest="",
    )
    doc = replace(doc, **fields)  # type: ignore[arg-type]
    return replace(doc, digest=document_digest(_record(doc)))


def withdrawal(language: str = "es") -> ConsentDocument:
    """A later visit: the customer withdraws SMS and profiling; nothing to sign."""
    return enrolment(
        language,
        kind="change",
        consent_id=uuid.UUID("01956a3f-0000-7d2a-9b3c-4d5e6f708194"),
        choices={Purpose.SMS: False, Purpose.PROFILING: False},
        signature=None,
        signed_at=SUMMER,
    )


def _pdftotext(data: bytes, tmp_path: Path, *, layout: bool) -> str:
    path = tmp_path / "consent.pdf"
    path.write_bytes(data)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _rows(text: str) -> list[str]:
    return [" ".join(row.split()) for row in text.splitlines() if row.strip()]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _images(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "images.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return out.splitlines()[2:]  # after the two header lines


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_enrolment_shows_the_customer_the_text_and_each_choice(tmp_path: Path) -> None:
    doc = enrolment()
    data = render_consent_pdf(doc)
    rows = _rows(_pdftotext(data, tmp_path, layout=True))
    for expected in (
        "Alta en el Club: documento de consentimiento firmado",
        "Responsable del tratamiento: Perfumerías Lumen, S.L., NIF B12345674, Calle de Alcalá "
        "120, 28009 Madrid.",
        "Nombre y apellidos María José Núñez Pujol·la",
        "DNI/NIE 12345678Z",
        "Teléfono +34 612 34 56 78",
        "Correo electrónico mj.nunez@example.com",
        "Fecha de nacimiento 09/03/1985",
        "Código postal 28004",
        "Nº de tarjeta 2900010000176",
        "Fecha y hora 15/03/2026 18:42:07 (hora de Madrid, UTC+01:00)",
        "Tienda Lumen Fuencarral (MAD01)",
        "Dispositivo T1",
        "Atendido por Lucía Fernández Ibáñez",
        f"Identificador del consentimiento {CONSENT_ID}",
        f"Versión del texto {doc.text.version}",
        f"SHA-256 del texto {doc.text.sha256}",
        f"Huella SHA-256 del documento {doc.digest}",
    ):
        assert expected in rows, f"{expected!r} not on the document:\n" + "\n".join(rows)

    flat = _flat(_pdftotext(data, tmp_path, layout=False))
    # The whole text of the version shown, each purpose with its box's word.
    assert _flat(doc.text.title) in flat
    for part in (doc.text.intro, doc.text.rights):
        for paragraph in part.split("\n\n"):
            assert _flat(paragraph) in flat
    for purpose in PURPOSES:
        shown = doc.text.purposes[purpose]
        word = "Acepto" if ENROLMENT_CHOICES[purpose] else "No acepto"
        assert f"{_flat(shown.label)} {word} {_flat(shown.text)}" in flat, purpose
    assert flat.count("No acepto") == 2
    assert _flat(doc.text.full_text()).count("Acepto") <= flat.count("Acepto")


def test_the_digest_is_printed_in_full_on_every_page(tmp_path: Path) -> None:
    doc = enrolment(customer_name="Ana " * 400 + "García")  # long enough for three pages
    data = render_consent_pdf(doc)
    pages = _pdftotext(data, tmp_path, layout=True).split("\f")[: _pages(data)]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        rows = _rows(page)
        assert doc.digest in rows, f"page {number} lacks the digest"
        assert f"Huella SHA-256 del documento Página {number} de {len(pages)}" in rows


def test_the_signature_is_embedded_as_an_image(tmp_path: Path) -> None:
    images = _images(render_consent_pdf(enrolment()), tmp_path)
    assert len(images) == 1, images
    columns = images[0].split()
    width, height = int(columns[3]), int(columns[4])
    png = Image.open(io.BytesIO(render_signature_png(synthetic_signature(), scale=3.0)))
    assert (width, height) == png.size  # the full resolution, not a thumbnail


def test_a_withdrawal_renders_without_a_signature_and_says_so(tmp_path: Path) -> None:
    doc = withdrawal()
    data = render_consent_pdf(doc)
    assert _images(data, tmp_path) == []
    rows = _rows(_pdftotext(data, tmp_path, layout=True))
    assert "Cambio de consentimientos" in rows
    assert "Sin firma: este cambio solo retira consentimientos, lo que no requiere firma." in rows
    assert "Fecha y hora 01/07/2026 12:05:00 (hora de Madrid, UTC+02:00)" in rows
    flat = _flat(_pdftotext(data, tmp_path, layout=False))
    assert "Este documento recoge solo las opciones que el cliente cambia" in flat
    for purpose in PURPOSES:
        shown = doc.text.purposes[purpose]
        word = "No acepto" if purpose in doc.choices else "Sin cambios"
        assert f"{_flat(shown.label)} {word} {_flat(shown.text)}" in flat, purpose
    assert doc.digest in rows
    assert doc.digest != enrolment().digest


@pytest.mark.parametrize("language", ["es", "ca", "en"])
def test_the_document_speaks_the_customers_language(language: str, tmp_path: Path) -> None:
    labels = LABELS[language]
    for doc in (enrolment(language), withdrawal(language)):
        flat = _flat(_pdftotext(render_consent_pdf(doc), tmp_path, layout=False))
        assert doc.text.language == language
        for word in (labels.customer, labels.choices, labels.rights, labels.signature):
            assert word in flat
        assert labels.digest in flat
        for purpose in PURPOSES:
            assert _flat(doc.text.purposes[purpose].label) in flat
        if doc.kind == "change":
            assert labels.unchanged in flat and labels.no_signature in flat
        else:
            assert labels.accept in flat and labels.decline in flat


def test_an_unknown_language_prints_spanish_labels(tmp_path: Path) -> None:
    text = replace(load_consent_text("es"), language="fr")
    flat = _flat(_pdftotext(render_consent_pdf(enrolment(text=text)), tmp_path, layout=False))
    assert "Datos del cliente" in flat


def test_the_same_record_renders_the_same_bytes() -> None:
    assert render_consent_pdf(enrolment()) == render_consent_pdf(enrolment())
    assert render_consent_pdf(withdrawal()) == render_consent_pdf(withdrawal())
    assert render_consent_pdf(enrolment()) != render_consent_pdf(enrolment(store_code="MAD02"))


def test_missing_data_is_stated_as_missing(tmp_path: Path) -> None:
    doc = enrolment(
        national_id=None, phone=None, email=None, birth_date=None, postal_code=None,
        card_number=None,
    )  # fmt: skip
    rows = _rows(_pdftotext(render_consent_pdf(doc), tmp_path, layout=True))
    for label in ("DNI/NIE", "Teléfono", "Correo electrónico", "Código postal", "Nº de tarjeta"):
        assert f"{label} No consta" in rows


@pytest.mark.parametrize(
    ("name", "piece"),
    [(("Núñez Pujol " * 900)[:10_000], "Núñez"), ("x" * 10_000, "x")],
    ids=["words", "one-run"],
)
def test_a_name_of_10000_characters_flows_onto_more_pages(
    name: str, piece: str, tmp_path: Path
) -> None:
    assert len(name) == 10_000
    normal = _pages(render_consent_pdf(enrolment()))
    data = render_consent_pdf(enrolment(customer_name=name))
    assert _pages(data) > normal
    text = _pdftotext(data, tmp_path, layout=False)
    # All of it, twice (the customer's data and under the signature), nothing cut.
    assert text.count(piece) >= 2 * name.count(piece)


def test_emoji_and_foreign_letters_do_not_break_it(tmp_path: Path) -> None:
    doc = enrolment(customer_name="Ana 💄 García 🌸 Łukasz Ştefănescu", staff_name="Zoë ✨")
    text = _pdftotext(render_consent_pdf(doc), tmp_path, layout=True)
    rows = _rows(text)
    assert "Nombre y apellidos Ana García Lukasz Stefanescu" in rows
    assert "Atendido por Zoë" in rows
    assert "\ufffd" not in text and "■" not in text


def test_printable_keeps_windows_1252_and_spells_the_rest() -> None:
    assert printable("Pujol·la € Ñ ü") == "Pujol·la € Ñ ü"
    assert printable("Łódź Ştefan ŀl") == "Lódz Stefan l·l"
    assert printable("a💄b\u200bc") == "abc"


def test_page_one_renders_for_a_person_to_look_at(tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    LOOK.mkdir(parents=True, exist_ok=True)
    for name, doc in (("enrolment", enrolment()), ("withdrawal", withdrawal())):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(render_consent_pdf(doc))
        prefix = LOOK / f"test_consent_{name}"
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(prefix)],
            check=True,
        )  # fmt: skip
        with Image.open(prefix.with_suffix(".png")) as page:
            grey = page.convert("L")
            assert abs(grey.size[0] - 661) <= 1 and abs(grey.size[1] - 935) <= 1  # A4, 80 dpi
            ink = [count for level, count in enumerate(grey.histogram()) if level < 64]
            assert sum(ink) > 1000 and grey.getpixel((5, 5)) == 255  # ink on white paper


def _ink(png: bytes) -> int:
    """Dark pixels in a signature picture."""
    with Image.open(io.BytesIO(png)) as image:
        return sum(
            count for level, count in enumerate(image.convert("L").histogram()) if level < 128
        )


def test_the_signature_picture_is_cropped_to_the_ink_and_the_same_every_time() -> None:
    sig = synthetic_signature()
    png = render_signature_png(sig, scale=2.0)
    assert png == render_signature_png(synthetic_signature(), scale=2.0)
    left, top, right, bottom = sig.bounds() or (0, 0, 0, 0)
    margin = 2 * 0.004 * 600  # two stroke widths each side
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        assert image.size == (
            round((right - left + 2 * margin) * 2),
            round((bottom - top + 2 * margin) * 2),
        )
        assert image.getpixel((0, 0)) == 255  # white paper around the ink
    assert _ink(png) > 2000


def test_a_single_point_is_still_a_dot() -> None:
    dot = Signature(600, 260, ((PenPoint(300, 130, 1.0),),))
    assert _ink(render_signature_png(dot, scale=4.0)) > 20


def test_the_stroke_is_wider_where_the_pen_presses_harder() -> None:
    def line(pressure: float) -> Signature:
        points = tuple(PenPoint(50 + 5 * i, 100, pressure, 10 * i) for i in range(80))
        return Signature(600, 260, (points,))

    assert _ink(render_signature_png(line(1.0))) > 2 * _ink(render_signature_png(line(0.0)))


def test_a_huge_pad_gives_a_picture_of_bounded_size() -> None:
    sig = Signature(10_000, 4_000, ((PenPoint(100, 100), PenPoint(9_900, 3_900)),))
    with Image.open(io.BytesIO(render_signature_png(sig, scale=2.0))) as image:
        assert max(image.size) <= 2400


def test_an_empty_signature_is_a_blank_pad() -> None:
    png = render_signature_png(Signature(300, 100, ()), scale=1.0)
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (306, 106)  # the pad and a margin of two thinnest strokes
    assert _ink(png) == 0
