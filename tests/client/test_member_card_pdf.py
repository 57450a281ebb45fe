"""The printable member card: its size, what it says, and that scanners read it."""

from __future__ import annotations

import io
import itertools
import shutil
import subprocess
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader
from pyzbar import pyzbar

from loyalty_core.member_card import make_card_number
from pos_client.devices.decoder import Decoded, decode_file, decode_frame
from pos_client.documents.member_card_pdf import MemberCardDocument, render_member_card_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed",
)

NUMBER = make_card_number(1, 17)  # 2900010000176
MM = 72 / 25.4


def card(**fields: object) -> MemberCardDocument:
    base: dict[str, object] = dict(
        card_number=NUMBER,
        holder_name="María José Núñez Pujol·la",
        member_since=date(2026, 3, 15),
    )
    base.update(fields)
    return MemberCardDocument(**base)  # type: ignore[arg-type]


def _raster(data: bytes, tmp_path: Path, dpi: int) -> Path:
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(data)
    prefix = tmp_path / f"card-{dpi}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    return prefix.with_suffix(".png")


def _text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def _runs(row: np.ndarray) -> list[tuple[bool, int]]:
    """(is ink, length) of each run of equal pixels along a row."""
    ink = row < 128
    edges = np.flatnonzero(np.diff(ink.astype(np.int8))) + 1
    bounds = [0, *edges.tolist(), len(ink)]
    return [(bool(ink[a]), b - a) for a, b in itertools.pairwise(bounds)]


def test_the_page_is_an_id1_card() -> None:
    page = PdfReader(io.BytesIO(render_member_card_pdf(card()))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(85.6 * MM, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(54 * MM, abs=0.01)


@pytest.mark.parametrize("dpi", [300, 600])
def test_the_counters_decoder_and_zbar_read_the_card(dpi: int, tmp_path: Path) -> None:
    png = _raster(render_member_card_pdf(card()), tmp_path, dpi)
    assert decode_file(png) == [Decoded(NUMBER, "EAN13")]
    with Image.open(png) as image:
        reads = pyzbar.decode(image)
    assert [(r.data.decode(), r.type) for r in reads] == [(NUMBER, "EAN13")]


def test_a_camera_sized_frame_of_the_card_reads_too(tmp_path: Path) -> None:
    """The card held up to a webcam fills part of a frame at about 150 dpi."""
    png = _raster(render_member_card_pdf(card()), tmp_path, 150)
    with Image.open(png) as image:
        frame = Image.new("L", (1280, 720), 200)
        frame.paste(image, (300, 200))
    # Whether it reads, not how fast (bench/bench_decode.py measures that): a budget
    # a loaded test machine cannot overrun.
    assert decode_frame(np.array(frame), budget_ms=10_000) == [Decoded(NUMBER, "EAN13")]


def test_modules_are_at_least_0_3_mm_and_quiet_zones_are_kept(tmp_path: Path) -> None:
    dpi = 600
    png = _raster(render_member_card_pdf(card()), tmp_path, dpi)
    grey = np.array(Image.open(png).convert("L"))
    # The rows that cross the 30 bars of an EAN-13 (two per guard, two per digit), in the
    # card's lower half: at least 12 mm of them, and one from their middle is measured.
    lower = grey[grey.shape[0] // 2 :]
    through = [y for y, row in enumerate(lower) if sum(ink for ink, _ in _runs(row)) == 30]
    assert len(through) >= 12 / 25.4 * dpi
    runs = _runs(lower[through[len(through) // 2]])
    bars = [(i, length) for i, (ink, length) in enumerate(runs) if ink]
    narrowest = min(length for _, length in bars) / dpi * 25.4
    assert narrowest >= 0.3
    module = sum(length for _, length in runs[bars[0][0] : bars[-1][0] + 1]) / 95
    assert module / dpi * 25.4 == pytest.approx(0.339, abs=0.01)
    left_quiet = runs[bars[0][0] - 1][1]
    right_quiet = runs[bars[-1][0] + 1][1]
    assert left_quiet >= 11 * module and right_quiet >= 7 * module


def test_the_card_says_who_and_since_when(tmp_path: Path) -> None:
    text = _text(render_member_card_pdf(card()), tmp_path)
    rows = [" ".join(row.split()) for row in text.splitlines() if row.strip()]
    assert "María José Núñez Pujol·la" in rows
    assert "Miembro desde 03/2026" in rows
    assert any(row.startswith("Club Lumen") for row in rows)
    assert "2 900010 000176" in rows  # the digits under the bars, grouped the EAN-13 way


@pytest.mark.parametrize(
    ("language", "words"),
    [("ca", "Membre des de 03/2026"), ("en", "Member since 03/2026"), ("fr", "Miembro desde")],
)
def test_the_fixed_words_follow_the_holders_language(
    language: str, words: str, tmp_path: Path
) -> None:
    assert words in _text(render_member_card_pdf(card(language=language)), tmp_path)


def test_a_name_too_long_for_the_card_is_cut_and_the_card_still_reads(tmp_path: Path) -> None:
    data = render_member_card_pdf(card(holder_name="Núñez " * 2000))
    text = _text(data, tmp_path)
    assert "Núñez Núñez" in text and "…" in text
    assert decode_file(_raster(data, tmp_path, 300)) == [Decoded(NUMBER, "EAN13")]


def test_emoji_in_a_name_are_dropped(tmp_path: Path) -> None:
    text = _text(render_member_card_pdf(card(holder_name="Ana 💄 García")), tmp_path)
    assert "Ana García" in " ".join(text.split())
    assert "\ufffd" not in text


def test_the_same_card_renders_the_same_bytes() -> None:
    assert render_member_card_pdf(card()) == render_member_card_pdf(card())
    other = make_card_number(1, 18)
    assert render_member_card_pdf(card()) != render_member_card_pdf(card(card_number=other))


@pytest.mark.parametrize("number", ["2900010000177", "29000100001", "8412345000014x"])
def test_a_number_that_is_not_an_ean13_is_refused(number: str) -> None:
    with pytest.raises(ValueError, match="EAN-13"):
        render_member_card_pdf(card(card_number=number))


def test_the_card_renders_for_a_person_to_look_at(tmp_path: Path) -> None:
    look = Path("/tmp/look")
    look.mkdir(parents=True, exist_ok=True)
    png = _raster(render_member_card_pdf(card()), tmp_path, 300)
    shutil.copy(png, look / "test_member_card.png")
    with Image.open(png) as image:
        width, height = image.size
    assert abs(width - 1011) <= 1 and abs(height - 638) <= 1  # 85.6 x 54 mm at 300 dpi
