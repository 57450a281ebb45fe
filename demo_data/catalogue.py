"""A believable cosmetics catalogue, generated from a seed.

Brands are invented. Prices are VAT-inclusive cents with shop endings
(34,95 €, 12,99 €...). Codes are unique: EAN-13 under Spanish GS1 prefix 84
(books carry their ISBN, 978-84-...), a few EAN-8 and UPC-A packs, and
internal 'INT-00042' codes for samples. Nothing starts with 29, the
in-store range member cards use.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from typing import NamedTuple

from loyalty_core.barcodes import CodeKind, with_check_digit
from loyalty_core.ids import uuid7


class DemoProduct(NamedTuple):
    """One `product` row, fields in column order (the id as 32 hex digits)."""

    id: str
    code: str
    code_kind: str
    name: str
    brand: str
    category: str
    size: str
    price_cents: int
    vat_rate: int
    points_per_unit: int
    active: bool
    kind: str
    """The care guide's product type ('serum'), '' for none."""
    tags: str
    """Attributes for the advice rules, as the store's JSON text: '["hydrating", "vegan"]'."""
    duration_days: int | None


@dataclass(frozen=True)
class _Type:
    name: str
    sizes: tuple[str, ...]
    euros: tuple[int, int]
    shades: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()  # its own variants instead of the brand's lines
    small: bool = False  # a small pack, which may carry an EAN-8
    kind: str = ""  # the care guide's product type (resources/advice/care_guide.toml)


@dataclass(frozen=True)
class _Category:
    key: str
    weight: int
    vat: int
    types: tuple[_Type, ...]
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Brand:
    name: str
    categories: tuple[str, ...]
    tier: int  # 0 mass market, 1 mid-range, 2 prestige: where its prices sit
    upc: bool = False  # an American brand: its packs carry UPC-A
    weight: int = 3  # how much of its categories' shelf it takes


def _combine(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{a} {b}" for a in firsts for b in seconds)


def _numbered(start: int, step: int, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{start + i * step:03d} {n}" for i, n in enumerate(names))


_SKIN_TONES = tuple(
    f"{i:02d} {n}"
    for i, n in enumerate(
        ("Porcelana", "Marfil", "Beige Claro", "Beige Natural", "Arena", "Miel", "Dorado",
         "Caramelo", "Canela", "Moca", "Cacao", "Ébano"),
        start=1,
    )
)  # fmt: skip
_LIP_COLOURS = ("Rojo Cereza", "Rosa Nude", "Coral", "Burdeos", "Malva", "Fucsia", "Terracota",
                "Rosa Palo", "Ciruela", "Chocolate", "Melocotón", "Frambuesa", "Rojo Pasión",
                "Caramelo", "Lila", "Nude Beige")  # fmt: skip
_LIPS = _numbered(101, 11, _LIP_COLOURS)
_NAILS = _numbered(
    201, 13, (*_LIP_COLOURS, "Blanco Nieve", "Negro Ónix", "Azul Marino", "Verde Oliva")
)
_BLUSH = (
    "Rosa Suave",
    "Melocotón",
    "Coral",
    "Bronce",
    "Malva",
    "Terracota",
    "Champagne",
    "Oro Rosa",
)
_EYES = ("Negro", "Negro Intenso", "Marrón", "Azul Noche", "Verde Bosque", "Burdeos")
_BROWS = ("Rubio", "Castaño Claro", "Castaño", "Castaño Oscuro", "Gris Topo")
_PALETTES = ("Nude", "Smoky", "Sunset", "Rosé", "Bronze", "Mediterrània", "Golden Hour", "Berry")
_HAIR_COLOURS = ("1.0 Negro", "3.0 Castaño Oscuro", "4.0 Castaño", "5.0 Castaño Claro",
                 "5.3 Castaño Claro Dorado", "5.62 Caoba Rojizo", "6.0 Rubio Oscuro",
                 "7.1 Rubio Ceniza", "8.0 Rubio Claro", "9.3 Rubio Muy Claro Dorado")  # fmt: skip

_PERFUME_LINES = _combine(
    ("Rosa", "Ámbar", "Azahar", "Neroli", "Vetiver", "Iris", "Oud", "Vainilla", "Jazmín", "Cedro",
     "Bergamota", "Lavanda", "Higo", "Peonía", "Almizcle", "Sándalo", "Tuberosa", "Pachulí"),
    ("Noir", "Absolu", "Intense", "Royal", "Salvaje", "Sublime", "Libre", "Elixir",
     "de Medianoche", "de Verano", "de Seda", "del Sur", "Mediterrània"),
)  # fmt: skip
_SKIN_LINES = _combine(
    ("Hydra", "Glow", "Renew", "Lift", "Calm", "Pure", "Repair", "Matte", "Boost", "Sensitive",
     "Intensive", "Balance", "Detox", "Youth"),
    ("Vitamina C", "Retinol", "Ácido Hialurónico", "Niacinamida", "Colágeno", "Centella",
     "Aloe Vera", "Ceramidas", "Bakuchiol", "Péptidos", "Rosa Mosqueta", "Caviar", "Oro 24K",
     "Arcilla Blanca", "Té Verde", "Agua Termal", "Probióticos", "Ácido Glicólico"),
)  # fmt: skip
_MAKEUP_LINES = _combine(
    ("Velvet", "Satin", "Matte", "Glow", "Nude", "Bold", "Soft", "Power", "Silk", "Studio",
     "Infinity", "Lasting", "Dream", "Urban"),
    ("Touch", "Finish", "Colour", "Wear 24h", "Kiss", "Cover", "Volume", "Glam", "Essentials",
     "Icons"),
)  # fmt: skip
_HAIR_LINES = _combine(
    ("Repair", "Liss", "Curl", "Color Protect", "Volume", "Detox", "Fresh", "Shine", "Strong",
     "Daily", "Nutri"),
    ("Argán", "Keratina", "Coco", "Aguacate", "Ortiga", "Romero", "Biotina", "Bambú", "Ricino",
     "Manzanilla", "Cebolla"),
)  # fmt: skip
_BODY_LINES = _combine(
    ("Soft", "Fresh", "Care", "Silk", "Pure", "Nutri", "Zen", "Spa"),
    ("Almendras Dulces", "Karité", "Coco y Vainilla", "Aloe", "Avena", "Flor de Cerezo",
     "Té Verde", "Higo", "Mango", "Lavanda", "Azahar", "Sal Marina", "Algodón", "Rosa Mosqueta"),
)  # fmt: skip
_TOOL_LINES = ("Pro", "Bambú", "Vegan", "Essentials", "Rose Gold", "Travel", "Studio", "Negro")

_T = _Type
CATEGORIES: tuple[_Category, ...] = (
    _Category("perfume", 14, 21, (
        _T("Eau de Parfum", ("30 ml", "50 ml", "100 ml"), (35, 180), kind="perfume"),
        _T("Eau de Toilette", ("30 ml", "50 ml", "100 ml"), (25, 110), kind="perfume"),
        _T("Extracto de Perfume", ("30 ml", "50 ml"), (70, 180), kind="perfume"),
        _T("Agua de Colonia", ("100 ml", "200 ml", "400 ml"), (12, 45), kind="perfume"),
        _T("Bruma Corporal", ("100 ml", "250 ml"), (9, 28)),
        _T("Estuche Eau de Parfum", ("50 ml + loción 75 ml", "100 ml + viaje 10 ml"), (55, 160)),
    ), _PERFUME_LINES),
    _Category("skincare", 22, 21, (
        _T("Gel Limpiador", ("150 ml", "200 ml", "400 ml"), (6, 32), kind="cleanser"),
        _T("Agua Micelar", ("200 ml", "400 ml"), (5, 22), kind="micellar_water"),
        _T("Tónico Facial", ("200 ml", "400 ml"), (6, 30), kind="toner"),
        _T("Sérum", ("15 ml", "30 ml", "50 ml"), (15, 95), kind="serum"),
        _T("Crema Hidratante", ("50 ml",), (10, 85), kind="moisturiser"),
        _T("Crema de Noche", ("50 ml",), (14, 95), kind="night_cream"),
        _T("Contorno de Ojos", ("15 ml", "15 g"), (15, 70), kind="eye_cream"),
        _T("Protector Solar SPF50", ("50 ml", "100 ml", "200 ml"), (9, 35), kind="sunscreen"),
        _T("Mascarilla Facial", ("50 ml", "75 ml"), (8, 40), kind="face_mask"),
        _T("Exfoliante Facial", ("75 ml", "100 ml"), (8, 30), kind="exfoliant"),
        _T("Aceite Facial", ("30 ml",), (18, 70), kind="face_oil"),
        _T("Bálsamo Labial", ("4,8 g", "15 ml"), (3, 12), small=True, kind="lip_balm"),
    ), _SKIN_LINES),
    _Category("makeup", 32, 21, (
        _T("Base de Maquillaje", ("30 ml",), (12, 55), _SKIN_TONES, kind="foundation"),
        _T("Corrector", ("7 ml",), (8, 32), _SKIN_TONES, small=True, kind="concealer"),
        _T("Polvos Compactos", ("9 g",), (10, 40), _SKIN_TONES, kind="powder"),
        _T("Colorete", ("5 g",), (8, 35), _BLUSH),
        _T("Iluminador", ("8 g",), (10, 38), _BLUSH[-3:]),
        _T("Barra de Labios", ("3,5 g",), (6, 38), _LIPS, small=True),
        _T("Gloss", ("6 ml",), (6, 25), _LIPS, small=True),
        _T("Perfilador de Labios", ("1,2 g",), (4, 20), _LIPS, small=True),
        _T("Máscara de Pestañas", ("10 ml",), (8, 35), _EYES[:3], kind="mascara"),
        _T("Delineador de Ojos", ("1 ml",), (6, 28), _EYES, small=True),
        _T("Lápiz de Ojos", ("1,2 g",), (4, 22), _EYES, small=True),
        _T("Lápiz de Cejas", ("0,3 g",), (5, 24), _BROWS, small=True),
        _T("Paleta de Sombras", ("12 g",), (12, 60), _PALETTES),
        _T("Esmalte de Uñas", ("10 ml",), (4, 18), _NAILS, small=True),
        _T("Prebase de Maquillaje", ("30 ml",), (12, 40), kind="primer"),
        _T("Fijador de Maquillaje", ("100 ml",), (10, 34)),
    ), _MAKEUP_LINES),
    _Category("hair", 10, 21, (
        _T("Champú", ("250 ml", "400 ml", "1000 ml"), (4, 28), kind="shampoo"),
        _T("Acondicionador", ("200 ml", "400 ml"), (4, 28), kind="conditioner"),
        _T("Mascarilla Capilar", ("200 ml", "300 ml"), (8, 35), kind="hair_mask"),
        _T("Aceite Capilar", ("50 ml", "100 ml"), (12, 45), kind="hair_oil"),
        _T("Sérum Capilar", ("50 ml",), (10, 35)),
        _T("Protector Térmico", ("150 ml",), (8, 25)),
        _T("Espuma de Peinado", ("200 ml",), (5, 18)),
        _T("Laca", ("300 ml",), (4, 18)),
        _T("Coloración Permanente", ("1 ud",), (6, 15), _HAIR_COLOURS),
    ), _HAIR_LINES),
    _Category("body", 8, 21, (
        _T("Gel de Ducha", ("250 ml", "500 ml", "750 ml"), (3, 15), kind="shower_gel"),
        _T("Loción Corporal", ("200 ml", "400 ml"), (5, 30), kind="body_lotion"),
        _T("Crema Corporal", ("200 ml",), (8, 40), kind="body_lotion"),
        _T("Crema de Manos", ("30 ml", "75 ml"), (3, 18), small=True, kind="hand_cream"),
        _T("Desodorante Roll-on", ("50 ml",), (3, 12), small=True, kind="deodorant"),
        _T("Desodorante Spray", ("150 ml", "200 ml"), (3, 10), kind="deodorant"),
        _T("Aceite Corporal", ("100 ml",), (10, 40)),
        _T("Exfoliante Corporal", ("200 ml",), (8, 28)),
        _T("Sales de Baño", ("500 g",), (6, 20)),
        _T("Jabón de Manos", ("300 ml",), (3, 12)),
    ), _BODY_LINES),
    _Category("accessories", 5, 21, (
        _T("Brocha de Base", ("1 ud",), (8, 35)),
        _T("Set de Brochas", ("5 uds", "12 uds"), (15, 60)),
        _T("Esponja de Maquillaje", ("1 ud", "2 uds"), (4, 18)),
        _T("Neceser", ("mediano", "grande"), (8, 35)),
        _T("Lima de Uñas", ("1 ud",), (2, 9), small=True),
        _T("Pinzas de Depilar", ("1 ud",), (5, 25), small=True),
        _T("Rizador de Pestañas", ("1 ud",), (6, 20), small=True),
        _T("Cepillo Desenredante", ("1 ud",), (8, 25)),
    ), _TOOL_LINES),
    # Medical devices sold in para-pharmacy: reduced VAT (10 %).
    _Category("parapharmacy", 3, 10, (
        _T("Suero Fisiológico Monodosis", ("30 × 5 ml",), (3, 8), lines=("", "Infantil")),
        _T("Apósitos Hidrocoloides", ("10 uds", "20 uds"), (4, 10), lines=("", "Ampollas")),
        _T("Gafas de Lectura", ("+1,0", "+1,5", "+2,0", "+2,5", "+3,0"), (9, 29),
           lines=("Clásica", "Carey", "Negra", "Dorada", "Azul Marino")),
        _T("Tiras de Sutura Cutánea", ("10 uds",), (3, 9), lines=("",)),
        _T("Parches de Silicona para Cicatrices", ("10 uds",), (15, 30), lines=("",)),
    )),
    # Menstrual hygiene: super-reduced VAT (4 %) in Spain.
    _Category("hygiene", 2, 4, (
        _T("Tampones", ("16 uds", "32 uds"), (2, 7),
           lines=("Normal", "Super", "Super Plus", "Mini", "Algodón Orgánico")),
        _T("Compresas", ("10 uds", "14 uds"), (2, 6),
           lines=("Normal", "Noche", "Ultra Fina", "Algodón Orgánico")),
        _T("Salvaslips", ("30 uds", "60 uds"), (2, 5), lines=("Normal", "Transpirable", "Tanga")),
        _T("Copa Menstrual", ("1 ud",), (15, 30), lines=("Talla S", "Talla M", "Talla L")),
    )),
    # Books: super-reduced VAT (4 %), sold with their ISBN barcode.
    _Category("books", 1, 4, (
        _T("", ("Tapa blanda", "Tapa dura"), (12, 30), lines=(
            "Guía del Cuidado de la Piel", "El Arte del Maquillaje",
            "Perfumes: Una Historia Íntima", "Piel Sana a Cualquier Edad",
            "El Libro del Cabello Rizado", "Cosmética Natural en Casa", "La Rutina Coreana",
            "Manual de Automaquillaje", "L'Art del Perfum", "Bellesa Conscient", "Uñas Perfectas",
            "Química de la Belleza")),
    )),
    _Category("samples", 1, 21, (
        _T("Miniatura Eau de Parfum", ("5 ml", "7,5 ml"), (3, 9), lines=_PERFUME_LINES, small=True),
        _T("Muestra Sérum", ("2 ml",), (1, 3), lines=_SKIN_LINES, small=True),
        _T("Kit de Viaje", ("4 uds",), (6, 15),
           lines=("Hidratación", "Antiedad", "Cabello", "Cuerpo", "Solar", "Piel Sensible")),
        _T("Bolsa de Regalo", ("pequeña", "grande"), (0, 2),
           lines=("Kraft", "Estampada", "Navidad")),
    )),
)  # fmt: skip

BRANDS: tuple[_Brand, ...] = (
    _Brand("Maison Ambre", ("perfume", "samples"), 2),
    _Brand("Atelier Solenne", ("perfume",), 2),
    _Brand("Nuit Bleue Paris", ("perfume", "samples"), 2),
    _Brand("Perfums de l'Empordà", ("perfume", "body"), 1),
    _Brand("Agua de Sóller", ("perfume", "body"), 1),
    _Brand("Marea", ("perfume", "body"), 0),
    _Brand("Aurélie", ("skincare", "samples"), 2),
    _Brand("Dermaclar", ("skincare",), 1),
    _Brand("Herbàlia", ("skincare", "body", "hair"), 1),
    _Brand("Nordic Dew", ("skincare",), 1),
    _Brand("Seúl Glow Lab", ("skincare", "makeup"), 0),
    _Brand("Clinialab", ("skincare", "parapharmacy"), 1),
    _Brand("Vita Skin", ("skincare", "body"), 0),
    _Brand("Alma Verde", ("skincare", "body", "hair"), 1),
    _Brand("Lumière Cosmetics", ("makeup",), 2),
    _Brand("Carmín Studio", ("makeup",), 1),
    _Brand("Velvet & Co.", ("makeup", "accessories"), 1),
    _Brand("Brooklyn Glow", ("makeup", "skincare"), 1, upc=True, weight=1),
    _Brand("Sunset Blvd Beauty", ("makeup",), 0, upc=True, weight=1),
    _Brand("Kolor Mood", ("makeup",), 0),
    _Brand("Pigmenta", ("makeup",), 1),
    _Brand("Capilia", ("hair",), 1),
    _Brand("Argania Pro", ("hair",), 2),
    _Brand("Rizo Natural", ("hair",), 0),
    _Brand("Barberia del Born", ("hair", "body", "perfume"), 1),
    _Brand("Mediterrània Body", ("body",), 1),
    _Brand("Sabonera de Mallorca", ("body",), 1),
    _Brand("Karité & Co.", ("body", "skincare"), 0),
    _Brand(
        "Bellesa Essentials",
        ("skincare", "makeup", "hair", "body", "accessories", "samples"),
        0,
        weight=4,
    ),
    _Brand("Toque Pro", ("accessories",), 1),
    _Brand("Farmàcia Nova", ("parapharmacy", "skincare"), 1),
    _Brand("Salus Pharma", ("parapharmacy",), 0),
    _Brand("Intima Care", ("hygiene",), 0),
    _Brand("Luna Roja", ("hygiene",), 1),
    _Brand("Edicions Bellesa", ("books",), 1),
    _Brand("Editorial Espejo", ("books",), 1),
)

_ENDINGS = (95,) * 9 + (99,) * 5 + (50,) * 3 + (90,) * 2 + (0,)
_VARIANTS = (
    "Edición Limitada", "Recarga", "Pack Duo", "Set Regalo", "Edición Viaje", "Edición Especial"
)  # fmt: skip
_FEATURED_SHARE = 0.12  # brand lines that earn extra points per unit
_INACTIVE_SHARE = 0.02
_NO_POINTS = frozenset({"parapharmacy", "hygiene", "books", "samples"})


class _CodeBook:
    """Hands out unique codes: GS1 company blocks per brand, items in sequence."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._blocks: dict[tuple[str, str], list[int]] = {}
        self._companies: set[tuple[str, int]] = set()
        self._ean8 = rng.randrange(100_000)
        self._internal = 0

    def gtin(self, prefix: str, owner: str, company_digits: int, item_digits: int) -> str:
        block = self._blocks.get((prefix, owner))
        if block is None or block[1] == 10**item_digits:
            company = self._rng.randrange(10 ** (company_digits - 1), 10**company_digits)
            while (prefix, company) in self._companies:
                company = self._rng.randrange(10 ** (company_digits - 1), 10**company_digits)
            self._companies.add((prefix, company))
            block = self._blocks[(prefix, owner)] = [company, 0]
        body = f"{prefix}{block[0]:0{company_digits}d}{block[1]:0{item_digits}d}"
        block[1] += 1
        return with_check_digit(body)

    def ean8(self) -> str:
        self._ean8 = (self._ean8 + 1) % 100_000  # unique up to 100,000 EAN-8 packs
        return with_check_digit(f"84{self._ean8:05d}")

    def internal(self) -> str:
        self._internal += 1
        return f"INT-{self._internal:05d}"

    def code(self, kind: CodeKind, brand: _Brand, category: str) -> str:
        if kind is CodeKind.INTERNAL:
            return self.internal()
        if kind is CodeKind.EAN8:
            return self.ean8()
        if kind is CodeKind.UPCA:
            return self.gtin("0", brand.name, 5, 5)
        if category == "books":
            return self.gtin("97884", brand.name, 5, 2)  # ISBN 978-84-...
        return self.gtin("84", brand.name, 5, 5)


def _price_cents(rng: random.Random, t: _Type, tier: int, size_index: int) -> int:
    """Pick a shop price: brand tier and pack size move it within the type's range."""
    lo, hi = t.euros
    position = (tier + rng.random()) / 3
    if len(t.sizes) > 1:
        position = 0.6 * position + 0.4 * size_index / (len(t.sizes) - 1) * 0.999
    cents = (lo + int((hi - lo) * position)) * 100 + _ENDINGS[int(rng.random() * len(_ENDINGS))]
    return cents or 50


class _Spec(NamedTuple):
    category: _Category
    brand: _Brand
    name: str
    size: str
    price_cents: int
    points: int
    kind: CodeKind
    care_kind: str = ""


_Lines = dict[tuple[str, str], list[tuple[str, bool]]]
# Categories with room for thousands of references (shades, lines, sizes).
_BROAD = ("makeup", "skincare", "perfume", "hair", "body")


def _brand_lines(rng: random.Random, count: int) -> _Lines:
    """Give each brand some lines per category, a few of them featured."""
    per_brand = 3 + count // 400
    by_cat = {c.key: c for c in CATEGORIES}
    lines: _Lines = {}
    for brand in BRANDS:
        for key in brand.categories:
            pool = by_cat[key].lines or ("",)
            chosen = rng.sample(pool, min(per_brand, len(pool)))
            lines[(brand.name, key)] = [(n, rng.random() < _FEATURED_SHARE) for n in chosen]
    return lines


class _Shelves:
    """Draws product specs: category, brand, type, line, shade, size, price."""

    def __init__(self, rng: random.Random, count: int) -> None:
        self._rng = rng
        self._lines = _brand_lines(rng, count)
        self.weighted = [c for c in CATEGORIES for _ in range(c.weight)]
        self.broad = [c for c in self.weighted if c.key in _BROAD]
        self._brands = {
            c.key: [b for b in BRANDS if c.key in b.categories for _ in range(b.weight)]
            for c in CATEGORIES
        }

    def pick(self, pool: list[_Category]) -> _Category:
        return pool[int(self._rng.random() * len(pool))]

    def spec(self, cat: _Category) -> _Spec:
        rng = self._rng
        brands = self._brands[cat.key]
        brand = brands[int(rng.random() * len(brands))]
        t = cat.types[int(rng.random() * len(cat.types))]
        if t.lines:
            line, featured = t.lines[int(rng.random() * len(t.lines))], False
        else:
            own = self._lines[(brand.name, cat.key)]
            line, featured = own[int(rng.random() * len(own))]
        shade = t.shades[int(rng.random() * len(t.shades))] if t.shades else ""
        size_index = int(rng.random() * len(t.sizes))
        price = _price_cents(rng, t, brand.tier, size_index)
        points = 0
        if featured and cat.key not in _NO_POINTS:
            points = max(5, min(50, 5 * round(price / 2000)))
        if cat.key == "samples":
            kind = CodeKind.INTERNAL
        elif brand.upc:
            kind = CodeKind.UPCA
        elif t.small and rng.random() < 0.2:
            kind = CodeKind.EAN8
        else:
            kind = CodeKind.EAN13
        name = " ".join(p for p in (t.name, line, shade) if p)
        return _Spec(cat, brand, name, t.sizes[size_index], price, points, kind, t.kind)


def generate_catalogue(rng: random.Random, count: int, *, epoch_ms: int) -> list[DemoProduct]:
    """Make `count` products with unique codes; ids are UUIDv7 from `epoch_ms` on."""
    shelves = _Shelves(rng, count)
    seen: set[tuple[str, str, str]] = set()
    specs: list[_Spec] = []
    for i in range(count):
        # The first products visit every category, so even a small catalogue
        # shows all VAT rates and code kinds.
        cat = CATEGORIES[i] if i < len(CATEGORIES) else shelves.pick(shelves.weighted)
        spec = shelves.spec(cat)
        for attempt in range(6):
            if (spec.brand.name, spec.name, spec.size) not in seen:
                break
            # A narrow shelf (books, hygiene...) is full: stock a broad one.
            spec = shelves.spec(cat if attempt < 2 else shelves.pick(shelves.broad))
        spec = spec._replace(name=_unique_name(spec, seen))
        seen.add((spec.brand.name, spec.name, spec.size))
        specs.append(spec)
    _ensure_kinds(rng, specs)
    book = _CodeBook(rng)
    return [
        DemoProduct(
            id=uuid7(unix_ms=epoch_ms + i, rand=rng.randbytes(10)).hex,
            code=book.code(s.kind, s.brand, s.category.key),
            code_kind=str(s.kind),
            name=s.name,
            brand=s.brand.name,
            category=s.category.key,
            size=s.size,
            price_cents=s.price_cents,
            vat_rate=s.category.vat,
            points_per_unit=s.points,
            active=rng.random() >= _INACTIVE_SHARE,
            kind=s.care_kind,
            tags=json.dumps(_tags(s), ensure_ascii=False),
            duration_days=None,
        )
        for i, s in enumerate(specs)
    ]


_LINE_TAGS: dict[str, tuple[str, ...]] = {
    "Hydra": ("hydrating",),
    "Ácido Hialurónico": ("hydrating",),
    "Aloe Vera": ("hydrating", "soothing"),
    "Ceramidas": ("hydrating", "nourishing"),
    "Agua Termal": ("hydrating", "soothing", "sensitive_skin", "fragrance_free"),
    "Boost": ("hydrating",),
    "Rosa Mosqueta": ("nourishing",),
    "Caviar": ("nourishing", "anti_ageing"),
    "Repair": ("nourishing",),
    "Intensive": ("nourishing",),
    "Matte": ("mattifying",),
    "Niacinamida": ("mattifying", "balancing"),
    "Arcilla Blanca": ("mattifying", "purifying"),
    "Pure": ("purifying",),
    "Detox": ("purifying",),
    "Ácido Glicólico": ("purifying", "brightening"),
    "Té Verde": ("purifying",),
    "Probióticos": ("balancing", "purifying"),
    "Balance": ("balancing",),
    "Retinol": ("anti_ageing",),
    "Lift": ("anti_ageing", "firming"),
    "Youth": ("anti_ageing",),
    "Péptidos": ("anti_ageing", "firming"),
    "Colágeno": ("anti_ageing", "firming"),
    "Bakuchiol": ("anti_ageing",),
    "Oro 24K": ("anti_ageing",),
    "Renew": ("anti_ageing",),
    "Vitamina C": ("brightening",),
    "Glow": ("brightening",),
    "Calm": ("soothing", "sensitive_skin", "fragrance_free"),
    "Centella": ("soothing", "sensitive_skin"),
    "Sensitive": ("sensitive_skin", "soothing", "fragrance_free"),
}
"""What a line's name promises (the demo's stand-in for the ERP's attributes)."""
_VEGAN_BRANDS = frozenset({"Alma Verde", "Herbàlia", "Seúl Glow Lab", "Karité & Co."})


def _tags(spec: _Spec) -> list[str]:
    """The demo product's attributes, from its line's words and a hash (the seed's draws
    stay as they were, so a catalogue made before attributes existed is the same)."""
    if not spec.care_kind:
        return []
    tags = {tag for word, found in _LINE_TAGS.items() if word in spec.name for tag in found}
    draw = int.from_bytes(hashlib.sha256(f"{spec.brand.name}|{spec.name}".encode()).digest()[:4])
    if spec.brand.name in _VEGAN_BRANDS or draw % 100 < 25:
        tags.add("vegan")
    if spec.category.key == "skincare" and (draw >> 8) % 100 < 20:
        tags.add("fragrance_free")
    return sorted(tags)


def _unique_name(spec: _Spec, seen: set[tuple[str, str, str]]) -> str:
    """Tell apart a product that came out the same as an earlier one."""
    if (spec.brand.name, spec.name, spec.size) not in seen:
        return spec.name
    for n in range(1, 10_000):
        for variant in _VARIANTS:
            name = f"{spec.name} {variant}" + (f" {n}" if n > 1 else "")
            if (spec.brand.name, name, spec.size) not in seen:
                return name
    raise AssertionError("no free product name")  # pragma: no cover


def _ensure_kinds(rng: random.Random, specs: list[_Spec]) -> None:
    """Make sure a catalogue of any size shows EAN-8 and UPC-A packs too."""
    if len(specs) < 20:
        return
    for kind in (CodeKind.EAN8, CodeKind.UPCA):
        if any(s.kind is kind for s in specs):
            continue
        plain = [
            i for i, s in enumerate(specs) if s.kind is CodeKind.EAN13 and s.category.key != "books"
        ]
        i = plain[int(rng.random() * len(plain))]
        specs[i] = specs[i]._replace(kind=kind)
