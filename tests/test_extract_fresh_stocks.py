"""What fresh passages (zzzzzz to zzzzzze, read untuned) showed us reading as flight: displaced
people a place holds now, however the sentence comes to say so (CODING M2); in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        (  # refugees who have been living somewhere: there now
            "Four thousand refugees who have been living in railway wagons will be moved to tents.",
            "Four thousand",
            "displaced_in_population",
        ),
        (  # people who fled and remain in a place: there now
            "A total of 160,000 people who fled the fighting in the republic remain in the camps"
            " of the neighbouring region.",
            "160,000",
            "displaced_in_population",
        ),
        (  # people displaced earlier who remain in camps
            "About 170,000 people who had been displaced by ethnic violence remain in camps.",
            "170,000",
            "displaced_in_population",
        ),
        (  # refugees from a country registered at a camp: on its rolls now
            "More than 18,000 refugees from South Sudan have been registered at Kakuma camp.",
            "18,000",
            "displaced_in_population",
        ),
        (  # refugees now in a country
            "Of the 18,000 refugees now in Kenya, many are children, the agency says.",
            "18,000",
            "displaced_in_population",
        ),
        (  # still a flight: people who fled and were registered since a month
            "Some 5,000 people who fled the fighting have crossed into Chad since March.",
            "5,000",
            "fled",
        ),
        (  # registered since a month: arrivals
            "More than 9,000 refugees from the north have been registered since January.",
            "9,000",
            "fled",
        ),
    ],
)
def test_displaced_people_a_place_holds_now_are_a_stock(text, number, metric):
    assert _claim(text, number).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        (  # raids on foot by rebels are no air strikes
            "The rebels had killed 35 civilians in five different raids over two days.",
            "five",
            None,
        ),
        (  # raids from the air are
            "Warplanes carried out 12 raids on the town overnight, residents said.",
            "12",
            "airstrikes",
        ),
        (  # air raids, named so
            "The coalition launched 20 air raids on the capital.",
            "20",
            "airstrikes",
        ),
    ],
)
def test_only_raids_from_the_air_are_air_strikes(text, number, metric):
    assert _claim(text, number).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Over two million Iraqis are refugees, mostly in neighbouring Syria and Jordan.",
            "two million",
        ),
        (
            "At least 4.5 million people are without shelter as winter weather closes in.",
            "4.5 million",
        ),
    ],
)
def test_people_who_are_refugees_or_without_shelter_now_are_a_stock(text, number):
    assert _claim(text, number).get("metric") == "displaced_in_population"
