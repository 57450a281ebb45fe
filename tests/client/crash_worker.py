"""Finish sales forever on a store file, until someone SIGKILLs this process.

Run by tests/client/test_crash_safety.py as a subprocess:

    python tests/client/crash_worker.py DBPATH STAFF_ID CUSTOMER_IDS CODES [SEED]

CUSTOMER_IDS and CODES are comma-separated (CUSTOMER_IDS may be empty).
Once the store is open the worker prints ``READY``; then, for every sale,
only AFTER its transaction has committed (the ``with`` block has returned),
it prints ``FINISHED <sale_id> <receipt_number> <points_earned> <n_lines>``
and flushes, so a reported sale is one the counter would have handed over.
A kill between the commit and the print leaves a committed, unreported sale;
that is allowed, a reported sale that is missing or incomplete is not.
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from loyalty_core.cart import Discount
from loyalty_core.roles import Role
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput
from pos_client.services.staff import StaffMember
from pos_client.store.database import open_store
from pos_client.store.models import Staff


def main(argv: list[str]) -> int:
    if len(argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[1])
    staff_id = uuid.UUID(argv[2])
    customers = [uuid.UUID(c) for c in argv[3].split(",") if c]
    codes = [c for c in argv[4].split(",") if c]
    rng = random.Random(int(argv[5]) if len(argv) == 6 else None)

    sessions = open_store(path)  # a kill here (migration check) is fine too
    with sessions() as s:
        row = s.get(Staff, staff_id)
        assert row is not None, f"no staff {staff_id}"
        staff = StaffMember(row.id, row.code, row.name, Role(row.role))
    print("READY", flush=True)

    while True:
        with sessions.begin() as s:
            cart = Cart(customer_id=rng.choice([None, *customers]))
            for code in rng.choices(codes, k=rng.randint(1, 4)):
                cart.add_product(find_product(s, code=code), rng.randint(1, 3))
            if rng.random() < 0.2:
                cart.ticket_discount = Discount.percent(5)
            total = cart.priced().total_cents
            card = rng.choice([0, 0, total, total // 2])
            cash_due = total - card
            payment = PaymentInput(
                card_cents=card,
                cash_tendered_cents=cash_due + rng.choice([0, 5, 100, 2000]) if cash_due else 0,
            )
            receipt = sales.finish(
                s, cart=cart, payment=payment, staff=staff, now=datetime.now(UTC)
            )
        # The commit has returned: the sale is on disk, the receipt may be handed over.
        print(
            f"FINISHED {receipt.sale_id} {receipt.receipt_number}"
            f" {receipt.points_earned} {len(receipt.lines)}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
