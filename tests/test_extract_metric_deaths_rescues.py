"""Killings by their manner ("shot to death 20 civilians"), a whole whose own clause says it
died ("most of the 200 villagers who lost their lives"), and people lifted out by helicopter
or airlift (M3, M5): each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Militants shot to death 14 farmers near the river on Tuesday.", "14"),
        ("Soldiers beat to death three detainees, the group said.", "three"),
        ("Most of the 300 villagers who lost their lives were women and children.", "300"),
        ("Half of the 90 passengers who perished were children.", "90"),
    ],
)
def test_deaths_by_their_manner_or_in_the_wholes_own_clause_are_killed(text, number):
    assert _claim(text, number, "2020-01-01")["metric"] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Navy helicopters rescued more than 2,000 people on Monday, the army said.",
        "The relief airlift rescued 2,000 people by Sunday.",
    ],
)
def test_people_lifted_out_by_helicopter_or_airlift_fled(text):
    assert _claim(text, "2,000", "2020-01-01")["metric"] == "fled"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Some 3 million people stay in 200 tent cities after the quake.", "3 million"),
        ("More than 12,000 people have been registered at the Kakuma camp.", "12,000"),
    ],
)
def test_people_in_tent_cities_or_registered_at_a_camp_are_displaced_there(text, number):
    assert _claim(text, number, "2020-01-01")["metric"] == "displaced_in_population"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The envoy asked for safe passage of aid to some 40,000 trapped civilians.", "40,000"),
        ("Hundreds of civilians remain blocked inside the steel plant.", "Hundreds"),
    ],
)
def test_aid_to_trapped_civilians_and_civilians_blocked_inside_are_trapped(text, number):
    assert _claim(text, number, "2022-05-01")["metric"] == "civilians_trapped"


def test_victims_taken_to_the_morgue_are_dead():
    text = "Of the 45 victims transferred to the forensic department in Sfax, 30 are Tunisians."
    assert [_claim(text, n, "2023-06-05")["metric"] for n in ("45", "30")] == ["killed"] * 2


def test_a_breakdown_of_deaths_counts_the_dead_in_its_list():
    text = "Police said the breakdown of deaths so far is: 11 in the Eastern Division, 4 in Ba."
    assert [_claim(text, n, "2016-02-25")["metric"] for n in ("11", "4")] == ["killed"] * 2


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("At least 3,000 people swam around the breakwater into the enclave.", "3,000"),
        ("It is estimated that at least 140 managed to access Spanish territory.", "140"),
    ],
)
def test_people_who_swam_across_or_managed_to_get_in_fled(text, number):
    assert _claim(text, number, "2021-05-18")["metric"] == "fled"


def test_rescuers_who_managed_to_get_in_touch_count_no_flight():
    text = "Rescuers managed to get in touch with three of the missing climbers."
    assert _claim(text, "three", "2021-05-18").get("metric") != "fled"
