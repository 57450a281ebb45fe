"""The care guide: head office's file parses, and a broken one fails saying what is wrong."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest

from loyalty_core.care_guide import (
    CONDITIONS,
    LANGUAGES,
    CareGuide,
    CareGuideError,
    amount_of,
    parse_care_guide,
)
from loyalty_core.habits import PRICE_RANGES, Preference, Step
from loyalty_core.skin import Concern, Sensitivity, SkinType

GUIDE_FILE = Path(__file__).resolve().parents[2] / "resources" / "advice" / "care_guide.toml"

MINIMAL = """
version = "t1"
reminder_window_days = 7
lapsed_after_days = 90
still_in_use_share = 80

[price_ranges]
low = [0, 2000]
mid = [2000, 5000]
high = [5000, 100000000]

[kinds.serum]
step = "serum"
daily_use = "0.5 ml"
[kinds.sunscreen]
step = "sun_protection"
daily_use = "1.5 ml"
[kinds.mascara]
step = "make_up"
days = 120

[preferences.fragrance_free]
tag = "fragrance_free"
reason = { es = "sin perfume, como prefiere", ca = "sense perfum, com prefereix", en = "fragrance-free as preferred" }

[[rules]]
when = { concern = "dehydration" }
kinds = ["serum"]
tags = ["hydrating"]
weight = 4
reason = { es = "para la deshidratación", ca = "per a la deshidratació", en = "for dehydration" }
"""  # noqa: E501


@pytest.fixture(scope="module")
def guide() -> CareGuide:
    return parse_care_guide(GUIDE_FILE.read_text(encoding="utf-8"))


def broken(old: str, new: str) -> str:
    assert MINIMAL.count(old) == 1, old
    return MINIMAL.replace(old, new)


# --- head office's guide ----------------------------------------------------------------


def test_the_minimal_guide_of_these_tests_parses() -> None:
    minimal = parse_care_guide(MINIMAL)
    assert minimal.version == "t1"
    assert minimal.kinds["serum"].daily_use == Decimal("0.5")
    assert minimal.kinds["mascara"].days == 120 and minimal.kinds["mascara"].daily_use is None
    assert minimal.rules[0].reason["ca"] == "per a la deshidratació"


def test_the_real_guide_parses_with_its_settings(guide: CareGuide) -> None:
    assert guide.version
    assert guide.reminder_window_days == 7
    assert guide.lapsed_after_days == 90
    assert 0 < guide.still_in_use_share <= 100


def test_every_rule_of_the_real_guide_names_kinds_it_defines(guide: CareGuide) -> None:
    for rule in guide.rules:
        assert rule.kinds, rule
        assert rule.kinds <= set(guide.kinds), rule
        assert rule.weight > 0


def test_the_real_guide_uses_every_kind_of_condition(guide: CareGuide) -> None:
    used = {key for rule in guide.rules for key in rule.when}
    assert used == CONDITIONS


def test_every_condition_of_the_real_guide_names_a_known_value(guide: CareGuide) -> None:
    known: dict[str, set[str]] = {
        "skin_type": set(SkinType),
        "sensitivity": set(Sensitivity),
        "concern": set(Concern),
        "missing_step": set(Step),
    }
    for rule in guide.rules:
        for key, value in rule.when.items():
            if key in known:
                assert value in known[key], rule
            else:
                assert isinstance(value, int) and 0 <= value <= 100, rule


def test_every_concern_and_skin_type_an_advisor_ticks_leads_to_some_advice(
    guide: CareGuide,
) -> None:
    for key, values in (("concern", Concern), ("skin_type", SkinType)):
        for value in values:
            assert any(rule.when.get(key) == value for rule in guide.rules), value


def test_every_reason_of_the_real_guide_is_written_in_every_language(guide: CareGuide) -> None:
    reasons = [rule.reason for rule in guide.rules]
    reasons += [preference.reason for preference in guide.preferences.values()]
    for reason in reasons:
        assert set(reason) == set(LANGUAGES) == {"es", "ca", "en"}
        assert all(text.strip() == text and text for text in reason.values())


def test_every_kind_of_the_real_guide_has_a_duration_and_a_known_step(guide: CareGuide) -> None:
    for name, kind in guide.kinds.items():
        assert kind.name == name
        assert (kind.daily_use is None) != (kind.days is None), name  # exactly one
        assert kind.step is None or kind.step in set(Step)


def test_the_real_guide_holds_every_tag_wish_a_customer_can_state(guide: CareGuide) -> None:
    wishes = {p for p in Preference if p != Preference.PRICE_RANGE}
    assert set(guide.preferences) == wishes
    for name, preference in guide.preferences.items():
        assert preference.tag == name


def test_the_real_guide_price_bands_follow_one_another_from_zero(guide: CareGuide) -> None:
    bands = [guide.price_ranges[name] for name in PRICE_RANGES]
    assert bands[0][0] == 0
    for (_, up_to), (start, _) in pairwise(bands):
        assert up_to == start  # no gap, no overlap: every price is in exactly one band


def test_the_real_guide_daily_uses_match_its_comments(guide: CareGuide) -> None:
    assert guide.kinds["serum"].daily_use == Decimal("0.5")
    assert guide.kinds["sunscreen"].daily_use == Decimal("1.5")
    assert guide.kinds["lip_balm"].daily_use == Decimal("0.1")
    assert guide.kinds["mascara"].days == 90
    assert guide.kinds["perfume"].step is None


# --- a broken guide ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version = ", "not TOML"),
        ("", "missing 'kinds'"),
        (broken('version = "t1"\n', ""), "missing 'version'"),
        (broken("reminder_window_days = 7\n", ""), "missing 'reminder_window_days'"),
        (broken("[[rules]]", "[[regles]]"), "missing 'rules'"),
        # conditions
        (broken('{ concern = "dehydration" }', '{ colour = "red" }'), "rule 1: conditions"),
        (broken('{ concern = "dehydration" }', '{ colour = "red" }'), "colour"),
        (broken('{ concern = "dehydration" }', "{ }"), "rule 1: conditions"),
        (broken('{ concern = "dehydration" }', '{ concern = "freckles" }'), "freckles"),
        (broken('{ concern = "dehydration" }', '{ skin_type = "shiny" }'), "shiny"),
        (broken('{ concern = "dehydration" }', '{ sensitivity = "extreme" }'), "extreme"),
        (broken('{ concern = "dehydration" }', '{ missing_step = "lipstick" }'), "lipstick"),
        (
            broken('{ concern = "dehydration" }', '{ hydration_below = "40" }'),
            "rule 1: hydration_below must be a whole number",
        ),
        (
            broken('{ concern = "dehydration" }', "{ oiliness_above = 65.5 }"),
            "rule 1: oiliness_above must be a whole number",
        ),
        (
            broken('{ concern = "dehydration" }', "{ phototype_up_to = true }"),
            "rule 1: phototype_up_to must be a whole number",
        ),
        # kinds named by rules
        (broken('kinds = ["serum"]', 'kinds = ["serum", "potion"]'), "unknown kinds ['potion']"),
        (broken('kinds = ["serum"]', 'kinds = "serum"'), "rule 1: unknown kinds"),
        (broken('tags = ["hydrating"]', 'tags = "hydrating"'), "rule 1: tags"),
        (broken('tags = ["hydrating"]', "tags = [1, 2]"), "rule 1: tags"),
        # weights
        (broken("weight = 4", "weight = 0"), "rule 1: weight"),
        (broken("weight = 4", "weight = -2"), "rule 1: weight"),
        (broken("weight = 4", 'weight = "4"'), "rule 1: weight"),
        (broken("weight = 4", "weight = true"), "rule 1: weight"),
        (broken("weight = 4", "weight = 1.5"), "rule 1: weight"),
        # languages
        (
            broken(
                'ca = "per a la deshidratació", en = "for dehydration" }', 'fr = "pour la peau" }'
            ),
            "rule 1: reason missing in ['ca', 'en']",
        ),
        (broken('ca = "per a la deshidratació"', 'ca = "  "'), "rule 1: reason missing in ['ca']"),
        (
            broken('en = "fragrance-free as preferred"', 'fr = "sans parfum"'),
            "fragrance_free: reason missing in ['en']",
        ),
        # durations
        (broken('daily_use = "0.5 ml"', 'daily_use = "0.5"'), "kind serum: daily_use '0.5'"),
        (broken('daily_use = "0.5 ml"', 'daily_use = "0.5 l"'), "kind serum: daily_use"),
        (broken('daily_use = "0.5 ml"', 'daily_use = "half"'), "kind serum: daily_use"),
        (broken('daily_use = "0.5 ml"', "daily_use = 0.5"), "kind serum: daily_use"),
        (broken('daily_use = "0.5 ml"', 'daily_use = "-1 ml"'), "kind serum: daily_use"),
        (broken('daily_use = "0.5 ml"', 'daily_use = "0 ml"'), "kind serum: daily_use must be"),
        (broken('daily_use = "0.5 ml"', 'daily_use = "0.0 g"'), "kind serum: daily_use must be"),
        (
            broken('daily_use = "0.5 ml"', 'daily_use = "0.5 ml"\ndays = 100'),
            "kind serum: daily_use or days, not both",
        ),
        (broken("days = 120", "days = 0"), "kind mascara: days"),
        (broken("days = 120", "days = -90"), "kind mascara: days"),
        (broken("days = 120", 'days = "90"'), "kind mascara: days"),
        (broken("days = 120", "days = 90.5"), "kind mascara: days"),
        (broken("days = 120", "days = true"), "kind mascara: days"),
        (broken('step = "make_up"', 'step = "lipstick"'), "lipstick"),
        # preferences
        (broken("[preferences.fragrance_free]", "[preferences.halal]"), "halal"),
        (
            broken("[preferences.fragrance_free]", "[preferences.price_range]"),
            "the price range is a band",
        ),
        (broken('tag = "fragrance_free"\n', ""), "missing 'tag'"),
        # price ranges: cents, from (included) below up_to (excluded)
        (broken("high = [5000, 100000000]\n", ""), "price_ranges must name"),
        (broken("high = [5000, 100000000]", "luxury = [5000, 9000]"), "price_ranges must name"),
        (
            broken("high = [5000, 100000000]", "high = [5000, 9000]\nluxury = [9000, 99000]"),
            "price_ranges must name",
        ),
        (broken("mid = [2000, 5000]", "mid = [5000, 2000]"), "price range mid"),
        (broken("mid = [2000, 5000]", "mid = [2000, 2000]"), "price range mid"),
        (broken("low = [0, 2000]", "low = [-100, 2000]"), "price range low"),
        (broken("mid = [2000, 5000]", 'mid = [2000, "50"]'), "price range mid"),
        (broken("mid = [2000, 5000]", "mid = [20.0, 50.0]"), "price range mid"),
        (broken("mid = [2000, 5000]", "mid = [2000, 5000, 9000]"), "price range mid"),
        (broken("mid = [2000, 5000]", "mid = [2000]"), "price range mid"),
        (broken("mid = [2000, 5000]", "mid = 2000"), "price range mid"),
        (broken("low = [0, 2000]", "low = [false, true]"), "price range low"),
        # settings
        (broken("reminder_window_days = 7", "reminder_window_days = 0"), "reminder_window_days"),
        (broken("lapsed_after_days = 90", "lapsed_after_days = -1"), "lapsed_after_days"),
        (broken("lapsed_after_days = 90", 'lapsed_after_days = "90"'), "lapsed_after_days"),
        (broken("still_in_use_share = 80", "still_in_use_share = true"), "still_in_use_share"),
    ],
)
def test_a_broken_guide_is_refused_saying_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(CareGuideError) as caught:
        parse_care_guide(text)
    assert problem in str(caught.value)


def test_a_care_guide_error_is_a_value_error() -> None:
    assert issubclass(CareGuideError, ValueError)


def test_a_decimal_comma_in_a_daily_use_is_read() -> None:
    guide = parse_care_guide(broken('daily_use = "0.5 ml"', 'daily_use = "0,5 ml"'))
    assert guide.kinds["serum"].daily_use == Decimal("0.5")


def test_grams_are_a_daily_use_too() -> None:
    guide = parse_care_guide(broken('daily_use = "0.5 ml"', 'daily_use = " 0.1 g "'))
    assert guide.kinds["serum"].daily_use == Decimal("0.1")


def test_a_kind_may_have_no_step_and_a_rule_no_tags() -> None:
    guide = parse_care_guide(broken('step = "serum"\n', "").replace('tags = ["hydrating"]\n', ""))
    assert guide.kinds["serum"].step is None
    assert guide.rules[0].tags == frozenset()


def test_languages_beyond_the_three_are_ignored() -> None:
    guide = parse_care_guide(broken('en = "for dehydration"', 'en = "for dehydration", fr = "x"'))
    assert set(guide.rules[0].reason) == {"es", "ca", "en"}


def test_reasons_are_trimmed() -> None:
    guide = parse_care_guide(broken('es = "para la deshidratación"', 'es = " para la sed  "'))
    assert guide.rules[0].reason["es"] == "para la sed"


# --- pack sizes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "amount"),
    [
        ("50 ml", Decimal(50)),
        ("50ml", Decimal(50)),
        ("50 ML", Decimal(50)),
        ("  30 ml ", Decimal(30)),
        ("4,8 g", Decimal("4.8")),
        ("4.8 g", Decimal("4.8")),
        ("1 l", Decimal(1000)),
        ("1,5 l", Decimal(1500)),
        ("0.75 L", Decimal(750)),
        ("1 kg", Decimal(1000)),
        ("0,5 kg", Decimal(500)),
        ("Sérum 30 ml", Decimal(30)),
        ("50 ml + loción 75 ml", Decimal(50)),  # a set counts the product it is named after
        ("Set: crema 50 ml + sérum 15 ml + contorno 5 ml", Decimal(50)),
        ("200 ml / 6.7 fl oz", Decimal(200)),
        ("3 x 50 ml", Decimal(50)),
    ],
)
def test_a_pack_size_is_read_in_ml_or_g(size: str, amount: Decimal) -> None:
    assert amount_of(size) == amount


@pytest.mark.parametrize(
    "size", ["1 ud", "3 uds", "", "talla única", "30 mg", "75 cl", "6.7 fl oz", "12 pcs", "ml"]
)
def test_a_size_in_units_or_without_one_is_none(size: str) -> None:
    assert amount_of(size) is None
