"""Measure the tablet bundle: its size, and its start to the login screen beside the source tree's.

    .venv/bin/python installer/build.py            # dist/pos-client and the .deb
    .venv/bin/python bench/bench_bundle.py [--bundle dist/pos-client] [--runs 5]

- size: the one-folder bundle on disk, and each package found beside it in dist/
  (the .deb as built: xz by default, zstd -1 with --fast; the .tar.gz).
- start: wall clock from just before the process is spawned until the app's log
  says "login screen shown after N ms" (the main window shown over a store
  filled with small demo data), offscreen; the process is then terminated.
  Three ways, run in turn so that other load weighs on each alike:
  the bundle (dist/pos-client/pos-client), the source tree (the venv's
  `pos-client` script) and a floor: the venv's Python showing an empty Qt
  window (`QApplication` + `QWidget.show()`, first event-loop pass).
  Also printed: the N ms the app itself logs (from `run()` to the window shown:
  what the bundle cannot change), so the rest is the interpreter and the imports.
- warm: the median of --runs starts after one unmeasured start. Cold-ish: the
  median of --cold-runs starts, each after the files of the tree measured (the
  bundle folder, or the venv's site-packages and the project) were dropped from
  the page cache (posix_fadvise DONTNEED, no root needed); system libraries and
  the Python interpreter's own files stay cached, so a first start after a reboot
  is slower still.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_stats import print_cells

ROOT = Path(__file__).resolve().parent.parent
LOGIN_SHOWN = "login screen shown after"
FLOOR_SCRIPT = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "window = QWidget()\n"
    "window.show()\n"
    "QTimer.singleShot(0, lambda: (print('shown', flush=True), app.quit()))\n"
    "app.exec()\n"
)


@dataclass(frozen=True)
class Way:
    """One way of starting: its command line, and the files whose caching it depends on."""

    name: str
    command: list[str]
    trees: list[Path]
    is_app: bool = True


def folder_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*")) / 1e6


def drop_from_page_cache(trees: Sequence[Path]) -> None:
    """Ask the kernel to forget the cached pages of every file under `trees`."""
    for tree in trees:
        for path in tree.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def start_once(way: Way, data: Path, env: dict[str, str]) -> tuple[float, float | None]:
    """Start, wait for the login screen (or the floor's window), end; seconds, and app's ms."""
    log = data / "pos-client.log"
    log.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        way.command + (["--data-dir", str(data)] if way.is_app else []),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        if not way.is_app:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "shown":
                raise SystemExit(f"bench_bundle: {way.name} did not show its window")
            return time.perf_counter() - started, None
        deadline = started + 120
        while True:
            text = log.read_text(encoding="utf-8") if log.exists() else ""
            if LOGIN_SHOWN in text:
                elapsed = time.perf_counter() - started
                line = next(ln for ln in text.splitlines() if LOGIN_SHOWN in ln)
                return elapsed, float(line.split(LOGIN_SHOWN)[1].split()[0])
            if process.poll() is not None or time.perf_counter() > deadline:
                raise SystemExit(f"bench_bundle: {way.name} did not reach its login screen")
            time.sleep(0.005)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def measure(
    ways: Sequence[Way], data: dict[str, Path], env: dict[str, str], runs: int, cold_runs: int
) -> dict[str, dict[str, list[float]]]:
    """Interleave the ways, run by run; cold runs first, then one warm-up, then warm runs."""
    results: dict[str, dict[str, list[float]]] = {
        w.name: {"cold": [], "warm": [], "app_ms": []} for w in ways
    }

    def each(kind: str, count: int, before: Callable[[Way], None] | None = None) -> None:
        for _ in range(count):
            for way in ways:
                if before is not None:
                    before(way)
                seconds, app_ms = start_once(way, data[way.name], env)
                results[way.name][kind].append(seconds)
                if app_ms is not None and kind == "warm":
                    results[way.name]["app_ms"].append(app_ms)

    each("cold", cold_runs, lambda way: drop_from_page_cache(way.trees))
    for way in ways:  # one unmeasured start: everything it reads is cached now
        start_once(way, data[way.name], env)
    each("warm", runs)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pos-client")
    parser.add_argument("--runs", type=int, default=5, help="warm starts of each (median)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold-ish starts of each")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    executable = bundle / "pos-client"
    if not executable.is_file():
        raise SystemExit(f"bench_bundle: no {executable}; build it: installer/build.py")

    print(f"bundle folder: {folder_mb(bundle):.0f} MB ({bundle})")
    for package in sorted(bundle.parent.glob("loyalty-counter*")):
        if package.suffix in (".deb", ".gz"):
            print(f"{package.name}: {package.stat().st_size / 1e6:.0f} MB")

    venv_bin = Path(sys.executable).parent
    site_packages = Path(
        subprocess.run(
            [sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    source_command = (
        [str(venv_bin / "pos-client")]
        if (venv_bin / "pos-client").exists()
        else [sys.executable, "-m", "pos_client.cli"]
    )
    project = [ROOT / p for p in ("pos_client", "loyalty_core", "demo_data", "resources")]
    ways = [
        Way("floor: empty Qt window (venv)", [sys.executable, "-c", FLOOR_SCRIPT],
            [site_packages / "PySide6", site_packages / "shiboken6"], is_app=False),
        Way("source tree (venv pos-client)", source_command, [site_packages, *project]),
        Way("bundle", [str(executable)], [bundle]),
    ]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        work = Path(tmp)
        (work / "keys").mkdir()
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(work),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "LOYALTY_KEY_DIR": str(work / "keys"),
        }
        data = {}
        for i, way in enumerate(ways):
            data[way.name] = work / f"data{i}"
            if way.is_app:  # the same small store for both, made by each itself
                subprocess.run(
                    [*way.command, "--data-dir", str(data[way.name]), "demo-data",
                     "--customers", "200", "--products", "50"],
                    check=True, env=env, stdout=subprocess.DEVNULL,
                )  # fmt: skip
        results = measure(ways, data, env, args.runs, args.cold_runs)

    print(
        f"\nstart to the login screen, offscreen, wall clock from spawn "
        f"(median of {args.cold_runs} cold-ish, {args.runs} warm):"
    )
    cells = [("", "cold-ish", "warm", "app's own (run() to shown)")]
    for way in ways:
        r = results[way.name]
        cells.append(
            (
                way.name,
                f"{statistics.median(r['cold']) * 1000:.0f} ms",
                f"{statistics.median(r['warm']) * 1000:.0f} ms",
                f"{statistics.median(r['app_ms']):.0f} ms" if r["app_ms"] else "-",
            )
        )
    print_cells(cells)
    return 0


if __name__ == "__main__":
    sys.exit(main())
