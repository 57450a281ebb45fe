"""Wrap the one-folder bundle in a Debian package and a plain tarball.

The .deb installs the bundle to /opt/loyalty-counter, links /usr/bin/pos-client
to it, and puts the menu entry and icons where desktops look for them. Its
`Depends:` is measured, not guessed: every library the bundle loads from the
system (ldd, with the bundle's own folder searched first, as its launcher
does) is mapped to the Debian package that owns it (dpkg -S), plus the font
configuration and a font, which Qt reads as files. Building it needs dpkg-deb
and dpkg (Debian or Ubuntu); the tarball needs only Python.

    python installer/linux/package.py dist/pos-client dist   # after the bundle is built
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = HERE / "loyalty-counter.desktop"
PACKAGE = "loyalty-counter"
INSTALL_DIR = f"opt/{PACKAGE}"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
READ_AS_FILES = ("libfontconfig1", "fonts-dejavu-core")
"""Not linked, read: fontconfig's configuration (/etc/fonts) and at least one font."""
MAINTAINER = "Loyalty Counter IT <it@loyalty-counter.invalid>"
DESCRIPTION = """\
Loyalty club counter for beauty stores (the tablet app)
 The shop assistants' point-of-sale loyalty client: finds club members, rings
 up sales that earn points, prints receipts, enrols customers with their
 signed consent, and keeps working offline, syncing with head office later.
 Self-contained: Python, Qt and the barcode libraries live in
 /opt/loyalty-counter. Data stays in each user's data folder."""


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> set[str]:
    """The libraries outside the bundle that its programs and libraries load.

    Fails when one is not found at all: such a bundle is broken here already.
    """
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
    inside = str(bundle.resolve())

    def ldd(path: Path) -> str:
        return subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout

    outside: set[str] = set()
    missing: set[str] = set()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for output in pool.map(ldd, _elf_files(bundle)):
            for line in output.splitlines():
                name, arrow, where = line.partition("=>")
                if not arrow:
                    continue
                target = where.split("(")[0].strip()
                if target == "not found":
                    missing.add(name.strip())
                elif target and not os.path.realpath(target).startswith(inside):
                    outside.add(target)
    if missing:
        raise SystemExit(f"package: libraries not found for the bundle: {sorted(missing)}")
    return outside


def owning_packages(paths: set[str]) -> set[str]:
    """Map library files to the Debian packages that own them (merged /usr or not)."""
    candidates: dict[str, str] = {}
    for path in paths:
        for alias in {path, os.path.realpath(path)}:
            candidates[alias] = path
            if alias.startswith("/lib"):
                candidates["/usr" + alias] = path
            elif alias.startswith("/usr/lib"):
                candidates[alias.removeprefix("/usr")] = path
    result = subprocess.run(
        ["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True, check=False
    )
    packages: set[str] = set()
    owned: set[str] = set()
    for line in result.stdout.splitlines():
        owners, _, path = line.partition(": ")
        if path.strip() in candidates:
            owned.add(candidates[path.strip()])
            packages.update(owner.split(":")[0].strip() for owner in owners.split(","))
    if unowned := paths - owned:
        raise SystemExit(f"package: no Debian package owns {sorted(unowned)}")
    return packages


def depends(bundle: Path) -> str:
    """The `Depends:` field: owners of the system libraries loaded, and what Qt reads."""
    packages = owning_packages(system_libraries(bundle)) | set(READ_AS_FILES)
    glibc = platform.libc_ver()[1]
    return ", ".join(
        f"{name} (>= {glibc})" if name == "libc6" and glibc else name for name in sorted(packages)
    )


def _installed_size_kib(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1


def stage_deb(bundle: Path, stage: Path, version: str, architecture: str) -> None:
    """Lay out the package's files under `stage` (the bundle is hard-linked, not copied)."""
    if stage.exists():
        shutil.rmtree(stage)
    target = stage / INSTALL_DIR
    target.parent.mkdir(parents=True)
    try:
        shutil.copytree(bundle, target, symlinks=True, copy_function=os.link)
    except OSError:  # another file system: copy
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(bundle, target, symlinks=True)
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # Relative, so that the package's files also run where `dpkg-deb -x` unpacked them.
    (usr_bin / "pos-client").symlink_to(f"../../{INSTALL_DIR}/pos-client")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, applications / f"{PACKAGE}.desktop")
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        apps = hicolor / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy2(ICONS / f"{PACKAGE}-{size}.png", apps / f"{PACKAGE}.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / f"{PACKAGE}.svg", scalable / f"{PACKAGE}.svg")
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {_installed_size_kib(stage)}\n"
        f"Depends: {depends(bundle)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    for path in [stage, *stage.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def build_deb(
    bundle: Path, out_dir: Path, version: str, *, work: Path, compression: str = "xz"
) -> Path:
    """Build the .deb; `compression` is dpkg-deb's -Z type, with a fast level for zstd/gzip."""
    architecture = deb_architecture()
    stage = work / "deb-root"
    stage_deb(bundle, stage, version, architecture)
    target = out_dir / f"{PACKAGE}_{version}_{architecture}.deb"
    level = {"xz": [], "zstd": ["-z1"], "gzip": ["-z1"], "none": []}[compression]
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{compression}",
            *level,
            "--build",
            str(stage),
            str(target),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)
    return target


def build_tarball(bundle: Path, out_dir: Path, version: str) -> Path:
    """A .tar.gz for other distributions: the bundle, its .desktop entry and icons."""
    top = f"{PACKAGE}-{version}"
    machine = platform.machine() or "unknown"
    target = out_dir / f"{top}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
        tar.add(DESKTOP_FILE, arcname=f"{top}/{PACKAGE}.desktop")
        tar.add(ICONS / f"{PACKAGE}.svg", arcname=f"{top}/{PACKAGE}.svg")
        tar.add(ICONS / f"{PACKAGE}-256.png", arcname=f"{top}/{PACKAGE}.png")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built one-folder bundle (…/pos-client)")
    parser.add_argument("out", type=Path, help="where the .deb and .tar.gz go")
    parser.add_argument("--version", required=True)
    parser.add_argument("--deb-compression", default="xz", choices=("xz", "zstd", "gzip", "none"))
    parser.add_argument("--no-tarball", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if shutil.which("dpkg-deb") and shutil.which("dpkg"):
        deb = build_deb(
            args.bundle, args.out, args.version, work=args.out, compression=args.deb_compression
        )
        print(f"package: {deb}")
    else:
        print("package: no dpkg-deb here, no .deb", file=sys.stderr)
    if not args.no_tarball:
        print(f"package: {build_tarball(args.bundle, args.out, args.version)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
