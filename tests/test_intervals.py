"""Quantifiers to intervals exactly as DESIGN 3.2, with hypothesis properties."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figures.errors import InvalidInterval
from figures.intervals import VAGUE_TABLE, Interval, interval_for, rounding_half_step


@pytest.mark.parametrize(
    ("quantifier", "kwargs", "low", "high", "best"),
    [
        ("exact", {"value": 25}, 25, 25, 25),
        ("approximately", {"value": 300_000}, 250_000, 350_000, 300_000),
        ("approximately", {"value": 160_000}, 144_000, 176_000, 160_000),
        ("approximately", {"value": 40_000}, 35_000, 45_000, 40_000),
        ("approximately", {"value": 123_456}, 111_110.4, 135_801.6, 123_456),
        ("at_least", {"value": 25}, 25, None, 25),
        ("at_most", {"value": 100_000}, 0, 100_000, 100_000),
        ("range", {"low": 10, "high": 20}, 10, 20, 15),
        ("vague", {"vague": "dozens"}, 12, 99, 12),
        ("vague", {"vague": "hundreds"}, 100, 999, 100),
        ("vague", {"vague": "tens of thousands"}, 10_000, 99_999, 10_000),
    ],
)
def test_quantifier_intervals(quantifier, kwargs, low, high, best):
    interval, rule = interval_for(quantifier, **kwargs)
    assert interval.low == pytest.approx(low)
    assert (interval.high is None) == (high is None)
    if high is not None:
        assert interval.high == pytest.approx(high)
    assert interval.best == pytest.approx(best)
    assert rule.startswith(quantifier)


def test_rule_names_rounding_step_when_it_dominates():
    _, rule = interval_for("approximately", value=300_000)
    assert "rounding step" in rule and "50000" in rule


@pytest.mark.parametrize(
    ("value", "half_step"), [(300_000, 50_000), (160_000, 5_000), (25, 0.5), (2.5, 0.05), (0, 0)]
)
def test_rounding_half_step(value, half_step):
    assert rounding_half_step(value) == pytest.approx(half_step)


@pytest.mark.parametrize(
    ("quantifier", "kwargs", "field"),
    [
        ("exact", {}, "value"),
        ("exact", {"value": -1}, "value"),
        ("exact", {"value": math.nan}, "value"),
        ("range", {"low": 5, "high": 1}, "low"),
        ("vague", {"vague": "loads"}, "vague"),
        ("roughly", {"value": 3}, "quantifier"),
    ],
)
def test_bad_numbers_name_the_field(quantifier, kwargs, field):
    with pytest.raises(InvalidInterval) as error:
        interval_for(quantifier, **kwargs)
    assert error.value.field == field


def test_vague_best_is_the_low_end():
    for word, (low, high) in VAGUE_TABLE.items():
        interval, _ = interval_for("vague", vague=word)
        assert interval.best == low and interval.low == low and interval.high == high


values = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)


@given(values, st.sampled_from(["exact", "approximately", "at_least", "at_most"]))
def test_interval_contains_the_stated_best(value, quantifier):
    interval, _ = interval_for(quantifier, value=value)
    assert interval.contains(interval.best)
    assert interval.low >= 0


@given(values, values)
def test_overlap_is_symmetric_and_matches_intersection(a, b):
    x, _ = interval_for("approximately", value=a)
    y, _ = interval_for("exact", value=b)
    assert x.overlaps(y) == y.overlaps(x)
    assert (x.intersection(y) is not None) == x.overlaps(y)


def test_unbounded_interval_overlaps_anything_above_it():
    assert Interval(10, None, 10).overlaps(Interval(1e9, 2e9, 1e9))
    assert not Interval(10, None, 10).overlaps(Interval(0, 9, 5))
