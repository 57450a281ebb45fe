"""Text folding for search: 'Núñez' and 'nunez' are the same word."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case and strip accents ('Núñez Pujol·la' -> 'nunez pujolla')."""
    # Remove the middle dot after NFKD, which turns 'ŀ' into 'l·'.
    decomposed = unicodedata.normalize("NFKD", text).replace("·", "").replace("ß", "ss")
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def tokens(text: str) -> list[str]:
    """Split folded text into search words."""
    return [t for t in _SEPARATORS.split(fold(text)) if t]
