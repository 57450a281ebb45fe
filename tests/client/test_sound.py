"""The error tone: a real WAV file, played by the system's player without blocking."""

from __future__ import annotations

import stat
import struct
import time
import wave
from pathlib import Path

from pos_client.devices.sound import ErrorSound, write_error_tone


def _fake_player(folder: Path, *, seconds: float = 0.0) -> tuple[Path, Path]:
    """A player that writes down what it was asked to play (and takes its time)."""
    log = folder / "played.txt"
    script = folder / "player"
    script.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\nsleep {seconds}\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script, log


def _wait_for(path: Path) -> list[str]:
    deadline = time.monotonic() + 5
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return path.read_text().splitlines()


def test_the_tone_is_a_short_clickless_mono_wav(tmp_path: Path) -> None:
    path = write_error_tone(tmp_path / "tone.wav")
    with wave.open(str(path), "rb") as tone:
        assert (tone.getnchannels(), tone.getsampwidth(), tone.getframerate()) == (1, 2, 16_000)
        frames = tone.readframes(tone.getnframes())
        seconds = tone.getnframes() / tone.getframerate()
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    assert 0.2 <= seconds <= 0.4  # heard, never in the way
    assert max(abs(v) for v in samples) > 0.4 * 32767
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200  # faded: no click


def test_play_hands_the_tone_to_the_player_and_returns_at_once(tmp_path: Path) -> None:
    player, log = _fake_player(tmp_path, seconds=1.0)
    sound = ErrorSound(tmp_path / "data", player=str(player))
    started = time.monotonic()
    assert sound.play() is True
    assert time.monotonic() - started < 0.5
    assert _wait_for(log) == [str(tmp_path / "data" / "error-tone.wav")]
    assert (tmp_path / "data" / "error-tone.wav").stat().st_size > 1000


def test_a_burst_of_refusals_sounds_once(tmp_path: Path) -> None:
    player, log = _fake_player(tmp_path, seconds=1.0)
    sound = ErrorSound(tmp_path, player=str(player))
    assert all(sound.play() for _ in range(5))
    time.sleep(0.3)
    assert len(_wait_for(log)) == 1


def test_without_a_player_play_says_so(tmp_path: Path) -> None:
    assert ErrorSound(tmp_path, player="").play() is False
    missing = ErrorSound(tmp_path, player=str(tmp_path / "no-such-player"))
    assert missing.play() is False
    assert missing.play() is False  # and does not try again
