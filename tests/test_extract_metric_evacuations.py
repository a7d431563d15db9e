"""Metric of counts in evacuations and corridors (CODING.md M3, M4, M8): who was brought out,
who still has to be, who is caught inside; each test in our own words."""

import pytest
from extracted import claim_at as _claim


def test_people_who_will_have_to_be_evacuated_are_still_there():
    text = (
        "Nearly 16,000 residents will have to be evacuated from the river bank, the governor said."
    )
    assert _claim(text, "16,000").get("metric") == "civilians_remaining"


def test_people_who_must_be_evacuated_are_still_there():
    text = "Some 4,000 people must be evacuated from the flooded district, officials said."
    assert _claim(text, "4,000").get("metric") == "civilians_remaining"


def test_civilians_caught_inside_a_city_are_trapped():
    text = "As many as 600,000 civilians may be caught inside the city as the fighting spreads."
    assert _claim(text, "600,000").get("metric") == "civilians_trapped"


def test_trapped_people_a_rescue_brought_out_fled():
    text = '"We were able to rescue 9 trapped civilians from the old city," the spokesman said.'
    assert _claim(text, "9").get("metric") == "fled"


def test_trapped_people_a_rescue_only_tries_to_reach_are_still_trapped():
    text = "The army is hoping to rescue about 1,000 stranded villagers before the river rises."
    assert _claim(text, "1,000").get("metric") == "civilians_trapped"


def test_people_who_wait_to_be_evacuated_are_still_there():
    text = "Buses entered the town as thousands of civilians wait to be evacuated under the deal."
    assert _claim(text, "thousands").get("metric") == "civilians_remaining"


def test_people_a_convoy_accompanied_out_fled():
    text = "We have accompanied 127 people today to the city, the humanitarian coordinator said."
    assert _claim(text, "127").get("metric") == "fled"


def test_people_who_followed_evacuation_orders_fled():
    text = "The army says an estimated 300,000 people had followed the evacuation orders so far."
    assert _claim(text, "300,000").get("metric") == "fled"


def test_people_embarked_on_an_airlift_fled():
    text = "In the last 24 hours, about 13,400 people have been embarked on military flights."
    assert _claim(text, "13,400").get("metric") == "fled"


def test_people_on_the_move_or_forced_to_move_or_taking_refuge_fled():
    cases = {
        "Thousands are believed to be on the move in dense forests.": "Thousands",
        "More than 70,000 people have been forced to move in three weeks.": "70,000",
        "We have observed that hundreds of people are evacuating the area.": "hundreds",
        "Tens of thousands of people are moving into cities in search of safety.": "Tens of "
        "thousands",
        "More than 33,000 Cameroonians have taken refuge from violence in the state.": "33,000",
    }
    for text, figure in cases.items():
        assert _claim(text, figure).get("metric") == "fled", text


def test_fighters_who_leave_with_their_families_fled_together():
    text = "An agreement saw more than 15,000 rebels and their families leave the district."
    assert _claim(text, "15,000").get("metric") == "fled"
    text = "Approximately 1,500 rebel fighters and their families began boarding buses on Sunday."
    assert _claim(text, "1,500").get("metric") == "fled"
    text = "Over the last 24 hours, 635 insurgents and their families have left the area."
    assert _claim(text, "635").get("metric") == "fled"


def test_refugees_a_camp_is_estimated_to_house_are_there():
    text = "The camp alone is estimated to house around 14,000 refugees, an official said."
    assert _claim(text, "14,000").get("metric") == "displaced_in_population"


def test_people_a_convoy_carried_as_it_drove_out_fled():
    text = "A convoy of 65 vehicles carrying 700 embassy staff drove from the capital on Sunday."
    assert _claim(text, "700").get("metric") == "fled"


def test_an_aside_between_hyphens_does_not_cut_a_count_from_its_verb():
    text = (
        "Approximately 5,000 civilians, including 1,700 foreign students - many of them from "
        "abroad - were evacuated from the city through a humanitarian corridor."
    )
    assert _claim(text, "5,000").get("metric") == "fled"
    assert _claim(text, "1,700").get("metric") == "fled"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Host families give shelter to the 3,000 townspeople who have fled the fighting.",
            "3,000",
        ),
        (
            "The agency is sending aid to 12,000 villagers fleeing the floods in the valley.",
            "12,000",
        ),
    ],
)
def test_people_aided_because_they_fled_count_as_fled(text, figure):
    assert _claim(text, figure).get("metric") == "fled"


def test_people_aided_where_they_live_are_not_counted_as_fled():
    text = "The agency is sending aid to 12,000 villagers in the flooded valley."
    assert _claim(text, "12,000").get("metric") is None


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "Thousands of children, women and men are stranded in the combat zone.",
            "Thousands",
            "civilians_trapped",
        ),
        (
            "Special forces stormed the school to free scores of children and adults held "
            "hostage by the gunmen.",
            "scores",
            "civilians_trapped",
        ),
        ("About 300 children remain trapped in the city.", "300", "children_trapped"),
    ],
)
def test_children_counted_with_adults_are_civilians_not_children_alone(text, surface, metric):
    assert _claim(text, surface).get("metric") == metric


def test_people_buried_alive_are_trapped_and_people_buried_are_dead():
    assert (
        _claim("The landslide buried more than 2,000 people alive.", "2,000").get("metric")
        == "civilians_trapped"
    )
    assert (
        _claim("The landslide buried 300 people in the village.", "300").get("metric") == "killed"
    )


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Officials confirmed that 370 families left the Duhok camps over the past two days.",
            None,
        ),
        ("More than 110,000 displaced people have been forced to leave the camps.", "fled"),
        ("Some 5,000 people fled their homes for camps in the south.", "fled"),
    ],
)
def test_people_who_leave_a_camp_go_home_unless_forced_out(text, metric):
    figure = next(word for word in text.split() if word[0].isdigit())
    assert _claim(text, figure).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Its staff have received more than 96 people with gunshot wounds this week.", "96"),
        ("The El No Hospital received 105 injuries and 52 deaths on Saturday.", "105"),
    ],
)
def test_the_hurt_a_hospital_received_are_no_arrivals(text, figure):
    assert _claim(text, figure).get("metric") is None


def test_residents_or_students_rescued_from_a_fight_were_brought_out():
    text = (
        "After the gunmen stormed the campus, the minister said 430 students had been rescued. "
        "During the pause, 95 residents of Marawi were rescued and taken to safer areas."
    )
    assert _claim(text, "430").get("metric") == "fled"
    assert _claim(text, "95").get("metric") == "fled"


def test_people_an_evacuation_is_planned_or_tried_for_are_still_there():
    text = (
        "Officials planned to evacuate around 1,800 residents over the day, and about 700 more "
        "are planned to be evacuated tomorrow. A convoy trying to evacuate 140 people was shot at."
    )
    assert _claim(text, "1,800").get("metric") == "civilians_remaining"
    assert _claim(text, "700").get("metric") == "civilians_remaining"
    assert _claim(text, "140").get("metric") == "civilians_remaining"


def test_civilians_hiding_inside_a_building_are_still_there_and_those_in_the_bush_fled():
    text = (
        "Around 600 civilians are hiding in the chemical plant, officials said. Over 9,000 "
        "people have fled the attacks and are hiding in the bush."
    )
    assert _claim(text, "600").get("metric") == "civilians_remaining"
    assert _claim(text, "9,000").get("metric") == "fled"
