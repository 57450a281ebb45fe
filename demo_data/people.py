"""Customers of a Spanish beauty chain and their past purchases, from a seed.

Names are Spanish and Catalan (two surnames, with accents), with some
foreign residents (who carry an NIE). Phones are Spanish mobiles in E.164,
e-mails live under the reserved example.com/.net/.org domains so demo data
never reaches a real inbox. Rows come out in batches, oldest customer
first, ready for an executemany.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from loyalty_core.ids import uuid7
from loyalty_core.member_card import make_card_number
from loyalty_core.national_id import make_dni, make_nie
from loyalty_core.text import fold


def _names(text: str) -> tuple[str, ...]:
    """Split a comma-separated list of names (a name may wrap across lines)."""
    return tuple(" ".join(n.split()) for n in text.split(",") if n.strip())


# Name lists, most frequent first (see `_pick`).
SPANISH_FEMALE = _names("""
    María, Carmen, Ana, Laura, Isabel, Lucía, Marta, Cristina, Paula, Elena, María José, Sara,
    Raquel, Pilar, Beatriz, Patricia, Rocío, Sonia, Silvia, Mónica, María del Carmen, Ana Belén,
    Nuria, Verónica, Inés, Ángela, Alba, Julia, Irene, Andrea, Claudia, Sofía, Lorena, Noelia,
    Yolanda, Rosa, Mercedes, Dolores, Amparo, Inmaculada, Teresa, Lourdes, Susana, Natalia,
    Marina, Carla, Daniela, Valeria, Nerea, Ainhoa, Begoña, Belén, Estefanía, Eva, Alicia, Miriam,
    Victoria, María Ángeles, María Dolores, María Jesús, María Luisa, Concepción, Encarnación,
    Josefa, Antonia, Francisca, Manuela, Remedios, Rebeca, Adriana, Lidia, Olga, Esther, Gloria,
    Itziar, Maite
""")
SPANISH_MALE = _names("""
    José, Antonio, Manuel, Francisco, David, Juan, Javier, Daniel, Carlos, José Luis, Miguel,
    Alejandro, José Antonio, Rafael, Pablo, Sergio, Fernando, Jorge, Luis, Alberto, Álvaro, Juan
    Carlos, Adrián, Diego, Raúl, Miguel Ángel, Iván, Rubén, Óscar, Andrés, Joaquín, Ignacio,
    Ramón, Enrique, Vicente, Jesús, Víctor, Hugo, Mario, Gonzalo, Íñigo, Martín, Lucas, Tomás,
    Julián, Héctor, Nicolás, José María, Francisco Javier, Juan José, Aitor, Unai
""")
CATALAN_FEMALE = _names("""
    Montserrat, Maria, Núria, Anna, Laia, Marta, Mercè, Montse, Carme, Roser, Meritxell, Neus,
    Glòria, Àngels, Eulàlia, Júlia, Clàudia, Queralt, Aina, Berta, Mireia, Ariadna, Judit, Gemma,
    Sílvia, Elisenda, Rosa, Dolors, Teresa, Assumpció, Txell, Ona, Jana, Martina, Èlia, Fina,
    Maria Àngels, Maria Rosa, Maria Teresa, Mariona, Sònia, Imma, Francesca, Margarida, Carlota,
    Marcel·la, Cristina, Raquel, Blanca, Iris
""")
CATALAN_MALE = _names("""
    Jordi, Joan, Josep, Pau, Marc, Pere, Albert, Xavier, Oriol, Arnau, Martí, Jaume, Lluís, Ramon,
    Enric, Francesc, Miquel, Àlex, Sergi, Quim, Joaquim, Narcís, Ferran, Bernat, Roger, Gerard,
    Guillem, Biel, Pol, Nil, Andreu, Antoni, Carles, Ignasi, Eduard, Josep Maria, Joan Carles,
    Marcel·lí
""")
SPANISH_SURNAMES = _names("""
    García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín,
    Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro,
    Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez,
    Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, Medina, Garrido, Cortés,
    Castillo, Santos, Lozano, Guerrero, Cano, Prieto, Méndez, Cruz, Calvo, Gallego, Herrera,
    Márquez, León, Peña, Flores, Cabrera, Campos, Vega, Fuentes, Carrasco, Díez, Caballero, Reyes,
    Nieto, Aguilar, Pascual, Santana, Herrero, Montero, Lorenzo, Hidalgo, Giménez, Ibáñez, Durán,
    Santiago, Benítez, Mora, Vicente, Vargas, Arias, Carmona, Crespo, Román, Pastor, Soto, Sáez,
    Velasco, Moya, Parra, Esteban, Bravo, Gallardo, Rojas, Pardo, Merino, Franco, Espinosa,
    Izquierdo, Lara, Rivas, Silva, Rivera, Casado, Arroyo, Redondo, Camacho, Rey, Vera, Otero,
    Luque, Galán, Montes, Ríos, Sierra, Segura, Carrillo, Marcos, Soriano, Mendoza, Robles,
    Bernal, Quintana, Beltrán, Benito, Aguirre, Echevarría, Zamora, Pacheco, Salazar, Ávila,
    Acosta, Etxeberria, Goikoetxea, Urrutia
""")
CATALAN_SURNAMES = _names("""
    Puig, Ferrer, Vila, Serra, Pujol, Font, Soler, Roca, Vidal, Sala, Riera, Costa, Pons, Mas,
    Bosch, Roig, Prat, Coll, Castells, Batlle, Camps, Rovira, Bertran, Casals, Solé, Pla, Farré,
    Mir, Sabater, Ribas, Castellà, Puigdomènech, Llobet, Comas, Badia, Torrent, Oliveras,
    Vendrell, Planas, Grau, Domènech, Giralt, Roura, Fàbregas, Alsina, Tarrés, Canals, Carbonell,
    Esteve, Miró, Palau, Marcé, Rius, Bonet, Colomer, Pagès, Bassols, Sunyer, Vilaró, Busquets,
    Garriga, Nadal, Oller, Pujadas, Gual, Ventura, Vallès, Boix, Cardona, Dalmau, Llorens, Güell,
    Sureda, Martorell, Jové, Trias, Figueras, Capdevila, Cabré, Rigau, Freixas, Clavé, Puigvert,
    Pelegrí, Vilanova, Clotet, Noguera, Barceló, Codina, Parés, Subirà, Soldevila, Ripoll, Tomàs,
    Rosell, Gelabert, Maragall, Xirau, Cruañas
""")
_MOSTLY_ES = ("es", "es", "es", "es", "en", "ca")
_MIXED = ("es", "es", "es", "en", "en", "ca")
_Foreign = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
# Foreign residents: (origin, female names, male names, surnames, languages).
FOREIGN: tuple[_Foreign, ...] = (
    (
        "ro",
        _names("Andreea, Ioana, Elena, Maria, Alexandra, Mihaela"),
        _names("Andrei, Mihai, Ionuț, Florin"),
        _names("Popescu, Ionescu, Popa, Dumitru, Stan, Munteanu"),
        _MOSTLY_ES,
    ),
    (
        "it",
        _names("Giulia, Francesca, Chiara, Sara, Valentina"),
        _names("Marco, Luca, Matteo"),
        _names("Rossi, Bianchi, Ricci, Romano, Colombo, Esposito"),
        _MOSTLY_ES,
    ),
    (
        "ma",
        _names("Fátima, Yasmina, Salma, Nora, Khadija"),
        _names("Mohamed, Youssef, Karim"),
        _names("El Amrani, Benali, Bouzid, El Idrissi, Tahiri"),
        _MOSTLY_ES,
    ),
    (
        "gb",
        _names("Emma, Olivia, Sophie, Charlotte, Emily, Grace"),
        _names("James, Oliver, Thomas"),
        _names("Smith, Brown, Wilson, Taylor, Johnson, O'Brien"),
        ("en", "en", "en", "en", "es"),
    ),
    (
        "fr",
        _names("Camille, Chloé, Léa, Manon, Inès, Amélie"),
        _names("Lucas, Hugo, Théo"),
        _names("Dubois, Lefèvre, Martin, Moreau, Laurent, Girard"),
        _MIXED,
    ),
    (
        "cn",
        _names("Mei, Li, Xiu, Ying, Jing"),
        _names("Wei, Hao, Jun"),
        _names("Wang, Li, Zhang, Chen, Liu"),
        _MIXED,
    ),
)

CARDS_PER_ISSUER = 999_999
YEARS_OF_CUSTOMERS = 8
HISTORY_DAYS = 730
_DAY_MS = 86_400_000
_OPENING_MS = (8 * 3_600_000, 20 * 3_600_000)  # 9:00-21:00 in Spain, as UTC
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class DemoCustomer(NamedTuple):
    """One `customer` row without `seq`, fields in column order."""

    id: str
    card_number: str | None
    first_name: str
    last_names: str
    search_name: str
    national_id: str | None
    phone: str | None
    email: str | None
    birth_date: str | None
    postal_code: str | None
    language: str
    club_member: bool
    enrolled_on: str | None
    confirmed_points: int
    created_at: str


class DemoPurchase(NamedTuple):
    """One `purchase_history` row, fields in column order."""

    id: str
    customer_id: str
    purchased_on: str
    store_name: str
    receipt_number: str
    summary: str
    total_cents: int
    points: int


class Sellable(NamedTuple):
    """What a past purchase can contain: a product's name, price and points."""

    name: str
    price_cents: int
    points_per_unit: int


@dataclass(frozen=True)
class ChainStore:
    code: str
    name: str
    city: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.city})"


STORES: tuple[ChainStore, ...] = (
    ChainStore("S001", "Bellesa Rambla Catalunya", "Barcelona"),
    ChainStore("S002", "Bellesa Diagonal", "Barcelona"),
    ChainStore("S003", "Bellesa Sant Cugat", "Sant Cugat del Vallès"),
    ChainStore("S004", "Bellesa Rambla de la Llibertat", "Girona"),
    ChainStore("S005", "Bellesa Rambla Nova", "Tarragona"),
    ChainStore("S006", "Bellesa Gran Vía", "Madrid"),
    ChainStore("S007", "Bellesa Serrano", "Madrid"),
    ChainStore("S008", "Bellesa La Vaguada", "Madrid"),
    ChainStore("S009", "Bellesa Colón", "Valencia"),
    ChainStore("S010", "Bellesa Nervión", "Sevilla"),
    ChainStore("S011", "Bellesa Larios", "Málaga"),
    ChainStore("S012", "Bellesa Abando", "Bilbao"),
    ChainStore("S013", "Bellesa Independencia", "Zaragoza"),
    ChainStore("S014", "Bellesa Jaume III", "Palma"),
    ChainStore("S015", "Bellesa Eix Comercial", "Lleida"),
)

# Province postal prefix, last city-centre code, nearest stores, and how
# many in 100 customers of each background live there.
_PROVINCES: tuple[tuple[str, int, tuple[int, ...], dict[str, int]], ...] = (
    ("08", 42, (0, 1, 2), {"es": 9, "ca": 70, "intl": 40}),
    ("17", 7, (3,), {"ca": 10}),
    ("43", 8, (4,), {"es": 1, "ca": 9}),
    ("25", 8, (14,), {"ca": 7}),
    ("28", 55, (5, 6, 7), {"es": 35, "ca": 2, "intl": 34}),
    ("46", 26, (8,), {"es": 10, "intl": 6}),
    ("03", 16, (8,), {"es": 4, "intl": 6}),
    ("30", 12, (8,), {"es": 3}),
    ("41", 20, (9,), {"es": 8}),
    ("29", 18, (10,), {"es": 7, "intl": 8}),
    ("48", 15, (11,), {"es": 6}),
    ("50", 20, (12,), {"es": 6}),
    ("07", 15, (13,), {"es": 3, "ca": 2, "intl": 6}),
    ("15", 15, (5,), {"es": 2}),
    ("33", 13, (5,), {"es": 2}),
)

_EMAIL_DOMAINS = ("example.com",) * 5 + ("example.net",) * 2 + (
    "example.org", "correo.example.com", "mail.example.net"
)  # fmt: skip
# (lowest age, highest age, weight): the club skews towards 25-55.
_AGE_BANDS = ((18, 24, 10), (25, 34, 20), (35, 44, 24), (45, 54, 22), (55, 64, 14),
              (65, 74, 7), (75, 85, 3))  # fmt: skip
_ITEMS = (1,) * 45 + (2,) * 30 + (3,) * 15 + (4,) * 7 + (5,) * 3
_QUANTITY = (1,) * 90 + (2,) * 8 + (3,) * 2
# Past receipts per customer: members come back more often (mean ~2.5 vs ~0.9).
_VISITS_MEMBER = (
    (0,) * 12 + (1,) * 20 + (2,) * 22 + (3,) * 18 + (4,) * 12 + (5,) * 8 + (6,) * 5 + (8,) * 3
)
_VISITS_OTHER = (0,) * 45 + (1,) * 30 + (2,) * 15 + (3,) * 7 + (4,) * 3
_BACKGROUNDS = ("es",) * 56 + ("ca",) * 34 + ("latam",) * 4 + ("intl",) * 6

MEMBER_SHARE = 0.70
FEMALE_SHARE = 0.78


def _pick(rng: random.Random, pool: Sequence[str]) -> str:
    """Pick from a list sorted by frequency: the first names come up most."""
    r = rng.random()
    return pool[int(len(pool) * r * r)]


def _below(rng: random.Random, lo: int, hi: int) -> int:
    """Return lo <= n < hi; cheaper than `randrange` for a million rows."""
    return lo + int(rng.random() * (hi - lo))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class _Unique:
    """Draws values nobody has yet (national ids, phones, e-mails)."""

    def __init__(self) -> None:
        self.used: set[object] = set()

    def number(self, rng: random.Random, lo: int, hi: int) -> int:
        n = _below(rng, lo, hi)
        while n in self.used:
            n = _below(rng, lo, hi)
        self.used.add(n)
        return n


class CustomerFactory:
    """Makes customers one by one; uniqueness is kept across the whole run."""

    def __init__(
        self,
        rng: random.Random,
        count: int,
        *,
        today: date,
        sellables: Sequence[Sellable],
        points_per_euro: int,
    ) -> None:
        self._rng = rng
        self._count = count
        self._today = today.toordinal()
        self._first_day = _years_before(today, YEARS_OF_CUSTOMERS).toordinal()
        self._sellables = sellables
        self._ppe = points_per_euro
        self._dni, self._nie, self._phones, self._emails = (
            _Unique(),
            _Unique(),
            _Unique(),
            _Unique(),
        )
        self._cards = 0
        self._receipts: dict[tuple[int, int], int] = {}
        self._ascii: dict[str, str] = {}
        self._ages = [
            (_years_before(today, hi + 1).toordinal() + 1, _years_before(today, lo).toordinal())
            for lo, hi, w in _AGE_BANDS
            for _ in range(w)
        ]
        self._homes = {
            bg: [
                (prefix, top, stores)
                for prefix, top, stores, w in _PROVINCES
                for _ in range(w.get(bg, 0))
            ]
            for bg in ("es", "ca", "intl")
        }

    def make(self, i: int) -> tuple[DemoCustomer, list[DemoPurchase]]:
        """Make the i-th customer (in order of creation) and their past purchases."""
        rng = self._rng
        background = _BACKGROUNDS[int(rng.random() * len(_BACKGROUNDS))]
        first, last_names, language, email_parts = self._name(background)
        # Customers joined evenly over the years, in opening hours, oldest first.
        span = (self._today - self._first_day) * (i + rng.random()) / self._count
        created_day = self._first_day + int(span)
        created_ms = (created_day - _EPOCH_ORDINAL) * _DAY_MS + int(
            _OPENING_MS[0] + (span % 1) * (_OPENING_MS[1] - _OPENING_MS[0])
        )
        customer_id = uuid7(unix_ms=created_ms, rand=rng.randbytes(10)).hex
        lo, hi = self._ages[int(rng.random() * len(self._ages))]
        born = min(_below(rng, lo, hi + 1), created_day - 16 * 365)
        prefix, top, stores = self._home(background)
        member = rng.random() < MEMBER_SHARE
        enrolled = None
        if member:
            enrolled = created_day
            if rng.random() < 0.25:
                enrolled += int(rng.random() * (self._today - created_day))
        history = self._history(customer_id, created_day, enrolled, stores)
        row = DemoCustomer(
            id=customer_id,
            card_number=self._next_card() if member else None,
            first_name=first,
            last_names=last_names,
            search_name=fold(f"{first} {last_names}"),
            national_id=self._national_id(background),
            phone=self._phone() if rng.random() < 0.96 else None,
            email=self._email(email_parts, born) if rng.random() < 0.85 else None,
            birth_date=date.fromordinal(born).isoformat() if rng.random() < 0.93 else None,
            postal_code=self._postal_code(prefix, top) if rng.random() < 0.97 else None,
            language=language,
            club_member=member,
            enrolled_on=date.fromordinal(enrolled).isoformat() if enrolled else None,
            confirmed_points=sum(p.points for p in history),
            created_at=_iso_utc(created_ms),
        )
        return row, history

    def _name(self, background: str) -> tuple[str, str, str, tuple[str, str, str]]:
        rng = self._rng
        female = rng.random() < FEMALE_SHARE
        if background == "intl":
            _, firsts_f, firsts_m, surnames, languages = FOREIGN[int(rng.random() * len(FOREIGN))]
            first = _pick(rng, firsts_f if female else firsts_m)
            last = _pick(rng, surnames)
            language = languages[int(rng.random() * len(languages))]
            return first, last, language, (self._plain(first), self._plain(last), "")
        catalan = background == "ca"
        if catalan:
            first = _pick(rng, CATALAN_FEMALE if female else CATALAN_MALE)
            first_surnames = CATALAN_SURNAMES if rng.random() < 0.75 else SPANISH_SURNAMES
            second_surnames = CATALAN_SURNAMES if rng.random() < 0.55 else SPANISH_SURNAMES
            language = "ca" if rng.random() < 0.62 else ("es" if rng.random() < 0.9 else "en")
        else:
            first = _pick(rng, SPANISH_FEMALE if female else SPANISH_MALE)
            first_surnames = CATALAN_SURNAMES if rng.random() < 0.05 else SPANISH_SURNAMES
            second_surnames = CATALAN_SURNAMES if rng.random() < 0.05 else SPANISH_SURNAMES
            language = "es" if rng.random() < 0.95 else ("ca" if rng.random() < 0.5 else "en")
        l1 = _pick(rng, first_surnames)
        l2 = _pick(rng, second_surnames)
        if l2 == l1:
            l2 = _pick(rng, second_surnames)  # García García exists, but seldom
        joiner = " i " if catalan and rng.random() < 0.12 else " "
        parts = (self._plain(first), self._plain(l1), self._plain(l2))
        return first, f"{l1}{joiner}{l2}", language, parts

    def _plain(self, name: str) -> str:
        """Return a name as e-mail letters ('María José' -> 'mariajose')."""
        plain = self._ascii.get(name)
        if plain is None:
            plain = self._ascii[name] = "".join(
                c for c in fold(name) if c.isascii() and c.isalnum()
            )
        return plain

    def _national_id(self, background: str) -> str | None:
        rng = self._rng
        if rng.random() >= 0.82:
            return None
        if background not in ("intl", "latam"):
            return make_dni(self._dni.number(rng, 1_000_000, 80_000_000))
        letter = "X" if rng.random() < 0.35 else ("Y" if rng.random() < 0.92 else "Z")
        nie = make_nie(letter, _below(rng, 0, 10_000_000))
        while nie in self._nie.used:
            nie = make_nie(letter, _below(rng, 0, 10_000_000))
        self._nie.used.add(nie)
        return nie

    def _phone(self) -> str:
        rng = self._rng
        if rng.random() < 0.8:
            return f"+34{self._phones.number(rng, 600_000_000, 700_000_000)}"
        return f"+34{self._phones.number(rng, 710_000_000, 750_000_000)}"

    def _email(self, parts: tuple[str, str, str], born: int) -> str:
        rng = self._rng
        first, l1, l2 = parts
        yy = f"{date.fromordinal(born).year % 100:02d}"
        shapes = (
            f"{first}.{l1}",
            f"{first}{l1}",
            f"{first}.{l1}.{l2}" if l2 else f"{l1}.{first}",
            f"{first[:1]}{l1}",
            f"{first}_{l1}",
            f"{first}{l1}{yy}",
            f"{first}.{l1}{yy}",
            f"{l1}.{first}",
        )
        local = shapes[int(rng.random() * len(shapes))]
        domain = _EMAIL_DOMAINS[int(rng.random() * len(_EMAIL_DOMAINS))]
        email = f"{local}@{domain}"
        n = _below(rng, 1, 100)
        while email in self._emails.used:
            email = f"{local}{n}@{domain}"
            n += _below(rng, 1, 10)
        self._emails.used.add(email)
        return email

    def _home(self, background: str) -> tuple[str, int, tuple[int, ...]]:
        homes = self._homes[
            "ca" if background == "ca" else "intl" if background == "intl" else "es"
        ]
        return homes[int(self._rng.random() * len(homes))]

    def _postal_code(self, prefix: str, top: int) -> str:
        rng = self._rng
        if rng.random() < 0.65:
            return f"{prefix}{_below(rng, 1, top + 1):03d}"
        last = 0 if rng.random() < 0.6 else _below(rng, 0, 10)
        return f"{prefix}{_below(rng, 10, 99)}{last}"

    def _next_card(self) -> str:
        issuer, sequence = divmod(self._cards, CARDS_PER_ISSUER)
        self._cards += 1
        return make_card_number(issuer, sequence + 1)

    def _history(
        self, customer_id: str, created: int, enrolled: int | None, stores: tuple[int, ...]
    ) -> list[DemoPurchase]:
        rng = self._rng
        if not self._sellables:
            return []
        visits = _VISITS_MEMBER if enrolled is not None else _VISITS_OTHER
        first = max(created, self._today - HISTORY_DAYS)
        days = sorted(
            _below(rng, first, self._today) for _ in range(visits[int(rng.random() * len(visits))])
        )
        home = stores[int(rng.random() * len(stores))]
        rows = []
        for day in days:
            at = home if rng.random() < 0.8 else int(rng.random() * len(STORES))
            ms = (day - _EPOCH_ORDINAL) * _DAY_MS + _below(rng, *_OPENING_MS)
            total, unit_points, summary = self._basket()
            if rng.random() < 0.1:  # a 10 % promotion on the ticket
                total -= (total * 10 + 50) // 100
            points = 0
            if enrolled is not None and day >= enrolled:
                points = total // 100 * self._ppe + unit_points
            rows.append(
                DemoPurchase(
                    id=uuid7(unix_ms=ms, rand=rng.randbytes(10)).hex,
                    customer_id=customer_id,
                    purchased_on=date.fromordinal(day).isoformat(),
                    store_name=STORES[at].label,
                    receipt_number=self._receipt_number(at),
                    summary=summary,
                    total_cents=total,
                    points=points,
                )
            )
        return rows

    def _basket(self) -> tuple[int, int, str]:
        """Return (total, points per unit earned, summary) of a random basket."""
        rng = self._rng
        sellables = self._sellables
        total = points = 0
        names = []
        for _ in range(_ITEMS[int(rng.random() * len(_ITEMS))]):
            item = sellables[int(rng.random() * len(sellables))]
            qty = _QUANTITY[int(rng.random() * len(_QUANTITY))]
            total += item.price_cents * qty
            points += item.points_per_unit * qty
            names.append(item.name)
        # Same shape as the summaries of local sales: 'Sérum, Crema +2'.
        shown = ", ".join(names[:2])
        summary = f"{shown} +{len(names) - 2}" if len(names) > 2 else shown
        return total, points, summary[:300]

    def _receipt_number(self, store: int) -> str:
        # This tablet is S001-D01: older receipts of its store come from D02-D04.
        device = _below(self._rng, 2, 5) if store == 0 else _below(self._rng, 1, 4)
        number = self._receipts.get((store, device), 0) + 1
        self._receipts[(store, device)] = number
        return f"{STORES[store].code}-D{device:02d}-{number:06d}"


def _iso_utc(unix_ms: int) -> str:
    """Format like the UtcDateTime column does ('2024-05-01T10:00:00.123000+00:00')."""
    day, ms = divmod(unix_ms, _DAY_MS)
    hh, rest = divmod(ms, 3_600_000)
    mm, rest = divmod(rest, 60_000)
    ss, milli = divmod(rest, 1000)
    d = date.fromordinal(_EPOCH_ORDINAL + day).isoformat()
    return f"{d}T{hh:02d}:{mm:02d}:{ss:02d}.{milli:03d}000+00:00"


def generate_customers(
    rng: random.Random,
    count: int,
    *,
    today: date,
    sellables: Sequence[Sellable],
    points_per_euro: int,
    batch: int = 20_000,
) -> Iterator[tuple[list[DemoCustomer], list[DemoPurchase]]]:
    """Yield customers, oldest first, with their purchases, `batch` at a time."""
    factory = CustomerFactory(
        rng, count, today=today, sellables=sellables, points_per_euro=points_per_euro
    )
    for start in range(0, count, batch):
        customers: list[DemoCustomer] = []
        history: list[DemoPurchase] = []
        for i in range(start, min(start + batch, count)):
            row, purchases = factory.make(i)
            customers.append(row)
            history.extend(purchases)
        yield customers, history
