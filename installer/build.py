"""Build the tablet installer: the PyInstaller bundle, then the Linux packages around it.

    .venv/bin/python installer/build.py           # dist/pos-client/, dist/*.deb, dist/*.tar.gz
    .venv/bin/python installer/build.py --fast    # .deb compressed fast, no tarball (smoke test)

On Windows (`python installer\\build.py`) it builds the bundle only,
dist\\pos-client\\; Inno Setup's `iscc installer\\windows\\loyalty-counter.iss`
then makes the setup program (see installer/README.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "pos-client.spec"
BUNDLE_NAME = "pos-client"


def product_version() -> str:
    """The one product version (loyalty_core/version.py), read without importing the project."""
    namespace: dict[str, object] = {}
    exec((ROOT / "loyalty_core" / "version.py").read_text(encoding="utf-8"), namespace)
    return str(namespace["VERSION"])


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the one-folder bundle (dist/pos-client)."""
    subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
            *("--distpath", str(dist), "--workpath", str(work), str(SPEC)),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = dist / BUNDLE_NAME
    if not (bundle / _executable_name()).is_file():
        raise SystemExit(f"build: PyInstaller made no {bundle / _executable_name()}")
    return bundle


def _executable_name() -> str:
    return f"{BUNDLE_NAME}.exe" if sys.platform == "win32" else BUNDLE_NAME


def _linux_packaging() -> ModuleType:
    spec = importlib.util.spec_from_file_location("linux_package", HERE / "linux" / "package.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folder_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*")) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the tablet app's bundle and packages.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument(
        "--fast", action="store_true", help="zstd -1 .deb and no tarball (tests, trial builds)"
    )
    parser.add_argument("--bundle-only", action="store_true", help="no .deb, no tarball")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = product_version()

    started = time.perf_counter()
    bundle = build_bundle(dist, work)
    print(f"build: {bundle} ({folder_mb(bundle):.0f} MB) in {time.perf_counter() - started:.0f} s")
    if sys.platform == "win32" and not args.bundle_only:
        iss = Path("installer") / "windows" / "loyalty-counter.iss"
        print(f"build: now the setup program: iscc /DAppVersion={version} {iss}")
    if args.bundle_only or sys.platform != "linux":
        return 0
    packaging = _linux_packaging()
    if shutil.which("dpkg-deb") and shutil.which("dpkg"):
        step = time.perf_counter()
        deb = packaging.build_deb(
            bundle, dist, version, work=work, compression="zstd" if args.fast else "xz"
        )
        size = deb.stat().st_size / 1e6
        print(f"build: {deb} ({size:.0f} MB) in {time.perf_counter() - step:.0f} s")
    else:
        print("build: no dpkg-deb here: no .deb", file=sys.stderr)
    if not args.fast:
        step = time.perf_counter()
        tarball = packaging.build_tarball(bundle, dist, version)
        size = tarball.stat().st_size / 1e6
        print(f"build: {tarball} ({size:.0f} MB) in {time.perf_counter() - step:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
