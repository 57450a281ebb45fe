"""Text folding for search: 'Núñez' and 'nunez' are the same word."""

from __future__ import annotations

import functools
import re
import unicodedata

_SEPARATORS = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case and strip accents ('Núñez Pujol·la' -> 'nunez pujolla').

    Folded word by word, each word remembered: a first download folds a million
    names made of a few thousand words. (A space never joins two characters in
    NFKD, so folding the words one by one gives the same text.)
    """
    if text.isascii():
        return text.lower()
    return " ".join([_fold_word(word) for word in text.split(" ")])


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    # Remove the middle dot after NFKD, which turns 'ŀ' into 'l·'.
    decomposed = unicodedata.normalize("NFKD", word).replace("·", "").replace("ß", "ss")
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def tokens(text: str) -> list[str]:
    """Split folded text into search words."""
    return [t for t in _SEPARATORS.split(fold(text)) if t]
