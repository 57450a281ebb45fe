"""Runtime hook: make pyzbar load the zbar library shipped in the bundle.

On Linux pyzbar asks `ctypes.util.find_library("zbar")`, which searches the
system (ldconfig) and never the bundle's folder: on a tablet without the
libzbar0 package the decoder would not load, and with it a different zbar than
the one tested would. This answers "zbar" with the bundled file. (On Windows
pyzbar looks beside its own module, where the spec puts libzbar-64.dll and
libiconv.dll, and needs no help.)
"""


def _pyi_rthook() -> None:
    import ctypes.util
    import glob
    import os
    import sys

    if sys.platform == "win32":
        return
    bundled = sorted(glob.glob(os.path.join(sys._MEIPASS, "libzbar.so*")))  # type: ignore[attr-defined]
    if not bundled:
        return
    system_find_library = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        if name == "zbar":
            return bundled[0]
        return system_find_library(name)

    ctypes.util.find_library = find_library


_pyi_rthook()
del _pyi_rthook
