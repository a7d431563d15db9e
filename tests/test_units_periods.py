"""Units through pint (households, dozens, wrong dimensions) and ISO periods with precision."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figures.claims import derive
from figures.errors import IncompatibleUnit, InvalidPeriod
from figures.intervals import Interval
from figures.metrics import BUILTIN_METRICS
from figures.periods import parse_date, parse_period
from figures.units import to_canonical

PEOPLE = BUILTIN_METRICS[0]


def test_households_widen_through_the_default_size_range():
    interval, note = to_canonical(Interval(10, 10, 10), "household", "person")
    assert (interval.low, interval.high) == (40, 70)
    assert "4 to 7" in note


def test_a_claims_household_size_gives_a_point():
    interval, _ = to_canonical(Interval(10, 10, 10), "family", "person", 6)
    assert (interval.low, interval.high, interval.best) == (60, 60, 60)


def test_dozen_is_twelve_of_the_metric_unit():
    interval, _ = to_canonical(Interval(3, 3, 3), "dozen", "person")
    assert interval.low == interval.high == 36


@pytest.mark.parametrize("unit", ["kilogram", "metre", "strike", "second"])
def test_wrong_dimension_is_refused(unit):
    with pytest.raises(IncompatibleUnit) as error:
        to_canonical(Interval(1, 1, 1), unit, "person")
    assert error.value.field == "unit"


def test_unknown_unit_is_refused():
    with pytest.raises(IncompatibleUnit, match="unknown unit"):
        to_canonical(Interval(1, 1, 1), "wombats", "person")


@given(st.floats(min_value=0.001, max_value=1e9), st.floats(min_value=1, max_value=20))
def test_household_conversion_round_trips(value, size):
    there, _ = to_canonical(Interval(value, value, value), "household", "person", size)
    back, _ = to_canonical(there, "person", "person")
    assert back.low / size == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2017", date(2017, 1, 1), date(2017, 12, 31), "year"),
        ("2017-02", date(2017, 2, 1), date(2017, 2, 28), "month"),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29), "month"),
        ("2017-06-06", date(2017, 6, 6), date(2017, 6, 6), "day"),
        ("2017-03/2017-06", date(2017, 3, 1), date(2017, 6, 30), "range"),
    ],
)
def test_periods_with_precision(text, start, end, precision):
    period = parse_period(text)
    assert (period.start, period.end, period.precision) == (start, end, precision)
    assert parse_period(period.text()) == period


@pytest.mark.parametrize("text", ["2017-02-30", "2017-13", "2017-06-06/2017-06-01", "June", ""])
def test_impossible_periods_are_refused(text):
    with pytest.raises(InvalidPeriod):
        parse_period(text)


def test_parse_date_refuses_impossible_dates():
    with pytest.raises(InvalidPeriod, match="not a real date"):
        parse_date("2017-02-30", "stated_on")


def test_as_of_defaults_to_stated_on_then_publication():
    stated = derive(
        {"value": 1, "stated_on": "2017-06-06", "reported_in": {"published_on": "2017-06-10"}},
        PEOPLE,
    )
    published = derive({"value": 1, "reported_in": {"published_on": "2017-06-10"}}, PEOPLE)
    undated = derive({"value": 1}, PEOPLE)
    assert stated.as_of.start == date(2017, 6, 6)
    assert published.as_of.start == date(2017, 6, 10)
    assert undated.as_of is None


def test_since_after_as_of_is_refused():
    with pytest.raises(InvalidPeriod) as error:
        derive({"value": 1, "as_of": "2017-06-01", "since": "2017-07-01"}, PEOPLE)
    assert error.value.field == "since"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_day_periods_round_trip(day):
    assert parse_period(day.isoformat()).start == day
