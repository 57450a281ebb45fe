"""Measure the camera decoder on the shared barcode photos, as the camera would see them.

Each photo is letterboxed into a 1280x720 BGR frame (resized to fit, padded with its
border colour) and decoded once with the camera budget. Printed: the read rate
overall and per folder, wrong reads (a misread is worse than no read), and per-frame
p50/p99/max times; in the same run the floors: pyzbar alone and zxing-cpp alone on
the plain grey frame.

    python bench/bench_decode.py [--budget 40] [--repeat 3] [--placement fit|native]
                                 [--synthetic 300] [--seed 7]

--synthetic N adds N generated frames (EAN-13, EAN-8, UPC-A, Code 128 with blur,
motion, noise, glare, tilt, low contrast and JPEG): the stress set the attempt
order was checked on, beside the few real photos. Not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from pyzbar import pyzbar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pos_client.devices.decoder import decode_file, decode_frame

FRAME_W, FRAME_H = 1280, 720
DATA = Path(
    os.environ.get("LOYALTY_SHARED_DATA", Path(__file__).resolve().parents[1] / "tests" / "data")
)


def shared_photos() -> list[tuple[str, str, Path]]:
    """(folder, expected text, image path) for every photo with a NAME.txt beside it."""
    found = []
    for txt in sorted((DATA / "barcodes").glob("*/*.txt")):
        if txt.name.endswith(".result.txt"):
            continue
        images = [txt.with_suffix(s) for s in (".png", ".webp", ".jpg")]
        image = next((p for p in images if p.exists()), None)
        if image is not None:
            found.append((txt.parent.name, txt.read_text(encoding="utf-8"), image))
    return found


def letterbox(image: np.ndarray, *, fit: bool = True) -> np.ndarray:
    """Put a photo in a 1280x720 BGR frame, padded with the photo's border colour.

    fit: resized to fill the frame (a code held close to the camera); otherwise kept
    at its own size, only shrunk if larger (a code further away: harder, and closer
    to what the issue measured pyzbar on).
    """
    h, w = image.shape[:2]
    scale = min(FRAME_W / w, FRAME_H / h)
    if not fit:
        scale = min(scale, 1.0)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    inter = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    resized = cv2.resize(image, size, interpolation=inter)
    border = np.concatenate([image[0], image[-1], image[:, 0], image[:, -1]])
    frame = np.empty((FRAME_H, FRAME_W, 3), np.uint8)
    frame[:] = np.median(border, axis=0)
    y, x = (FRAME_H - size[1]) // 2, (FRAME_W - size[0]) // 2
    frame[y : y + size[1], x : x + size[0]] = resized
    return frame


def load_bgr(path: Path) -> np.ndarray:
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        from PIL import Image

        image = cv2.cvtColor(np.array(Image.open(path).convert("RGB")), cv2.COLOR_RGB2BGR)
    return image


def same(read: str, expected: str) -> bool:
    """Compare as GTINs where it applies: a 12-digit UPC-A is its 13-digit GTIN."""

    def gtin(t: str) -> str:
        return "0" + t if len(t) == 12 and t.isdigit() else t

    return gtin(read) == gtin(expected)


def pyzbar_alone(frame: np.ndarray) -> set[str]:
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return {r.data.decode("utf-8", "replace") for r in pyzbar.decode(grey)}


def zxing_alone(frame: np.ndarray) -> set[str]:
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return {r.text for r in zxingcpp.read_barcodes(grey)}


def ours(budget: float) -> Callable[[np.ndarray], set[str]]:
    return lambda frame: {d.text for d in decode_frame(frame, budget_ms=budget)}


def run(
    name: str,
    reader: Callable[[np.ndarray], set[str]],
    frames: list[tuple[str, str, np.ndarray]],
    repeat: int,
) -> None:
    per_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    times: list[float] = []
    wrong = []
    for group, expected, frame in frames:
        for i in range(repeat):
            t0 = time.perf_counter()
            texts = reader(frame)
            times.append((time.perf_counter() - t0) * 1000)
            if i == 0:
                hit = any(same(t, expected) for t in texts)
                per_group[group][0] += hit
                per_group[group][1] += 1
                wrong += [(group, expected, t) for t in texts if not same(t, expected)]
    ok = sum(g[0] for g in per_group.values())
    n = sum(g[1] for g in per_group.values())
    q = statistics.quantiles(times, n=100)
    print(
        f"{name:<22} {ok:>4}/{n:<4} {100 * ok / n:5.1f}%  wrong {len(wrong):<3}"
        f" p50 {q[49]:5.1f} ms  p99 {q[98]:5.1f} ms  max {max(times):5.1f} ms"
    )
    print("    " + "  ".join(f"{g} {v[0]}/{v[1]}" for g, v in sorted(per_group.items())))
    for group, expected, text in wrong[:10]:
        print(f"    WRONG {group}: expected {expected!r}, read {text!r}")


def synthetic(count: int, seed: int) -> list[tuple[str, str, np.ndarray]]:
    """Generated codes, degraded like a handheld camera frame, in a 1280x720 scene."""
    rng = np.random.default_rng(seed)
    frames = []
    for _ in range(count):
        kind = rng.choice(["ean13", "ean8", "upca", "code128"], p=[0.55, 0.15, 0.15, 0.15])
        if kind == "code128":
            alphabet = list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
            text = "".join(rng.choice(alphabet, int(rng.integers(6, 14))))
            expected, fmt = text, zxingcpp.BarcodeFormat.Code128
        else:
            n = {"ean13": 13, "ean8": 8, "upca": 12}[kind]
            body = "".join(str(d) for d in rng.integers(0, 10, n - 1))
            total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
            text = body + str((10 - total % 10) % 10)
            expected = "0" + text if kind == "upca" else text
            fmt = {"ean13": zxingcpp.BarcodeFormat.EAN13, "ean8": zxingcpp.BarcodeFormat.EAN8}.get(
                kind, zxingcpp.BarcodeFormat.UPCA
            )
        code = zxingcpp.create_barcode(text, fmt)
        image = np.array(code.to_image(scale=int(rng.integers(2, 5)), add_hrt=True))
        frames.append((f"synthetic-{kind}", expected, _degrade(image, rng)))
    return frames


def _degrade(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    ink, paper = rng.uniform(0, 90), rng.uniform(150, 255)
    label = ink + image.astype(np.float32) / 255 * (paper - ink)
    pad = int(label.shape[1] * 0.3)
    label = cv2.copyMakeBorder(label, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=paper)
    h, w = label.shape
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jitter = rng.uniform(0, 0.12, (4, 2)) * [w, h] * [[1, 1], [-1, 1], [-1, -1], [1, -1]]
    warp = cv2.getPerspectiveTransform(corners, (corners + jitter).astype(np.float32))
    label = cv2.warpPerspective(label, warp, (w, h), borderValue=paper)
    angle = rng.choice([0, 0, 0, 90, 180]) + rng.uniform(-12, 12)
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    c, s = abs(rot[0, 0]), abs(rot[0, 1])
    nw, nh = int(h * s + w * c), int(h * c + w * s)
    rot[0, 2] += nw / 2 - w / 2
    rot[1, 2] += nh / 2 - h / 2
    label = cv2.warpAffine(label, rot, (nw, nh), borderValue=paper)
    frame = np.full((FRAME_H, FRAME_W), rng.uniform(60, 200), np.float32)
    clutter = rng.normal(0, 25, frame.shape).astype(np.float32)
    frame += cv2.GaussianBlur(clutter, (0, 0), 15)
    scale = min(rng.uniform(0.25, 0.9) * FRAME_W / label.shape[1], 700 / label.shape[0])
    label = cv2.resize(label, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    lh, lw = label.shape
    y, x = int(rng.integers(0, FRAME_H - lh + 1)), int(rng.integers(0, FRAME_W - lw + 1))
    frame[y : y + lh, x : x + lw] = label
    if rng.random() < 0.4:  # glare
        yy, xx = np.mgrid[0:FRAME_H, 0:FRAME_W]
        gx, gy, r = rng.uniform(0, FRAME_W), rng.uniform(0, FRAME_H), rng.uniform(80, 250)
        frame += rng.uniform(40, 140) * np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * r**2))
    blur = rng.random()
    if blur < 0.45:  # defocus
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.5, 3.5))
    elif blur < 0.7:  # motion
        k = int(rng.integers(3, 15))
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2] = 1
        centre = (k / 2 - 0.5, k / 2 - 0.5)
        turn = cv2.getRotationMatrix2D(centre, rng.uniform(0, 180), 1)
        kernel = cv2.warpAffine(kernel, turn, (k, k))
        frame = cv2.filter2D(frame, -1, kernel / kernel.sum())
    frame += rng.normal(0, rng.uniform(1, 12), frame.shape)
    grey = np.clip(frame, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        quality = int(rng.integers(25, 85))
        grey = cv2.imdecode(cv2.imencode(".jpg", grey, [cv2.IMWRITE_JPEG_QUALITY, quality])[1], 0)
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", type=float, default=40.0, help="ms per frame (40)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per frame (3)")
    parser.add_argument("--synthetic", type=int, default=0, help="generated frames to add")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--placement", choices=["fit", "native"], default="fit", help="photo in the frame"
    )
    args = parser.parse_args()
    photos = shared_photos()
    if not photos:
        print(f"no photos under {DATA / 'barcodes'}", file=sys.stderr)
        return 1
    fit = args.placement == "fit"
    frames = [(group, text, letterbox(load_bgr(path), fit=fit)) for group, text, path in photos]
    decode_frame(frames[0][2], budget_ms=args.budget)  # warm up: learn attempt costs
    print(
        f"{len(frames)} shared photos in {FRAME_W}x{FRAME_H} frames ({args.placement}),"
        f" budget {args.budget} ms"
    )
    run("ours", ours(args.budget), frames, args.repeat)
    run("floor: pyzbar alone", pyzbar_alone, frames, args.repeat)
    run("floor: zxing-cpp alone", zxing_alone, frames, args.repeat)

    native = [(g, t, p) for g, t, p in photos]
    t0 = time.perf_counter()
    hits = sum(any(same(d.text, t) for d in decode_file(p)) for _, t, p in native)
    ms = (time.perf_counter() - t0) * 1000 / len(native)
    print(f"decode_file on the photos as stored: {hits}/{len(native)}, {ms:.1f} ms per photo")

    if args.synthetic:
        stress = synthetic(args.synthetic, args.seed)
        print(f"\n{len(stress)} synthetic stress frames (seed {args.seed})")
        run("ours", ours(args.budget), stress, 1)
        run("floor: pyzbar alone", pyzbar_alone, stress, 1)
        run("floor: zxing-cpp alone", zxing_alone, stress, 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
