"""What fresh passages (zzzzza to zzzzzg, read untuned) showed us taking for places: a
university, a unit, a booklet's title, a body owned by a country's acronym, a two-word demonym;
and "about" after "information" read as a hedge; each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Researchers at Northfield University counted 1,200 excess deaths after the storm.",
            "1,200",
        ),
        ("The battle killed 310 members of the Women's Defence Units and 90 civilians.", "310"),
        ("The booklet A Year in Memory of the Flood says the water killed 2,300 people.", "2,300"),
        ("A study for the US State Department says 41,000 people moved into camps.", "41,000"),
    ],
)
def test_a_body_or_a_title_is_no_place(text, number):
    assert _claim(text, number).get("location") is None


def test_a_two_word_demonym_read_as_a_place_is_its_country():
    text = "Shells hit the strip of the Sri Lankan coastline where 9,000 civilians are trapped."
    assert _claim(text, "9,000").get("location") == "Sri Lanka"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The toll from rain in Chile’s southern region, Los Lagos, rose to 31 on Friday.",
            "Los Lagos",
        ),
        ("Fighting in the eastern province, North Kivu, killed 31 people.", "North Kivu"),
    ],
)
def test_a_name_set_off_after_its_region_is_the_place(text, place):
    assert _claim(text, "31").get("location") == place


def test_a_person_set_off_after_an_office_of_the_region_is_no_place():
    text = "The governor of the region, Ivan Petrenko, said 31 civilians were killed in the attack."
    assert _claim(text, "31").get("location") is None


@pytest.mark.parametrize(
    ("text", "number", "quantifier"),
    [
        ("Monitors received information about 14 more killings in the district.", "14", "exact"),
        ("The ministry confirmed the news about 30 killed at the station.", "30", "exact"),
        ("Civil society reports about 20 houses burnt down by the militia.", "20", "approximately"),
    ],
)
def test_about_after_information_is_its_topic_not_a_hedge(text, number, quantifier):
    assert _claim(text, number)["quantifier"] == quantifier


def test_puerto_rico_is_a_place_wherever_it_stands():
    text = "Puerto Rico’s governor raised the official toll to 2,975 on Tuesday."
    assert _claim(text, "2,975", "2018-08-29").get("location") == "Puerto Rico"
