"""Folding names for search: accents, case and Catalan middle dots."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_core.text import fold, tokens


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Núñez", "nunez"),
        ("NÚÑEZ", "nunez"),
        ("Pujol·la", "pujolla"),
        ("Pujoŀla", "pujolla"),  # the single character 'ŀ' (U+0140)
        ("ÀNGELS", "angels"),
        ("Ça", "ca"),
        ("Çà", "ca"),
        ("Straße", "strasse"),
        ("María José", "maria jose"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("María José Núñez Pujol·la", ["maria", "jose", "nunez", "pujolla"]),
        ("Ferrer i Castellà", ["ferrer", "i", "castella"]),
        ("  d'Alòs-Moner ", ["d", "alos", "moner"]),
        ("mar jo", ["mar", "jo"]),
        ("6123", ["6123"]),
        ("—  ·  ", []),
    ],
)
def test_tokens(text: str, words: list[str]) -> None:
    assert tokens(text) == words


def test_the_same_name_spelt_any_way_gives_the_same_tokens() -> None:
    spellings = ["Àngels Pujol·la", "ANGELS PUJOLLA", "àngels pujoŀla", "Angels  Pujol·la"]
    assert {tuple(tokens(s)) for s in spellings} == {("angels", "pujolla")}


def _fold_whole(text: str) -> str:
    """The definition, applied to the whole text at once (what `fold` must equal)."""
    decomposed = unicodedata.normalize("NFKD", text).replace("·", "").replace("ß", "ss")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_folding_word_by_word_equals_folding_the_whole_text(text: str) -> None:
    assert fold(text) == _fold_whole(text)


@given(st.lists(st.sampled_from(["José", "Núñez", "Pujol·la", "ÀNGELS", " ", "ß", "\u0301"])))
def test_folding_accented_names_and_lone_marks(parts: list[str]) -> None:
    text = "".join(parts)
    assert fold(text) == _fold_whole(text)
