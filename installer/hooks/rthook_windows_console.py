"""Runtime hook (Windows only): give a windowed pos-client.exe the console it was started from.

The Windows bundle is built windowed, so double-clicking it opens no black
console window; but then Python has no stdout, and the CLI subcommands an IT
person types (`pos-client.exe decode photo.jpg`, `demo-data`, `sample-receipt`,
`register`) would print nothing, or fail on `print`. When there are arguments
and the parent process has a console (cmd, PowerShell), attach to it and write
there. Started from the Start menu (no arguments, no console) nothing changes.

Known limit: cmd does not wait for a windowed program, so its prompt may come
back before the output. `start /wait pos-client.exe ...` waits.
Not tried on Windows (see installer/README.md).
"""


def _pyi_rthook() -> None:
    import sys

    if sys.platform != "win32" or len(sys.argv) < 2 or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115


_pyi_rthook()
del _pyi_rthook
