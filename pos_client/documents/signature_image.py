"""A signature's vectors drawn as a picture (PNG) for the signed consent document.

Strokes are drawn at `_SUPERSAMPLE` times the asked size and shrunk, which
antialiases them; each segment is a line with round ends whose width follows
the pen's pressure, so a stroke thins where the hand lifted. The picture is
cropped to the ink plus a margin: the document places it, the pad's empty
area means nothing. The same signature always gives the same bytes.
"""

from __future__ import annotations

import io
import itertools

from PIL import Image, ImageDraw

from loyalty_core.signature import PenPoint, Signature

INK = 25  # near-black grey: prints as ink on any printer
PAPER = 255
_SUPERSAMPLE = 4
_MAX_SIDE = 2400  # output pixels: ~750 dpi across an 80 mm box, ample for print
_WIDTH_OF_PAD = 0.004  # stroke width at full pressure, as a fraction of the pad's long side
_MIN_WIDTH = 1.5  # pad units: a mouse on a tiny pad still draws a visible line
_LIGHTEST = 0.35  # a stroke at zero pressure keeps this fraction of the full width


def render_signature_png(sig: Signature, *, scale: float = 2.0) -> bytes:
    """Draw the signature as a greyscale PNG, `scale` pixels per pad unit, cropped to the ink."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    full = max(_MIN_WIDTH, _WIDTH_OF_PAD * max(sig.width, sig.height))
    margin = 2 * full
    bounds = sig.bounds()
    if bounds is None:  # nothing drawn: a blank pad, so the document shows an empty box
        left, top, right, bottom = 0.0, 0.0, float(sig.width), float(sig.height)
    else:
        left, top, right, bottom = bounds
    left, top, right, bottom = left - margin, top - margin, right + margin, bottom + margin
    # A huge pad (raw digitizer units) would make a huge picture: cap the long side.
    scale = min(scale, _MAX_SIDE / max(right - left, bottom - top))
    size = (max(1, round((right - left) * scale)), max(1, round((bottom - top) * scale)))
    k = scale * _SUPERSAMPLE
    big = Image.new("L", (size[0] * _SUPERSAMPLE, size[1] * _SUPERSAMPLE), PAPER)
    draw = ImageDraw.Draw(big)

    def at(p: PenPoint) -> tuple[float, float]:
        return (p.x - left) * k, (p.y - top) * k

    def width(p: PenPoint) -> float:
        pressure = min(1.0, max(0.0, p.pressure))
        return full * k * (_LIGHTEST + (1 - _LIGHTEST) * pressure)

    for stroke in sig.strokes:
        for a, b in itertools.pairwise(stroke):
            w = (width(a) + width(b)) / 2
            draw.line([at(a), at(b)], fill=INK, width=max(1, round(w)))
        for p in stroke:  # round joins and caps; a stroke of one point is this dot
            x, y = at(p)
            r = width(p) / 2
            draw.ellipse([x - r, y - r, x + r, y + r], fill=INK)
    small = big.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=False)
    return out.getvalue()
