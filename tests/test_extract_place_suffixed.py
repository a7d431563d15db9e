"""A name that ends as places do ("Varra State", "Kelvo County") is a place wherever it stands,
with no preposition before it; a group's or an office's name so ending is not, nor a weather
pattern ("El Nino"), an armed group ("the Tamil Tigers"), a people ("Rohingyas"), a ship, a
newspaper or a pronoun ("Her village"); a quake's epicentre only says where it began: each
test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract.place import find_places


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "For years now Varra State has been the scene of raids on farms. Last week a "
            "memorial was held for 73 victims.",
            "73",
            "Varra State",
        ),
        ("Kelvo Prefecture has confirmed 509 deaths and 2,220 missing.", "509", "Kelvo Prefecture"),
        (
            "About 119,000 Kelvo Prefecture residents have left since the accident.",
            "119,000",
            "Kelvo Prefecture",
        ),
        (
            "The capital saw 45 killed. Lamu Governorate followed with 36 killed and 18 injured.",
            "36",
            "Lamu Governorate",
        ),
    ],
)
def test_a_name_ending_as_places_do_is_a_place_wherever_it_stands(text, number, place):
    assert _claim(text, number).get("location") == place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Islamic State has claimed the attack that killed 12 people.", "Islamic State"),
        ("Fighters of the Islamic State West Africa Province killed 12 people.", "Africa Province"),
        ("Ukrainian State officials said 12 people were killed.", "Ukrainian State"),
        ("Member States pledged aid after 12 people were killed.", "Member State"),
        ("China's Hunan Province has reported 12 deaths.", "China's Hunan Province"),
    ],
)
def test_a_group_office_or_owned_name_is_not_so_read(text, name):
    assert not any(name in p.name for p in find_places(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blamed on the El Nino, the floods have displaced 90,000 people.",
        "After La Niña struck, 90,000 people were displaced.",
    ],
)
def test_a_weather_pattern_named_like_a_place_is_none(text):
    assert _claim(text, "90,000").get("location") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tamil Tigers accused the army of killing 40 civilians.", "Tigers"),
        ("Shabaab gunmen stormed the hotel and killed 25 people.", "Shabaab"),
        ("Her village, Kelvo, was shelled and 12 people were killed.", "Her"),
        ("Troops shelled Maute positions, and 12 fighters were killed.", "Maute"),
        ("The navy moved 2,014 Rohingyas from Kelvo to the island.", "Rohingyas"),
        ("Another 213 people were rescued by the Dignity I.", "Dignity"),
        ("The toll rose to 2,344 on Wednesday, the Guardian reported.", "Guardian"),
    ],
)
def test_an_armed_group_a_people_a_ship_or_a_pronoun_is_no_place(text, name):
    assert not any(name in p.name for p in find_places(text))


def test_a_quakes_epicentre_is_no_place_of_the_figures_after_it():
    text = (
        "Aid reached the coast of Varra, struck by waves from a quake with its epicentre in "
        "Kelvonia.\n\nOver 8,000 have lost their lives. More than 500,000 have been displaced."
    )
    assert _claim(text, "8,000").get("location") == "Varra"
    assert _claim(text, "500,000").get("location") == "Varra"
