"""The customer's skin-care report: an A4 PDF the advisor prints or e-mails after a treatment.

It says, in the customer's language (not the screen's), what the diagnostic
found (skin type, sensitivity, phototype, concerns, areas), how the measured
levels compare with the last visit (and, when there were earlier visits, a
small chart of them), the recommended routine with each product's price and
why, the routine's total, the next appointment in Madrid time, and the
advisor's notes. Long notes and a full routine flow onto a second page. Like
the consent document, the same report gives the same bytes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from loyalty_core.money import format_euros
from loyalty_core.skin import ROMAN
from loyalty_core.store_time import MADRID
from pos_client.documents.consent_pdf import (
    ACCENT,
    BODY_WIDTH,
    BOLD,
    FONT,
    LANGUAGE_TAGS,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    printable,
)
from pos_client.documents.tables import label_value_table

TINT = colors.HexColor("#f5eff3")  # the plum, very light, behind boxes
TRACK = colors.HexColor("#e6e1e4")
OILINESS_COLOUR = colors.HexColor("#b98a2e")  # a warm gold beside the plum
HYDRATION_COLOUR = ACCENT
CLUB = "Club Lumen · Perfumerías Lumen"
LEVELS_W = 86 * mm  # the levels table when the chart stands beside it


@dataclass(frozen=True)
class ReportLevel:
    """One measured level (0–100) today and at the last visit; either may be unmeasured."""

    level: str
    """'hydration' or 'oiliness' (loyalty_core.skin.LEVELS)."""
    now: int | None
    before: int | None


@dataclass(frozen=True)
class ReportProduct:
    """One product of the recommended routine."""

    step: str | None
    """A loyalty_core.habits.Step value, or None for an extra outside the steps."""
    name: str
    brand: str
    price_cents: int
    reason: str
    """Why it is recommended, one line, already in the customer's language."""


@dataclass(frozen=True)
class SkinReport:
    """What one skin-care report shows, ready to print."""

    customer_name: str
    card_number: str | None
    language: str
    """The customer's: 'es', 'ca' or 'en' (anything else prints in Spanish)."""
    store_name: str
    advisor_name: str
    diagnosed_at: datetime
    """Aware, UTC; printed in Europe/Madrid."""
    previous_at: datetime | None
    skin_type: str
    """A loyalty_core.skin.SkinType value."""
    sensitivity: str | None
    phototype: int | None
    """Fitzpatrick 1–6, printed in Roman numerals."""
    concerns: tuple[str, ...]
    areas: tuple[str, ...]
    levels: tuple[ReportLevel, ...]
    notes: str
    routine: tuple[ReportProduct, ...]
    """In step order."""
    next_appointment: datetime | None
    history: tuple[tuple[date, int | None, int | None], ...] = ()
    """(day, hydration, oiliness) of earlier visits, oldest first, for the chart."""


@dataclass(frozen=True)
class ReportLabels:
    """Every fixed word on the report, and the diagnostic's vocabulary, in one language."""

    language: str
    title: str
    customer: str
    card: str
    date: str
    store: str
    advisor: str
    diagnostic: str
    skin_type: str
    sensitivity: str
    phototype: str
    concerns: str
    areas: str
    not_assessed: str
    nothing_noted: str
    and_word: str
    levels: str
    level: str
    today: str
    last_visit: str
    change: str
    scale_note: str
    first_visit: str
    no_levels: str
    progress: str
    routine: str
    step: str
    product: str
    price: str
    total: str
    prices_note: str
    no_routine: str
    other_step: str
    appointment: str
    appointment_at: str
    """'{date}' and '{time}' are filled in."""
    book: str
    """'{store}' is filled in."""
    notes: str
    privacy: str
    page: str
    months: str
    """The twelve month names, space-separated."""
    weekdays: tuple[str, ...]
    skin_types: Mapping[str, str]
    sensitivities: Mapping[str, str]
    phototypes: Mapping[int, str]
    concern_names: Mapping[str, str]
    area_names: Mapping[str, str]
    step_names: Mapping[str, str]
    level_names: Mapping[str, str]


# The vocabulary of the diagnostic and the routine, (es, ca, en) side by side.
SKIN_TYPES: dict[str, tuple[str, str, str]] = {
    "normal": ("Normal", "Normal", "Normal"),
    "dry": ("Seca", "Seca", "Dry"),
    "oily": ("Grasa", "Grassa", "Oily"),
    "combination": ("Mixta", "Mixta", "Combination"),
}
SENSITIVITIES: dict[str, tuple[str, str, str]] = {
    "low": ("Baja", "Baixa", "Low"),
    "medium": ("Media", "Mitjana", "Medium"),
    "high": ("Alta", "Alta", "High"),
}
CONCERNS: dict[str, tuple[str, str, str]] = {
    "fine_lines": ("Líneas finas", "Línies fines", "Fine lines"),
    "wrinkles": ("Arrugas", "Arrugues", "Wrinkles"),
    "spots": ("Manchas", "Taques", "Dark spots"),
    "acne": ("Acné", "Acne", "Acne"),
    "redness": ("Rojeces", "Vermellor", "Redness"),
    "dark_circles": ("Ojeras", "Ulleres fosques", "Dark circles"),
    "pores": ("Poros dilatados", "Porus dilatats", "Enlarged pores"),
    "dullness": ("Falta de luminosidad", "Manca de lluminositat", "Dullness"),
    "dehydration": ("Deshidratación", "Deshidratació", "Dehydration"),
}
AREAS: dict[str, tuple[str, str, str]] = {
    "forehead": ("Frente", "Front", "Forehead"),
    "eyes": ("Contorno de ojos", "Contorn d'ulls", "Eye area"),
    "nose": ("Nariz", "Nas", "Nose"),
    "cheeks": ("Mejillas", "Galtes", "Cheeks"),
    "mouth": ("Boca", "Boca", "Mouth"),
    "chin": ("Barbilla", "Barbeta", "Chin"),
    "neck": ("Cuello", "Coll", "Neck"),
}
STEPS: dict[str, tuple[str, str, str]] = {
    "cleansing": ("Limpieza", "Neteja", "Cleansing"),
    "toner": ("Tónico", "Tònic", "Toner"),
    "serum": ("Sérum", "Sèrum", "Serum"),
    "moisturiser": ("Hidratante", "Hidratant", "Moisturiser"),
    "eye_care": ("Contorno de ojos", "Contorn d'ulls", "Eye care"),
    "sun_protection": ("Protección solar", "Protecció solar", "Sun protection"),
    "make_up": ("Maquillaje", "Maquillatge", "Make-up"),
    "make_up_removal": ("Desmaquillado", "Desmaquillatge", "Make-up removal"),
    "body": ("Cuerpo", "Cos", "Body"),
    "hair": ("Cabello", "Cabell", "Hair"),
}
LEVEL_NAMES: dict[str, tuple[str, str, str]] = {
    "hydration": ("Hidratación", "Hidratació", "Hydration"),
    "oiliness": ("Grasa", "Greix", "Oiliness"),
}


def _terms(table: Mapping[str, tuple[str, str, str]], language: int) -> dict[str, str]:
    return {value: words[language] for value, words in table.items()}


LABELS: dict[str, ReportLabels] = {
    "es": ReportLabels(
        language="es",
        title="Su informe de cuidado de la piel",
        customer="Cliente",
        card="Nº de tarjeta",
        date="Fecha",
        store="Tienda",
        advisor="Atendido por",
        diagnostic="Su diagnóstico",
        skin_type="Tipo de piel",
        sensitivity="Sensibilidad",
        phototype="Fototipo",
        concerns="Lo que le preocupa",
        areas="Zonas tratadas",
        not_assessed="Sin evaluar",
        nothing_noted="Ninguna señalada",
        and_word="y",
        levels="Sus niveles",
        level="Nivel",
        today="Hoy",
        last_visit="Última visita",
        change="Cambio",
        scale_note="Escala de 0 (bajo) a 100 (alto).",
        first_visit="Es su primera medición: en su próxima visita verá aquí cómo evoluciona.",
        no_levels="Hoy no se han medido niveles.",
        progress="Su evolución",
        routine="Su rutina recomendada",
        step="Paso",
        product="Producto",
        price="Precio",
        total="Total de la rutina",
        prices_note="Precios con IVA incluido, a la fecha de este informe.",
        no_routine="Hoy no se le ha recomendado ningún producto.",
        other_step="Complemento",
        appointment="Su próxima cita",
        appointment_at="{date}, a las {time} h (hora de Madrid)",
        book="Aún no tiene cita. Pídala en {store} o en cualquier tienda Perfumerías Lumen.",
        notes="Observaciones",
        privacy=(
            "Sus datos de piel se guardan con su consentimiento para datos de piel y hábitos. "
            "Puede retirarlo en cualquier tienda."
        ),
        page="Página {page} de {pages}",
        months=(
            "enero febrero marzo abril mayo junio "
            "julio agosto septiembre octubre noviembre diciembre"
        ),
        weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        skin_types=_terms(SKIN_TYPES, 0),
        sensitivities=_terms(SENSITIVITIES, 0),
        concern_names=_terms(CONCERNS, 0),
        area_names=_terms(AREAS, 0),
        step_names=_terms(STEPS, 0),
        level_names=_terms(LEVEL_NAMES, 0),
        phototypes={
            1: "siempre se quema, nunca se broncea",
            2: "se quema con facilidad, se broncea poco",
            3: "a veces se quema, se broncea poco a poco",
            4: "rara vez se quema, se broncea con facilidad",
            5: "muy rara vez se quema, se broncea mucho",
            6: "nunca se quema",
        },
    ),
    "ca": ReportLabels(
        language="ca",
        title="El seu informe de cura de la pell",
        customer="Client",
        card="Núm. de targeta",
        date="Data",
        store="Botiga",
        advisor="Atès per",
        diagnostic="El seu diagnòstic",
        skin_type="Tipus de pell",
        sensitivity="Sensibilitat",
        phototype="Fototip",
        concerns="El que li preocupa",
        areas="Zones tractades",
        not_assessed="Sense avaluar",
        nothing_noted="No se n'ha indicat cap",
        and_word="i",
        levels="Els seus nivells",
        level="Nivell",
        today="Avui",
        last_visit="Darrera visita",
        change="Canvi",
        scale_note="Escala de 0 (baix) a 100 (alt).",
        first_visit="És la seva primera mesura: a la propera visita hi veurà com evoluciona.",
        no_levels="Avui no s'han mesurat nivells.",
        progress="La seva evolució",
        routine="La seva rutina recomanada",
        step="Pas",
        product="Producte",
        price="Preu",
        total="Total de la rutina",
        prices_note="Preus amb IVA inclòs, a la data d'aquest informe.",
        no_routine="Avui no se li ha recomanat cap producte.",
        other_step="Complement",
        appointment="La seva propera cita",
        appointment_at="{date}, a les {time} h (hora de Madrid)",
        book="Encara no té cita. Demani-la a {store} o a qualsevol botiga Perfumerías Lumen.",
        notes="Observacions",
        privacy=(
            "Les seves dades de pell es guarden amb el seu consentiment per a dades de pell i "
            "hàbits. Pot retirar-lo a qualsevol botiga."
        ),
        page="Pàgina {page} de {pages}",
        months=(
            "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre"
        ),
        weekdays=("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
        skin_types=_terms(SKIN_TYPES, 1),
        sensitivities=_terms(SENSITIVITIES, 1),
        concern_names=_terms(CONCERNS, 1),
        area_names=_terms(AREAS, 1),
        step_names=_terms(STEPS, 1),
        level_names=_terms(LEVEL_NAMES, 1),
        phototypes={
            1: "sempre es crema, mai no s'emmorena",
            2: "es crema fàcilment, s'emmorena poc",
            3: "de vegades es crema, s'emmorena de mica en mica",
            4: "rarament es crema, s'emmorena fàcilment",
            5: "molt rarament es crema, s'emmorena molt",
            6: "mai no es crema",
        },
    ),
    "en": ReportLabels(
        language="en",
        title="Your skin care report",
        customer="Customer",
        card="Card number",
        date="Date",
        store="Store",
        advisor="Your advisor",
        diagnostic="Your diagnostic",
        skin_type="Skin type",
        sensitivity="Sensitivity",
        phototype="Phototype",
        concerns="Your concerns",
        areas="Areas treated",
        not_assessed="Not assessed",
        nothing_noted="Nothing noted",
        and_word="and",
        levels="Your levels",
        level="Level",
        today="Today",
        last_visit="Last visit",
        change="Change",
        scale_note="Scale from 0 (low) to 100 (high).",
        first_visit="This is your first measurement: next time you will see here how it changes.",
        no_levels="No levels were measured today.",
        progress="Your progress",
        routine="Your recommended routine",
        step="Step",
        product="Product",
        price="Price",
        total="Routine total",
        prices_note="Prices include VAT, as of the date of this report.",
        no_routine="No products were recommended today.",
        other_step="Extra",
        appointment="Your next appointment",
        appointment_at="{date}, at {time} (Madrid time)",
        book="You have no appointment yet. Book one at {store} or any Perfumerías Lumen store.",
        notes="Advisor's notes",
        privacy=(
            "Your skin data is kept under your consent for skin and habit data. "
            "You can withdraw it at any store."
        ),
        page="Page {page} of {pages}",
        months=(
            "January February March April May June July August September October November December"
        ),
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        skin_types=_terms(SKIN_TYPES, 2),
        sensitivities=_terms(SENSITIVITIES, 2),
        concern_names=_terms(CONCERNS, 2),
        area_names=_terms(AREAS, 2),
        step_names=_terms(STEPS, 2),
        level_names=_terms(LEVEL_NAMES, 2),
        phototypes={
            1: "always burns, never tans",
            2: "burns easily, tans little",
            3: "sometimes burns, tans gradually",
            4: "rarely burns, tans easily",
            5: "very rarely burns, tans deeply",
            6: "never burns",
        },
    ),
}


def render_skin_report_pdf(report: SkinReport) -> bytes:
    """Return the customer's skin-care report as PDF bytes (the same bytes for the same report)."""
    labels = LABELS.get(report.language, LABELS["es"])
    dry = _template(io.BytesIO(), report, labels)
    dry.build(_story(report, labels))  # a first pass to learn the page count ("page 1 of N")
    footer = _Footer(report, labels, int(dry.page))
    buffer = io.BytesIO()
    pdf = _template(buffer, report, labels)
    pdf.build(_story(report, labels), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _template(buffer: io.BytesIO, report: SkinReport, labels: ReportLabels) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=printable(labels.title),
        author=printable(f"Club Lumen, {report.store_name}"),
        creator="Club Lumen",
        lang=LANGUAGE_TAGS.get(report.language, "es-ES"),
        invariant=1,  # a reprint of the same report is the same bytes
        pageCompression=1,
    )


# --- the story ----------------------------------------------------------------


def _story(report: SkinReport, labels: ReportLabels) -> list[Any]:
    s = _Styles()
    story: list[Any] = [
        Paragraph(_markup(CLUB), s.club),
        Paragraph(_markup(labels.title), s.title),
        _identity(report, labels, s),
        *_section(labels.diagnostic, s),
        _pairs(_diagnostic_rows(report, labels), s),
        *_levels(report, labels, s),
        *_routine(report, labels, s),
        *_appointment(report, labels, s),
    ]
    if report.notes.strip():
        story += [*_section(labels.notes, s), *_paragraphs(report.notes, s.body)]
    return story


def _section(title: str, s: _Styles, keep: float = 24 * mm) -> list[Any]:
    # A heading never ends a page on its own.
    return [CondPageBreak(keep), Paragraph(_markup(title), s.heading)]


def _identity(report: SkinReport, labels: ReportLabels, s: _Styles) -> Table:
    """The tinted box under the title: who, then when, where and with whom, side by side."""
    details = [
        (labels.card, report.card_number or "", 0.22),
        (labels.date, _long_date(_madrid(report.diagnosed_at).date(), labels), 0.26),
        (labels.store, report.store_name, 0.30),
        (labels.advisor, report.advisor_name, 0.22),
    ]
    shown = [(label, value, share) for label, value, share in details if value.strip()]
    scale = 1 / sum(share for _, _, share in shown)  # the date is always shown
    name = [
        Paragraph(_markup(labels.customer), s.label),
        Paragraph(_markup(report.customer_name), s.name),
    ]
    cells: list[list[Any]] = [[name] + [""] * (len(shown) - 1)]
    cells.append(
        [[Paragraph(_markup(k), s.label), Paragraph(_markup(v), s.value)] for k, v, _ in shown]
    )
    widths = [BODY_WIDTH * share * scale for _, _, share in shown]
    box = Table(cells, colWidths=widths, hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 3 * mm),
            ]
        )
    )
    return box


def _diagnostic_rows(report: SkinReport, labels: ReportLabels) -> list[tuple[str, str]]:
    phototype = labels.not_assessed
    if report.phototype is not None:
        roman = ROMAN.get(report.phototype, str(report.phototype))
        meaning = labels.phototypes.get(report.phototype)
        phototype = f"{roman} ({meaning})" if meaning else roman
    sensitivity = labels.not_assessed
    if report.sensitivity:
        sensitivity = _word(labels.sensitivities, report.sensitivity)
    return [
        (labels.skin_type, _word(labels.skin_types, report.skin_type) or labels.not_assessed),
        (labels.sensitivity, sensitivity),
        (labels.phototype, phototype),
        (labels.concerns, _listed(report.concerns, labels.concern_names, labels)),
        (labels.areas, _listed(report.areas, labels.area_names, labels)),
    ]


def _pairs(rows: list[tuple[str, str]], s: _Styles) -> Table:
    return label_value_table(
        [(Paragraph(_markup(k), s.label), Paragraph(_markup(v), s.value)) for k, v in rows],
        width=BODY_WIDTH,
        rule=RULE,
        padding=(2.4, 2.8),
    )


# --- levels -----------------------------------------------------------------------


def _levels(report: SkinReport, labels: ReportLabels, s: _Styles) -> list[Any]:
    """The levels table; beside it the chart when there were earlier visits, else bars."""
    parts: list[Any] = _section(labels.levels, s, keep=45 * mm)
    if not report.levels:
        return [*parts, Paragraph(_markup(labels.no_levels), s.body)]
    note = labels.scale_note
    if report.previous_at is None and all(row.before is None for row in report.levels):
        note = f"{labels.first_visit} {note}"
    if not report.history:
        table = _levels_table(report, labels, s, (36, 18, 40, 6, 14), gauges=True)
        return [*parts, table, Spacer(1, 1.5 * mm), Paragraph(_markup(note), s.small)]
    left = [
        _levels_table(report, labels, s, (27, 14, 25, 5, 13), gauges=False),
        Spacer(1, 1.5 * mm),
        Paragraph(_markup(note), s.small),
    ]
    chart_w = BODY_WIDTH - LEVELS_W
    right = [
        Paragraph(_markup(labels.progress), s.th),
        _chart(_chart_points(report), labels, chart_w - 2 * mm),
    ]
    pair = Table([[left, right]], colWidths=[LEVELS_W, chart_w], hAlign="LEFT")
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [*parts, pair]


def _levels_table(
    report: SkinReport,
    labels: ReportLabels,
    s: _Styles,
    widths_mm: tuple[float, float, float, float, float],
    *,
    gauges: bool,
) -> Table:
    last = labels.last_visit
    if report.previous_at is not None:
        last = f"{last} ({_madrid(report.previous_at):%d/%m/%Y})"
    header = [labels.level, labels.today, last, labels.change, ""]
    data: list[list[Any]] = [[Paragraph(_markup(h), s.th) for h in header]]
    for row in report.levels:
        delta = None if row.now is None or row.before is None else row.now - row.before
        data.append(
            [
                Paragraph(_markup(_word(labels.level_names, row.level)), s.cell_bold),
                Paragraph(_markup(_number(row.now)), s.cell_big),
                Paragraph(_markup(_number(row.before)), s.cell),
                _arrow(delta),
                Paragraph(_markup(_signed(delta)), s.cell_bold),
            ]
        )
    widths = [w * mm for w in widths_mm]
    if gauges:
        data[0].append(_gauge_legend(labels))
        for cells, row in zip(data[1:], report.levels, strict=True):
            cells.append(_gauge(row.now, row.before))
        widths.append(BODY_WIDTH - sum(widths))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (3, 0), (4, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (3, 1), (3, -1), 0.5 * mm),
                ("LEFTPADDING", (4, 1), (4, -1), 0.5 * mm),
                ("TOPPADDING", (0, 1), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
            ]
        )
    )
    return table


def _arrow(delta: int | None) -> Drawing:
    """A small triangle pointing up or down (drawn: the standard fonts have no arrows)."""
    size = 2.6 * mm
    d = Drawing(size, size)
    if delta:
        points = (
            [0, size * 0.15, size, size * 0.15, size / 2, size * 0.95]
            if delta > 0
            else [0, size * 0.85, size, size * 0.85, size / 2, size * 0.05]
        )
        d.add(Polygon(points, fillColor=ACCENT, strokeColor=None))
    return d


def _gauge(now: int | None, before: int | None) -> Drawing:
    """Today's level as a plum bar over the last visit's as a thinner grey one, out of 100."""
    width, height = 52 * mm, 7 * mm
    d = Drawing(width, height)
    for value, y, h, colour in (
        (now, 3.4 * mm, 2.8 * mm, ACCENT),
        (before, 0.8 * mm, 1.6 * mm, MUTED),
    ):
        d.add(Rect(0, y, width, h, fillColor=TRACK, strokeColor=None))
        if value is not None:
            d.add(Rect(0, y, width * _clamp(value) / 100, h, fillColor=colour, strokeColor=None))
    return d


def _gauge_legend(labels: ReportLabels) -> Drawing:
    """What the two bars are, above them."""
    d = Drawing(52 * mm, 3.5 * mm)
    x = 0.0
    for word, colour in ((labels.today, ACCENT), (labels.last_visit, MUTED)):
        d.add(Rect(x, 0.6, 2.4 * mm, 2.4 * mm, fillColor=colour, strokeColor=None))
        text = printable(word)
        d.add(String(x + 3.4 * mm, 1, text, fontName=FONT, fontSize=7.5, fillColor=MUTED))
        x += 3.4 * mm + stringWidth(text, FONT, 7.5) + 4 * mm
    return d


def _chart_points(report: SkinReport) -> list[tuple[date, int | None, int | None]]:
    today = {row.level: row.now for row in report.levels}
    day = _madrid(report.diagnosed_at).date()
    return [*report.history, (day, today.get("hydration"), today.get("oiliness"))]


def _chart(
    points: Sequence[tuple[date, int | None, int | None]], labels: ReportLabels, width: float
) -> Drawing:
    """Hydration and oiliness at each visit, today last, on a 0–100 scale."""
    height = 44 * mm
    left, right, bottom, top = 7 * mm, 2 * mm, 7 * mm, 8 * mm
    plot_w, plot_h = width - left - right, height - bottom - top
    d = Drawing(width, height)
    for tick in (0, 25, 50, 75, 100):
        y = bottom + plot_h * tick / 100
        d.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4 if tick else 0.8))
        _label(d, left - 2, y - 2.5, str(tick), anchor="end")
    step = plot_w / len(points)
    xs = [left + step * (i + 0.5) for i in range(len(points))]
    every = math.ceil(len(points) / max(1, int(plot_w // (13 * mm))))
    for i, (day, _h, _o) in enumerate(points):
        last = i == len(points) - 1
        if (len(points) - 1 - i) % every:
            continue
        text = labels.today if last else f"{day:%d/%m/%y}"
        colour = ACCENT if last else MUTED
        _label(d, xs[i], bottom - 4 * mm, text, anchor="middle", bold=last, colour=colour)
    series = (
        ("hydration", [p[1] for p in points], HYDRATION_COLOUR),
        ("oiliness", [p[2] for p in points], OILINESS_COLOUR),
    )
    for n, (level, values, colour) in enumerate(series):
        _plot(
            d,
            xs,
            [None if v is None else bottom + plot_h * _clamp(v) / 100 for v in values],
            colour,
        )
        x, y = left + n * 30 * mm, height - 3 * mm
        d.add(Line(x, y, x + 6 * mm, y, strokeColor=colour, strokeWidth=1.8))
        _label(
            d,
            x + 8 * mm,
            y - 1.2 * mm,
            _word(labels.level_names, level),
            size=8,
            colour=colors.black,
        )
    return d


def _label(
    d: Drawing,
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    size: float = 7,
    bold: bool = False,
    colour: Any = MUTED,
) -> None:
    font = BOLD if bold else FONT
    d.add(
        String(
            x, y, printable(text), fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor
        )
    )


def _plot(d: Drawing, xs: list[float], ys: list[float | None], colour: Any) -> None:
    """One series: lines between measured visits (a gap where one was not measured), dots."""
    run: list[float] = []
    for x, y in [*zip(xs, ys, strict=True), (0.0, None)]:
        if y is None:
            if len(run) >= 4:
                d.add(PolyLine(run, strokeColor=colour, strokeWidth=1.6, strokeLineJoin=1))
            run = []
            continue
        run += [x, y]
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if y is not None:
            r = 2.4 if i == len(xs) - 1 else 1.8
            d.add(Circle(x, y, r, fillColor=colour, strokeColor=colors.white, strokeWidth=0.6))


# --- routine, appointment -------------------------------------------------------


def _routine(report: SkinReport, labels: ReportLabels, s: _Styles) -> list[Any]:
    parts: list[Any] = _section(labels.routine, s, keep=45 * mm)
    if not report.routine:
        return [*parts, Paragraph(_markup(labels.no_routine), s.body)]
    heads = ((labels.step, s.th), (labels.product, s.th), (labels.price, s.th_right))
    data: list[list[Any]] = [[Paragraph(_markup(text), style) for text, style in heads]]
    for product in report.routine:
        step = _word(labels.step_names, product.step) if product.step else labels.other_step
        about = [Paragraph(_product_markup(product), s.cell)]
        if product.reason.strip():
            about.append(Paragraph(_markup(product.reason), s.reason))
        data.append(
            [
                Paragraph(_markup(step), s.step),
                about,
                Paragraph(_markup(format_euros(product.price_cents)), s.price),
            ]
        )
    total = sum(product.price_cents for product in report.routine)
    data.append(
        [
            "",
            Paragraph(_markup(labels.total), s.total),
            Paragraph(_markup(format_euros(total)), s.total_price),
        ]
    )
    n = len(data)
    table = Table(
        data,
        colWidths=[34 * mm, BODY_WIDTH - 34 * mm - 26 * mm, 26 * mm],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, n - 3), 0.4, RULE),
                ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.8, ACCENT),
                ("BACKGROUND", (0, n - 1), (-1, n - 1), TINT),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (0, n - 1), (0, n - 1), 2 * mm),
                ("TOPPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                ("NOSPLIT", (0, n - 2), (-1, n - 1)),  # the total never stands alone on a page
            ]
        )
    )
    return [*parts, table, Spacer(1, 1.5 * mm), Paragraph(_markup(labels.prices_note), s.small)]


def _product_markup(product: ReportProduct) -> str:
    name = f"<font name='{BOLD}'>{_markup(product.name)}</font>"
    brand = product.brand.strip()
    return f"{name} <font color='#5f5f5f'>· {_markup(brand)}</font>" if brand else name


def _appointment(report: SkinReport, labels: ReportLabels, s: _Styles) -> list[Any]:
    if report.next_appointment is None:
        text = labels.book.format(store=report.store_name.strip() or "Perfumerías Lumen")
        style = s.body
    else:
        local = _madrid(report.next_appointment)
        day = _long_date(local.date(), labels, weekday=True)
        text = labels.appointment_at.format(date=day, time=f"{local:%H:%M}")
        style = s.appointment
    box = Table([[Paragraph(_markup(text), style)]], colWidths=[BODY_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return [KeepTogether([*_section(labels.appointment, s, keep=0), box])]


# --- values ---------------------------------------------------------------------


def _word(vocabulary: Mapping[str, str], value: str) -> str:
    """A known value in words; an unknown one (from a newer version) as readable as it is."""
    return vocabulary.get(value) or value.replace("_", " ").capitalize()


def _listed(values: Sequence[str], vocabulary: Mapping[str, str], labels: ReportLabels) -> str:
    """'Manchas, poros dilatados y rojeces': the first as written, the rest in lower case."""
    words = [_word(vocabulary, v) for v in values if v]
    if not words:
        return labels.nothing_noted
    words = [words[0], *(w[0].lower() + w[1:] for w in words[1:])]
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {labels.and_word} {words[-1]}"


def _madrid(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(MADRID)


def _long_date(day: date, labels: ReportLabels, *, weekday: bool = False) -> str:
    """'15 de marzo de 2026', '15 d'abril de 2026', '15 March 2026'; with the weekday first."""
    month = labels.months.split()[day.month - 1]
    if labels.language == "en":
        text = f"{day.day} {month} {day.year}"
        return f"{labels.weekdays[day.weekday()]} {text}" if weekday else text
    of = "d'" if labels.language == "ca" and month[0] in "aeiou" else "de "
    text = f"{day.day} {of}{month} de {day.year}"
    return f"{labels.weekdays[day.weekday()]}, {text}" if weekday else text


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)


def _signed(delta: int | None) -> str:
    """'+12', '-5', '0'; '—' when either visit was not measured."""
    if delta is None:
        return "—"
    return f"+{delta}" if delta > 0 else str(delta)


def _clamp(value: int) -> int:
    return max(0, min(100, value))


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(_markup(part), style) for part in text.split("\n\n") if part.strip()]


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, unprintable letters spelled, lines kept."""
    return escape(printable(text.strip())).replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4)
        self.body = base
        self.club = ParagraphStyle(
            "club", base, fontName=BOLD, fontSize=8.5, textColor=ACCENT, spaceAfter=1
        )
        self.title = ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=6
        )
        self.heading = ParagraphStyle(
            "heading",
            base,
            fontName=BOLD,
            fontSize=11.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=4,
        )
        self.small = ParagraphStyle(
            "small", base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0
        )
        self.label = ParagraphStyle(
            "label", base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0
        )
        self.value = ParagraphStyle("value", base, leading=12, spaceAfter=0)
        self.name = ParagraphStyle(
            "name", base, fontName=BOLD, fontSize=13, leading=16, spaceAfter=3
        )
        self.th = ParagraphStyle(
            "th", base, fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT, spaceAfter=0
        )
        self.th_right = ParagraphStyle("th_right", self.th, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", base, leading=12, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=BOLD)
        self.cell_big = ParagraphStyle(
            "cell_big", self.cell, fontName=BOLD, fontSize=12, leading=14, textColor=ACCENT
        )
        self.step = ParagraphStyle("step", self.cell, textColor=ACCENT, fontName=BOLD, fontSize=9)
        self.reason = ParagraphStyle(
            "reason", base, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0, spaceBefore=1
        )
        self.price = ParagraphStyle("price", self.cell, alignment=TA_RIGHT)
        self.total = ParagraphStyle("total", self.cell, fontName=BOLD, fontSize=10.5)
        self.total_price = ParagraphStyle("total_price", self.total, alignment=TA_RIGHT)
        self.appointment = ParagraphStyle(
            "appointment", base, fontName=BOLD, fontSize=11, leading=14, spaceAfter=0
        )


class _Footer:
    """Draws, on every page, the skin-data consent line and "page n of N"; later pages
    also get a running head with the customer's name."""

    def __init__(self, report: SkinReport, labels: ReportLabels, pages: int) -> None:
        self.report, self.labels, self.pages = report, labels, pages

    def __call__(self, canvas: Any, _doc: Any) -> None:
        left, right = MARGIN_X, A4[0] - MARGIN_X
        page = printable(self.labels.page.format(page=canvas.getPageNumber(), pages=self.pages))
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, 19 * mm, right, 19 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        room = right - left - stringWidth(page, FONT, 7.5) - 6 * mm
        lines = simpleSplit(printable(self.labels.privacy), FONT, 7.5, room)
        for i, line in enumerate(lines[:3]):
            canvas.drawString(left, (15 - 3.4 * i) * mm, line)
        canvas.drawRightString(right, 15 * mm, page)
        if canvas.getPageNumber() > 1:
            head = printable(f"{self.labels.title} · {self.report.customer_name.strip()}")
            canvas.drawString(left, A4[1] - 10 * mm, simpleSplit(head, FONT, 7.5, right - left)[0])
            canvas.line(left, A4[1] - 11.5 * mm, right, A4[1] - 11.5 * mm)
        canvas.restoreState()
