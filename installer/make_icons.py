"""Render the app icon (resources/icons/loyalty-counter.svg) to the PNG sizes and the .ico.

The SVG is the source; the PNGs (hicolor theme sizes, for the Linux package
and the window) and loyalty-counter.ico (Windows: the .exe and its shortcuts)
are rendered from it with Qt's own SVG renderer and kept in the repository,
so a build needs neither this script nor a display. Run it after editing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "loyalty-counter.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> Path:
    return ICONS / f"loyalty-counter-{size}.png"


def render_pngs() -> list[Path]:
    """Draw the SVG at each size, antialiased, on a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_name(size))):
            raise SystemExit(f"make_icons: cannot write {png_name(size)}")
        written.append(png_name(size))
    return written


def write_ico() -> Path:
    """Pack the rendered sizes into one .ico (each size drawn, not scaled down by Windows)."""
    from PIL import Image

    target = ICONS / "loyalty-counter.ico"
    images = [Image.open(png_name(size)).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    return target


def main() -> int:
    for path in [*render_pngs(), write_ico()]:
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
