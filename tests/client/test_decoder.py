"""Barcode decoding on the shared photos, the presentation filter, and the camera thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from conftest import SHARED_DATA
from PIL import Image

from pos_client.devices import decoder
from pos_client.devices.camera import CameraScanner
from pos_client.devices.decoder import Decoded, PresentationFilter, decode_file, decode_frame

BARCODES = SHARED_DATA / "barcodes"

# Measured: 36/36 with decode_file, and 36/36 letterboxed into 1280x720 frames within
# 40 ms (bench/bench_decode.py). The margin leaves room for photos added later.
MIN_RATE = 0.94


def _photos() -> list[tuple[str, str, Path]]:
    found = []
    for txt in sorted(BARCODES.glob("*/*.txt")):
        if txt.name.endswith(".result.txt"):  # decoder metadata, not the expected text
            continue
        image = next(
            (p for p in (txt.with_suffix(s) for s in (".png", ".webp", ".jpg")) if p.exists()),
            None,
        )
        if image is not None:
            found.append((f"{txt.parent.name}/{image.name}", txt.read_text("utf-8"), image))
    return found


PHOTOS = _photos()


def _photo(name: str) -> Path:
    path = BARCODES / name
    assert path.exists(), f"{path} not found"
    return path


def _letterbox(image: np.ndarray, width: int = 1280, height: int = 720) -> np.ndarray:
    scale = min(width / image.shape[1], height / image.shape[0])
    resized = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR)
    frame = np.full((height, width, 3), 255, np.uint8)
    y, x = (height - resized.shape[0]) // 2, (width - resized.shape[1]) // 2
    frame[y : y + resized.shape[0], x : x + resized.shape[1]] = resized
    return frame


def _symbol(content: str, fmt: zxingcpp.BarcodeFormat, scale: int = 4) -> np.ndarray:
    image = np.array(zxingcpp.create_barcode(content, fmt).to_image(scale=scale))
    return cv2.copyMakeBorder(image, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255)


# --- the shared photos ----------------------------------------------------------


@pytest.mark.parametrize(("name", "expected", "path"), PHOTOS, ids=[p[0] for p in PHOTOS])
def test_a_photo_never_decodes_to_a_wrong_text(name: str, expected: str, path: Path) -> None:
    texts = {d.text for d in decode_file(path)}
    assert texts <= {expected}, f"{name}: misread {texts - {expected}}"


def test_the_shared_photos_are_all_there() -> None:
    # A missing folder must fail, never turn every photo test into nothing.
    assert len(PHOTOS) >= 36, f"{len(PHOTOS)} photos under {BARCODES}"


def test_the_read_rate_on_the_shared_photos() -> None:
    missed = [name for name, expected, path in PHOTOS if expected not in _texts(path)]
    rate = 1 - len(missed) / len(PHOTOS)
    assert rate >= MIN_RATE, f"read {rate:.0%} of {len(PHOTOS)}, missed {missed}"


def _texts(path: Path) -> set[str]:
    return {d.text for d in decode_file(path)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ean13-1/4.webp", Decoded("5449000039231", "EAN13")),
        ("ean8-1/1.png", Decoded("48512343", "EAN8")),
        ("upca-1/2.webp", Decoded("0036602301467", "UPCA")),  # the GTIN-13 form, as its .txt
        ("code128-1/2.webp", Decoded("Code 128", "CODE128")),
        ("code128-1/5.png", Decoded("8101054321120021123456", "CODE128")),  # GS1, FNC1 dropped
        ("code128-1/6.png", Decoded("óóóó1234óóabózz", "CODE128")),  # FNC4: zbar says "ssss"
        ("ean13-1/35.webp", Decoded("5030159003930", "EAN13")),  # zxing alone adds a misread
    ],
)
def test_clean_photos_decode_exactly(name: str, expected: Decoded) -> None:
    assert decode_file(_photo(name)) == [expected]


def test_a_photo_in_a_camera_frame_decodes_within_the_budget() -> None:
    frame = _letterbox(cv2.imread(str(_photo("ean13-1/15.webp"))))
    assert decode_frame(frame, budget_ms=40) == [Decoded("4045787034318", "EAN13")]


# --- generated symbols and files ------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        ("01234565", zxingcpp.BarcodeFormat.UPCE, Decoded("0012345000065", "UPCE")),
        ("036602301467", zxingcpp.BarcodeFormat.UPCA, Decoded("0036602301467", "UPCA")),
        ("96385074", zxingcpp.BarcodeFormat.EAN8, Decoded("96385074", "EAN8")),
        ("LC-0001-00042", zxingcpp.BarcodeFormat.QRCode, Decoded("LC-0001-00042", "QRCODE")),
    ],
)
def test_generated_symbols_decode_exactly(
    content: str, fmt: zxingcpp.BarcodeFormat, expected: Decoded
) -> None:
    assert decode_frame(_symbol(content, fmt)) == [expected]


def test_a_blank_or_empty_frame_reads_nothing() -> None:
    assert decode_frame(np.full((720, 1280, 3), 200, np.uint8)) == []
    assert decode_frame(np.zeros((0, 0), np.uint8)) == []


def test_a_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        decode_file(tmp_path / "nope.png")


def test_a_file_that_is_not_an_image_raises_value_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_bytes(b"not an image at all")
    with pytest.raises(ValueError):
        decode_file(path)


def test_a_transparent_png_reads_as_black_on_white(tmp_path: Path) -> None:
    bars = _symbol("5449000039231", zxingcpp.BarcodeFormat.EAN13)
    rgba = np.zeros((*bars.shape, 4), np.uint8)  # black ink, alpha where the bars are
    rgba[:, :, 3] = 255 - bars
    path = tmp_path / "transparent.png"
    Image.fromarray(rgba, "RGBA").save(path)
    assert decode_file(path) == [Decoded("5449000039231", "EAN13")]


def test_pillow_reads_what_opencv_cannot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "code.png"
    cv2.imwrite(str(path), _symbol("48512343", zxingcpp.BarcodeFormat.EAN8))
    monkeypatch.setattr(decoder.cv2, "imread", lambda *_: None)
    assert decode_file(path) == [Decoded("48512343", "EAN8")]


# --- trusting reads ---------------------------------------------------------------


def _evidence(*reads: tuple[str, str, tuple[float, float, float, float], float, float]) -> dict:
    evidence: dict = {}
    for text, family, box, band, length in reads:
        code = decoder._normalise(text, "EAN13")
        assert code is not None
        read = decoder._Read(code, family, box, band, band or 100.0, length)
        decoder._add(evidence, read, 1.0, "grey")
    return evidence


def _trusted(evidence: dict, final: bool = False) -> set[str]:
    return {d.text for d in decoder._trusted(evidence, min_band=10, final=final)}


def test_a_thin_zxing_read_alone_is_not_trusted_until_nothing_is_left_to_try() -> None:
    thin = _evidence(("5449000039231", "zxing", (0, 0, 300, 5), 5.0, 300.0))
    assert _trusted(thin) == set()
    assert _trusted(thin, final=True) == set()  # under the minimum band: never
    narrow = _evidence(("5449000039231", "zxing", (0, 0, 300, 40), 40.0, 300.0))
    assert _trusted(narrow) == set()
    assert _trusted(narrow, final=True) == {"5449000039231"}


def test_a_zbar_read_needs_a_second_engine() -> None:
    alone = _evidence(("5449000039231", "zbar", (0, 0, 300, 200), 0.0, 0.0))
    assert _trusted(alone) == set()
    both = _evidence(
        ("5449000039231", "zbar", (0, 0, 300, 200), 0.0, 0.0),
        ("5449000039231", "zxing-fixed", (0, 0, 300, 200), 150.0, 300.0),
    )
    assert _trusted(both) == {"5449000039231"}


def test_two_texts_over_one_place_cancel_unless_one_clearly_wins() -> None:
    close = _evidence(
        ("5449000039231", "zxing", (0, 0, 300, 150), 150.0, 300.0),
        ("5030159003930", "zxing", (0, 160, 300, 260), 100.0, 300.0),
    )
    assert _trusted(close, final=True) == set()
    clear = _evidence(
        ("5030159003930", "zxing", (100, 0, 220, 340), 117.0, 340.0),
        ("7034759003930", "zxing", (67, 0, 70, 340), 3.0, 340.0),  # ean13-1/35.webp
    )
    assert _trusted(clear) == {"5030159003930"}


def test_two_codes_apart_are_both_trusted() -> None:
    apart = _evidence(
        ("5449000039231", "zxing", (0, 0, 300, 150), 150.0, 300.0),
        ("5030159003930", "zxing", (900, 0, 1200, 150), 150.0, 300.0),
    )
    assert _trusted(apart) == {"5449000039231", "5030159003930"}


# --- presentation filter ----------------------------------------------------------


def _feed(frames: list[tuple[float, list[str]]], **options: float) -> list[str]:
    presentation = PresentationFilter(**options)  # type: ignore[arg-type]
    added = []
    for now, texts in frames:
        added += presentation.accept(texts, now)
    return added


def _held(code: str, start: float, seconds: float, fps: float = 20) -> list[tuple[float, list]]:
    return [(start + i / fps, [code]) for i in range(round(seconds * fps))]


def _nothing(start: float, seconds: float, fps: float = 20) -> list[tuple[float, list]]:
    return [(start + i / fps, []) for i in range(round(seconds * fps))]


def test_a_product_held_up_for_five_seconds_is_added_once() -> None:
    assert _feed(_held("A", 0, 5)) == ["A"]


def test_frames_missed_to_blur_do_not_add_it_again() -> None:
    frames = [(t, [] if i % 4 == 3 else texts) for i, (t, texts) in enumerate(_held("A", 0, 5))]
    assert _feed(frames) == ["A"]


def test_taken_away_and_shown_again_adds_it_again() -> None:
    frames = _held("A", 0, 1) + _nothing(1, 1) + _held("A", 2, 1)
    assert _feed(frames) == ["A", "A"]


def test_a_pause_shorter_than_the_gap_is_the_same_presentation() -> None:
    frames = _held("A", 0, 1) + _nothing(1, 0.5) + _held("A", 1.5, 1)
    assert _feed(frames) == ["A"]


def test_two_products_in_sequence_are_each_added() -> None:
    frames = _held("A", 0, 1) + _held("B", 1, 1) + _held("A", 2, 1)
    assert _feed(frames) == ["A", "B", "A"]


def test_two_products_in_the_same_frames_are_both_added_once() -> None:
    frames = [(i / 20, ["A", "B", "A"]) for i in range(40)]
    assert _feed(frames) == ["A", "B"]


def test_a_one_frame_misread_is_ignored() -> None:
    frames = _held("A", 0, 2)
    frames[10] = (frames[10][0], ["A", "X"])
    frames[30] = (frames[30][0], ["X"])  # again, but a second later: still a stray read
    assert _feed(frames) == ["A"]


def test_a_code_is_added_on_its_second_frame() -> None:
    presentation = PresentationFilter()
    assert presentation.accept(["A"], 0.0) == []
    assert presentation.accept(["A"], 0.05) == ["A"]


def test_one_frame_confirmation_adds_at_once() -> None:
    assert PresentationFilter(confirm_frames=1).accept(["A"], 0.0) == ["A"]


def test_reset_forgets_the_product_on_the_counter() -> None:
    presentation = PresentationFilter(confirm_frames=1)
    assert presentation.accept(["A"], 0.0) == ["A"]
    presentation.reset()
    assert presentation.accept(["A"], 0.1) == ["A"]


def test_confirm_frames_must_be_positive() -> None:
    with pytest.raises(ValueError):
        PresentationFilter(confirm_frames=0)


# --- camera thread ------------------------------------------------------------------


def _frames_from(*parts: tuple[Path | None, int]) -> Iterator[np.ndarray]:
    blank = np.full((720, 1280, 3), 230, np.uint8)
    for path, count in parts:
        frame = blank if path is None else _letterbox(cv2.imread(str(path)))
        yield from itertools.repeat(frame, count)


def _clock(step: float = 0.1):
    ticks = itertools.count()
    return lambda: next(ticks) * step


def test_the_scanner_emits_each_presentation_of_real_photos(qtbot) -> None:
    a, b = _photo("ean13-1/4.webp"), _photo("ean8-1/1.png")
    frames = _frames_from((a, 6), (None, 12), (a, 6), (b, 6))
    scanner = CameraScanner(frame_source=lambda: next(frames, None), clock=_clock())
    scanned: list[str] = []
    scanner.code_scanned.connect(scanned.append)
    with qtbot.waitSignal(scanner.finished, timeout=20_000):
        scanner.start()
    qtbot.waitUntil(lambda: len(scanned) == 3, timeout=2_000)  # queued deliveries
    assert scanned == ["5449000039231", "5449000039231", "48512343"]


def test_the_scanner_stops_cleanly_while_scanning(qtbot) -> None:
    frames = _frames_from((_photo("upca-1/2.webp"), 10**6))
    scanner = CameraScanner(frame_source=lambda: next(frames), preview=True)
    previews = []
    scanner.frame_ready.connect(previews.append)
    with qtbot.waitSignal(scanner.code_scanned, timeout=10_000) as blocker:
        scanner.start()
    assert blocker.args == ["0036602301467"]
    assert scanner.stop()
    assert not scanner.isRunning()
    assert previews and previews[0].width() == 1280 and previews[0].height() == 720
    assert scanner.stop()  # twice is fine


def test_a_camera_that_cannot_be_opened_reports_failed(qtbot, tmp_path: Path) -> None:
    scanner = CameraScanner(str(tmp_path / "no-such-camera"))
    with qtbot.waitSignal(scanner.failed, timeout=10_000) as blocker:
        scanner.start()
    assert "could not be opened" in blocker.args[0]
    assert scanner.stop()
