"""Finding products by the code scanned or typed at the counter."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.barcodes import classify_code, normalise_product_code
from loyalty_core.errors import InactiveProduct, UnknownProduct, UserFacingError
from loyalty_core.text import fold, tokens
from pos_client.store.models import Product


@dataclass(frozen=True)
class ProductInfo:
    id: uuid.UUID
    code: str
    name: str
    brand: str
    category: str
    size: str
    price_cents: int
    vat_rate: int
    points_per_unit: int
    active: bool

    @property
    def display_name(self) -> str:
        return display_name(self.brand, self.name, self.size)


def display_name(brand: str, name: str, size: str) -> str:
    """'Dermaclar Sérum Hydra 30 ml': how a product is named on screens and papers."""
    return " ".join(part for part in (brand, name, size) if part)


def find_product(session: Session, *, code: str) -> ProductInfo:
    """Return the active product for a code; refuse bad, unknown or inactive codes.

    A GTIN with a wrong check digit is refused before any lookup, so a
    misread never rings up the wrong product.
    """
    code = code.strip()
    if not code:
        raise UnknownProduct("empty code", code=code)
    classify_code(code)
    key = normalise_product_code(code)
    row = session.scalars(select(Product).where(Product.code == key)).one_or_none()
    if row is None:
        raise UnknownProduct(f"no product with code {code}", code=code)
    if not row.active:
        raise InactiveProduct(f"product {code} is not on sale", code=code, name=row.name)
    return _info(row)


def _info(row: Product) -> ProductInfo:
    return ProductInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        brand=row.brand,
        category=row.category,
        size=row.size,
        price_cents=row.price_cents,
        vat_rate=row.vat_rate,
        points_per_unit=row.points_per_unit,
        active=row.active,
    )


def search_products(session: Session, *, text: str, limit: int = 30) -> list[ProductInfo]:
    """Products on sale whose brand, name or size hold every word typed ('serum hydra').

    Accents and case do not matter ('serum' finds 'Sérum'); a scanned or typed
    code finds its product first. For the advisor's picker: tens of
    thousands of products are folded in a few tens of milliseconds.
    """
    words = tokens(text)
    if not words:
        return []
    found: list[ProductInfo] = []
    with contextlib.suppress(UserFacingError):  # not a code, or not one on sale
        found.append(find_product(session, code=text))
    rows = session.execute(
        select(Product.id, Product.brand, Product.name, Product.size).where(
            Product.active.is_(True)
        )
    )
    matches = [
        product_id
        for product_id, brand, name, size in rows
        if all(word in fold(f"{brand} {name} {size}") for word in words)
    ]
    taken = {p.id for p in found}
    wanted = [i for i in matches if i not in taken][: limit - len(found)]
    if wanted:
        products = session.scalars(select(Product).where(Product.id.in_(wanted))).all()
        found += sorted((_info(p) for p in products), key=lambda p: (p.name, p.brand, p.size))
    return found
