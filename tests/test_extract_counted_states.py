"""What a figure counts, read from words the extractor did not know: deaths told as shootings,
slayings and lynchings, and a camp's or a register's population, the displaced there now
(CODING.md M2, M5): each test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("On Monday 73 persons were gunned down by unknown assailants in the village.", "73"),
        ("The raid led to at least seven gang members being fatally wounded.", "seven"),
        ("There were 43 gang-linked slayings in the month.", "43"),
        ("Residents lynched some 264 alleged members of armed groups.", "264"),
    ],
)
def test_shootings_slayings_and_lynchings_are_deaths(text, number):
    assert _claim(text, number).get("metric") == "killed"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Some 618 arrived over the weekend, bringing the camp population to 12,549.", "12,549"),
        ("As of last night the registered population there stood at 9,053 people.", "9,053"),
    ],
)
def test_a_camps_or_registers_population_is_the_displaced_there(text, number):
    assert _claim(text, number).get("metric") == "displaced_in_population"


def test_a_towns_population_is_no_such_stock():
    text = "Fighting went on. The town population is about 40,000, the mayor said."
    found = extract_candidates(text)
    assert all(c["claim"].get("metric") != "displaced_in_population" for c in found)
