"""Refugee and displaced counts a yearly survey gives at the year's end are stocks (CODING M2):
"N were refugees at the close of 1997", "N were internally displaced at year's end", and the
countries such a count lists take its metric; so are people away from home now (in shelters,
still evacuated, living in the open). Each test in our own words."""

import pytest
from extracted import claim_at as _claim

STOCK = "displaced_in_population"


def test_people_who_were_refugees_at_a_years_close_are_a_stock_and_so_is_their_list():
    text = (
        "At the close of 1998, about 90,000 Varlish nationals were refugees, including"
        " 60,000 in Kenya and 30,000 in Uganda."
    )
    for number in ("90,000", "60,000", "30,000"):
        assert _claim(text, number).get("metric") == STOCK, number


def test_citizens_of_a_country_who_were_refugees_are_a_stock():
    text = "About 12,000 citizens of Congo-Brazzaville were refugees at the end of 2001."
    assert _claim(text, "12,000").get("metric") == STOCK


def test_people_displaced_during_a_year_are_still_a_flow():
    text = "Some 40,000 people were displaced during 2003, the survey found."
    assert _claim(text, "40,000").get("metric") == "fled"


def test_people_staying_in_shelters_in_affected_areas_are_a_stock():
    text = (
        "As of noon on Monday, 4,120 people were staying at temporary shelters in affected areas."
    )
    assert _claim(text, "4,120").get("metric") == STOCK


def test_people_believed_to_be_homeless_are_a_stock():
    text = "Nearly 70,000 people are believed to be homeless on the islands."
    assert _claim(text, "70,000").get("metric") == STOCK


def test_there_are_also_people_displaced_is_a_stock():
    text = "There are also more than 50,000 people displaced by the killer wave."
    assert _claim(text, "50,000").get("metric") == STOCK


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("By 1981, close to 200,000 people were homeless.", STOCK),
        ("The floods left 200,000 people homeless.", "fled"),
        ("Some 200,000 people were left homeless by the floods.", "fled"),
    ],
)
def test_people_who_were_homeless_at_a_time_are_a_stock_not_those_left_homeless(text, metric):
    assert _claim(text, "200,000").get("metric") == metric


def test_people_who_were_evacuated_are_still_a_flow():
    text = "About 2,000 people were evacuated after the storm."
    assert _claim(text, "2,000").get("metric") == "fled"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("As many as 300,000 Burundians were internally displaced at year's end.", "300,000"),
        ("Some 40,000 people were displaced at the end of 2003, the survey found.", "40,000"),
        ("Some 35,000 residents of Varla remain evacuated.", "35,000"),
        ("A total of 16,739 people remains evacuated from their villages.", "16,739"),
        ("About 2,000 people are still evacuated after the storm.", "2,000"),
        ("• Varla: 82,021 people in 435 shelters\n• Ostria: 5,898 people in 13 shelters", "82,021"),
        ("• 175,509 people in 224 temporary shelters;", "175,509"),
        ("There are currently 1,108 people in temporary shelters.", "1,108"),
        ("Nearly 900 people are still in temporary shelters, officials said.", "900"),
        ("At least 16,688 people are in shelters in the west.", "16,688"),
        ("The storm hit hard, with at least 3,000 people in 18 provisional shelters.", "3,000"),
        ("Of those, 2,496 stay in five shelters in the province.", "2,496"),
        ("Thousands of people have been homeless for the last 20 days.", "Thousands"),
        ("Thousands of people have to live in the open.", "Thousands"),
        ("After the earthquake, 6,431 people remain in evacuation from their homes.", "6,431"),
        ("Nearly 60,000 people are still living in makeshift accommodation.", "60,000"),
        (
            "Camps in Varla, where more than one million Ostrian refugees live, held up.",
            "one million",
        ),
        ("Another 37,000 refugees from Blue Nile State are in Ethiopia.", "37,000"),
        (
            "The province is taking care of more than 9,000 people who have fled the bombing.",
            "9,000",
        ),
        ("Still, 856,941 people are left displaced, according to the report.", "856,941"),
    ],
)
def test_people_displaced_at_a_date_or_away_from_home_now_are_a_stock(text, number):
    assert _claim(text, number).get("metric") == STOCK
