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


def test_a_body_that_presents_its_figures_today_on_a_full_date_states_them_that_day():
    text = (
        "Today, Wednesday 12 June 2024, the charity Walking Borders presents its figures for the "
        "first five months of the year. We have registered 5,054 dead or missing people."
    )
    claim = _claim(text, "5,054")
    assert (claim.get("source"), claim.get("stated_on")) == ("Walking Borders", "2024-06-12")


def test_a_countrys_ministry_goes_on_for_the_country_dated_before_it():
    text = (
        "Armenia and Azerbaijan on Sunday released tolls for the border clashes. Armenia's "
        "health ministry said at least 49 soldiers died."
    )
    assert _claim(text, "49", "2022-09-18")["stated_on"] == "2022-09-18"


def test_a_long_title_does_not_hide_the_statements_day():
    text = (
        '"The number of deaths is 22," said the Acting Head of the Data, Information and '
        "Communication Centre (Pusdatin) of the National Disaster Agency (BNPB) Ani Wijaya in a "
        "written statement on Monday."
    )
    assert _claim(text, "22", "2021-12-07")["stated_on"] == "2021-12-06"


def test_the_official_goes_on_for_an_official_dated_before():
    text = (
        "Heavy rain has killed at least nine people in the north since Sunday, an official from "
        "the provincial Labor and Social Welfare Department said Thursday.\n\n"
        '"Nine are dead, four in Phongsaly," said the official who declined to be named.'
    )
    assert _claim(text, "four", "2018-08-30")["stated_on"] == "2018-08-30"
