"""The counter's error sound: a short low double tone, played without blocking.

A desktop's own bell (what `QApplication.beep` rings) is muted on most Linux
desktops, so a refusal would pass unheard while the assistant looks at the
customer. The tone is made once as a WAV file and played by the system's own
player: `winsound` on Windows, the first of `pw-play`, `paplay` or `aplay` found
elsewhere. No player found: `play` returns False and the caller falls back.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

RATE = 16_000
TONES = ((440.0, 0.09), (0.0, 0.04), (330.0, 0.14))  # Hz, seconds: down a fourth
VOLUME = 0.5
PLAYERS = ("pw-play", "paplay", "aplay")


def write_error_tone(path: Path) -> Path:
    """Write the error tone as 16-bit mono PCM WAV (faded in and out: no clicks)."""
    samples = bytearray()
    for freq, seconds in TONES:
        count = int(RATE * seconds)
        fade = max(1, int(RATE * 0.008))
        for i in range(count):
            envelope = min(1.0, i / fade, (count - 1 - i) / fade)
            value = VOLUME * envelope * math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
            samples += struct.pack("<h", int(value * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(samples))
    return path


class ErrorSound:
    """Plays the error tone from `folder`, made there at first use."""

    def __init__(self, folder: Path, *, player: str | None = None) -> None:
        self._path = folder / "error-tone.wav"
        self._player = player if player is not None else _find_player()
        self._playing: subprocess.Popen[bytes] | None = None

    @property
    def available(self) -> bool:
        return sys.platform == "win32" or bool(self._player)

    def play(self) -> bool:
        """Start the tone and return at once; False when nothing can play it."""
        if not self.available:
            return False
        if not self._path.exists():
            write_error_tone(self._path)
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(self._path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        if self._playing is not None and self._playing.poll() is None:
            return True  # one tone at a time: a burst of refusals is one sound
        try:
            self._playing = subprocess.Popen(
                [str(self._player), str(self._path)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self._player = ""
            return False
        return True


def _find_player() -> str:
    return next((found for name in PLAYERS if (found := shutil.which(name))), "")
