"""What fresh passages (zzzzzn to zzzzzs, read untuned) showed us misreading about hedges: a
negated "fewer than", a toll that "can rise to", a count restated in another unit, and "or"
between two counts of different units; each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number", "quantifier"),
    [
        ("Not fewer than 40 villagers were killed in the raid.", "40", "at_least"),
        ("Officials fear the toll may rise to 300 as rescuers dig.", "300", "at_most"),
        ("Arrivals in the country can rise to two million by December.", "two million", "at_most"),
        ("Survivors say the toll could climb to 90 by nightfall.", "90", "at_most"),
    ],
)
def test_hedges_of_a_bound(text, number, quantifier):
    assert _claim(text, number)["quantifier"] == quantifier


@pytest.mark.parametrize(
    ("text", "number", "quantifier"),
    [
        (  # the same people counted in families, after "or"
            "About 6,000 people or 1,200 families are sheltering in schools.",
            "1,200",
            "approximately",
        ),
        (  # in brackets, persons after families
            "More than 512 families (2,480 persons) have fled their homes in Datu Piang.",
            "2,480",
            "at_least",
        ),
        (  # a breakdown in brackets is no restatement: its parts are as written
            "At least 5,400 people (2,700 women and 2,700 men) were displaced last week.",
            "2,700",
            "exact",
        ),
    ],
)
def test_a_count_restated_in_another_unit_keeps_the_hedge(text, number, quantifier):
    assert _claim(text, number)["quantifier"] == quantifier


def test_or_between_families_and_persons_is_no_range():
    text = "The number of families affected has climbed to 31,059 or 145,710 persons."
    families, persons = _claim(text, "31,059"), _claim(text, "145,710")
    assert (families["quantifier"], families.get("value")) == ("exact", 31059)
    assert (persons["quantifier"], persons.get("value")) == ("exact", 145710)


def test_a_range_with_hundred_after_its_second_number():
    claim = _claim("Five or six hundred people fled across the river.", "Five or six hundred")
    assert (claim["quantifier"], claim.get("low"), claim.get("high")) == ("range", 500, 600)


def test_approx_without_its_stop_is_a_hedge():
    text = "The floods caused the displacement of approx 3,420 people (570 families)."
    claim = _claim(text, "3,420")
    assert (claim.get("quantifier"), claim.get("metric")) == ("approximately", "fled")
