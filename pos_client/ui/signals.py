"""What changed: flags every screen listens to, to redraw only what it shows."""

from __future__ import annotations

from enum import Flag, auto

from PySide6.QtCore import QObject, Signal


class Changes(Flag):
    NONE = 0
    SALES = auto()
    LEDGER = auto()
    CUSTOMERS = auto()
    CATALOGUE = auto()
    OUTBOX = auto()
    STAFF = auto()


class AppSignals(QObject):
    """Application-wide facts, emitted on the GUI thread."""

    changed = Signal(object)  # Changes
    session_started = Signal(object)  # StaffMember
    session_ended = Signal()
