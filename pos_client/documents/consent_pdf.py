"""The signed consent document: an A4 PDF the customer takes home and the chain keeps.

It shows the customer's data, the whole consent text of the version they were
shown (and that text's SHA-256), each choice as a ticked or empty box, the
signature drawn from its vectors, when, where and with whom it was signed, and
on every page the record's SHA-256 (`loyalty_core.consent.document_digest`),
which anyone holding the record can recompute. It is in the customer's
language (the text's), not the screen's, and byte-for-byte the same for the
same record, so a reprint is the same file.
"""

from __future__ import annotations

import io
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from loyalty_core.consent import PURPOSES, ConsentText, Purpose
from loyalty_core.contact import format_phone
from loyalty_core.signature import Signature
from loyalty_core.store_time import MADRID
from pos_client.documents.signature_image import render_signature_png
from pos_client.documents.tables import label_value_table

FONT, BOLD, MONO = "Helvetica", "Helvetica-Bold", "Courier"
ACCENT = colors.HexColor("#5b2a4e")  # the club's plum, for headings and ticks
MUTED = colors.HexColor("#5f5f5f")
RULE = colors.HexColor("#c9c3c7")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 16 * mm, 26 * mm
BODY_WIDTH = A4[0] - 2 * MARGIN_X
BOX = 4.2 * mm
SIGNATURE_BOX = (95 * mm, 34 * mm)
LANGUAGE_TAGS = {"es": "es-ES", "ca": "ca-ES", "en": "en-GB"}
# The standard PDF fonts speak Windows-1252 (as in receipt_pdf): Spanish, Catalan
# and English fit; a few other Latin letters are spelled without marks.
_SPELL_OUT = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i"})


@dataclass(frozen=True)
class ConsentDocument:
    """What one consent record shows, ready to print."""

    consent_id: uuid.UUID
    kind: Literal["enrolment", "change"]
    """A first signature at enrolment, or a later change of choices."""
    customer_name: str
    national_id: str | None
    phone: str | None
    """E.164."""
    email: str | None
    birth_date: date | None
    postal_code: str | None
    card_number: str | None
    text: ConsentText
    choices: Mapping[Purpose, bool]
    """The purposes this record states: all five at enrolment, the changed ones on a change."""
    signature: Signature | None
    """None only for a change that only withdraws."""
    signed_at: datetime
    """Aware, UTC; printed in Europe/Madrid."""
    store_name: str
    store_code: str
    device_code: str
    staff_name: str
    digest: str
    """SHA-256 hex from loyalty_core.consent.document_digest, computed by the caller."""


@dataclass(frozen=True)
class DocumentLabels:
    """Every fixed word on the document, in the customer's language."""

    enrolment_title: str
    change_title: str
    change_note: str
    customer: str
    name: str
    national_id: str
    phone: str
    email: str
    birth_date: str
    postal_code: str
    card: str
    not_stated: str
    information: str
    choices: str
    accept: str
    decline: str
    unchanged: str
    rights: str
    signature: str
    no_signature: str
    record: str
    signed_at: str
    madrid_time: str
    store: str
    device: str
    staff: str
    consent_id: str
    version: str
    text_sha256: str
    digest: str
    digest_note: str
    page: str


LABELS: dict[str, DocumentLabels] = {
    "es": DocumentLabels(
        enrolment_title="Alta en el Club: documento de consentimiento firmado",
        change_title="Cambio de consentimientos",
        change_note=(
            "Este documento recoge solo las opciones que el cliente cambia: «Acepto» da un "
            "consentimiento y «No acepto» lo retira. Las marcadas «Sin cambios» siguen como "
            "estaban."
        ),
        customer="Datos del cliente",
        name="Nombre y apellidos",
        national_id="DNI/NIE",
        phone="Teléfono",
        email="Correo electrónico",
        birth_date="Fecha de nacimiento",
        postal_code="Código postal",
        card="Nº de tarjeta",
        not_stated="No consta",
        information="Información",
        choices="Consentimientos",
        accept="Acepto",
        decline="No acepto",
        unchanged="Sin cambios",
        rights="Sus derechos",
        signature="Firma del cliente",
        no_signature=(
            "Sin firma: este cambio solo retira consentimientos, lo que no requiere firma."
        ),
        record="Datos del registro",
        signed_at="Fecha y hora",
        madrid_time="hora de Madrid",
        store="Tienda",
        device="Dispositivo",
        staff="Atendido por",
        consent_id="Identificador del consentimiento",
        version="Versión del texto",
        text_sha256="SHA-256 del texto",
        digest="Huella SHA-256 del documento",
        digest_note=(
            "La huella SHA-256 del documento se calcula sobre los datos de este registro "
            "(cliente, versión y huella del texto, cada opción, la firma, fecha, tienda y "
            "empleado) y se guarda con él: cualquier alteración posterior cambiaría la huella."
        ),
        page="Página {page} de {pages}",
    ),
    "ca": DocumentLabels(
        enrolment_title="Alta al Club: document de consentiment signat",
        change_title="Canvi de consentiments",
        change_note=(
            "Aquest document recull només les opcions que el client canvia: «Accepto» dona un "
            "consentiment i «No accepto» el retira. Les marcades «Sense canvis» continuen com "
            "estaven."
        ),
        customer="Dades del client",
        name="Nom i cognoms",
        national_id="DNI/NIE",
        phone="Telèfon",
        email="Correu electrònic",
        birth_date="Data de naixement",
        postal_code="Codi postal",
        card="Núm. de targeta",
        not_stated="No consta",
        information="Informació",
        choices="Consentiments",
        accept="Accepto",
        decline="No accepto",
        unchanged="Sense canvis",
        rights="Els seus drets",
        signature="Signatura del client",
        no_signature=(
            "Sense signatura: aquest canvi només retira consentiments, cosa que no requereix "
            "signatura."
        ),
        record="Dades del registre",
        signed_at="Data i hora",
        madrid_time="hora de Madrid",
        store="Botiga",
        device="Dispositiu",
        staff="Atès per",
        consent_id="Identificador del consentiment",
        version="Versió del text",
        text_sha256="SHA-256 del text",
        digest="Empremta SHA-256 del document",
        digest_note=(
            "L'empremta SHA-256 del document es calcula sobre les dades d'aquest registre "
            "(client, versió i empremta del text, cada opció, la signatura, data, botiga i "
            "empleat) i es guarda amb ell: qualsevol alteració posterior canviaria l'empremta."
        ),
        page="Pàgina {page} de {pages}",
    ),
    "en": DocumentLabels(
        enrolment_title="Club membership: signed consent document",
        change_title="Change of consent",
        change_note=(
            "This document records only the choices the customer changes: “I accept” gives a "
            "consent and “I do not accept” withdraws it. Those marked “Unchanged” stay as they "
            "were."
        ),
        customer="Customer details",
        name="Full name",
        national_id="ID (DNI/NIE)",
        phone="Phone",
        email="E-mail",
        birth_date="Date of birth",
        postal_code="Postal code",
        card="Card number",
        not_stated="Not given",
        information="Information",
        choices="Consent",
        accept="I accept",
        decline="I do not accept",
        unchanged="Unchanged",
        rights="Your rights",
        signature="Customer's signature",
        no_signature="No signature: this change only withdraws consent, which needs no signature.",
        record="Record details",
        signed_at="Date and time",
        madrid_time="Madrid time",
        store="Store",
        device="Device",
        staff="Served by",
        consent_id="Consent ID",
        version="Text version",
        text_sha256="SHA-256 of the text",
        digest="SHA-256 fingerprint of the document",
        digest_note=(
            "The document's SHA-256 fingerprint is computed over this record's data (customer, "
            "version and fingerprint of the text, each choice, the signature, date, store and "
            "staff member) and kept with it: any later alteration would change the fingerprint."
        ),
        page="Page {page} of {pages}",
    ),
}


def render_consent_pdf(doc: ConsentDocument) -> bytes:
    """Return the signed consent document as PDF bytes (the same bytes for the same record)."""
    labels = LABELS.get(doc.text.language, LABELS["es"])
    signature_png = None
    if doc.signature is not None:
        signature_png = render_signature_png(doc.signature, scale=3.0)
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=printable(f"{doc.text.title} ({_kind_title(doc, labels)})"),
        author=printable(doc.store_name),
        subject=f"{labels.consent_id} {doc.consent_id}",
        creator="Club Lumen",
        lang=LANGUAGE_TAGS.get(doc.text.language, "es-ES"),
        invariant=1,  # a reprint of the same record is the same bytes
        pageCompression=1,
    )
    pages = _count_pages(doc, labels, signature_png)
    footer = _Footer(doc.digest, labels, pages)
    pdf.build(_story(doc, labels, signature_png), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _count_pages(doc: ConsentDocument, labels: DocumentLabels, png: bytes | None) -> int:
    """Lay the document out once to learn its page count ("page 1 of N")."""
    dry = SimpleDocTemplate(
        io.BytesIO(),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
    )
    dry.build(_story(doc, labels, png))
    return int(dry.page)


def printable(text: str) -> str:
    """Keep what the standard PDF fonts show (Windows-1252); spell other letters plainly.

    Letters outside Windows-1252 lose their marks ("Ş" prints "S", "ŀ" prints
    "l·"); emoji and other symbols are dropped rather than printed as boxes.
    """
    out = []
    for ch in text.translate(_SPELL_OUT):
        if _fits(ch):
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if _fits(c) and not unicodedata.combining(c)))
    return "".join(out)


def _fits(ch: str) -> bool:
    if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and ch not in "\n\t":
        return False
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


# --- the story ----------------------------------------------------------------


def _story(doc: ConsentDocument, labels: DocumentLabels, png: bytes | None) -> list[Any]:
    s = _Styles()
    story: list[Any] = [
        Paragraph(_markup(doc.text.title), s.title),
        Paragraph(_markup(_kind_title(doc, labels)), s.subtitle),
    ]
    if doc.kind == "change":
        story.append(Paragraph(_markup(labels.change_note), s.note))
    story += [
        Paragraph(_markup(doc.text.controller), s.small),
        Spacer(1, 3 * mm),
        *_section(labels.customer, s),
        _data_table(_customer_rows(doc, labels), s),
        *_section(labels.information, s),
        *_paragraphs(doc.text.intro, s.body),
        *_section(labels.choices, s),
    ]
    for purpose in PURPOSES:
        story.append(_purpose_block(doc, purpose, labels, s))
    story += [*_section(labels.rights, s), *_paragraphs(doc.text.rights, s.body)]
    # The signature and when, where and with whom it was given stay on one page.
    record = [
        *_section(labels.record, s),
        _data_table(_record_rows(doc, labels), s),
        Spacer(1, 2 * mm),
        Paragraph(_markup(labels.digest_note), s.small),
    ]
    story.append(KeepTogether([*_signature_block(doc, labels, png, s), *record]))
    return story


def _kind_title(doc: ConsentDocument, labels: DocumentLabels) -> str:
    return labels.enrolment_title if doc.kind == "enrolment" else labels.change_title


def _section(title: str, s: _Styles) -> list[Any]:
    # A heading never ends a page on its own.
    return [CondPageBreak(22 * mm), Paragraph(_markup(title), s.heading)]


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(_markup(part), style) for part in text.split("\n\n") if part.strip()]


def _customer_rows(doc: ConsentDocument, labels: DocumentLabels) -> list[tuple[str, str, bool]]:
    missing = labels.not_stated
    birth = doc.birth_date.strftime("%d/%m/%Y") if doc.birth_date else None
    return [
        (labels.name, doc.customer_name or missing, False),
        (labels.national_id, doc.national_id or missing, False),
        (labels.phone, _phone(doc.phone) if doc.phone else missing, False),
        (labels.email, doc.email or missing, False),
        (labels.birth_date, birth or missing, False),
        (labels.postal_code, doc.postal_code or missing, False),
        (labels.card, doc.card_number or missing, False),
    ]


def _record_rows(doc: ConsentDocument, labels: DocumentLabels) -> list[tuple[str, str, bool]]:
    return [
        (labels.signed_at, _when(doc.signed_at, labels), False),
        (labels.store, f"{doc.store_name} ({doc.store_code})", False),
        (labels.device, doc.device_code, False),
        (labels.staff, doc.staff_name, False),
        (labels.consent_id, str(doc.consent_id), True),
        (labels.version, doc.text.version, False),
        (labels.text_sha256, doc.text.sha256, True),
        (labels.digest, doc.digest, True),
    ]


def _data_table(rows: list[tuple[str, str, bool]], s: _Styles) -> Table:
    return label_value_table(
        [
            (
                Paragraph(_markup(label), s.label),
                Paragraph(_markup(value), s.mono if mono else s.value),
            )
            for label, value, mono in rows
        ],
        width=BODY_WIDTH,
        rule=RULE,
    )


def _purpose_block(
    doc: ConsentDocument, purpose: Purpose, labels: DocumentLabels, s: _Styles
) -> KeepTogether:
    text = doc.text.purposes[purpose]
    given = doc.choices.get(purpose)
    if given is None:  # not stated by this record: in grey, so that the changes stand out
        word = labels.unchanged if doc.kind == "change" else labels.not_stated
        styles = (s.purpose_muted, s.purpose_text_muted, s.choice_muted)
    else:
        word = labels.accept if given else labels.decline
        styles = (s.purpose, s.purpose_text, s.choice)
    label_style, text_style, choice_style = styles
    cells = [
        _tick_box(given),
        Paragraph(_markup(text.label), label_style),
        Paragraph(_markup(word), choice_style),
    ]
    row = Table(
        [cells],
        colWidths=[BOX + 3 * mm, BODY_WIDTH - BOX - 3 * mm - 30 * mm, 30 * mm],
        hAlign="LEFT",
    )
    row.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (1, 0), (1, 0), 4 * mm),  # the label never touches the word
            ]
        )
    )
    return KeepTogether([row, *_paragraphs(text.text, text_style), Spacer(1, 2.5 * mm)])


def _tick_box(given: bool | None) -> Drawing:
    """A box ticked (accepted), empty (declined) or dashed with a dash (not stated here)."""
    d = Drawing(BOX, BOX)
    if given is None:
        d.add(
            Rect(
                0.3,
                0.3,
                BOX - 0.6,
                BOX - 0.6,
                strokeColor=MUTED,
                strokeWidth=0.7,
                strokeDashArray=[1.5, 1.2],
                fillColor=None,
            )
        )
        d.add(Line(BOX * 0.3, BOX / 2, BOX * 0.7, BOX / 2, strokeColor=MUTED, strokeWidth=0.9))
        return d
    d.add(
        Rect(
            0.4,
            0.4,
            BOX - 0.8,
            BOX - 0.8,
            strokeColor=colors.black,
            strokeWidth=0.9,
            fillColor=None,
        )
    )
    if given:
        tick = [BOX * 0.2, BOX * 0.52, BOX * 0.42, BOX * 0.26, BOX * 0.82, BOX * 0.8]
        d.add(
            PolyLine(tick, strokeColor=ACCENT, strokeWidth=1.6, strokeLineCap=1, strokeLineJoin=1)
        )
    return d


def _signature_block(
    doc: ConsentDocument, labels: DocumentLabels, png: bytes | None, s: _Styles
) -> list[Any]:
    parts: list[Any] = [*_section(labels.signature, s)]
    if png is None:
        return [*parts, Paragraph(_markup(labels.no_signature), s.no_signature)]
    image = Image(io.BytesIO(png))
    box_w, box_h = SIGNATURE_BOX
    fit = min(box_w / image.imageWidth, box_h / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * fit, image.imageHeight * fit
    frame = Table([[image]], colWidths=[box_w + 6 * mm], rowHeights=[box_h + 6 * mm], hAlign="LEFT")
    frame.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [*parts, frame, Spacer(1, 1 * mm), Paragraph(_markup(doc.customer_name), s.small)]


# --- values ---------------------------------------------------------------------


def _phone(e164: str) -> str:
    try:
        return format_phone(e164)
    except Exception:  # phonenumbers raises its own errors on a stored oddity: print it as is
        return e164


def _when(moment: datetime, labels: DocumentLabels) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    local = aware.astimezone(MADRID)
    offset = local.strftime("%z")
    return f"{local:%d/%m/%Y %H:%M:%S} ({labels.madrid_time}, UTC{offset[:3]}:{offset[3:]})"


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, unprintable letters spelled, lines kept."""
    return escape(printable(text.strip())).replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.2, spaceAfter=4)
        self.body = base
        self.title = ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=15, leading=18.5, textColor=ACCENT, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontName=BOLD, fontSize=10.5, leading=13, spaceAfter=4
        )
        self.note = ParagraphStyle("note", base, fontSize=8.5, leading=11, textColor=MUTED)
        self.small = ParagraphStyle(
            "small", base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0
        )
        self.heading = ParagraphStyle(
            "heading",
            base,
            fontName=BOLD,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=3,
        )
        self.label = ParagraphStyle(
            "label", base, fontSize=8, leading=11, textColor=MUTED, spaceAfter=0
        )
        self.value = ParagraphStyle("value", base, fontSize=9, leading=11.5, spaceAfter=0)
        self.mono = ParagraphStyle("mono", self.value, fontName=MONO, fontSize=8.2)
        self.purpose = ParagraphStyle(
            "purpose", base, fontName=BOLD, fontSize=9.5, leading=12, spaceAfter=0
        )
        self.purpose_text = ParagraphStyle(
            "purpose_text", base, fontSize=8.5, leading=11.2, leftIndent=BOX + 3 * mm, spaceAfter=2
        )
        self.purpose_muted = ParagraphStyle("purpose_muted", self.purpose, textColor=MUTED)
        self.purpose_text_muted = ParagraphStyle(
            "purpose_text_muted", self.purpose_text, textColor=MUTED
        )
        self.choice = ParagraphStyle("choice", self.purpose, alignment=TA_RIGHT)
        self.choice_muted = ParagraphStyle(
            "choice_muted", self.choice, fontName=FONT, textColor=MUTED
        )
        self.no_signature = ParagraphStyle("no_signature", base, fontName=BOLD, fontSize=9.5)


class _Footer:
    """Draws, on every page, the record's digest in full and "page n of N"."""

    def __init__(self, digest: str, labels: DocumentLabels, pages: int) -> None:
        self.digest, self.labels, self.pages = digest, labels, pages

    def __call__(self, canvas: Any, _doc: Any) -> None:
        left, right = MARGIN_X, A4[0] - MARGIN_X
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, 19 * mm, right, 19 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(left, 15 * mm, printable(self.labels.digest))
        page = self.labels.page.format(page=canvas.getPageNumber(), pages=self.pages)
        canvas.drawRightString(right, 15 * mm, printable(page))
        canvas.setFillColor(colors.black)
        canvas.setFont(MONO, 8.5)
        canvas.drawString(left, 10.5 * mm, printable(self.digest))
        canvas.restoreState()
