"""`pos-client sample-receipt FILE`: the printer check an IT person runs, from the source tree.

(The built bundle runs it too, in test_bundle.py.)
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from loyalty_core.money import format_euros
from pos_client.cli import main
from pos_client.documents.sample_receipt import SAMPLE_LINES, sample_receipt


def test_the_sample_sale_adds_up_like_a_real_one() -> None:
    receipt = sample_receipt(datetime(2026, 11, 24, 10, 30, tzinfo=UTC))
    assert receipt.total_cents == sum(line.net_cents for line in receipt.lines)
    assert receipt.total_cents == sum(v.gross_cents for v in receipt.vat)
    assert all(v.base_cents + v.vat_cents == v.gross_cents for v in receipt.vat)
    assert {v.rate for v in receipt.vat} == {21, 4}
    assert receipt.line_discounts_cents > 0  # the discount row is printed too
    (cash,) = receipt.payments
    assert cash.amount_cents == receipt.total_cents
    assert cash.change_cents == (cash.tendered_cents or 0) - receipt.total_cents
    # 1 point per whole euro of the total, plus the serum's 10 points per unit.
    assert receipt.points_earned == receipt.total_cents // 100 + 10
    assert receipt.points_balance is not None and receipt.points_balance > receipt.points_earned
    assert sample_receipt(receipt.occurred_at).record_hash == receipt.record_hash


def test_the_command_writes_a_pdf_that_says_it_is_a_test(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["sample-receipt", "printer-check.pdf"]) == 0
    target = tmp_path / "printer-check.pdf"
    assert capsys.readouterr().out.strip() == f"sample receipt: {target.resolve()}"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "TICKET DE PRUEBA" in text and "sin validez fiscal" in text
    for line in SAMPLE_LINES:
        assert line.name in text
    assert f"TOTAL {format_euros(sample_receipt().total_cents)}" in text
    assert not list(tmp_path.glob(".*.partial"))


def test_an_unwritable_place_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sample-receipt", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "pos-client:" in capsys.readouterr().err
