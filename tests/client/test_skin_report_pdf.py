"""The customer's skin-care report: what the customer reads on it, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from loyalty_core.habits import Step
from loyalty_core.money import format_euros
from loyalty_core.skin import Concern, FaceArea, Sensitivity, SkinType
from pos_client.documents.preview import render_pages
from pos_client.documents.skin_report_pdf import (
    LABELS,
    ReportLevel,
    ReportProduct,
    SkinReport,
    render_skin_report_pdf,
)

DIAGNOSED = datetime(2026, 3, 15, 17, 42, tzinfo=UTC)  # 18:42 in Madrid (CET)
PREVIOUS = datetime(2026, 1, 20, 11, 0, tzinfo=UTC)
APPOINTMENT = datetime(2026, 4, 16, 15, 30, tzinfo=UTC)  # 17:30 in Madrid (CEST)
ROUTINE = (
    ReportProduct("cleansing", "Gel limpiador suave", "Lumen Skin", 1895, "Limpia sin resecar."),
    ReportProduct("serum", "Sérum hialurónico", "Hydra Lab", 3495, "Aporta agua a las mejillas."),
    ReportProduct(
        "moisturiser", "Crema matificante", "Lumen Skin", 2950, "Sin brillo en la zona T."
    ),
    ReportProduct("sun_protection", "Fluido SPF 50", "SolBrisa", 2275, "Su fototipo lo pide."),
    ReportProduct(None, "Mascarilla de arcilla", "Terra", 1550, "Una vez por semana."),
)
TOTAL = "121,65 €"


def make_report(**changes: object) -> SkinReport:
    report = SkinReport(
        customer_name="Maria Núñez Martí",
        card_number="2900012345678",
        language="es",
        store_name="Perfumerías Lumen Gràcia",
        advisor_name="Laia Puig",
        diagnosed_at=DIAGNOSED,
        previous_at=PREVIOUS,
        skin_type="combination",
        sensitivity="medium",
        phototype=3,
        concerns=("spots", "pores", "dehydration"),
        areas=("forehead", "nose", "cheeks"),
        levels=(ReportLevel("hydration", 48, 36), ReportLevel("oiliness", 55, 60)),
        notes="La piel ha mejorado desde enero.\nSiga con el sérum.\n\nNo exfolie a diario.",
        routine=ROUTINE,
        next_appointment=APPOINTMENT,
        history=(
            (date(2025, 9, 10), 30, 66),
            (date(2025, 11, 5), 33, None),
            (date(2026, 1, 20), 36, 60),
        ),
    )
    return replace(report, **changes)  # type: ignore[arg-type]


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def lines_of(pdf: bytes) -> list[str]:
    return [line.strip() for text in pages_text(pdf) for line in text.splitlines() if line.strip()]


def after(lines: list[str], anchor: str, count: int) -> list[str]:
    """The `count` lines that follow the first line equal to `anchor` (a table row read back)."""
    i = lines.index(anchor)
    return lines[i + 1 : i + 1 + count]


def test_header_names_the_customer_card_date_store_and_advisor() -> None:
    lines = lines_of(render_skin_report_pdf(make_report()))

    assert "Su informe de cuidado de la piel" in lines
    assert "Maria Núñez Martí" in lines
    assert after(lines, "Nº de tarjeta", 1) == ["2900012345678"]
    assert after(lines, "Fecha", 1) == ["15 de marzo de 2026"]
    assert after(lines, "Tienda", 1) == ["Perfumerías Lumen Gràcia"]
    assert after(lines, "Atendido por", 1) == ["Laia Puig"]


def test_the_date_is_the_madrid_day() -> None:
    late = datetime(2026, 6, 30, 22, 30, tzinfo=UTC)  # already 1 July in Madrid
    lines = lines_of(render_skin_report_pdf(make_report(diagnosed_at=late)))
    assert after(lines, "Fecha", 1) == ["1 de julio de 2026"]


def test_the_diagnostic_is_in_words() -> None:
    lines = lines_of(render_skin_report_pdf(make_report()))

    assert after(lines, "Tipo de piel", 1) == ["Mixta"]
    assert after(lines, "Sensibilidad", 1) == ["Media"]
    assert after(lines, "Fototipo", 1) == ["III (a veces se quema, se broncea poco a poco)"]
    assert after(lines, "Lo que le preocupa", 1) == ["Manchas, poros dilatados y deshidratación"]
    assert after(lines, "Zonas tratadas", 1) == ["Frente, nariz y mejillas"]


def test_levels_beside_the_last_visit_with_the_change() -> None:
    lines = lines_of(render_skin_report_pdf(make_report()))

    assert "(20/01/2026)" in lines  # the last visit's day, in the column heading
    assert after(lines, "Hidratación", 3) == ["48", "36", "+12"]
    assert after(lines, "Grasa", 3) == ["55", "60", "-5"]


def test_an_unmeasured_level_shows_a_dash_and_no_change() -> None:
    levels = (ReportLevel("hydration", 50, 50), ReportLevel("oiliness", 40, None))
    lines = lines_of(render_skin_report_pdf(make_report(levels=levels)))

    assert after(lines, "Hidratación", 3) == ["50", "50", "0"]
    assert after(lines, "Grasa", 3) == ["40", "—", "—"]


def test_a_first_visit_says_so_and_draws_bars_not_a_chart() -> None:
    report = make_report(
        previous_at=None,
        history=(),
        levels=(ReportLevel("hydration", 48, None), ReportLevel("oiliness", 55, None)),
    )
    text = "\n".join(pages_text(render_skin_report_pdf(report)))

    assert "Es su primera medición" in text
    assert "Su evolución" not in text


def test_the_chart_shows_each_earlier_visit_and_today() -> None:
    lines = lines_of(render_skin_report_pdf(make_report()))

    progress = lines.index("Su evolución")
    chart = lines[progress : progress + 12]
    assert [line for line in chart if line in ("10/09/25", "05/11/25", "20/01/26", "Hoy")] == [
        "10/09/25",
        "05/11/25",
        "20/01/26",
        "Hoy",
    ]


def test_each_product_with_its_brand_price_and_reason_and_the_total() -> None:
    lines = lines_of(render_skin_report_pdf(make_report()))

    for product in ROUTINE:
        assert after(lines, f"{product.name} · {product.brand}", 2) == [
            product.reason,
            format_euros(product.price_cents),
        ]
    assert after(lines, "Total de la rutina", 1) == [TOTAL]
    for step in ("Limpieza", "Sérum", "Hidratante", "Protección solar", "Complemento"):
        assert step in lines


def test_prices_are_spanish_euros_from_integer_cents() -> None:
    routine = (
        ReportProduct("serum", "Sérum de lujo", "Maison", 123456, "Un capricho."),
        ReportProduct("toner", "Tónico", "Lumen Skin", 5, "Casi regalado."),
    )
    lines = lines_of(render_skin_report_pdf(make_report(routine=routine)))

    assert "1.234,56 €" in lines
    assert "0,05 €" in lines
    assert after(lines, "Total de la rutina", 1) == ["1.234,61 €"]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (APPOINTMENT, "jueves, 16 de abril de 2026, a las 17:30 h (hora de Madrid)"),
        (
            datetime(2026, 1, 15, 16, 0, tzinfo=UTC),  # winter: UTC+1
            "jueves, 15 de enero de 2026, a las 17:00 h (hora de Madrid)",
        ),
        (
            datetime(2026, 6, 30, 22, 30, tzinfo=UTC),  # summer, past midnight in Madrid
            "miércoles, 1 de julio de 2026, a las 00:30 h (hora de Madrid)",
        ),
    ],
)
def test_the_next_appointment_in_madrid_time(moment: datetime, expected: str) -> None:
    lines = lines_of(render_skin_report_pdf(make_report(next_appointment=moment)))
    assert after(lines, "Su próxima cita", 1) == [expected]


def test_without_an_appointment_it_invites_to_book() -> None:
    lines = lines_of(render_skin_report_pdf(make_report(next_appointment=None)))
    assert after(lines, "Su próxima cita", 1) == [
        "Aún no tiene cita. Pídala en Perfumerías Lumen Gràcia o en cualquier tienda "
        "Perfumerías Lumen."
    ]


def test_the_notes_keep_their_lines() -> None:
    lines = lines_of(render_skin_report_pdf(make_report()))
    assert after(lines, "Observaciones", 3) == [
        "La piel ha mejorado desde enero.",
        "Siga con el sérum.",
        "No exfolie a diario.",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "es",
            [
                "Su informe de cuidado de la piel",
                "Su diagnóstico",
                "Sus niveles",
                "Su evolución",
                "Su rutina recomendada",
                "Total de la rutina",
                "Su próxima cita",
                "Observaciones",
                "Mixta",
                "Manchas, poros dilatados y deshidratación",
                "Frente, nariz y mejillas",
                "Hidratación",
                "jueves, 16 de abril de 2026, a las 17:30 h (hora de Madrid)",
                "Página 1 de 2",
            ],
        ),
        (
            "ca",
            [
                "El seu informe de cura de la pell",
                "El seu diagnòstic",
                "Els seus nivells",
                "La seva evolució",
                "La seva rutina recomanada",
                "Total de la rutina",
                "La seva propera cita",
                "Observacions",
                "Mixta",
                "Taques, porus dilatats i deshidratació",
                "Front, nas i galtes",
                "Hidratació",
                "dijous, 16 d'abril de 2026, a les 17:30 h (hora de Madrid)",
                "Pàgina 1 de 2",
            ],
        ),
        (
            "en",
            [
                "Your skin care report",
                "Your diagnostic",
                "Your levels",
                "Your progress",
                "Your recommended routine",
                "Routine total",
                "Your next appointment",
                "Advisor's notes",
                "Combination",
                "Dark spots, enlarged pores and dehydration",
                "Forehead, nose and cheeks",
                "Hydration",
                "Thursday 16 April 2026, at 17:30 (Madrid time)",
                "Page 1 of 2",
            ],
        ),
    ],
)
def test_labels_are_in_the_customers_language(language: str, expected: list[str]) -> None:
    lines = lines_of(render_skin_report_pdf(make_report(language=language)))
    for line in expected:
        assert line in lines, line
    assert TOTAL in lines


def test_an_unknown_language_prints_in_spanish() -> None:
    lines = lines_of(render_skin_report_pdf(make_report(language="fr")))
    assert "Su informe de cuidado de la piel" in lines


@pytest.mark.parametrize("language", ["es", "ca", "en"])
def test_every_value_has_words_in_every_language(language: str) -> None:
    labels = LABELS[language]
    assert set(labels.skin_types) == {v.value for v in SkinType}
    assert set(labels.sensitivities) == {v.value for v in Sensitivity}
    assert set(labels.concern_names) == {v.value for v in Concern}
    assert set(labels.area_names) == {v.value for v in FaceArea}
    assert set(labels.step_names) == {v.value for v in Step}
    assert set(labels.phototypes) == {1, 2, 3, 4, 5, 6}
    assert set(labels.level_names) == {"hydration", "oiliness"}
    assert len(labels.months.split()) == 12
    assert len(labels.weekdays) == 7


@pytest.mark.parametrize("language", ["es", "ca", "en"])
def test_every_vocabulary_word_prints(language: str) -> None:
    """All skin types, concerns, areas and steps at once, each in words."""
    labels = LABELS[language]
    routine = tuple(ReportProduct(step.value, f"P-{step.value}", "B", 100, "r") for step in Step)
    report = make_report(
        language=language,
        concerns=tuple(Concern),
        areas=tuple(FaceArea),
        routine=routine,
        sensitivity="high",
        phototype=6,
    )
    text = " ".join(" ".join(pages_text(render_skin_report_pdf(report))).split())

    for step in Step:
        assert labels.step_names[step.value] in text
    for concern in list(Concern)[1:]:
        word = labels.concern_names[concern.value]
        assert word[0].lower() + word[1:] in text
    for area in list(FaceArea)[1:]:
        word = labels.area_names[area.value]
        assert word[0].lower() + word[1:] in text
    assert f"VI ({labels.phototypes[6]})" in text
    assert labels.sensitivities["high"] in text


def test_same_report_same_bytes() -> None:
    first = render_skin_report_pdf(make_report())
    assert render_skin_report_pdf(make_report()) == first
    assert first.startswith(b"%PDF-")
    assert render_skin_report_pdf(make_report(customer_name="Otra Persona")) != first


def long_report() -> SkinReport:
    sentence = "La zona T brilla a media mañana; use el papel matificante y no la polvera. "
    notes = (sentence * 40)[:1990] + "\nFIN-NOTAS"
    assert len(notes) == 2000
    routine = tuple(
        ReportProduct(
            list(Step)[i % len(Step)].value,
            f"Producto número {i + 1:02d}",
            "Marca Lumen",
            1000 + 111 * i,
            f"Motivo del producto {i + 1:02d}, en una línea.",
        )
        for i in range(12)
    )
    return make_report(notes=notes, routine=routine)


def test_long_notes_and_twelve_products_paginate() -> None:
    report = long_report()
    pdf = render_skin_report_pdf(report)
    texts = pages_text(pdf)
    lines = lines_of(pdf)

    assert len(texts) > 1
    for product in report.routine:
        assert after(lines, f"{product.name} · {product.brand}", 2) == [
            product.reason,
            format_euros(product.price_cents),
        ]
    total = sum(product.price_cents for product in report.routine)
    assert after(lines, "Total de la rutina", 1) == [format_euros(total)]
    assert "FIN-NOTAS" in lines
    for n, text in enumerate(texts, start=1):
        assert f"Página {n} de {len(texts)}" in text
        assert "Puede retirarlo en cualquier tienda." in text
    assert "Maria Núñez Martí" in texts[-1]  # the running head names the customer


def test_nothing_overflows_into_the_footer() -> None:
    """Between the content's bottom margin and the footer's rule the page stays white."""
    dpi = 100
    px_per_mm = dpi / 25.4
    for pdf in (render_skin_report_pdf(long_report()), render_skin_report_pdf(make_report())):
        for page in render_pages(pdf, dpi=dpi):
            band = page.crop(
                (
                    0,
                    page.height - int(25.5 * px_per_mm),
                    page.width,
                    page.height - int(20 * px_per_mm),
                )
            )
            assert band.convert("L").getextrema()[0] > 245


def empty_report(language: str) -> SkinReport:
    return make_report(
        language=language,
        card_number=None,
        previous_at=None,
        sensitivity=None,
        phototype=None,
        concerns=(),
        areas=(),
        levels=(ReportLevel("hydration", None, None), ReportLevel("oiliness", 40, None)),
        notes="",
        routine=(),
        next_appointment=None,
        history=(),
    )


@pytest.mark.parametrize("language", ["es", "ca", "en"])
def test_nothing_empty_prints_none(language: str) -> None:
    for report in (
        empty_report(language),
        replace(empty_report(language), levels=()),
        make_report(language=language, history=((date(2025, 1, 1), None, None),)),
    ):
        text = "\n".join(pages_text(render_skin_report_pdf(report)))
        assert "None" not in text
        assert "null" not in text


def test_an_empty_report_says_what_is_missing() -> None:
    lines = lines_of(render_skin_report_pdf(empty_report("es")))

    assert "Nº de tarjeta" not in lines
    assert after(lines, "Sensibilidad", 1) == ["Sin evaluar"]
    assert after(lines, "Fototipo", 1) == ["Sin evaluar"]
    assert after(lines, "Lo que le preocupa", 1) == ["Ninguna señalada"]
    assert "Hoy no se le ha recomendado ningún producto." in lines
    assert "Total de la rutina" not in lines
    assert "Observaciones" not in lines
    lines = lines_of(render_skin_report_pdf(replace(empty_report("es"), levels=())))
    assert "Hoy no se han medido niveles." in lines


def test_values_from_a_newer_version_print_readably() -> None:
    report = make_report(
        skin_type="very_dry",
        concerns=("sun_damage",),
        routine=(ReportProduct("lip_care", "Bálsamo", "Lumen", 650, "Labios secos."),),
    )
    lines = lines_of(render_skin_report_pdf(report))

    assert after(lines, "Tipo de piel", 1) == ["Very dry"]
    assert after(lines, "Lo que le preocupa", 1) == ["Sun damage"]
    assert "Lip care" in lines


def test_accented_names_survive() -> None:
    report = make_report(
        customer_name="Núria Martí Núñez-Cal·la",
        advisor_name="Ŀluïsa Gómez",  # L with a middle dot, outside Windows-1252
        store_name="Perfumerías Lumen Sant Cugat del Vallès",
    )
    pdf = render_skin_report_pdf(report)
    lines = lines_of(pdf)
    text = " ".join(" ".join(pages_text(pdf)).split())

    assert "Núria Martí Núñez-Cal·la" in lines
    assert "L·luïsa Gómez" in lines
    assert "Perfumerías Lumen Sant Cugat del Vallès" in text  # wraps in its box


def test_pages_render_and_are_not_blank() -> None:
    plum = (0x5B, 0x2A, 0x4E)
    for pdf in (render_skin_report_pdf(make_report()), render_skin_report_pdf(long_report())):
        pages = render_pages(pdf, dpi=60)
        assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
        for page in pages:
            assert abs(page.width - 496) <= 1 and abs(page.height - 702) <= 1  # A4 at 60 dpi
            assert int((np.asarray(page.convert("L")) < 200).sum()) > 2000
        assert (
            _count_near(pages[0], plum) > 500
        )  # the headings, the bars and the chart in the club's colour


def test_the_chart_draws_both_series() -> None:
    page = render_pages(render_skin_report_pdf(make_report()), dpi=100)[0]
    right_half = page.crop((page.width // 2, 0, page.width, page.height // 2))
    gold = (0xB9, 0x8A, 0x2E)
    assert _count_near(right_half, gold) > 30


def _count_near(image: Image.Image, target: tuple[int, int, int]) -> int:
    pixels = np.asarray(image.convert("RGB")).astype(int)
    return int((np.abs(pixels - np.array(target)).max(axis=2) < 24).sum())
