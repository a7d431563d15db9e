"""A place written right before its count, with no comma ("in Basra 255 killed", "city of
Mataram 9 fatalities"), is the count's place, not a label such as "Camp 5": each test in our
own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(("number", "place"), [("68", "Wassit"), ("255", "Basra"), ("83", "Babil")])
def test_a_place_before_a_count_of_dead_is_its_place(number, place):
    text = (
        "In Wassit, 68 civilians were killed; in Basra 255 killed and 661 injured; in Babil 83 "
        "killed."
    )
    assert _claim(text, number, "2008-04-01")["location"] == place


def test_a_label_before_a_number_is_still_no_place():
    text = "Flooding hit Camp 5 where 300 families live, officials said."
    assert _claim(text, "300", "2008-04-01").get("location") != "Camp"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "Fighting broke out on the border with Kyrgyzstan. Tajikistan said 35 of its "
            "citizens had been killed.",
            "35",
            "Tajikistan",
        ),
        (
            "Azerbaijan says at least 94 civilians were killed, while Armenia says at least 60 "
            "civilians lost their lives.",
            "60",
            "Armenia",
        ),
        ("Clashes went on in Batken. Tajikistan also reported 20 dead.", "20", "Tajikistan"),
    ],
)
def test_a_country_that_speaks_for_itself_names_the_place_of_its_figures(text, number, place):
    assert _claim(text, number, "2022-09-18")["location"] == place
