"""Read retail barcodes from camera frames and photos, preferring no read to a wrong one.

Two independent engines read each frame: zxing-cpp (fast; strong on EAN/UPC and
Code 128) and zbar through pyzbar. Cheap attempts run first; decoding stops at the
first *trusted* result or when the time budget is spent (see `_ATTEMPTS`).

Both engines sometimes turn a blurred or glary EAN-13 into another number whose
check digit is valid (seen on the shared photos), so a read is trusted only when

- zxing-cpp decoded it, without contrast boosting, on a band of agreeing scanlines
  at least `_MIN_BAND` px wide and `_MIN_RATIO` of the code's length, or
- two engine families (zxing-cpp local threshold, zxing-cpp fixed threshold, zbar)
  agree on it, or
- it is a QR code (Reed-Solomon protected);

a thinner or contrast-boosted zxing read is returned only when every attempt that
fits the budget has run without contradicting it, and two different texts read
over the same place cancel each other out unless one is clearly better supported.
zbar is never asked for Code 128: it ignores FNC4, so extended characters come out
silently wrong ("ó" read as "s"). Camera use adds a second guard:
`PresentationFilter` wants the same code in two frames.

EAN-13, UPC-A and UPC-E are reported as their 13-digit GTIN, as both engines and the
shared test files do (UPC-A "036602301467" is "0036602301467", symbology "UPCA");
`loyalty_core.barcodes.normalise_product_code` maps that to the catalogue key.
Code 128 text is the plain content: a leading GS1 FNC1 is dropped and inner FNC1s
are ASCII GS (29), as a keyboard-wedge scanner sends them.

This module must not import Qt: the camera adapter lives in `camera.py`.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar
from pyzbar.pyzbar import ZBarSymbol


@dataclass(frozen=True)
class Decoded:
    """One barcode read from an image."""

    text: str
    symbology: str  # "EAN13", "EAN8", "UPCA", "UPCE", "CODE128" or "QRCODE"


_Format = zxingcpp.BarcodeFormat
_ZXING_NAMES = {
    _Format.EAN13: "EAN13",
    _Format.EAN8: "EAN8",
    _Format.UPCA: "UPCA",
    _Format.UPCE: "UPCE",
    _Format.Code128: "CODE128",
    _Format.QRCode: "QRCODE",
}
_ZXING_FORMATS = zxingcpp.BarcodeFormats(list(_ZXING_NAMES))
# No CODE128 for zbar (FNC4, see the module docstring). UPCE on, UPCA off: zbar then
# reports UPC-E as its 8 digits (expanded below) and UPC-A as EAN-13.
_ZBAR_SYMBOLS = [ZBarSymbol.EAN13, ZBarSymbol.EAN8, ZBarSymbol.UPCE, ZBarSymbol.QRCODE]
_GTIN_SYMBOLOGIES = {"EAN13": 13, "UPCA": 13, "UPCE": 13, "EAN8": 8}

_BASE_SIDE = 1280  # larger frames are shrunk to this long side first
_MIN_BAND = 10.0  # px of agreeing zxing scanlines that make a lone read trustworthy
_MIN_RATIO = 0.3  # ...and that band at least this fraction of the code's length
_WEAK_OPS = {"clahe"}  # contrast boosting also makes misreads look solid: confirm them
_CLEAR_WIN = 3.0  # strength ratio that settles two texts read over the same place
_OVERLAP_PAD = 0.25  # reads closer than this fraction of their size are one place

# Each attempt is a view of the frame ("base+op+op") and an engine family, in the
# order a greedy search picked (most extra reads within 40 ms) on the shared photos
# and on a synthetic stress set of blurred, noisy, glary, tilted frames (see
# bench/bench_decode.py): sharpening rescues blur, CLAHE low contrast and glare,
# half size coarse or noisy codes, double size small images, zxing's fixed threshold
# some blurred EAN-13s, and zbar both rescues and, above all, confirms. Rotating by
# 20-45 degrees, Otsu or adaptive binarisation, gamma, histogram equalisation,
# median, directional blur and morphology were measured and dropped: they read
# nothing these miss, cost time and brought misreads (zxing already tries 90/180/270
# degrees and zbar scans both axes). "small" is half size for frames over 800 px:
# zbar reads as well there and four times faster. "original" is the full-size frame
# when it was shrunk, for a small code in a big photo (decode_file's budget).
_ATTEMPTS: tuple[tuple[str, str], ...] = (
    ("grey", "zxing"),
    ("double", "zxing"),
    ("grey+clahe+sharp", "zxing"),
    ("half+sharp", "zxing"),
    ("small+clahe+sharp", "zbar"),
    ("grey+clahe+sharp", "zxing-fixed"),
    ("half+clahe+sharp", "zxing"),
    ("small+clahe", "zbar"),
    ("small", "zbar"),
    ("original", "zxing"),
)
_COST_MS_PER_MPX: dict[tuple[str, str], float] = {}  # learnt per attempt, base megapixels


def decode_frame(frame: np.ndarray, *, budget_ms: float = 40.0) -> list[Decoded]:
    """Return the distinct barcodes trusted in a BGR, BGRA or grey frame."""
    start = time.perf_counter()
    grey = _to_grey(frame)
    if grey.size == 0:
        return []
    views = _Views(grey)
    base_mpx = views.grey.size / 1e6
    min_band = min(_MIN_BAND, 0.5 * min(views.grey.shape))  # a 1-px strip is all it has
    evidence: dict[str, _Evidence] = {}
    done: set[tuple[int, str]] = set()
    first_cost = 0.0
    for attempt in _ATTEMPTS:
        view_name, family = attempt
        spent = (time.perf_counter() - start) * 1000
        # an attempt never timed yet is guessed to cost what the first one did
        estimate = _COST_MS_PER_MPX.get(attempt, first_cost) * base_mpx
        if done and spent + estimate > budget_ms:
            continue  # a cheaper attempt further down may still fit
        t0 = time.perf_counter()
        view = views.get(view_name)
        if view is None or (id(view[0]), family) in done:
            continue
        done.add((id(view[0]), family))
        for read in _read(view[0], family):
            _add(evidence, read, view[1], view_name)
        cost = (time.perf_counter() - t0) * 1000 / base_mpx
        first_cost = first_cost or cost
        # rise at once, decay slowly: a noisy scene makes every attempt dearer
        _COST_MS_PER_MPX[attempt] = max(
            cost, 0.9 * _COST_MS_PER_MPX.get(attempt, cost) + 0.1 * cost
        )
        trusted = _trusted(evidence, min_band=min_band, final=False)
        if trusted:
            return trusted
    return _trusted(evidence, min_band=min_band, final=True)


def decode_file(path: str | Path, *, budget_ms: float = 1000.0) -> list[Decoded]:
    """Return the distinct barcodes trusted in a PNG, JPEG or WebP file."""
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(errno.ENOENT, "no such image", str(p))
    image = cv2.imread(str(p), cv2.IMREAD_UNCHANGED) if p.is_file() else None
    if image is None:
        image = _read_with_pillow(p)
    return decode_frame(image, budget_ms=budget_ms)


class PresentationFilter:
    """Turn per-frame reads into cart adds: one add per presentation of a product.

    A code is added when it has been seen in `confirm_frames` frames, each within
    `confirm_window_s` of the previous one; it is then "present" until it has not
    been seen for `gap_s`, and only after that gap can it be added again. Holding a
    product in front of the camera for five seconds (with the odd frame missed to
    blur) adds it once; taking it away and showing it again adds it again.

    Two frames by default: a misread comes from one frame's blur or glare and is
    rarely repeated exactly by the next frame, while a real code held up is read
    in many frames; waiting one more frame (~40-70 ms) is not noticeable at the
    counter, and a wrong product in the cart costs a void. Use 1 for a still
    image source.
    """

    def __init__(
        self, *, gap_s: float = 0.8, confirm_frames: int = 2, confirm_window_s: float = 0.4
    ) -> None:
        if confirm_frames < 1:
            raise ValueError("confirm_frames must be at least 1")
        self.gap_s = gap_s
        self.confirm_frames = confirm_frames
        self.confirm_window_s = confirm_window_s
        self._present: dict[str, float] = {}  # added code -> last seen
        self._pending: dict[str, tuple[int, float]] = {}  # code -> (sightings, last seen)

    def accept(self, texts: Iterable[str], now: float) -> list[str]:
        """Record one frame's reads at monotonic time `now`; return the codes to add."""
        self._forget(now)
        added: list[str] = []
        for text in dict.fromkeys(texts):
            if text in self._present:
                self._present[text] = now
                continue
            count, last = self._pending.get(text, (0, now))
            count = count + 1 if now - last <= self.confirm_window_s else 1
            if count >= self.confirm_frames:
                self._pending.pop(text, None)
                self._present[text] = now
                added.append(text)
            else:
                self._pending[text] = (count, now)
        return added

    def reset(self) -> None:
        """Forget every code seen, e.g. when a new sale starts."""
        self._present.clear()
        self._pending.clear()

    def _forget(self, now: float) -> None:
        for text, last in list(self._present.items()):
            if now - last > self.gap_s:
                del self._present[text]
        for text, (_, last) in list(self._pending.items()):
            if now - last > self.confirm_window_s:
                del self._pending[text]


# --- images -------------------------------------------------------------------


def _to_grey(frame: np.ndarray) -> np.ndarray:
    image = np.asarray(frame)
    if image.dtype != np.uint8:  # 16-bit PNG, float arrays: stretch to 0..255
        lo, hi = float(image.min(initial=0)), float(image.max(initial=0))
        image = ((image.astype(np.float64) - lo) * (255 / ((hi - lo) or 1))).astype(np.uint8)
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    elif image.ndim == 3 and image.shape[2] == 4:
        alpha = image[:, :, 3:].astype(np.float32) / 255  # transparent means white paper
        rgb = image[:, :, :3].astype(np.float32) * alpha + 255 * (1 - alpha)
        image = cv2.cvtColor(rgb.astype(np.uint8), cv2.COLOR_BGR2GRAY)
    elif image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    elif image.ndim != 2:
        raise ValueError(f"not an image: array of shape {image.shape}")
    return np.ascontiguousarray(image)


def _read_with_pillow(path: Path) -> np.ndarray:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            image = opened.convert("RGBA")  # transparent means white paper
        white = Image.new("RGBA", image.size, "white")
        return np.array(Image.alpha_composite(white, image).convert("L"))
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(f"cannot read {path} as an image: {exc}") from exc


def _resize(image: np.ndarray, factor: float) -> np.ndarray:
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=interpolation)


def _sharpen(image: np.ndarray) -> np.ndarray:
    blurred = cv2.GaussianBlur(image, (0, 0), 2.0)
    return cv2.addWeighted(image, 1.8, blurred, -0.8, 0)


class _Views:
    """The frame in grey (long side at most ~1280 px) and variants made on demand.

    A variant is named "base+op+op" (base: grey, half, double, small, original; ops:
    clahe, sharp) and is (image, scale from base pixels to its pixels), or None when
    the base does not apply to this frame size. Each is made at most once.
    """

    def __init__(self, grey: np.ndarray) -> None:
        long_side = max(grey.shape)
        self._shrink = _BASE_SIDE / long_side if long_side > 1.25 * _BASE_SIDE else 1.0
        self.grey = grey if self._shrink == 1.0 else _resize(grey, self._shrink)
        self._original = grey
        self._cache: dict[str, tuple[np.ndarray, float] | None] = {"grey": (self.grey, 1.0)}

    def get(self, name: str) -> tuple[np.ndarray, float] | None:
        base, *ops = name.split("+")
        if base == "small":
            base = "half" if max(self.grey.shape) > 800 else "grey"
        key = "+".join([base, *ops])
        if key not in self._cache:
            if ops:
                parent = self.get("+".join([base, *ops[:-1]]))
                self._cache[key] = parent and (_OPS[ops[-1]](parent[0]), parent[1])
            else:
                self._cache[key] = self._base(base)
        return self._cache[key]

    def _base(self, name: str) -> tuple[np.ndarray, float] | None:
        long_side = max(self.grey.shape)
        if name == "half":
            return (_resize(self.grey, 0.5), 0.5) if long_side >= 640 else None
        if name == "double":
            return (_resize(self.grey, 2.0), 2.0) if long_side < 640 else None
        if name == "original":
            return None if self._shrink == 1.0 else (self._original, 1 / self._shrink)
        raise KeyError(name)


def _clahe(image: np.ndarray) -> np.ndarray:
    return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(image)


_OPS = {"clahe": _clahe, "sharp": _sharpen}


# --- engines and trust --------------------------------------------------------


@dataclass
class _Read:
    code: Decoded
    family: str
    box: tuple[float, float, float, float]  # in the view's pixels
    band: float  # width of the band of scanlines that agreed (zxing), else 0
    strength: float  # band for zxing, zbar's quality (scanline hits)
    length: float = 0.0  # along the scanlines (zxing), in the view's pixels


@dataclass
class _Evidence:
    code: Decoded
    families: set[str] = field(default_factory=set)
    band: float = 0.0  # widest band of agreeing zxing (local threshold) scanlines
    solid_band: float = 0.0  # the same, from a read that is not thin or contrast-boosted
    strength: float = 0.0
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


def _read(image: np.ndarray, family: str) -> list[_Read]:
    if family == "zbar":
        return _zbar(image)
    binarizer = (
        zxingcpp.Binarizer.FixedThreshold
        if family == "zxing-fixed"
        else zxingcpp.Binarizer.LocalAverage
    )
    return _zxing(image, family, binarizer)


def _zxing(image: np.ndarray, family: str, binarizer: zxingcpp.Binarizer) -> list[_Read]:
    reads = []
    for r in zxingcpp.read_barcodes(
        image, formats=_ZXING_FORMATS, text_mode=zxingcpp.TextMode.Plain, binarizer=binarizer
    ):
        name = _ZXING_NAMES.get(r.format)
        code = _normalise(r.text, name) if name else None
        if code is None:
            continue
        p = r.position
        quad = np.array(
            [[c.x, c.y] for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)],
            dtype=float,
        )
        band = (np.linalg.norm(quad[3] - quad[0]) + np.linalg.norm(quad[2] - quad[1])) / 2
        length = (np.linalg.norm(quad[1] - quad[0]) + np.linalg.norm(quad[2] - quad[3])) / 2
        reads.append(_Read(code, family, _box(quad), float(band), float(band), float(length)))
    return reads


def _zbar(image: np.ndarray) -> list[_Read]:
    reads = []
    for r in pyzbar.decode(image, symbols=_ZBAR_SYMBOLS):
        try:
            text = r.data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        code = _normalise(text, r.type)  # zbar's names are ours for these symbols
        if code is None:
            continue
        points = np.array([[pt.x, pt.y] for pt in r.polygon], dtype=float)
        reads.append(_Read(code, "zbar", _box(points), 0.0, float(r.quality)))
    return reads


def _box(points: np.ndarray) -> tuple[float, float, float, float]:
    x0, y0 = points.min(axis=0)
    x1, y1 = points.max(axis=0)
    return float(x0), float(y0), float(x1), float(y1)


def _add(evidence: dict[str, _Evidence], read: _Read, scale: float, view: str) -> None:
    e = evidence.setdefault(read.code.text, _Evidence(read.code))
    e.families.add(read.family)
    x0, y0, x1, y1 = read.box
    e.boxes.append((x0 / scale, y0 / scale, x1 / scale, y1 / scale))
    if read.family == "zbar":
        e.strength = max(e.strength, read.strength)  # scanline hits
        return
    # Count real scanlines: a band in a half-size view is half as many base pixels'
    # worth of evidence, and upscaling a view adds pixels but no evidence.
    band = min(read.band, read.band / scale)
    e.strength = max(e.strength, band)
    if read.family != "zxing":
        return
    e.band = max(e.band, band)
    if read.band >= _MIN_RATIO * read.length and not _WEAK_OPS & set(view.split("+")):
        e.solid_band = max(e.solid_band, band)


def _trusted(evidence: dict[str, _Evidence], *, min_band: float, final: bool) -> list[Decoded]:
    """Return the reads to believe; weak ones only once no attempt is left to refute them."""
    alive = dict(evidence)
    linear = [e for e in evidence.values() if e.code.symbology != "QRCODE"]
    for i, a in enumerate(linear):
        for b in linear[i + 1 :]:
            if not any(_near(p, q) for p in a.boxes for q in b.boxes):
                continue
            for loser in _losers(a, b):
                alive.pop(loser.code.text, None)
    return [
        e.code
        for e in alive.values()
        if e.code.symbology == "QRCODE"
        or len(e.families) >= 2
        or e.solid_band >= min_band
        or (final and e.band >= min_band)
    ]


def _losers(a: _Evidence, b: _Evidence) -> tuple[_Evidence, ...]:
    """Two different texts over one place: keep the clearly better one, else neither."""
    a_agreed, b_agreed = len(a.families) >= 2, len(b.families) >= 2
    if a_agreed != b_agreed:
        return (b,) if a_agreed else (a,)
    if a.strength >= _CLEAR_WIN * b.strength:
        return (b,)
    if b.strength >= _CLEAR_WIN * a.strength:
        return (a,)
    return (a, b)


def _near(p: tuple[float, ...], q: tuple[float, ...]) -> bool:
    pad_p = _OVERLAP_PAD * max(p[2] - p[0], p[3] - p[1])
    pad_q = _OVERLAP_PAD * max(q[2] - q[0], q[3] - q[1])
    return not (
        p[2] + pad_p < q[0] - pad_q
        or q[2] + pad_q < p[0] - pad_p
        or p[3] + pad_p < q[1] - pad_q
        or q[3] + pad_q < p[1] - pad_p
    )


# --- codes --------------------------------------------------------------------


def _normalise(text: str, symbology: str) -> Decoded | None:
    """Return the read in its reported form, or None if it fails its check digit."""
    if symbology not in _GTIN_SYMBOLOGIES:
        return Decoded(text, symbology) if text else None
    if symbology == "UPCE" and len(text) == 8:  # zbar: the printed 8 digits
        text = _upce_to_gtin13(text)
    elif len(text) == 12:  # UPC-A as 12 digits
        text = "0" + text
    if len(text) != _GTIN_SYMBOLOGIES[symbology] or not _gtin_ok(text):
        return None
    if symbology in ("EAN13", "UPCA"):  # one barcode: an EAN-13 starting with 0 is a UPC-A
        symbology = "UPCA" if text.startswith("0") else "EAN13"
    return Decoded(text, symbology)


def _gtin_ok(code: str) -> bool:
    """True when `code` is all digits and its last digit is the GS1 check digit."""
    if not code.isdigit() or len(code) < 8:
        return False
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(code[:-1])))
    return (10 - total % 10) % 10 == int(code[-1])


def _upce_to_gtin13(code: str) -> str:
    """Expand an 8-digit UPC-E to the 13-digit GTIN of the UPC-A it stands for."""
    system, d, check = code[0], code[1:7], code[7]
    if d[5] in "012":
        body = d[:2] + d[5] + "0000" + d[2:5]
    elif d[5] == "3":
        body = d[:3] + "00000" + d[3:5]
    elif d[5] == "4":
        body = d[:4] + "00000" + d[4]
    else:
        body = d[:5] + "0000" + d[5]
    return "0" + system + body + check
