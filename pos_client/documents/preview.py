"""Rasterising a PDF for the on-screen preview and for printing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PIL import Image


def render_pages(pdf: Path | bytes, *, dpi: int = 150) -> list[Image.Image]:
    """Render every page of a PDF to an RGB image at `dpi`."""
    document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()
