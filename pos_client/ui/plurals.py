"""Plural messages for counts that can be below zero, such as a balance in overdraft.

Qt chooses the plural form by the count and writes it for `%n` or `%Ln`, but
only when the count is zero or more: `tr("%Ln punto(s)", "", -250)` comes out
as "%Ln punto". So the form is chosen by the magnitude (`abs(n)`) and the
sign is put back on the number here.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def signed(text: str, n: int) -> str:
    """`text` translated for `abs(n)` (with `%Ln` or `%n`), its number given `n`'s sign.

    Call it as `signed(self.tr("%Ln punto(s)", "", abs(n)), n)` (lupdate reads the
    `tr` call where it is written).
    """
    if n >= 0:
        return text
    locale = QLocale()
    for magnitude, number in ((locale.toString(abs(n)), locale.toString(n)), (str(-n), str(n))):
        if magnitude in text:
            return text.replace(magnitude, number, 1)
    return text
