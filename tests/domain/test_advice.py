"""Suggestions: which rules hold, which products fit, hard wishes, and the one-line reason."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.advice import (
    MAX_PER_KIND,
    Candidate,
    SkinPicture,
    Suggestion,
    matching_rules,
    suggest,
    wanted_kinds,
)
from loyalty_core.care_guide import CareGuide, Rule, parse_care_guide
from loyalty_core.habits import NO_HABITS, Habits, RoutineStep, Step
from loyalty_core.skin import Concern, Sensitivity, SkinType

GUIDE_FILE = Path(__file__).resolve().parents[2] / "resources" / "advice" / "care_guide.toml"
GUIDE = parse_care_guide(GUIDE_FILE.read_text(encoding="utf-8"))
FULL_ROUTINE = {step: RoutineStep(f"mi {step}") for step in Step}
"""A routine with every step, so that no 'missing step' rule speaks."""
WISHES = ("fragrance_free", "vegan", "sensitive_skin")


def product(name: str, kind: str, *tags: str, price: int = 2500, active: bool = True) -> Candidate:
    return Candidate(
        id=uuid.uuid5(uuid.NAMESPACE_URL, f"product/{name}"),
        name=name,
        brand="Aurélie",
        kind=kind,
        tags=frozenset(tags),
        price_cents=price,
        active=active,
    )


def habits(*, steps: object = None, **wishes: object) -> Habits:
    routine = FULL_ROUTINE if steps is None else {s: RoutineStep("x") for s in steps}  # type: ignore[attr-defined]
    return Habits(routine=routine, **wishes)  # type: ignore[arg-type]


def names(found: list[Suggestion]) -> list[str]:
    return [s.product.name for s in found]


def skin(**fields: object) -> SkinPicture:
    if "concerns" in fields:
        fields["concerns"] = frozenset(fields["concerns"])  # type: ignore[arg-type]
    return SkinPicture(**fields)  # type: ignore[arg-type]


DEHYDRATED = skin(concerns={"dehydration"})
HYDRATING_SERUM = product("Sérum Hidratante", "serum", "hydrating", "fragrance_free", "vegan")


# --- which rules hold: one rule per kind of condition ----------------------------------

CONDITION_GUIDE = parse_care_guide(
    GUIDE_FILE.read_text(encoding="utf-8").split("[[rules]]")[0]
    + "".join(
        f"""
[[rules]]
when = {{ {when} }}
kinds = ["serum"]
weight = 1
reason = {{ es = "{name}", ca = "{name}", en = "{name}" }}
"""
        for name, when in [
            ("skin_type", 'skin_type = "dry"'),
            ("sensitivity", 'sensitivity = "high"'),
            ("concern", 'concern = "acne"'),
            ("hydration_below", "hydration_below = 40"),
            ("oiliness_above", "oiliness_above = 65"),
            ("phototype_up_to", "phototype_up_to = 2"),
            ("missing_step", 'missing_step = "sun_protection"'),
            ("oily_with_pores", 'skin_type = "oily", concern = "pores"'),
        ]
    )
)


def holding(picture: SkinPicture | None, routine: Habits) -> set[str]:
    return {rule.reason["en"] for rule in matching_rules(CONDITION_GUIDE, picture, routine)}


@pytest.mark.parametrize(
    ("condition", "picture", "holds"),
    [
        ("skin_type", skin(skin_type="dry"), True),
        ("skin_type", skin(skin_type=SkinType.DRY), True),
        ("skin_type", skin(skin_type="oily"), False),
        ("skin_type", skin(), False),
        ("skin_type", None, False),
        ("sensitivity", skin(sensitivity="high"), True),
        ("sensitivity", skin(sensitivity="medium"), False),
        ("sensitivity", skin(sensitivity="low"), False),
        ("sensitivity", skin(), False),
        ("concern", skin(concerns={"acne"}), True),
        ("concern", skin(concerns={"acne", "pores"}), True),
        ("concern", skin(concerns={Concern.ACNE}), True),
        ("concern", skin(concerns={"pores"}), False),
        ("concern", skin(), False),
        ("hydration_below", skin(hydration=39), True),
        ("hydration_below", skin(hydration=40), False),  # below, not at
        ("hydration_below", skin(hydration=41), False),
        ("hydration_below", skin(hydration=0), True),
        ("hydration_below", skin(hydration=100), False),
        ("hydration_below", skin(), False),  # not measured is not low
        ("oiliness_above", skin(oiliness=66), True),
        ("oiliness_above", skin(oiliness=65), False),  # above, not at
        ("oiliness_above", skin(oiliness=64), False),
        ("oiliness_above", skin(oiliness=100), True),
        ("oiliness_above", skin(oiliness=0), False),
        ("oiliness_above", skin(), False),
        ("phototype_up_to", skin(phototype=1), True),
        ("phototype_up_to", skin(phototype=2), True),
        ("phototype_up_to", skin(phototype=3), False),
        ("phototype_up_to", skin(phototype=6), False),
        ("phototype_up_to", skin(), False),
        ("oily_with_pores", skin(skin_type="oily", concerns={"pores"}), True),
        ("oily_with_pores", skin(skin_type="oily"), False),  # every condition at once
        ("oily_with_pores", skin(skin_type="dry", concerns={"pores"}), False),
        ("oily_with_pores", skin(concerns={"pores"}), False),
    ],
)
def test_each_kind_of_condition_holds_exactly_when_it_should(
    condition: str, picture: SkinPicture | None, holds: bool
) -> None:
    assert (condition in holding(picture, habits())) is holds


@pytest.mark.parametrize(
    ("picture", "steps", "holds"),
    [
        (skin(), [], False),  # no routine noted: nothing is known to be missing
        (None, [], False),
        (None, [Step.SERUM], True),  # no diagnostic: the routine still speaks
        (skin(), [Step.SERUM, Step.CLEANSING], True),
        (skin(), [Step.SUN_PROTECTION], False),
        (None, [Step.SUN_PROTECTION, Step.SERUM], False),
    ],
)
def test_a_missing_step_holds_when_the_routine_lacks_it(
    picture: SkinPicture | None, steps: list[Step], holds: bool
) -> None:
    assert ("missing_step" in holding(picture, habits(steps=steps))) is holds


def test_without_a_diagnostic_only_routine_rules_hold() -> None:
    assert holding(None, habits(steps=[Step.SERUM])) == {"missing_step"}
    assert holding(None, habits()) == set()
    assert holding(None, habits(steps=[])) == set()


def test_the_rules_that_hold_are_kept_in_the_guide_order() -> None:
    picture = skin(skin_type="dry", sensitivity="high", concerns={"acne"}, hydration=10)
    found = matching_rules(CONDITION_GUIDE, picture, habits(steps=[Step.SERUM]))
    assert [r.reason["en"] for r in found] == [
        "skin_type",
        "sensitivity",
        "concern",
        "hydration_below",
        "missing_step",
    ]


def test_the_product_types_to_read_are_those_of_the_rules_that_hold() -> None:
    rules = matching_rules(GUIDE, DEHYDRATED, habits())
    assert wanted_kinds(rules) == {"serum", "moisturiser", "face_mask", "toner"}
    assert wanted_kinds([]) == set()
    serum_only = matching_rules(GUIDE, None, habits(steps=[Step.SERUM]))
    assert wanted_kinds(serum_only) == {"sunscreen", "cleanser", "micellar_water"}
    assert matching_rules(GUIDE, None, NO_HABITS) == []  # nothing noted, nothing known


# --- the real guide, as an advisor reads it -------------------------------------------


def test_a_dry_dehydrated_skin_measured_low_is_offered_hydrating_care_first() -> None:
    picture = skin(skin_type="dry", concerns={"dehydration"}, hydration=35)
    catalogue = [
        product("Tónico Hidratante", "toner", "hydrating", price=1500),
        product("Mascarilla Hidratante", "face_mask", "hydrating", price=1800),
        HYDRATING_SERUM,
        product("Crema Hidratante", "moisturiser", "hydrating", price=2900),
        product("Aceite Nutritivo", "face_oil", "nourishing", price=3300),
        product("Perfume", "perfume", "hydrating", price=1000),
        product("Crema Matificante", "moisturiser", "mattifying", price=2000),
    ]
    found = suggest(GUIDE, skin=picture, habits=habits(), candidates=catalogue)
    # dry (3) + dehydration (4) + low hydration (3); a mask is not for dry skin, an oil only that
    assert [(s.product.name, s.score) for s in found] == [
        ("Sérum Hidratante", 10),
        ("Crema Hidratante", 10),
        ("Mascarilla Hidratante", 7),
        ("Tónico Hidratante", 4),
        ("Aceite Nutritivo", 3),
    ]
    assert found[0].reason == "para la deshidratación, para piel seca"
    assert found[2].reason == "para la deshidratación, hidratación baja en la medición"
    assert found[4].reason == "para piel seca"


def test_hydration_of_39_is_low_and_40_is_not() -> None:
    low = suggest(GUIDE, skin=skin(hydration=39), habits=habits(), candidates=[HYDRATING_SERUM])
    assert [(s.score, s.reason) for s in low] == [(3, "hidratación baja en la medición")]
    assert (
        suggest(GUIDE, skin=skin(hydration=40), habits=habits(), candidates=[HYDRATING_SERUM]) == []
    )


def test_oiliness_of_66_is_high_and_65_is_not() -> None:
    cleanser = product("Gel Purificante", "cleanser", "purifying")
    high = suggest(GUIDE, skin=skin(oiliness=66), habits=habits(), candidates=[cleanser])
    assert [s.reason for s in high] == ["exceso de grasa en la medición"]
    assert suggest(GUIDE, skin=skin(oiliness=65), habits=habits(), candidates=[cleanser]) == []


@pytest.mark.parametrize(("phototype", "offered"), [(1, True), (2, True), (3, False), (6, False)])
def test_fair_skin_is_offered_sun_protection(phototype: int, offered: bool) -> None:
    sunscreen = product("Protector 50+", "sunscreen")  # a rule without tags fits any sunscreen
    found = suggest(GUIDE, skin=skin(phototype=phototype), habits=habits(), candidates=[sunscreen])
    assert bool(found) is offered
    if offered:
        assert found[0].reason == "piel clara que se quema con facilidad"


def test_a_routine_without_sun_protection_is_offered_one_even_without_a_diagnostic() -> None:
    sunscreen = product("Protector 50+", "sunscreen")
    routine = habits(steps=[s for s in Step if s != Step.SUN_PROTECTION])
    found = suggest(GUIDE, skin=None, habits=routine, candidates=[sunscreen, HYDRATING_SERUM])
    assert [(s.product.name, s.reason) for s in found] == [
        ("Protector 50+", "su rutina no tiene protección solar")
    ]


def test_nothing_is_suggested_when_no_rule_holds() -> None:
    assert suggest(GUIDE, skin=skin(), habits=habits(), candidates=[HYDRATING_SERUM]) == []
    assert suggest(GUIDE, skin=None, habits=habits(), candidates=[HYDRATING_SERUM]) == []


def test_a_product_must_carry_one_of_the_tags_a_rule_asks_for() -> None:
    catalogue = [
        product("Crema Nutritiva", "moisturiser", "nourishing"),
        product("Crema Básica", "moisturiser"),
        product("Crema Matificante", "moisturiser", "mattifying"),
    ]
    found = suggest(GUIDE, skin=skin(skin_type="dry"), habits=habits(), candidates=catalogue)
    assert names(found) == ["Crema Nutritiva"]


def test_a_product_of_a_type_no_rule_names_is_never_offered() -> None:
    catalogue = [
        product("Perfume Floral", "perfume", "hydrating"),
        product("Máscara", "mascara", "hydrating"),
        product("Sin tipo", "", "hydrating"),
    ]
    assert suggest(GUIDE, skin=DEHYDRATED, habits=habits(), candidates=catalogue) == []


def test_spots_call_for_a_brightening_sunscreen_above_a_plain_one() -> None:
    catalogue = [
        product("Protector", "sunscreen", price=1500),
        product("Protector Antimanchas", "sunscreen", "brightening", price=2500),
    ]
    found = suggest(GUIDE, skin=skin(concerns={"spots"}), habits=habits(), candidates=catalogue)
    assert [(s.product.name, s.score, s.reason) for s in found] == [
        (
            "Protector Antimanchas",
            5,
            "para las manchas, la protección solar evita nuevas manchas",
        ),
        ("Protector", 2, "la protección solar evita nuevas manchas"),
    ]


# --- the reason, in one line and three languages --------------------------------------


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("es", "para la deshidratación, sin perfume, como prefiere"),
        ("ca", "per a la deshidratació, sense perfum, com prefereix"),
        ("en", "for dehydration, fragrance-free as preferred"),
        ("fr", "para la deshidratación, sin perfume, como prefiere"),  # unknown: Spanish
    ],
)
def test_the_reason_says_why_and_the_wish_it_respects(language: str, reason: str) -> None:
    found = suggest(
        GUIDE,
        skin=DEHYDRATED,
        habits=habits(fragrance_free=True),
        candidates=[HYDRATING_SERUM],
        language=language,
    )
    assert [s.reason for s in found] == [reason]


def test_the_reason_names_every_wish_in_the_guide_order() -> None:
    serum = product("Sérum", "serum", "hydrating", *WISHES)
    wishes = habits(fragrance_free=True, vegan=True, sensitive_skin=True)
    found = suggest(GUIDE, skin=DEHYDRATED, habits=wishes, candidates=[serum], language="en")
    assert found[0].reason == (
        "for dehydration, fragrance-free as preferred, vegan as preferred,"
        " for sensitive skin as preferred"
    )


def test_the_reason_gives_the_two_weightiest_rules_only() -> None:
    picture = skin(
        skin_type="dry", concerns={"dehydration", "wrinkles", "fine_lines"}, hydration=20
    )
    serum = product("Sérum Total", "serum", "hydrating", "anti_ageing")
    found = suggest(GUIDE, skin=picture, habits=habits(), candidates=[serum], language="en")
    # dehydration 4, wrinkles 4, then dry 3, low hydration 3, fine lines 3: first in the guide win
    assert found[0].reason == "for dehydration, for wrinkles"
    assert found[0].score == 4 + 4 + 3 + 3 + 3
    assert found[0].reason.count(",") == 1


def test_a_reason_repeated_by_two_rules_is_said_once() -> None:
    text = GUIDE_FILE.read_text(encoding="utf-8").split("[[rules]]")[0] + (
        '[[rules]]\nwhen = { concern = "acne" }\nkinds = ["serum"]\nweight = 2\n'
        'reason = { es = "para la piel", ca = "per a la pell", en = "for the skin" }\n'
        '[[rules]]\nwhen = { concern = "pores" }\nkinds = ["serum"]\nweight = 1\n'
        'reason = { es = "para la piel", ca = "per a la pell", en = "for the skin" }\n'
        '[[rules]]\nwhen = { concern = "redness" }\nkinds = ["serum"]\nweight = 1\n'
        'reason = { es = "para calmar", ca = "per calmar", en = "to calm" }\n'
    )
    guide = parse_care_guide(text)
    picture = skin(concerns={"acne", "pores", "redness"})
    found = suggest(guide, skin=picture, habits=habits(), candidates=[HYDRATING_SERUM])
    assert found[0].reason == "para la piel, para calmar"
    assert found[0].score == 4


# --- hard limits: wishes, price band, what the customer has --------------------------


@pytest.mark.parametrize("wish", WISHES)
def test_a_customer_with_a_wish_is_never_offered_a_product_without_its_tag(wish: str) -> None:
    best = product("Sérum Estrella", "serum", "hydrating", "anti_ageing", price=1000)
    fitting = product("Sérum Respetuoso", "serum", "hydrating", wish, price=4000)
    found = suggest(
        GUIDE,
        skin=skin(concerns={"dehydration", "wrinkles"}),
        habits=habits(**{wish: True}),
        candidates=[best, fitting],
    )
    assert names(found) == ["Sérum Respetuoso"]
    assert all(wish in s.product.tags for s in found)


def test_a_fragrance_free_customer_is_never_offered_a_perfumed_cream() -> None:
    catalogue = [
        product("Crema Perfumada", "moisturiser", "hydrating", price=1000),
        product("Crema Vegana", "moisturiser", "hydrating", "vegan", price=1200),
        product("Crema Sin Perfume", "moisturiser", "hydrating", "fragrance_free", price=3000),
    ]
    found = suggest(
        GUIDE, skin=DEHYDRATED, habits=habits(fragrance_free=True), candidates=catalogue
    )
    assert names(found) == ["Crema Sin Perfume"]


def test_a_customer_with_every_wish_is_offered_only_products_with_every_tag() -> None:
    catalogue = [
        product("Casi", "serum", "hydrating", "fragrance_free", "vegan"),
        product("Todo", "serum", "hydrating", *WISHES),
    ]
    wishes = habits(fragrance_free=True, vegan=True, sensitive_skin=True)
    assert names(suggest(GUIDE, skin=DEHYDRATED, habits=wishes, candidates=catalogue)) == ["Todo"]


@pytest.mark.parametrize(
    ("band", "price", "offered"),
    [
        ("low", 0, True),
        ("low", 1999, True),
        ("low", 2000, False),  # up_to is excluded
        ("mid", 1999, False),
        ("mid", 2000, True),  # from is included
        ("mid", 4999, True),
        ("mid", 5000, False),
        ("high", 4999, False),
        ("high", 5000, True),
        ("high", 99_999_999, True),
        ("high", 100_000_000, False),
        (None, 0, True),  # no band stated: any price
        (None, 100_000_000, True),
    ],
)
def test_a_customer_with_a_price_band_is_offered_products_within_it(
    band: str | None, price: int, offered: bool
) -> None:
    serum = product("Sérum", "serum", "hydrating", price=price)
    found = suggest(GUIDE, skin=DEHYDRATED, habits=habits(price_range=band), candidates=[serum])
    assert bool(found) is offered


def test_products_the_customer_still_has_or_is_buying_are_left_out() -> None:
    still_has = product("Sérum en casa", "serum", "hydrating", price=1000)
    in_basket = product("Crema en la cesta", "moisturiser", "hydrating", price=1000)
    other = product("Sérum nuevo", "serum", "hydrating", price=3000)
    found = suggest(
        GUIDE,
        skin=DEHYDRATED,
        habits=habits(),
        candidates=[still_has, in_basket, other],
        exclude={still_has.id, in_basket.id},
    )
    assert names(found) == ["Sérum nuevo"]


def test_a_product_no_longer_sold_is_never_offered() -> None:
    retired = product("Sérum Retirado", "serum", "hydrating", price=100, active=False)
    current = product("Sérum Actual", "serum", "hydrating", price=5000)
    found = suggest(GUIDE, skin=DEHYDRATED, habits=habits(), candidates=[retired, current])
    assert names(found) == ["Sérum Actual"]


def test_at_most_two_products_of_a_kind_so_others_keep_their_place() -> None:
    serums = [product(f"Sérum {n}", "serum", "hydrating", price=1000 + n) for n in range(6)]
    cream = product("Crema", "moisturiser", "hydrating", price=9000)
    mask = product("Mascarilla", "face_mask", "hydrating", price=9000)
    found = suggest(GUIDE, skin=DEHYDRATED, habits=habits(), candidates=[*serums, cream, mask])
    assert MAX_PER_KIND == 2
    assert names(found) == ["Sérum 0", "Sérum 1", "Crema", "Mascarilla"]


@pytest.mark.parametrize("limit", [0, 1, 2, 3, 8])
def test_never_more_than_the_limit(limit: int) -> None:
    kinds = ["serum", "moisturiser", "face_mask", "toner"]
    catalogue = [
        product(f"{kind} {n}", kind, "hydrating", price=1000 + n) for kind in kinds for n in (1, 2)
    ]
    found = suggest(GUIDE, skin=DEHYDRATED, habits=habits(), candidates=catalogue, limit=limit)
    assert len(found) == min(limit, len(catalogue))


def test_equal_scores_go_to_the_cheaper_then_by_name_then_by_id() -> None:
    def hydrating(number: int, name: str, kind: str, price: int) -> Candidate:
        return Candidate(uuid.UUID(int=number), name, "X", kind, frozenset({"hydrating"}), price)

    beta = hydrating(1, "Beta", "serum", 3000)
    alfa_2 = hydrating(2, "Alfa", "face_mask", 3000)
    alfa_3 = hydrating(3, "Alfa", "moisturiser", 3000)
    gamma = hydrating(4, "Gamma", "toner", 1000)
    for order in ([beta, alfa_2, alfa_3, gamma], [gamma, alfa_3, beta, alfa_2]):
        found = suggest(GUIDE, skin=DEHYDRATED, habits=habits(), candidates=order)
        assert {s.score for s in found} == {4}
        assert [s.product for s in found] == [gamma, alfa_2, alfa_3, beta]


def test_a_better_fit_comes_before_a_cheaper_one() -> None:
    cheap = product("Sérum Barato", "serum", "hydrating", price=500)
    better = product("Sérum Completo", "serum", "hydrating", "anti_ageing", price=9000)
    found = suggest(
        GUIDE,
        skin=skin(concerns={"dehydration", "fine_lines"}),
        habits=habits(),
        candidates=[cheap, better],
    )
    assert [(s.product.name, s.score) for s in found] == [
        ("Sérum Completo", 7),
        ("Sérum Barato", 4),
    ]


# --- properties ----------------------------------------------------------------------

KINDS = [
    "serum",
    "moisturiser",
    "sunscreen",
    "cleanser",
    "toner",
    "face_mask",
    "eye_cream",
    "perfume",
]
TAGS = [
    "hydrating",
    "nourishing",
    "mattifying",
    "purifying",
    "anti_ageing",
    "brightening",
    "soothing",
    *WISHES,
]
candidates_st = st.lists(
    st.builds(
        Candidate,
        id=st.uuids(),
        name=st.sampled_from(["A", "B", "C"]),
        brand=st.just("X"),
        kind=st.sampled_from(KINDS),
        tags=st.frozensets(st.sampled_from(TAGS), min_size=1, max_size=6),
        price_cents=st.sampled_from([0, 1999, 2000, 3500, 4999, 5000, 9000]),
        active=st.sampled_from([True, True, True, False]),
    ),
    min_size=4,
    max_size=30,
    unique_by=lambda c: c.id,
)
pictures = st.one_of(
    st.just(None),
    st.builds(
        SkinPicture,
        skin_type=st.one_of(st.none(), st.sampled_from([str(s) for s in SkinType])),
        sensitivity=st.one_of(st.none(), st.sampled_from([str(s) for s in Sensitivity])),
        concerns=st.frozensets(st.sampled_from([str(c) for c in Concern]), min_size=1, max_size=4),
        hydration=st.one_of(st.none(), st.integers(0, 100)),
        oiliness=st.one_of(st.none(), st.integers(0, 100)),
        phototype=st.one_of(st.none(), st.integers(1, 6)),
    ),
)
habits_st = st.builds(
    Habits,
    routine=st.frozensets(st.sampled_from(list(Step))).map(
        lambda steps: {s: RoutineStep("x") for s in steps}
    ),
    fragrance_free=st.sampled_from([False, False, False, True]),
    vegan=st.sampled_from([False, False, False, True]),
    sensitive_skin=st.sampled_from([False, False, False, True]),
    price_range=st.sampled_from([None, None, None, "low", "mid", "high"]),
)


def eligible(
    guide: CareGuide, rules: list[Rule], h: Habits, c: Candidate, exclude: set[uuid.UUID]
) -> int:
    """The score a product earns when nothing rules it out, else 0 (a brute-force reading)."""
    if not c.active or c.id in exclude:
        return 0
    if any(getattr(h, wish) and wish not in c.tags for wish in WISHES):
        return 0
    if h.price_range is not None:
        start, up_to = guide.price_ranges[h.price_range]
        if not start <= c.price_cents < up_to:
            return 0
    return sum(r.weight for r in rules if c.kind in r.kinds and (not r.tags or r.tags & c.tags))


def rank(s: Suggestion) -> tuple[int, int, str, uuid.UUID]:
    return (-s.score, s.product.price_cents, s.product.name, s.product.id)


@settings(max_examples=150, deadline=None)
@given(
    pictures,
    habits_st,
    candidates_st,
    st.integers(-1, 10),
    st.sampled_from(["es", "ca", "en"]),
    st.data(),
)
def test_suggestions_respect_every_limit_and_miss_no_better_product(
    picture: SkinPicture | None,
    wishes: Habits,
    catalogue: list[Candidate],
    limit: int,
    language: str,
    data: st.DataObject,
) -> None:
    exclude = data.draw(
        st.sets(st.sampled_from([c.id for c in catalogue])) if catalogue else st.just(set())
    )
    found = suggest(
        GUIDE,
        skin=picture,
        habits=wishes,
        candidates=catalogue,
        exclude=exclude,
        language=language,
        limit=limit,
    )
    rules = matching_rules(GUIDE, picture, wishes)
    assert len(found) <= max(limit, 0)
    assert found == sorted(found, key=rank)
    per_kind: dict[str, int] = {}
    for s in found:
        assert s.score == eligible(GUIDE, rules, wishes, s.product, exclude) > 0
        assert s.product.kind in wanted_kinds(rules)
        per_kind[s.product.kind] = per_kind.get(s.product.kind, 0) + 1
        for wish in WISHES:
            if getattr(wishes, wish):
                assert wish in s.product.tags
                assert GUIDE.preferences[wish].reason[language] in s.reason  # type: ignore[index]
        assert s.reason and "\n" not in s.reason
    assert all(n <= MAX_PER_KIND for n in per_kind.values())
    # Nothing better was left out: only the limit or two better ones of its kind push one off.
    chosen = {s.product.id for s in found}
    if len(found) < limit:
        for c in catalogue:
            score = eligible(GUIDE, rules, wishes, c, exclude)
            if score and c.id not in chosen:
                ahead = [s for s in found if s.product.kind == c.kind]
                assert len(ahead) == MAX_PER_KIND
                assert all(rank(s) < (-score, c.price_cents, c.name, c.id) for s in ahead)
    # The catalogue's order does not matter.
    again = suggest(
        GUIDE,
        skin=picture,
        habits=wishes,
        candidates=list(reversed(catalogue)),
        exclude=exclude,
        language=language,
        limit=limit,
    )
    assert again == found
