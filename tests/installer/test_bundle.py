"""The tablet installer, built and run: the bundle works without the source tree or the venv.

Builds the PyInstaller bundle and its Debian package once per session
(`installer/build.py --fast`, about a minute on two cores), unpacks the
package with `dpkg-deb -x`, and runs the unpacked `usr/bin/pos-client` (a link
into opt/loyalty-counter, as installed) in a bare environment: a fresh HOME,
data and key folders, no PYTHONPATH, no virtual environment, Qt offscreen, the
keyring's fail backend. So what is proven is the package an IT person installs.
"""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from demo_data.staff import DEMO_STORE
from loyalty_core.money import format_euros
from pos_client.documents.sample_receipt import SAMPLE_LINES, sample_receipt

ROOT = Path(__file__).resolve().parents[2]
BARCODES = Path(__file__).resolve().parents[1] / "data" / "barcodes"
LOGIN_SHOWN = "login screen shown after"
START_TIMEOUT = 60.0
BUILD_ENV = "LOYALTY_BUNDLE_BUILD"
"""A folder where scripts/test.sh builds the bundle in the background (see `installed`)."""
MAX_BUNDLE_MB = 520  # 455 MB when written; OpenCV (150 MB) and Qt (80 MB) are most of it

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("dpkg-deb") is None,
    reason="the Linux package is built with dpkg-deb (Debian); Windows: installer/README.md",
)


@dataclass(frozen=True)
class Installed:
    deb: Path
    root: Path  # where `dpkg-deb -x` unpacked the package
    home: Path  # the bare HOME every run of the bundle gets
    build_seconds: float

    @property
    def command(self) -> Path:
        return self.root / "usr" / "bin" / "pos-client"

    @property
    def bundle(self) -> Path:
        return self.root / "opt" / "loyalty-counter"


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the bundle and its .deb (once per session) and unpack the package.

    `scripts/test.sh` starts the build in the background before pytest (into
    $LOYALTY_BUNDLE_BUILD), so it runs beside the other tests on the second
    core; here it is waited for. Without the variable the build runs here.
    """
    base = tmp_path_factory.mktemp("installer")
    started = time.perf_counter()
    prebuilt = os.environ.get(BUILD_ENV)
    if prebuilt:
        dist, build_seconds = _wait_for_background_build(Path(prebuilt))
    else:
        dist = base / "dist"
        subprocess.run(
            [
                *(sys.executable, str(ROOT / "installer" / "build.py"), "--fast"),
                *("--dist", str(dist), "--work", str(base / "work")),
            ],
            check=True,
            timeout=900,
            stdout=subprocess.DEVNULL,  # PyInstaller's warnings stay on stderr, shown on failure
        )
        build_seconds = time.perf_counter() - started
        shutil.rmtree(base / "work")  # PyInstaller's cache: 300 MB the runs below do not need
    (deb,) = dist.glob("loyalty-counter_*.deb")
    shutil.rmtree(dist / "pos-client")  # what runs is the package's copy
    root = base / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=120)
    home = base / "home"
    home.mkdir()
    return Installed(deb=deb, root=root, home=home, build_seconds=build_seconds)


def _wait_for_background_build(folder: Path) -> tuple[Path, float]:
    """Wait for test.sh's build (it writes `status` when done); its dist and build time."""
    status = folder / "status"
    deadline = time.monotonic() + 900
    while not status.exists():
        if time.monotonic() > deadline:
            pytest.fail(f"the background bundle build in {folder} did not finish in 15 min")
        time.sleep(1)
    log = (folder / "build.log").read_text(encoding="utf-8", errors="replace")
    if status.read_text().strip() != "0":
        pytest.fail(f"the background bundle build failed:\n{log[-4000:]}")
    seconds = float((folder / "seconds").read_text().strip())
    return folder / "dist", seconds


def bare_environment(installed: Installed, keys: Path) -> dict[str, str]:
    """What a freshly installed tablet has: no venv, no project on the path, its own HOME."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(installed.home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real keyring
        "LOYALTY_KEY_DIR": str(keys),
    }


def run_bundle(
    installed: Installed, keys: Path, *args: str, cwd: Path, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(installed.command), *args],
        cwd=cwd,
        env={**bare_environment(installed, keys), **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    folder = tmp_path / "keys"
    folder.mkdir()
    return folder


def test_the_bundle_is_self_contained_and_not_bloated(installed: Installed) -> None:
    internal = installed.bundle / "_internal"
    for needed in (
        "resources/styles/counter.qss",
        "resources/translations/counter_es.qm",
        "resources/consent",
        "resources/advice/care_guide.toml",
        "resources/till/default_mapping.toml",
        "resources/icons/loyalty-counter.svg",
        "pos_client/store/migrations/env.py",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/translations/qtbase_es.qm",
    ):
        assert (internal / needed).exists(), needed
    assert list((internal / "pos_client/store/migrations/versions").glob("0001_*.py"))
    for left_out in ("sync_server", "fastapi", "uvicorn", "psycopg", "pytest", "mypy", "tkinter"):
        assert not (internal / left_out).exists(), left_out
    size_mb = sum(p.lstat().st_size for p in installed.bundle.rglob("*")) / 1e6
    print(f"\nbundle built in {installed.build_seconds:.0f} s: {size_mb:.0f} MB")
    assert size_mb < MAX_BUNDLE_MB


def test_it_reaches_the_login_screen_on_a_clean_data_folder(
    installed: Installed, keys: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    # A clean folder would open the set-up wizard: fill it with the bundle's own demo data.
    filled = run_bundle(
        installed, keys, "--data-dir", str(data), "demo-data", "--customers", "60",
        "--products", "30", cwd=tmp_path,
    )  # fmt: skip
    assert filled.returncode == 0, filled.stderr
    assert "demo data: 60 customers, 30 products" in filled.stdout

    log = data / "pos-client.log"
    app = subprocess.Popen(
        [str(installed.command), "--data-dir", str(data)],
        cwd=tmp_path,
        env=bare_environment(installed, keys),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while LOGIN_SHOWN not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert app.poll() is None, f"the app ended ({app.returncode}) before its login screen"
            assert time.monotonic() < deadline, "no login screen within a minute"
            time.sleep(0.2)
        time.sleep(1.5)  # what runs after the first paint (the receipt libraries' import) too
        assert app.poll() is None, f"the app ended ({app.returncode}) after its login screen"
    finally:
        app.terminate()
        try:
            _, stderr = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _, stderr = app.communicate()
    assert app.returncode in (0, -signal.SIGTERM), stderr
    assert "Traceback" not in stderr, stderr
    text = log.read_text(encoding="utf-8")
    assert " ERROR " not in text and "Traceback" not in text, text
    shown = next(line for line in text.splitlines() if LOGIN_SHOWN in line)
    print(f"\n{shown.split('pos_client.app: ')[-1]}")


def test_decode_reads_a_barcode_photo_with_the_bundled_zbar(
    installed: Installed, keys: Path, tmp_path: Path
) -> None:
    photo = BARCODES / "ean13-1" / "10.webp"
    expected = (BARCODES / "ean13-1" / "10.txt").read_text(encoding="utf-8").strip()
    label = BARCODES / "code128-1" / "1.png"
    label_text = (BARCODES / "code128-1" / "1.txt").read_text(encoding="utf-8").strip()
    # LD_DEBUG=files: the dynamic loader says which zbar was loaded (stderr).
    run = run_bundle(
        installed, keys, "decode", str(photo), str(label), cwd=tmp_path, LD_DEBUG="files"
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.splitlines() == [f"{photo}\t{expected}", f"{label}\t{label_text}"]
    loaded = {part for part in run.stderr.split() if part.startswith("file=") and "zbar" in part}
    assert loaded == {f"file={installed.bundle}/_internal/libzbar.so.0"}, loaded


def test_sample_receipt_writes_a_receipt_pdf(
    installed: Installed, keys: Path, tmp_path: Path
) -> None:
    run = run_bundle(installed, keys, "sample-receipt", "out.pdf", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"sample receipt: {(tmp_path / 'out.pdf').resolve()}"
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    assert DEMO_STORE["store_name"] in text
    assert SAMPLE_LINES[0].name in text
    total = format_euros(sample_receipt().total_cents)
    assert total == "87,45 €"
    assert f"TOTAL {total}" in " ".join(text.split())
    assert "TICKET DE PRUEBA" in text


def test_the_package_installs_a_menu_entry_with_its_icon(installed: Installed) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(installed.deb)], check=True, capture_output=True, text=True
    ).stdout
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    for expected in (
        "/usr/share/applications/loyalty-counter.desktop",
        "/usr/share/icons/hicolor/48x48/apps/loyalty-counter.png",
        "/usr/share/icons/hicolor/256x256/apps/loyalty-counter.png",
        "/usr/share/icons/hicolor/scalable/apps/loyalty-counter.svg",
        "/usr/bin/pos-client",
        "/opt/loyalty-counter/pos-client",
    ):
        assert expected in paths, expected
    control = subprocess.run(
        ["dpkg-deb", "-f", str(installed.deb), "Package", "Depends"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "Package: loyalty-counter" in control
    for dependency in ("libc6 (>= ", "libxcb1", "libgl1", "libfontconfig1", "fonts-dejavu-core"):
        assert dependency in control, control

    desktop = installed.root / "usr/share/applications/loyalty-counter.desktop"
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    entry = _desktop_entry(desktop)
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Categories"].endswith(";")
    assert (installed.root / "usr/bin" / entry["Exec"].split()[0]).exists()
    icon = f"{entry['Icon']}.png"
    assert (installed.root / "usr/share/icons/hicolor/256x256/apps" / icon).exists()


def _desktop_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group, keys case-sensitive, every line a key=value or a group."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert all(line.startswith(("[", "#")) or "=" in line for line in lines if line), lines
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])
