"""Previews rendered at once on several threads (the I/O pool has two) do not crash the app.

PDFium is not thread-safe: without `render_pages`'s lock, four threads rendering a
receipt crash the process within a few documents (a segmentation fault, or glibc's
"double free"). The renders run in a child process, so a crash fails this test
instead of ending the test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

RENDER_AT_ONCE = textwrap.dedent(
    """
    import io, sys, threading
    from reportlab.pdfgen import canvas
    from pos_client.documents.preview import render_pages

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(226, 600))
    for number in range(3):
        pdf.drawString(20, 560, f"Ticket S001-D01-{number:06d}")
        pdf.showPage()
    pdf.save()
    sizes = set()

    def preview():
        for _ in range(25):
            pages = render_pages(buffer.getvalue(), dpi=144)
            sizes.add(tuple(page.size for page in pages))

    threads = [threading.Thread(target=preview) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(sorted(sizes))
    """
)


def test_four_threads_previewing_receipts_at_once_all_get_their_pages() -> None:
    done = subprocess.run(
        [sys.executable, "-c", RENDER_AT_ONCE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # Every render: 3 pages of 226 x 600 points at 144 dpi (2 pixels a point).
    assert done.stdout.strip() == "[((452, 1200), (452, 1200), (452, 1200))]"
