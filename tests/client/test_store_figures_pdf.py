"""The store's figures report: what the manager reads on it, read back from the PDF."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from loyalty_core.money import format_euros
from pos_client.documents.preview import render_pages
from pos_client.documents.store_figures_pdf import (
    LABELS,
    CampaignFigures,
    DayFigures,
    GiftStockFigure,
    StoreFigures,
    campaign_share,
    render_store_figures_pdf,
)

FIRST = date(2026, 3, 2)  # a Monday
GENERATED = datetime(2026, 4, 1, 8, 15, tzinfo=UTC)  # 10:15 in Madrid (CEST)
LAST_SYNC = datetime(2026, 3, 1, 21, 10, tzinfo=UTC)  # 22:10 in Madrid (CET)
PLUM = (0x5B, 0x2A, 0x4E)
SOFT_PLUM = (0xCD, 0xB0, 0xC4)
GOLD = (0xB9, 0x8A, 0x2E)
OUT_OF_STOCK = (0xFB, 0xE3, 0xDF)
WEEK_LABEL = re.compile(r"^(\d\d/\d\d/\d{4}|\d\d/\d\d(/\d{4})?–\d\d/\d\d/\d{4})$")


def make_days(first: date, count: int) -> tuple[DayFigures, ...]:
    """Varied, made-up days: some without sales, some all with a campaign."""
    days = []
    for i in range(count):
        sales = 0 if i % 9 == 4 else 20 + (i * 7) % 13
        cents = 0 if sales == 0 else 85_000 + (i * 3719) % 60_000
        campaign = cents if i % 11 == 3 else (i % 5) * 9_013 if cents else 0
        days.append(
            DayFigures(
                day=first + timedelta(days=i),
                members_enrolled=i % 4,
                sales=sales,
                sales_cents=cents,
                campaign_sales_cents=min(campaign, cents),
                points_earned=cents // 100,
                points_redeemed=(i * 53) % 700,
            )
        )
    return tuple(days)


CAMPAIGNS = (
    CampaignFigures("Semana de la hidratación", 84, 412_350),
    CampaignFigures("Día del Padre: perfumes", 31, 198_000),
)
GIFTS = (
    GiftStockFigure("Neceser de viaje", 1500, 12),
    GiftStockFigure("Mascarilla de arcilla (muestra)", 400, 0),
    GiftStockFigure("Perfume 30 ml", 5000, 3),
)


def make_figures(count: int = 30, **changes: object) -> StoreFigures:
    figures = StoreFigures(
        store_name="Perfumerías Lumen Gràcia",
        store_code="S001",
        first_day=FIRST,
        last_day=FIRST + timedelta(days=count - 1),
        enrolled_today=3,
        enrolled_week=12,
        enrolled_month=41,
        days=make_days(FIRST, count),
        campaigns=CAMPAIGNS,
        gifts=GIFTS,
        incidents_open=4,
        incidents_by_category=(("Impresora", 2), ("Lector de tarjetas", 1), ("Sincronización", 1)),
        generated_at=GENERATED,
        language="es",
        offline_note=False,
        last_sync=None,
    )
    return replace(figures, **changes)  # type: ignore[arg-type]


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def lines_of(pdf: bytes) -> list[str]:
    return [line.strip() for text in pages_text(pdf) for line in text.splitlines() if line.strip()]


def after(lines: list[str], anchor: str, count: int = 1) -> list[str]:
    """The `count` lines that follow the first line equal to `anchor` (a table row read back)."""
    i = lines.index(anchor)
    return lines[i + 1 : i + 1 + count]


def points(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def row_values(days: list[DayFigures] | tuple[DayFigures, ...]) -> list[str]:
    """A table row's seven figures, computed here from the input."""
    cents = sum(d.sales_cents for d in days)
    campaign = sum(d.campaign_sales_cents for d in days)
    return [
        points(sum(d.members_enrolled for d in days)),
        points(sum(d.sales for d in days)),
        format_euros(cents),
        format_euros(campaign),
        campaign_share(campaign, cents),
        points(sum(d.points_earned for d in days)),
        points(sum(d.points_redeemed for d in days)),
    ]


# --- what the manager reads -----------------------------------------------------


def test_title_store_range_and_when_it_was_made() -> None:
    lines = lines_of(render_store_figures_pdf(make_figures()))

    assert lines.index("Cifras de la tienda") < lines.index("Perfumerías Lumen Gràcia (S001)")
    assert "Del 02/03/2026 al 31/03/2026 · 30 días" in lines
    assert "Generado el 01/04/2026 a las 10:15 (hora de Madrid)" in lines


def test_a_single_day_says_one_day() -> None:
    lines = lines_of(render_store_figures_pdf(make_figures(1)))
    assert "Del 02/03/2026 al 02/03/2026 · 1 día" in lines


def test_headline_boxes_add_up_the_range() -> None:
    figures = make_figures()
    lines = lines_of(render_store_figures_pdf(figures))
    days = figures.days
    cents = sum(d.sales_cents for d in days)
    campaign = sum(d.campaign_sales_cents for d in days)

    assert after(lines, "Ventas", 2) == [
        format_euros(cents),
        f"{sum(d.sales for d in days)} tickets",
    ]
    assert after(lines, "Ventas con campaña", 2) == [
        campaign_share(campaign, cents),
        format_euros(campaign),
    ]
    assert after(lines, "Puntos otorgados") == [points(sum(d.points_earned for d in days))]
    assert after(lines, "Puntos canjeados") == [points(sum(d.points_redeemed for d in days))]
    assert after(lines, "Altas hoy") == ["3"]
    assert after(lines, "Altas esta semana") == ["12"]
    assert after(lines, "Altas este mes") == ["41"]
    assert after(lines, "Incidencias abiertas") == ["4"]


def test_the_campaign_share_has_one_decimal() -> None:
    days = (
        DayFigures(FIRST, 0, 10, 10_000, 0, 100, 0),
        DayFigures(FIRST + timedelta(days=1), 0, 6, 6_000, 6_000, 60, 0),
    )
    figures = make_figures(2, days=days)  # 6.000 of 16.000 cents
    lines = lines_of(render_store_figures_pdf(figures))

    assert after(lines, "Ventas con campaña", 2) == ["37,5 %", "60,00 €"]
    assert after(lines, "Total", 7) == ["0", "16", "160,00 €", "60,00 €", "37,5 %", "160", "0"]


@pytest.mark.parametrize(
    ("part", "whole", "shown"),
    [
        (3, 8, "37,5 %"),
        (1, 3, "33,3 %"),
        (2, 3, "66,7 %"),
        (1, 16, "6,3 %"),  # 6.25 rounds half up (a float would print 6.2)
        (1, 1600, "0,1 %"),  # 0.0625
        (0, 500, "0,0 %"),
        (500, 500, "100,0 %"),
        (0, 0, "—"),  # no sales: no share
        (10, -5, "—"),
    ],
)
def test_campaign_share_rounds_half_up(part: int, whole: int, shown: str) -> None:
    assert campaign_share(part, whole) == shown


def test_each_day_has_a_row_and_the_total_is_their_sum() -> None:
    figures = make_figures()
    lines = lines_of(render_store_figures_pdf(figures))

    weekdays = LABELS["es"].weekdays
    for day in figures.days:
        label = f"{weekdays[day.day.weekday()]} {day.day:%d/%m/%Y}"
        assert after(lines, label, 7) == row_values([day]), label
    assert after(lines, "Total", 7) == row_values(figures.days)
    assert "Cifras por día" in lines and "Ventas por día" in lines


def test_a_missing_day_counts_as_a_day_without_activity() -> None:
    figures = make_figures(7)
    figures = replace(figures, days=figures.days[:3] + figures.days[4:])
    lines = lines_of(render_store_figures_pdf(figures))

    assert after(lines, "ju 05/03/2026", 7) == ["0", "0", "0,00 €", "0,00 €", "—", "0", "0"]
    assert after(lines, "Total", 7) == row_values(figures.days)


def test_a_day_outside_the_range_is_left_out() -> None:
    figures = make_figures(7)
    stray = replace(figures.days[0], day=FIRST - timedelta(days=1), sales_cents=999_999)
    lines = lines_of(render_store_figures_pdf(replace(figures, days=(stray, *figures.days))))
    assert after(lines, "Total", 7) == row_values(figures.days)


def _weeks(figures: StoreFigures) -> list[tuple[date, date]]:
    """Monday-to-Sunday weeks cut to the range, worked out here independently."""
    weeks: list[tuple[date, date]] = []
    day = figures.first_day
    while day <= figures.last_day:
        sunday = day + timedelta(days=6 - day.weekday())
        weeks.append((day, min(sunday, figures.last_day)))
        day = sunday + timedelta(days=1)
    return weeks


def _week_label(first: date, last: date) -> str:
    if first == last:
        return f"{first:%d/%m/%Y}"
    if first.year == last.year:
        return f"{first:%d/%m}–{last:%d/%m/%Y}"
    return f"{first:%d/%m/%Y}–{last:%d/%m/%Y}"


@pytest.mark.parametrize("first", [FIRST, date(2026, 3, 1), date(2025, 12, 10)])
def test_ninety_days_are_shown_per_week(first: date) -> None:
    figures = make_figures(90, first_day=first, last_day=first + timedelta(days=89))
    figures = replace(figures, days=make_days(first, 90))
    lines = lines_of(render_store_figures_pdf(figures))

    weeks = _weeks(figures)
    assert len(weeks) in (13, 14)
    assert [line for line in lines if WEEK_LABEL.match(line)] == [
        _week_label(a, b) for a, b in weeks
    ]
    for a, b in weeks:
        in_week = [d for d in figures.days if a <= d.day <= b]
        assert after(lines, _week_label(a, b), 7) == row_values(in_week)
    assert after(lines, "Total", 7) == row_values(figures.days)
    assert "Cifras por semana" in lines
    assert "Ventas por semana" in lines
    assert "Puntos por semana" in lines
    assert not any(line.startswith(("lu ", "ma ", "do ")) for line in lines)


def test_62_days_are_per_day_and_63_per_week() -> None:
    lines = lines_of(render_store_figures_pdf(make_figures(62)))
    assert "Cifras por día" in lines and "lu 02/03/2026" in lines
    lines = lines_of(render_store_figures_pdf(make_figures(63)))
    assert "Cifras por semana" in lines and "02/03–08/03/2026" in lines


def test_a_year_flows_over_pages_with_the_heading_repeated() -> None:
    figures = make_figures(370)
    texts = pages_text(render_store_figures_pdf(figures))
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]

    assert len(texts) >= 2
    for n, text in enumerate(texts, start=1):
        assert f"Página {n} de {len(texts)}" in text
    table_pages = [t for t in texts if any(WEEK_LABEL.match(x.strip()) for x in t.splitlines())]
    assert len(table_pages) >= 2
    for text in table_pages:  # each page of the table starts with its heading
        assert {"Semana", "Importe", "Puntos"} <= {x.strip() for x in text.splitlines()}
    assert after(lines, "Total", 7) == row_values(figures.days)
    assert "28/12/2026–03/01/2027" in lines  # a week across New Year keeps both years


def test_large_amounts_keep_their_thousands() -> None:
    days = tuple(
        replace(d, sales_cents=123_456_789, campaign_sales_cents=0) for d in make_days(FIRST, 2)
    )
    lines = lines_of(render_store_figures_pdf(make_figures(2, days=days)))
    assert after(lines, "Ventas") == ["2.469.135,78 €"]
    assert "1.234.567,89 €" in lines


def test_the_campaigns() -> None:
    lines = lines_of(render_store_figures_pdf(make_figures()))
    assert after(lines, "Semana de la hidratación", 2) == ["84", "4.123,50 €"]
    assert after(lines, "Día del Padre: perfumes", 2) == ["31", "1.980,00 €"]
    lines = lines_of(render_store_figures_pdf(make_figures(campaigns=())))
    assert "No hubo campañas en estas fechas." in lines


def test_gifts_in_stock_and_the_one_out_of_stock_stands_out() -> None:
    pdf = render_store_figures_pdf(make_figures())
    lines = lines_of(pdf)

    assert after(lines, "Neceser de viaje", 2) == ["1.500", "12"]
    assert after(lines, "Mascarilla de arcilla (muestra)", 3) == ["400", "0", "Agotado"]
    assert after(lines, "Perfume 30 ml", 2) == ["5.000", "3"]
    assert lines.count("Agotado") == 1
    last = render_pages(pdf, dpi=100)[-1]
    assert _count_near(last, OUT_OF_STOCK, 6) > 2000  # the row's background

    pdf = render_store_figures_pdf(make_figures(gifts=GIFTS[:1]))
    assert "Agotado" not in lines_of(pdf)
    assert all(_count_near(page, OUT_OF_STOCK, 6) == 0 for page in render_pages(pdf, dpi=60))


def test_open_incidents_by_category() -> None:
    lines = lines_of(render_store_figures_pdf(make_figures()))
    assert after(lines, "Incidencias abiertas por categoría", 2) == ["Categoría", "Abiertas"]
    assert after(lines, "Impresora") == ["2"]
    assert after(lines, "Lector de tarjetas") == ["1"]
    lines = lines_of(render_store_figures_pdf(make_figures(incidents_by_category=())))
    assert "No hay incidencias abiertas." in lines


def test_the_offline_note_only_when_asked() -> None:
    def text(**changes: object) -> str:
        pdf = render_store_figures_pdf(replace(make_figures(), **changes))  # type: ignore[arg-type]
        return " ".join(" ".join(pages_text(pdf)).split())

    assert "Cifras de este dispositivo" not in text()
    assert (
        "Cifras de este dispositivo y lo sincronizado hasta el 01/03/2026 a las 22:10 "
        "(hora de Madrid)" in text(offline_note=True, last_sync=LAST_SYNC)
    )
    assert "aún no se ha sincronizado con la central" in text(offline_note=True)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "es",
            [
                "Cifras de la tienda",
                "Del 02/03/2026 al 31/03/2026 · 30 días",
                "Resumen",
                "Ventas con campaña",
                "Altas esta semana",
                "Ventas por día",
                "Puntos por día",
                "Cifras por día",
                "Campañas",
                "Regalos en stock",
                "Agotado",
                "Incidencias abiertas por categoría",
                "Página 1 de 2",
            ],
        ),
        (
            "ca",
            [
                "Xifres de la botiga",
                "Del 02/03/2026 al 31/03/2026 · 30 dies",
                "Resum",
                "Vendes amb campanya",
                "Altes aquesta setmana",
                "Vendes per dia",
                "Punts per dia",
                "Xifres per dia",
                "Campanyes",
                "Regals en estoc",
                "Esgotat",
                "Incidències obertes per categoria",
                "Pàgina 1 de 2",
                "dl 02/03/2026",
            ],
        ),
        (
            "en",
            [
                "Store figures",
                "From 02/03/2026 to 31/03/2026 · 30 days",
                "Summary",
                "Sales with a campaign",
                "New members this week",
                "Sales per day",
                "Points per day",
                "Figures per day",
                "Campaigns",
                "Gifts in stock",
                "Out of stock",
                "Open incidents by category",
                "Page 1 of 2",
                "Mon 02/03/2026",
            ],
        ),
    ],
)
def test_labels_are_in_the_screens_language(language: str, expected: list[str]) -> None:
    figures = make_figures(language=language)
    lines = lines_of(render_store_figures_pdf(figures))
    for line in expected:
        assert line in lines, line
    cents = sum(d.sales_cents for d in figures.days)
    assert format_euros(cents) in lines


def test_an_unknown_language_prints_in_spanish() -> None:
    assert "Cifras de la tienda" in lines_of(render_store_figures_pdf(make_figures(language="fr")))


def test_nothing_empty_prints_none() -> None:
    figures = make_figures(
        1,
        days=(),
        campaigns=(),
        gifts=(),
        incidents_by_category=(),
        offline_note=True,
    )
    text = "\n".join(pages_text(render_store_figures_pdf(figures)))
    assert "None" not in text
    assert "Sin ventas en estas fechas" in text
    assert "La tienda no tiene regalos en su catálogo." in text


def test_same_figures_same_bytes() -> None:
    first = render_store_figures_pdf(make_figures())
    assert first.startswith(b"%PDF-")
    assert render_store_figures_pdf(make_figures()) == first
    assert render_store_figures_pdf(make_figures(enrolled_today=4)) != first


# --- what the manager sees ------------------------------------------------------


def _count_near(image: Image.Image, target: tuple[int, int, int], tolerance: int = 24) -> int:
    pixels = np.asarray(image.convert("RGB")).astype(int)
    return int((np.abs(pixels - np.array(target)).max(axis=2) < tolerance).sum())


def _rows_with(image: Image.Image, target: tuple[int, int, int]) -> int:
    """How many pixel rows show the colour: a line that rises and falls spans many."""
    pixels = np.asarray(image.convert("RGB")).astype(int)
    return int((np.abs(pixels - np.array(target)).max(axis=2) < 24).any(axis=1).sum())


@pytest.mark.parametrize("count", [30, 90])
def test_the_charts_have_ink(count: int) -> None:
    page = render_pages(render_store_figures_pdf(make_figures(count)), dpi=100)[0]
    assert abs(page.width - 827) <= 1 and abs(page.height - 1169) <= 1  # A4 at 100 dpi
    # Under the headline boxes and above the table: the two charts. Without any
    # activity the same regions hold about 1,000 pixels of plum (legend, base line)
    # and some 25 rows of it.
    sales = page.crop((0, int(page.height * 0.38), page.width, int(page.height * 0.58)))
    points_chart = page.crop((0, int(page.height * 0.60), page.width, int(page.height * 0.76)))
    assert _count_near(sales, PLUM) > 5000  # the campaign part of the bars
    assert _count_near(sales, SOFT_PLUM) > 20_000  # the rest of the bars
    assert _rows_with(points_chart, GOLD) > 20  # the redeemed line
    assert _rows_with(points_chart, PLUM) > 45  # the earned line


def test_every_page_has_ink_and_nothing_runs_into_the_footer() -> None:
    dpi = 100
    px_per_mm = dpi / 25.4
    for pdf in (
        render_store_figures_pdf(make_figures(30)),
        render_store_figures_pdf(make_figures(370)),
    ):
        for page in render_pages(pdf, dpi=dpi):
            assert int((np.asarray(page.convert("L")) < 200).sum()) > 2000
            band = page.crop(
                (
                    0,
                    page.height - int(25.5 * px_per_mm),
                    page.width,
                    page.height - int(20 * px_per_mm),
                )
            )
            assert int(np.asarray(band.convert("L")).min()) > 245
