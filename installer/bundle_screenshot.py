"""Screenshot the built bundle's login screen on a virtual X screen (xcb, not offscreen).

What it shows is what a missing file in the bundle would spoil: the style
sheet (plum buttons, rounded panels), the Spanish translation, fonts. It runs
the bundle the way a tablet does, on an X server (Xvfb, with no window
manager), and reads the screen from Xvfb's frame buffer file (`-fbdir`, XWD
format), so it needs neither ImageMagick nor any code inside the bundle.

    .venv/bin/python installer/bundle_screenshot.py [dist/pos-client/pos-client] [out.png]
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1280, 800)
LOGIN_SHOWN = "login screen shown after"


def read_xwd(path: Path) -> Image.Image:
    """Decode Xvfb's screen file: an XWD header, a colour map, then 32-bit pixels."""
    data = path.read_bytes()
    order = ">" if struct.unpack(">I", data[:4])[0] < 4096 else "<"
    fields = struct.unpack(f"{order}25I", data[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    ncolors = fields[19]
    if bits_per_pixel != 32:
        raise SystemExit(f"bundle_screenshot: {bits_per_pixel}-bit screen; start Xvfb at 24 bits")
    start = header_size + 12 * ncolors
    pixels = data[start : start + bytes_per_line * height]
    raw_mode = "BGRX" if byte_order == 0 else "XRGB"
    return Image.frombytes("RGB", (width, height), pixels, "raw", raw_mode, bytes_per_line)


def start_xvfb(fbdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display (it names it on a pipe) writing its screen to `fbdir`."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            *("Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24"),
            *("-fbdir", str(fbdir), "-nolisten", "tcp", "-nocursor"),
        ],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = pipe.readline().strip()
    if not display:
        server.kill()
        raise SystemExit("bundle_screenshot: Xvfb did not start")
    return server, f":{display}"


def screenshot(command: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="bundle-shot-") as tmp:
        work = Path(tmp)
        (work / "keys").mkdir()
        (work / "fb").mkdir()
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(work),
            "LANG": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "LOYALTY_KEY_DIR": str(work / "keys"),
        }
        data = work / "data"
        subprocess.run(
            [str(command), "--data-dir", str(data), "demo-data", "--customers=50", "--products=20"],
            check=True,
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.DEVNULL,
        )
        server, display = start_xvfb(work / "fb")
        app = subprocess.Popen(
            [str(command), "--data-dir", str(data)],
            env={**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        )
        try:
            log = data / "pos-client.log"
            deadline = time.monotonic() + 60
            while LOGIN_SHOWN not in (log.read_text(encoding="utf-8") if log.exists() else ""):
                if app.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("bundle_screenshot: the app did not show its login screen")
                time.sleep(0.2)
            time.sleep(2.0)  # let it paint
            image = read_xwd(work / "fb" / "Xvfb_screen0")
        finally:
            app.terminate()
            app.wait(timeout=15)
            server.terminate()
            server.wait(timeout=15)
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, optimize=True)
    print(f"bundle_screenshot: {target}")


def main(argv: list[str]) -> int:
    command = Path(argv[0]) if argv else ROOT / "dist" / "pos-client" / "pos-client"
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots" / "bundle-login.png"
    screenshot(command.resolve(), target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
