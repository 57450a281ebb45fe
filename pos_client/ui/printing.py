"""Printing rendered documents through the system's printers (Qt print support)."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def to_qimage(image: Image.Image) -> QImage:
    """Copy a PIL RGB image into a QImage (the copy owns its pixels)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def print_pages(
    parent: QWidget, pages: list[QImage], title: str, *, dpi: int | None = None
) -> bool:
    """Ask for a printer and print the pages; False if cancelled.

    Each page is scaled to fit the paper, or, with `dpi` (the pages' own
    resolution), printed at its real size and only shrunk if it does not
    fit: a member card on A4 comes out card-sized, to cut out.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        for i, page in enumerate(pages):
            if i:
                printer.newPage()
            area = painter.viewport()
            size = page.size()
            if dpi is None or size.width() * printer.resolution() / dpi > area.width():
                size = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            else:
                size = size * (printer.resolution() / dpi)
                if size.height() > area.height():
                    size = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), page)
    finally:
        painter.end()
    return True
