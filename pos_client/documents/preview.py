"""Rasterising a PDF for the on-screen preview and for printing.

PDFium is not thread-safe: two documents rendered at once on two threads can
crash the process (it did, at the end of an enrolment, when the receipt and the
signed consent were previewed together on the I/O pool). Every use of it goes
through `_PDFIUM`, one at a time.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2
from PIL import Image

_PDFIUM = threading.Lock()


def render_pages(pdf: Path | bytes, *, dpi: int = 150) -> list[Image.Image]:
    """Render every page of a PDF to an RGB image at `dpi`."""
    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
        try:
            return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
        finally:
            document.close()
