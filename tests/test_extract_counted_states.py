"""What a figure counts, read from words the extractor did not know: deaths told as shootings,
slayings and lynchings; a camp's or a register's population, and people living or sheltered in
shelters, the displaced there now; people who became homeless, a flow (CODING.md M1, M2, M5):
each test in our own words."""

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


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("Nearly 580,000 people have become homeless in four years.", "580,000", "fled"),
        (
            "Some 40,000 Varrans remained refugees in nearby countries.",
            "40,000",
            "displaced_in_population",
        ),
        (
            "Over 861,000 survivors are living in 781 temporary shelters.",
            "861,000",
            "displaced_in_population",
        ),
        ("About 37,600 people were sheltered in Kelvo.", "37,600", "displaced_in_population"),
    ],
)
def test_who_became_homeless_and_who_is_sheltered_now(text, number, metric):
    assert _claim(text, number).get("metric") == metric
