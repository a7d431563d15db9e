"""A statement made on air or in an interview is dated by the day it was made or broadcast
("in an interview ... broadcast on Thursday", "In an announcement made on state television
late on Thursday, X said"): each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            '"We have lost around 40 soldiers," the president said in an interview with local '
            "private station Radio Kara FM broadcast on Thursday.",
            "40",
        ),
        (
            "In an announcement made on state television late on Thursday, the prime minister "
            "said eight bodies had been found.",
            "eight",
        ),
        (
            "In a speech delivered on Thursday, the governor said 300 families had fled.",
            "300",
        ),
    ],
)
def test_the_day_a_statement_was_made_or_broadcast_dates_it(text, number):
    assert _claim(text, number, "2023-05-01")["stated_on"] == "2023-04-27"
