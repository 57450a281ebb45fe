"""A hybrid logical clock: wall time that never runs backwards.

Each device stamps its changes with (wall ms, counter, device). The stamp
is persisted with the change that used it, so after a crash or a clock
jump back the next stamp is still greater than every stamp before.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Return a string that sorts like the clock itself."""
        return f"{self.wall_ms:013d}-{self.counter:06d}-{self.device}"

    @staticmethod
    def decode(text: str) -> Hlc:
        wall, counter, device = text.split("-", 2)
        return Hlc(int(wall), int(counter), device)


def tick(last: Hlc, now_ms: int) -> Hlc:
    """Return the next stamp for a local event."""
    if now_ms > last.wall_ms:
        return Hlc(now_ms, 0, last.device)
    return Hlc(last.wall_ms, last.counter + 1, last.device)


def receive(last: Hlc, remote: Hlc, now_ms: int) -> Hlc:
    """Advance the clock past a stamp seen from another node."""
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Hlc(wall, counter, last.device)
