"""PyInstaller hook for phonenumbers, in place of the contributed one (which takes every submodule).

The app parses, validates and formats numbers: the region metadata
(phonenumbers.data, loaded by name per region) is needed; the geocoder,
carrier and time-zone data (40 MB) are not.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")


def _wanted(name: str) -> bool:
    parts = name.split(".")
    return len(parts) < 2 or parts[1] not in _UNUSED


hiddenimports = collect_submodules("phonenumbers", filter=_wanted)
