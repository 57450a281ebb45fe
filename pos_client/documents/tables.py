"""Label and value tables, as the club's documents print a person's or a record's details."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

LABEL_WIDTH = 44 * mm


def label_value_table(
    rows: Sequence[tuple[Flowable, Flowable]],
    *,
    width: float,
    rule: colors.Color,
    padding: tuple[float, float] = (2.2, 2.6),
) -> Table:
    """Labels in a narrow first column, values beside them, a hairline under each row.

    `splitInRow`: a value longer than a page (a pasted essay) flows onto the next.
    """
    table = Table(
        [list(row) for row in rows],
        colWidths=[LABEL_WIDTH, width - LABEL_WIDTH],
        splitInRow=1,
        hAlign="LEFT",
    )
    top, bottom = padding
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, rule),
                ("TOPPADDING", (0, 0), (-1, -1), top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table
