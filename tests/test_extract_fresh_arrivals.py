"""What fresh passages (zzzzza to zzzzzg, read untuned) showed us misreading about people on the
move: boats that landed, lists of those on board; each test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Earlier, 150 Rohingya landed at a beach in the north of the island.", "150"),
        ("Since Monday, hundreds have landed in the port town on rescue boats.", "hundreds"),
        ("A fishing boat carrying 51 men, 30 women and 12 children came ashore on Friday.", "51"),
        ("A fishing boat carrying 51 men, 30 women and 12 children came ashore on Friday.", "30"),
        ("The 88 migrants disembarked in the port after two weeks at sea.", "88"),
    ],
)
def test_people_who_landed_from_the_sea_arrived(text, number):
    assert _claim(text, number).get("metric") == "fled"


@pytest.mark.parametrize(
    "text",
    [
        "A barrage of 40 or more rockets landed near the harbour on Monday.",
        "At least one rocket reportedly landed in the sea, officials said.",
    ],
)
def test_munitions_that_landed_are_no_arrivals(text):
    found = [c for c in extract_candidates(text, "2024-01-01") if c["claim"]["metric"] == "fled"]
    assert found == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mortar shells hit the port; one landed inside the embassy compound.", "one"),
        (
            "The mayor reported 20 strikes in the city, five of which landed near the temple.",
            "five",
        ),
    ],
)
def test_a_munition_named_earlier_in_the_sentence_did_not_arrive(text, number):
    found = [
        c for c in extract_candidates(text, "2024-01-01") if text[c["start"] : c["end"]] == number
    ]
    assert all(c["claim"].get("metric") != "fled" for c in found)


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("Troops stormed the camp, killing the last 120 fighters who held it.", "120", "killed"),
        ("The remains of 640 people have been recovered from the mud so far.", "640", "killed"),
        ("Monitors documented 14 murders of civilians in the district.", "14", "killed"),
        (
            "The army entered the zone and freed 2,500 civilians trapped by the rebels.",
            "2,500",
            "fled",
        ),
        (
            "Lorries began arriving carrying thousands of people driven from the valley.",
            "thousands",
            "fled",
        ),
        (
            "About 9,000 people from 1,800 households are taking refuge at the stadium.",
            "9,000",
            "displaced_in_population",
        ),
    ],
)
def test_what_the_verb_before_or_beside_the_number_says_they_counted(text, number, metric):
    assert _claim(text, number).get("metric") == metric


def test_hostages_freed_are_not_people_who_fled():
    assert _claim("The gunmen freed 30 hostages on Monday.", "30").get("metric") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A total of 310 migrants perished or went missing at sea last year.", "310"),
        ("More than 40 passengers were dead or had gone missing after the ferry sank.", "40"),
        ("Of the missing, 900 men are believed to have been killed or captured.", "900"),
    ],
)
def test_a_count_of_the_dead_and_the_missing_together_has_no_metric(text, number):
    assert _claim(text, number).get("metric") is None
