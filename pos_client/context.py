"""The one object the screens receive: settings, store, runner, devices, sync."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from pos_client.config import Settings
from pos_client.services.setup import DeviceInfo
from pos_client.services.staff import StaffMember
from pos_client.ui.feedback import Cues
from pos_client.ui.runner import Runner
from pos_client.ui.signals import AppSignals

if TYPE_CHECKING:
    from pos_client.sync.scheduler import SyncScheduler


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class AppContext:
    """Built once by `app.build_context`; no globals, no singletons."""

    settings: Settings
    sessions: sessionmaker[Session]
    runner: Runner
    signals: AppSignals
    cues: Cues
    device: DeviceInfo
    now: Callable[[], datetime] = utc_now
    staff: StaffMember | None = field(default=None)
    sync: SyncScheduler | None = None  # None: not registered with a server (the demo)
