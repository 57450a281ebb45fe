"""The store's figures: an A4 report the store manager prints from the figures screen.

In the screen's language, for the chosen range of days: headline boxes (members
enrolled today, this week and this month; sales and how many; the share of
sales that came with a campaign; points earned and redeemed; incidents open),
a bar chart of sales with the campaign part stacked in the club's plum, a chart
of points earned against redeemed, a table with a totals row, the campaigns,
the gifts in stock (those out of stock stand out) and the open incidents by
category. Ranges longer than `WEEKLY_AFTER_DAYS` are shown per week (Monday to
Sunday, the first and last weeks cut to the range) in the charts and the table
alike. Money is integer cents throughout; the campaign share is a Decimal.
Long tables flow over pages with their headings repeated, and every page says
"page n of N". The same figures give the same bytes.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
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
from pos_client.documents.receipt_pdf import _points
from pos_client.documents.skin_report_pdf import CLUB, TINT
from pos_client.documents.skin_report_pdf import OILINESS_COLOUR as GOLD

WEEKLY_AFTER_DAYS = 62
"""Ranges longer than this are charted and tabled per week, not per day."""
SOFT_PLUM = colors.HexColor("#cdb0c4")  # sales without a campaign, under the plum part
OUT_OF_STOCK = colors.HexColor("#fbe3df")
OUT_OF_STOCK_TEXT = colors.HexColor("#a3261b")


@dataclass(frozen=True)
class DayFigures:
    """One day of the store's activity."""

    day: date
    members_enrolled: int
    sales: int
    sales_cents: int
    campaign_sales_cents: int
    """The part of sales_cents that came with a campaign."""
    points_earned: int
    points_redeemed: int
    """Positive."""


@dataclass(frozen=True)
class CampaignFigures:
    """How one campaign did in the range."""

    name: str
    responses: int
    sales_cents: int


@dataclass(frozen=True)
class GiftStockFigure:
    """One gift of the store's catalogue and how many are left."""

    name: str
    points: int
    in_stock: int


@dataclass(frozen=True)
class StoreFigures:
    """What the figures report shows, ready to print."""

    store_name: str
    store_code: str
    first_day: date
    last_day: date
    """The chosen range, both days included."""
    enrolled_today: int
    enrolled_week: int
    enrolled_month: int
    days: tuple[DayFigures, ...]
    """One per day of the range, in order. A missing day counts as a day without activity; a
    day outside the range is left out."""
    campaigns: tuple[CampaignFigures, ...]
    gifts: tuple[GiftStockFigure, ...]
    incidents_open: int
    incidents_by_category: tuple[tuple[str, int], ...]
    """(category, open incidents), the category already in the screen's language."""
    generated_at: datetime
    """Aware, UTC; printed in Europe/Madrid."""
    language: str
    """The screen's: 'es', 'ca' or 'en' (anything else prints in Spanish)."""
    offline_note: bool
    """True when the figures are this device's and what it has synchronised, not head office's."""
    last_sync: datetime | None


@dataclass(frozen=True)
class FigureLabels:
    """Every fixed word on the report, in one language."""

    title: str
    range: str
    """'{first}', '{last}' and '{count}' are filled in."""
    day_word: tuple[str, str]
    """One day, several days."""
    generated: str
    """'{date}' and '{time}' are filled in."""
    offline_synced: str
    """'{date}' and '{time}' are filled in."""
    offline_never: str
    summary: str
    sales: str
    tickets: str
    """'{count}' is filled in."""
    campaign_share: str
    points_earned: str
    points_redeemed: str
    enrolled_today: str
    enrolled_week: str
    enrolled_month: str
    incidents_open: str
    sales_chart: tuple[str, str]
    """Per day, per week."""
    points_chart: tuple[str, str]
    with_campaign: str
    without_campaign: str
    no_sales: str
    table: tuple[str, str]
    period: tuple[str, str]
    enrolled: str
    amount: str
    campaign_sales: str
    share: str
    total: str
    campaigns: str
    campaign: str
    responses: str
    no_campaigns: str
    gifts: str
    gift: str
    points: str
    in_stock: str
    out_of_stock: str
    no_gifts: str
    incidents: str
    category: str
    open: str
    no_incidents: str
    page: str
    weekdays: tuple[str, ...]
    """Short, Monday first."""


LABELS: dict[str, FigureLabels] = {
    "es": FigureLabels(
        title="Cifras de la tienda",
        range="Del {first} al {last} · {count}",
        day_word=("día", "días"),
        generated="Generado el {date} a las {time} (hora de Madrid)",
        offline_synced=(
            "Cifras de este dispositivo y lo sincronizado hasta el {date} a las {time} "
            "(hora de Madrid): las de la central pueden ser mayores."
        ),
        offline_never=(
            "Cifras de este dispositivo: aún no se ha sincronizado con la central, "
            "cuyas cifras pueden ser mayores."
        ),
        summary="Resumen",
        sales="Ventas",
        tickets="{count} tickets",
        campaign_share="Ventas con campaña",
        points_earned="Puntos otorgados",
        points_redeemed="Puntos canjeados",
        enrolled_today="Altas hoy",
        enrolled_week="Altas esta semana",
        enrolled_month="Altas este mes",
        incidents_open="Incidencias abiertas",
        sales_chart=("Ventas por día", "Ventas por semana"),
        points_chart=("Puntos por día", "Puntos por semana"),
        with_campaign="Con campaña",
        without_campaign="Sin campaña",
        no_sales="Sin ventas en estas fechas",
        table=("Cifras por día", "Cifras por semana"),
        period=("Día", "Semana"),
        enrolled="Altas",
        amount="Importe",
        campaign_sales="Con campaña",
        share="% campaña",
        total="Total",
        campaigns="Campañas",
        campaign="Campaña",
        responses="Respuestas",
        no_campaigns="No hubo campañas en estas fechas.",
        gifts="Regalos en stock",
        gift="Regalo",
        points="Puntos",
        in_stock="En stock",
        out_of_stock="Agotado",
        no_gifts="La tienda no tiene regalos en su catálogo.",
        incidents="Incidencias abiertas por categoría",
        category="Categoría",
        open="Abiertas",
        no_incidents="No hay incidencias abiertas.",
        page="Página {page} de {pages}",
        weekdays=("lu", "ma", "mi", "ju", "vi", "sá", "do"),
    ),
    "ca": FigureLabels(
        title="Xifres de la botiga",
        range="Del {first} al {last} · {count}",
        day_word=("dia", "dies"),
        generated="Generat el {date} a les {time} (hora de Madrid)",
        offline_synced=(
            "Xifres d'aquest dispositiu i el que s'ha sincronitzat fins al {date} a les {time} "
            "(hora de Madrid): les de la central poden ser més altes."
        ),
        offline_never=(
            "Xifres d'aquest dispositiu: encara no s'ha sincronitzat amb la central, "
            "les xifres de la qual poden ser més altes."
        ),
        summary="Resum",
        sales="Vendes",
        tickets="{count} tiquets",
        campaign_share="Vendes amb campanya",
        points_earned="Punts atorgats",
        points_redeemed="Punts bescanviats",
        enrolled_today="Altes avui",
        enrolled_week="Altes aquesta setmana",
        enrolled_month="Altes aquest mes",
        incidents_open="Incidències obertes",
        sales_chart=("Vendes per dia", "Vendes per setmana"),
        points_chart=("Punts per dia", "Punts per setmana"),
        with_campaign="Amb campanya",
        without_campaign="Sense campanya",
        no_sales="Sense vendes en aquestes dates",
        table=("Xifres per dia", "Xifres per setmana"),
        period=("Dia", "Setmana"),
        enrolled="Altes",
        amount="Import",
        campaign_sales="Amb campanya",
        share="% campanya",
        total="Total",
        campaigns="Campanyes",
        campaign="Campanya",
        responses="Respostes",
        no_campaigns="No hi va haver campanyes en aquestes dates.",
        gifts="Regals en estoc",
        gift="Regal",
        points="Punts",
        in_stock="En estoc",
        out_of_stock="Esgotat",
        no_gifts="La botiga no té regals al catàleg.",
        incidents="Incidències obertes per categoria",
        category="Categoria",
        open="Obertes",
        no_incidents="No hi ha incidències obertes.",
        page="Pàgina {page} de {pages}",
        weekdays=("dl", "dt", "dc", "dj", "dv", "ds", "dg"),
    ),
    "en": FigureLabels(
        title="Store figures",
        range="From {first} to {last} · {count}",
        day_word=("day", "days"),
        generated="Generated on {date} at {time} (Madrid time)",
        offline_synced=(
            "Figures from this device and what it synchronised up to {date} at {time} "
            "(Madrid time): head office's may be higher."
        ),
        offline_never=(
            "Figures from this device only: it has not synchronised with head office yet, "
            "whose figures may be higher."
        ),
        summary="Summary",
        sales="Sales",
        tickets="{count} receipts",
        campaign_share="Sales with a campaign",
        points_earned="Points earned",
        points_redeemed="Points redeemed",
        enrolled_today="New members today",
        enrolled_week="New members this week",
        enrolled_month="New members this month",
        incidents_open="Open incidents",
        sales_chart=("Sales per day", "Sales per week"),
        points_chart=("Points per day", "Points per week"),
        with_campaign="With a campaign",
        without_campaign="Without a campaign",
        no_sales="No sales in these dates",
        table=("Figures per day", "Figures per week"),
        period=("Day", "Week"),
        enrolled="New members",
        amount="Amount",
        campaign_sales="With a campaign",
        share="Campaign %",
        total="Total",
        campaigns="Campaigns",
        campaign="Campaign",
        responses="Responses",
        no_campaigns="No campaigns ran in these dates.",
        gifts="Gifts in stock",
        gift="Gift",
        points="Points",
        in_stock="In stock",
        out_of_stock="Out of stock",
        no_gifts="The store has no gifts in its catalogue.",
        incidents="Open incidents by category",
        category="Category",
        open="Open",
        no_incidents="There are no open incidents.",
        page="Page {page} of {pages}",
        weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    ),
}


@dataclass(frozen=True)
class Period:
    """One bar of the charts and one row of the table: a day, or a week cut to the range."""

    first: date
    last: date
    members_enrolled: int = 0
    sales: int = 0
    sales_cents: int = 0
    campaign_sales_cents: int = 0
    points_earned: int = 0
    points_redeemed: int = 0

    def plus(self, other: Period | DayFigures) -> Period:
        """This period's figures plus another's (or one day's); its first and last day stay."""
        sums = {name: getattr(self, name) + getattr(other, name) for name in SUMMED}
        return replace(self, **sums)


SUMMED = (
    "members_enrolled",
    "sales",
    "sales_cents",
    "campaign_sales_cents",
    "points_earned",
    "points_redeemed",
)
"""The figures a day, a week and the whole range add up alike."""


def render_store_figures_pdf(figures: StoreFigures) -> bytes:
    """Return the store's figures report as A4 PDF bytes (the same bytes for the same figures)."""
    labels = LABELS.get(figures.language, LABELS["es"])
    dry = _template(io.BytesIO(), figures, labels)
    dry.build(_story(figures, labels))  # a first pass to learn the page count ("page 1 of N")
    footer = _Footer(figures, labels, int(dry.page))
    buffer = io.BytesIO()
    pdf = _template(buffer, figures, labels)
    pdf.build(_story(figures, labels), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def weekly(figures: StoreFigures) -> bool:
    """Whether the range is long enough to be shown per week."""
    return (figures.last_day - figures.first_day).days + 1 > WEEKLY_AFTER_DAYS


def periods(figures: StoreFigures) -> list[Period]:
    """The range's days, or its weeks (Monday to Sunday) when it is long, with their sums."""
    by_day = {d.day: d for d in figures.days}
    week = weekly(figures)
    out: list[Period] = []
    day = figures.first_day
    while day <= figures.last_day:
        if not out or not week or day.weekday() == 0:
            out.append(Period(day, day))
        if day in by_day:
            out[-1] = out[-1].plus(by_day[day])
        out[-1] = replace(out[-1], last=day)
        day += timedelta(days=1)
    return out


def campaign_share(campaign_cents: int, sales_cents: int) -> str:
    """'37,5 %': the campaign part of sales, one decimal, rounded half up; '—' without sales."""
    if sales_cents <= 0:
        return "—"
    share = (Decimal(campaign_cents) * 100 / Decimal(sales_cents)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    return f"{share:f} %".replace(".", ",")


def _template(buffer: io.BytesIO, figures: StoreFigures, labels: FigureLabels) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=printable(f"{labels.title} {figures.store_code}"),
        author=printable(f"Club Lumen, {figures.store_name}"),
        subject=printable(_range_text(figures, labels)),
        creator="Club Lumen",
        lang=LANGUAGE_TAGS.get(figures.language, "es-ES"),
        invariant=1,  # the same figures print the same bytes
        pageCompression=1,
    )


# --- the story ----------------------------------------------------------------


def _story(figures: StoreFigures, labels: FigureLabels) -> list[Any]:
    s = _Styles()
    rows = periods(figures)
    per = 1 if weekly(figures) else 0
    story: list[Any] = [
        Paragraph(_markup(CLUB), s.club),
        Paragraph(_markup(labels.title), s.title),
        Paragraph(_markup(f"{figures.store_name} ({figures.store_code})"), s.subtitle),
        Paragraph(_markup(_range_text(figures, labels)), s.body),
        Paragraph(_markup(_generated(figures, labels)), s.small),
    ]
    if figures.offline_note:
        story += [Spacer(1, 2 * mm), _note_box(_offline_text(figures, labels), s)]
    story += [
        *_section(labels.summary, s),
        _tiles(figures, rows, labels, s),
        KeepTogether(
            [*_section(labels.sales_chart[per], s), _sales_chart(rows, labels, BODY_WIDTH)]
        ),
        KeepTogether(
            [*_section(labels.points_chart[per], s), _points_chart(rows, labels, BODY_WIDTH)]
        ),
        *_section(labels.table[per], s, keep=40 * mm),
        _period_table(rows, labels, s, per),
        *_campaigns(figures, labels, s),
        *_gifts(figures, labels, s),
        *_incidents(figures, labels, s),
    ]
    return story


def _section(title: str, s: _Styles, keep: float = 30 * mm) -> list[Any]:
    # A heading never ends a page on its own.
    return [CondPageBreak(keep), Paragraph(_markup(title), s.heading)]


def _range_text(figures: StoreFigures, labels: FigureLabels) -> str:
    count = max(0, (figures.last_day - figures.first_day).days + 1)
    word = labels.day_word[0] if count == 1 else labels.day_word[1]
    return labels.range.format(
        first=f"{figures.first_day:%d/%m/%Y}",
        last=f"{figures.last_day:%d/%m/%Y}",
        count=f"{count} {word}",
    )


def _generated(figures: StoreFigures, labels: FigureLabels) -> str:
    local = _madrid(figures.generated_at)
    return labels.generated.format(date=f"{local:%d/%m/%Y}", time=f"{local:%H:%M}")


def _offline_text(figures: StoreFigures, labels: FigureLabels) -> str:
    if figures.last_sync is None:
        return labels.offline_never
    local = _madrid(figures.last_sync)
    return labels.offline_synced.format(date=f"{local:%d/%m/%Y}", time=f"{local:%H:%M}")


def _note_box(text: str, s: _Styles) -> Table:
    box = Table([[Paragraph(_markup(text), s.note)]], colWidths=[BODY_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return box


def _tiles(
    figures: StoreFigures, rows: Sequence[Period], labels: FigureLabels, s: _Styles
) -> Table:
    """Two rows of four boxes: the range's sales and points, then members and incidents."""
    total = _sum_rows(rows)
    share = campaign_share(total.campaign_sales_cents, total.sales_cents)
    tiles = [
        (
            labels.sales,
            format_euros(total.sales_cents),
            labels.tickets.format(count=_points(total.sales)),
        ),
        (labels.campaign_share, share, format_euros(total.campaign_sales_cents)),
        (labels.points_earned, _points(total.points_earned), ""),
        (labels.points_redeemed, _points(total.points_redeemed), ""),
        (labels.enrolled_today, _points(figures.enrolled_today), ""),
        (labels.enrolled_week, _points(figures.enrolled_week), ""),
        (labels.enrolled_month, _points(figures.enrolled_month), ""),
        (labels.incidents_open, _points(figures.incidents_open), ""),
    ]
    cells = [
        [Paragraph(_markup(label), s.tile_label), Paragraph(_markup(value), s.tile_value)]
        + ([Paragraph(_markup(sub), s.tile_sub)] if sub else [])
        for label, value, sub in tiles
    ]
    table = Table([cells[:4], cells[4:]], colWidths=[BODY_WIDTH / 4] * 4, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("INNERGRID", (0, 0), (-1, -1), 5, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8 * mm),
            ]
        )
    )
    return table


# --- charts ---------------------------------------------------------------------

CHART_LEFT, CHART_RIGHT, CHART_BOTTOM, CHART_TOP = 17 * mm, 2 * mm, 7 * mm, 8 * mm


def _sales_chart(rows: Sequence[Period], labels: FigureLabels, width: float) -> Drawing:
    """Sales per period as bars: the campaign part in plum at the foot, the rest above it."""
    d = Drawing(width, 60 * mm)
    top = max([row.sales_cents for row in rows] + [0])
    scale, plot_w = _frame(d, top, 100, _euros_tick)
    slot = plot_w / max(1, len(rows))
    longest = max([_days(row) for row in rows] + [1])
    for i, row in enumerate(rows):
        # A week cut by the range is as narrow as its days, so it does not read as a slump.
        bar = max(0.6, slot * 0.72 * _days(row) / longest)
        x = CHART_LEFT + slot * i + (slot - bar) / 2
        sales = max(0, row.sales_cents)
        campaign = min(max(0, row.campaign_sales_cents), sales)
        if campaign:
            d.add(Rect(x, CHART_BOTTOM, bar, campaign * scale, fillColor=ACCENT, strokeColor=None))
        if sales > campaign:
            y = CHART_BOTTOM + campaign * scale
            d.add(
                Rect(x, y, bar, (sales - campaign) * scale, fillColor=SOFT_PLUM, strokeColor=None)
            )
    _x_labels(d, rows, slot)
    _legend(d, ((labels.with_campaign, ACCENT), (labels.without_campaign, SOFT_PLUM)))
    if top <= 0:
        # Between two grid lines (an empty chart has four steps), not struck through by one.
        middle = CHART_BOTTOM + (d.height - CHART_BOTTOM - CHART_TOP) * 3 / 8
        _label(d, CHART_LEFT + plot_w / 2, middle - 2.3, labels.no_sales, anchor="middle")
    return d


def _points_chart(rows: Sequence[Period], labels: FigureLabels, width: float) -> Drawing:
    """Points earned and redeemed per period, as two lines."""
    d = Drawing(width, 46 * mm)
    earned = [max(0, row.points_earned) for row in rows]
    redeemed = [max(0, row.points_redeemed) for row in rows]
    scale, plot_w = _frame(d, max([*earned, *redeemed, 0]), 1, _points)
    slot = plot_w / max(1, len(rows))
    xs = [CHART_LEFT + slot * (i + 0.5) for i in range(len(rows))]
    for values, colour in ((redeemed, GOLD), (earned, ACCENT)):
        ys = [CHART_BOTTOM + v * scale for v in values]
        if len(xs) > 1:
            points = [c for xy in zip(xs, ys, strict=True) for c in xy]
            d.add(PolyLine(points, strokeColor=colour, strokeWidth=1.4, strokeLineJoin=1))
        if len(xs) <= 31:
            for x, y in zip(xs, ys, strict=True):
                d.add(
                    Circle(x, y, 1.5, fillColor=colour, strokeColor=colors.white, strokeWidth=0.5)
                )
    _x_labels(d, rows, slot)
    _legend(d, ((labels.points_earned, ACCENT), (labels.points_redeemed, GOLD)), line=True)
    return d


def _frame(d: Drawing, top: int, unit: int, tick: Callable[[int], str]) -> tuple[float, float]:
    """Grid lines and their values up the left; return (points per unit of value, plot width)."""
    step, count = _axis(top, unit)
    plot_w = d.width - CHART_LEFT - CHART_RIGHT
    plot_h = d.height - CHART_BOTTOM - CHART_TOP
    for i in range(count + 1):
        y = CHART_BOTTOM + plot_h * i / count
        d.add(
            Line(
                CHART_LEFT,
                y,
                CHART_LEFT + plot_w,
                y,
                strokeColor=RULE,
                strokeWidth=0.8 if i == 0 else 0.4,
            )
        )
        _label(d, CHART_LEFT - 1.5 * mm, y - 2.3, tick(step * i), anchor="end")
    return plot_h / (step * count), plot_w


def _axis(top: int, unit: int) -> tuple[int, int]:
    """A round step (1, 2 or 5 times a power of ten, in `unit`s) and how many reach `top`."""
    top = max(top, 4 * unit)  # an empty chart still has a scale to be empty on
    for exponent in range(20):
        for factor in (1, 2, 5):
            step = factor * 10**exponent * unit
            if step * 5 >= top:
                return step, max(1, math.ceil(top / step))
    return top, 1  # beyond any real store


def _x_labels(d: Drawing, rows: Sequence[Period], slot: float) -> None:
    """The first day of every few periods, under the bars, never crowding."""
    room = d.width - CHART_LEFT - CHART_RIGHT
    every = math.ceil(len(rows) / max(1, int(room // (12 * mm)))) if rows else 1
    for i, row in enumerate(rows):
        if i % every == 0:
            x = CHART_LEFT + slot * (i + 0.5)
            _label(d, x, CHART_BOTTOM - 3.6 * mm, f"{row.first:%d/%m}", anchor="middle")


def _legend(d: Drawing, items: Sequence[tuple[str, Any]], *, line: bool = False) -> None:
    x, y = CHART_LEFT, d.height - 3.2 * mm
    for word, colour in items:
        if line:
            d.add(
                Line(x, y + 1.2 * mm, x + 5 * mm, y + 1.2 * mm, strokeColor=colour, strokeWidth=1.8)
            )
        else:
            d.add(Rect(x, y, 2.6 * mm, 2.6 * mm, fillColor=colour, strokeColor=None))
        text = printable(word)
        left = x + (6.5 if line else 3.6) * mm
        d.add(String(left, y + 0.5, text, fontName=FONT, fontSize=8, fillColor=colors.black))
        x = left + stringWidth(text, FONT, 8) + 6 * mm


def _label(d: Drawing, x: float, y: float, text: str, *, anchor: str = "start") -> None:
    d.add(
        String(
            x, y, printable(text), fontName=FONT, fontSize=6.8, fillColor=MUTED, textAnchor=anchor
        )
    )


def _days(row: Period) -> int:
    return (row.last - row.first).days + 1


def _euros_tick(cents: int) -> str:
    """'1.500 €': whole euros, as the axis steps are."""
    return format_euros(cents).replace(",00 €", " €")


# --- tables -----------------------------------------------------------------------


def _period_table(rows: Sequence[Period], labels: FigureLabels, s: _Styles, per: int) -> Table:
    heads = [
        labels.period[per],
        labels.enrolled,
        labels.sales,
        labels.amount,
        labels.campaign_sales,
        labels.share,
        labels.points_earned,
        labels.points_redeemed,
    ]
    body = [[_period_label(row, labels, per), *_figures_cells(row)] for row in rows]
    body.append([labels.total, *_figures_cells(_sum_rows(rows))])
    body = [[printable(cell) for cell in row] for row in body]
    data: list[list[Any]] = [
        [Paragraph(_markup(h), s.th if i == 0 else s.th_right) for i, h in enumerate(heads)],
        *body,
    ]
    table = Table(data, colWidths=_fitted_widths(heads, body), repeatRows=1, hAlign="LEFT")
    n = len(data)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), FONT, 8.5, 10.5),
                ("FONT", (0, n - 1), (-1, n - 1), BOLD, 8.5, 10.5),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, n - 3), 0.3, RULE),
                ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.8, ACCENT),
                ("BACKGROUND", (0, n - 1), (-1, n - 1), TINT),
                ("TOPPADDING", (0, 1), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (0, -1), 1.5 * mm),
                ("NOSPLIT", (0, n - 2), (-1, n - 1)),  # the total never stands alone on a page
            ]
        )
    )
    return table


def _fitted_widths(heads: Sequence[str], body: Sequence[Sequence[str]]) -> list[float]:
    """Each column as wide as its longest figure or heading word; what is left, shared out.

    The amounts of a year's total and a week that straddles New Year must not
    wrap, nor a heading break inside a word, in any language.
    """
    pad = 6 + 1.5 * mm  # a cell's padding on both sides, and some air
    needs = []
    for i, head in enumerate(heads):
        words = [stringWidth(printable(w), BOLD, 8) for w in head.split()]
        cells = [stringWidth(row[i], BOLD, 8.5) for row in body]
        needs.append(max([*words, *cells, 0.0]) + pad)
    spare = BODY_WIDTH - sum(needs)
    if spare < 0:  # cannot happen with real figures: shrink all alike rather than overflow
        return [need * BODY_WIDTH / sum(needs) for need in needs]
    return [needs[0] + spare * 0.2, *(need + spare * 0.8 / (len(needs) - 1) for need in needs[1:])]


def _sum_rows(rows: Sequence[Period]) -> Period:
    total = Period(rows[0].first, rows[-1].last) if rows else Period(date.min, date.min)
    return functools.reduce(Period.plus, rows, total)


def _figures_cells(row: Period) -> list[str]:
    return [
        _points(row.members_enrolled),
        _points(row.sales),
        format_euros(row.sales_cents),
        format_euros(row.campaign_sales_cents),
        campaign_share(row.campaign_sales_cents, row.sales_cents),
        _points(row.points_earned),
        _points(row.points_redeemed),
    ]


def _period_label(row: Period, labels: FigureLabels, per: int) -> str:
    """'lu 02/03/2026' for a day; '02/03–08/03/2026' for a week."""
    if not per:
        return f"{labels.weekdays[row.first.weekday()]} {row.first:%d/%m/%Y}"
    if row.first == row.last:
        return f"{row.first:%d/%m/%Y}"
    if row.first.year == row.last.year:
        return f"{row.first:%d/%m}–{row.last:%d/%m/%Y}"
    return f"{row.first:%d/%m/%Y}–{row.last:%d/%m/%Y}"


def _campaigns(figures: StoreFigures, labels: FigureLabels, s: _Styles) -> list[Any]:
    parts = _section(labels.campaigns, s)
    if not figures.campaigns:
        return [*parts, Paragraph(_markup(labels.no_campaigns), s.body)]
    rows = [[c.name, _points(c.responses), format_euros(c.sales_cents)] for c in figures.campaigns]
    heads = (labels.campaign, labels.responses, labels.sales)
    return [*parts, _list_table(heads, rows, (BODY_WIDTH - 60 * mm, 28 * mm, 32 * mm), s)]


def _gifts(figures: StoreFigures, labels: FigureLabels, s: _Styles) -> list[Any]:
    parts = _section(labels.gifts, s)
    if not figures.gifts:
        return [*parts, Paragraph(_markup(labels.no_gifts), s.body)]
    rows = [
        [
            g.name,
            _points(g.points),
            _points(g.in_stock),
            labels.out_of_stock if g.in_stock <= 0 else "",
        ]
        for g in figures.gifts
    ]
    heads = (labels.gift, labels.points, labels.in_stock, "")
    widths = (BODY_WIDTH - 85 * mm, 25 * mm, 25 * mm, 35 * mm)
    table = _list_table(heads, rows, widths, s)
    for i, gift in enumerate(figures.gifts, start=1):
        if gift.in_stock <= 0:  # out of stock: the whole row stands out
            table.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, i), (-1, i), OUT_OF_STOCK),
                        ("FONT", (2, i), (-1, i), BOLD, 8.5, 10.5),
                        ("TEXTCOLOR", (2, i), (-1, i), OUT_OF_STOCK_TEXT),
                    ]
                )
            )
    return [*parts, table]


def _incidents(figures: StoreFigures, labels: FigureLabels, s: _Styles) -> list[Any]:
    parts = _section(labels.incidents, s)
    if not figures.incidents_by_category:
        return [*parts, Paragraph(_markup(labels.no_incidents), s.body)]
    rows = [[category, _points(count)] for category, count in figures.incidents_by_category]
    heads = (labels.category, labels.open)
    return [*parts, _list_table(heads, rows, (BODY_WIDTH - 30 * mm, 30 * mm), s)]


def _list_table(
    heads: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], s: _Styles
) -> Table:
    """A plain table: names on the left (they wrap), figures on the right, heads repeated."""
    data: list[list[Any]] = [
        [Paragraph(_markup(h), s.th if i == 0 else s.th_right) for i, h in enumerate(heads)]
    ]
    for row in rows:
        data.append([Paragraph(_markup(row[0]), s.cell), *(printable(c) for c in row[1:])])
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), FONT, 8.5, 10.5),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2.6),
                ("LEFTPADDING", (0, 0), (0, -1), 1.5 * mm),
            ]
        )
    )
    return table


# --- values ---------------------------------------------------------------------


def _madrid(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(MADRID)


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, unprintable letters spelled, lines kept."""
    return escape(printable(text.strip())).replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=2)
        self.body = base
        self.club = ParagraphStyle(
            "club", base, fontName=BOLD, fontSize=8.5, textColor=ACCENT, spaceAfter=1
        )
        self.title = ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontName=BOLD, fontSize=11.5, leading=14, spaceAfter=1
        )
        self.small = ParagraphStyle(
            "small", base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0
        )
        self.note = ParagraphStyle("note", base, fontSize=9, leading=12, spaceAfter=0)
        self.heading = ParagraphStyle(
            "heading",
            base,
            fontName=BOLD,
            fontSize=11.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.tile_label = ParagraphStyle(
            "tile_label", base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=1
        )
        self.tile_value = ParagraphStyle(
            "tile_value",
            base,
            fontName=BOLD,
            fontSize=15,
            leading=18,
            textColor=ACCENT,
            spaceAfter=0,
        )
        self.tile_sub = ParagraphStyle("tile_sub", base, fontSize=8, leading=10, spaceAfter=0)
        self.th = ParagraphStyle(
            "th", base, fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT, spaceAfter=0
        )
        self.th_right = ParagraphStyle("th_right", self.th, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5, spaceAfter=0)


class _Footer:
    """Draws, on every page, what the report is (store and range), when it was made, and
    "page n of N"."""

    def __init__(self, figures: StoreFigures, labels: FigureLabels, pages: int) -> None:
        self.figures, self.labels, self.pages = figures, labels, pages

    def __call__(self, canvas: Any, _doc: Any) -> None:
        left, right = MARGIN_X, A4[0] - MARGIN_X
        f, labels = self.figures, self.labels
        page = printable(labels.page.format(page=canvas.getPageNumber(), pages=self.pages))
        days = f"{f.first_day:%d/%m/%Y}–{f.last_day:%d/%m/%Y}"
        room = right - left - stringWidth(page, FONT, 7.5) - 6 * mm
        what = printable(f"{labels.title} · {f.store_name} ({f.store_code}) · {days}")
        if stringWidth(what, FONT, 7.5) > room:  # a long store name: its code says which
            what = printable(f"{labels.title} · {f.store_code} · {days}")
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, 19 * mm, right, 19 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(left, 15 * mm, simpleSplit(what, FONT, 7.5, room)[0])
        canvas.drawString(left, 11.6 * mm, printable(_generated(f, labels)))
        canvas.drawRightString(right, 15 * mm, page)
        canvas.restoreState()
