"""The app's log for support: its file names, and masking personal data out of what it says.

The app writes its log (`LOG_NAME`, rotated as .1 to .5) through
`mask_personal`, and the support archive masks the logs again on their way
in. `mask_personal` masks free text (log lines, exception texts, the
server's messages):
- e-mail addresses -> `[e-mail]`;
- 13-digit numbers starting with 2 (GS1's in-store range, where the member
  cards live: '29' + issuer + sequence) -> `[card]`. Other EAN-13, EAN-8
  and UPC-A codes are kept: they name products, not people, and "this
  barcode does not scan" is a support question;
- phone numbers: '+' or '00' and 8 to 15 digits, 11 digits starting with
  34 then 6-9, or 9 digits starting with 6-9 (Spain), written with spaces,
  dots, dashes or brackets -> `[phone]` (a US-range EAN written with 13
  digits from '00' is masked too: privacy wins over that rare product code);
- DNI and NIE numbers -> `[id-number]`;
- what exceptions quote of the data they were given: SQLAlchemy's
  `[parameters: ...]` and pydantic's `input_value=...` -> hidden.
Names cannot be told from other words by a pattern: no log call of the app
writes one, and the way one could reach the log (an exception quoting its
parameters) is hidden above.

Only `re`: the app imports this at start, before its first log line.
"""

from __future__ import annotations

import re

LOG_NAME = "pos-client.log"
FAULT_LOG_NAME = "pos-client-faults.log"
"""Where a crash of the process itself (a segmentation fault) leaves every thread's stack."""

_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[parameters: [^\n]*"), "[parameters: hidden]"),
    (re.compile(r"input_value=(?:'[^'\n]*'|\"[^\"\n]*\"|[^,\]\n]*)"), "input_value=hidden"),
    (re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"), "[e-mail]"),
    (re.compile(r"(?<![\w.\-])2\d{12}(?![\w\-])"), "[card]"),
    (re.compile(r"(?<![\w.\-/])[XYZxyz]?\d{7,8}-?[A-Za-z](?![\w\-])"), "[id-number]"),
)
_DIGIT_RUN = re.compile(r"(?<![\w.\-/+])\+?\d(?:[ .()\-]?\d)*(?![\w\-])")
"""Digits with single spaces, dots, dashes or brackets between them: where phones hide."""


def _is_phone(spelled: str) -> bool:
    digits = re.sub(r"\D", "", spelled)
    if spelled.startswith("+") or digits.startswith("00"):
        return 8 <= len(digits) <= 15
    if len(digits) == 11:
        return digits.startswith("34") and digits[2] in "6789"
    return len(digits) == 9 and digits[0] in "6789"


def _mask_phones(match: re.Match[str]) -> str:
    """Mask the phones in a run of digits, taking the longest space-separated groups first.

    A phone next to another number ('612345678 2 veces', a date and then a
    phone) is still found, and a long number is not cut into a phone.
    """
    run = match.group(0)
    if sum(c.isdigit() for c in run) < 8:
        return run
    groups, shown, i = run.split(" "), [], 0
    while i < len(groups):
        for j in range(len(groups), i, -1):
            if _is_phone("".join(groups[i:j])):
                shown.append("[phone]")
                i = j
                break
        else:
            shown.append(groups[i])
            i += 1
    return " ".join(shown)


def mask_personal(text_: str) -> str:
    """Mask what looks like personal data in free text (see the module docstring)."""
    for pattern, replacement in _MASKS:
        text_ = pattern.sub(replacement, text_)
    return _DIGIT_RUN.sub(_mask_phones, text_)
