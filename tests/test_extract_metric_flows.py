"""Flows told in words the extractor did not know: homes lost, people saved from a flood,
rivers crossed, refugees streaming in, departures (M1, M3): each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("At least 86 civilians were killed and more than 5,800 lost their homes.", "5,800"),
        ("Rescuers have saved more than 1,200 people from the floodwaters.", "1,200"),
        ("Officials said over 100 families have managed to cross the river.", "100"),
        ("The border town, into which a further 50,000 refugees have streamed.", "50,000"),
        ("As many as 400 people are expected to depart from the besieged town.", "400"),
    ],
)
def test_a_flow_in_other_words_is_fled(text, number):
    assert _claim(text, number, "2019-03-20")["metric"] == "fled"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("An estimated 1.8 million refugees are currently scattered around the region.", "1.8"),
        ("Thousands of people are scattered in various locations after the quake.", "Thousands"),
        ("A fresh wave of refugees is joining the 4 million Iraqis already in exile.", "4"),
    ],
)
def test_people_scattered_or_in_exile_now_are_a_stock(text, number):
    assert _claim(text, number, "2007-06-20")["metric"] == "displaced_in_population"
