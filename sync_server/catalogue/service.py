"""Importing the ERP's catalogue export: upsert by code, publish what changed.

Idempotent: importing the same file twice changes nothing and publishes
nothing the second time, so tablets download nothing again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import CHAIN_SCOPE, Feed, ProductRow
from loyalty_core.ids import uuid7
from sync_server.catalogue.csv_import import CatalogueRow, ParsedCatalogue, Rejection
from sync_server.catalogue.models import Product
from sync_server.sync.feeds import publish_many, publish_new

_ADVICE_FIELDS = ("kind", "tags", "duration_days")
_FIELDS = (
    "code_kind",
    "name",
    "brand",
    "category",
    "size",
    "price_cents",
    "vat_rate",
    "points_per_unit",
    "active",
)


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)


def import_catalogue(session: Session, parsed: ParsedCatalogue, *, now: datetime) -> ImportReport:
    """Add new products, update changed ones, and report the rejected lines."""
    report = ImportReport(rejections=list(parsed.rejections))
    # A file without the care columns leaves what the products have (another export made them).
    fields = _FIELDS + tuple(name for name in _ADVICE_FIELDS if name in parsed.columns)
    existing = {
        p.code: p
        for p in session.scalars(
            select(Product).where(Product.code.in_([r.code for r in parsed.rows]))
        )
    }
    added: list[Product] = []
    changed: list[Product] = []
    for row in parsed.rows:
        product = existing.get(row.code)
        if product is None:
            product = Product(id=uuid7(), code=row.code, updated_at=now)
            _copy(row, product, _FIELDS + _ADVICE_FIELDS)
            added.append(product)
        elif any(getattr(product, name) != getattr(row, name) for name in fields):
            _copy(row, product, fields)
            product.updated_at = now
            report.updated += 1
            changed.append(product)
        else:
            report.unchanged += 1
    # New products go in and reach the feed in bulk: an ERP file holds thousands.
    session.add_all(added)
    session.flush()
    publish_new(
        session,
        Feed.CATALOGUE,
        CHAIN_SCOPE,
        [(str(p.id), _row(p).model_dump(mode="json")) for p in added],
        now=now,
    )
    report.added = len(added)
    publish_many(
        session,
        Feed.CATALOGUE,
        CHAIN_SCOPE,
        {str(p.id): _row(p).model_dump(mode="json") for p in changed},
        now=now,
    )
    return report


def _copy(row: CatalogueRow, product: Product, fields: tuple[str, ...]) -> None:
    for name in fields:
        setattr(product, name, getattr(row, name))


def _row(product: Product) -> ProductRow:
    return ProductRow(
        id=product.id,
        code=product.code,
        code_kind=product.code_kind,
        name=product.name,
        brand=product.brand,
        category=product.category,
        size=product.size,
        price_cents=product.price_cents,
        vat_rate=product.vat_rate,
        points_per_unit=product.points_per_unit,
        active=product.active,
        kind=product.kind,
        tags=list(product.tags),
        duration_days=product.duration_days,
    )
