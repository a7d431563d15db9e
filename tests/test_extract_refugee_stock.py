"""Refugees counted where they are (CODING.md M2) and flows in other words (M1): a country that
"has" them, a camp "with" them, "refugees in eastern Zaire", "driven from their homes", "have
become refugees", "headed towards Chad"; each test in our own words."""

import pytest
from extracted import claim_at as _claim


def test_a_country_that_has_refugees_counts_a_stock():
    text = "Chad has 410,000 refugees, 120,000 of whom are Sudanese, according to UNHCR."
    assert _claim(text, "410,000").get("metric") == "displaced_in_population"


def test_a_camp_with_refugees_counts_a_stock():
    text = "Kibumba camp, with an estimated 90,000 refugees living in the open, has no water."
    assert _claim(text, "90,000").get("metric") == "displaced_in_population"


def test_refugees_in_a_named_region_ending_the_clause_are_a_stock():
    text = "Measles is spreading among the 600,000 Burundian refugees in western Tanzania."
    assert _claim(text, "600,000").get("metric") == "displaced_in_population"


def test_refugees_in_a_place_that_then_arrived_are_a_flow():
    text = "Some 5,000 refugees in Chad arrived last week from Darfur."
    assert _claim(text, "5,000").get("metric") == "fled"


def test_refugees_in_a_place_as_part_of_a_flow_keep_the_flow():
    text = (
        "Some 20,000 people have fled the fighting. This includes 13,000 refugees in White Nile"
        " and a further 5,000 in Kordofan."
    )
    assert _claim(text, "13,000").get("metric") == "fled"


def test_driven_from_their_homes_is_a_flow():
    text = "Some 250,000 people have been driven from their homes by the clashes."
    assert _claim(text, "250,000").get("metric") == "fled"


def test_have_become_refugees_is_a_flow():
    text = "Already, 2.1 million people have become refugees since the war began."
    assert _claim(text, "2.1 million").get("metric") == "fled"


def test_headed_towards_a_border_is_a_flow():
    text = "About 18,000 people were headed towards Chad after the attack on the town."
    assert _claim(text, "18,000").get("metric") == "fled"


def test_run_away_since_an_offensive_is_a_flow():
    text = "A total of 31,000 people have run away since the offensive began."
    assert _claim(text, "31,000").get("metric") == "fled"


def test_a_range_after_its_verb_takes_the_verbs_event():
    text = "In the north, a single mudslide claimed between 900 and 1,400 lives."
    assert _claim(text, "900 and 1,400").get("metric") == "killed"


def test_people_still_buried_are_trapped():
    text = "Officials expect that as many as 1,800 people are still buried after the collapse."
    assert _claim(text, "1,800").get("metric") == "civilians_trapped"


def test_people_who_still_need_to_be_rescued_remain():
    text = "The toll rose to 90 and around 12,000 people still needed to be rescued."
    assert _claim(text, "12,000").get("metric") == "civilians_remaining"


def test_people_bussed_out_of_a_town_fled():
    text = "The Red Cross confirmed that 640 people had so far been bussed out of the town."
    assert _claim(text, "640").get("metric") == "fled"


def test_people_still_waiting_to_be_bussed_out_remain():
    text = "She said thousands of others were still waiting to be bussed out of the town."
    assert _claim(text, "thousands").get("metric") == "civilians_remaining"


def test_a_count_restated_between_hyphens_shares_the_verb_after():
    text = "The mayor said that some 42,000 people - some 8,000 families - had been displaced."
    assert _claim(text, "42,000").get("metric") == "fled"


def test_the_number_of_civilians_who_have_been_evacuated_is_a_flow():
    text = "So far the number of civilians who have been evacuated exceeded 840,000 people."
    assert _claim(text, "840,000").get("metric") == "fled"


def test_peacekeepers_who_helped_transport_civilians_evacuated_them():
    text = "The peacekeepers helped transport 290 civilians, including 80 children, to safety."
    assert _claim(text, "290").get("metric") == "fled"


def test_refugees_who_made_their_way_to_camps_fled():
    text = "An official said that several thousand refugees had made their way to camps nearby."
    assert _claim(text, "several thousand").get("metric") == "fled"


def test_families_comprising_people_who_fled_both_fled():
    text = "Around 1,500 families, comprising around 8,000 people, fled to the nearby town."
    assert _claim(text, "1,500").get("metric") == "fled"


def test_refugees_who_have_been_registered_are_a_stock():
    text = "At the border camp, more than 7,300 refugees have been registered so far."
    assert _claim(text, "7,300").get("metric") == "displaced_in_population"
    text = "Key figures: 48,512 refugees registered (12 May)."
    assert _claim(text, "48,512").get("metric") == "displaced_in_population"


def test_refugees_registered_on_arrival_are_a_flow():
    text = "Some 2,400 refugees had been registered arriving by boat from the coast."
    assert _claim(text, "2,400").get("metric") == "fled"


def test_people_in_shelters_counted_by_number_are_a_stock():
    text = "At the height of the floods, 812,000 people were recorded in about 2,400 relief camps."
    assert _claim(text, "812,000").get("metric") == "displaced_in_population"
    text = "Some 5,300 fled to the hills, while 41,870 remained in 610 evacuation shelters."
    assert _claim(text, "41,870").get("metric") == "displaced_in_population"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Last week, Chad harboured 48,000 Sudanese refugees.", "48,000"),
        ("Troops there were protecting about 9,000 refugees at a mission.", "9,000"),
        (
            "The port, now packed with tens of thousands of refugees, has no water.",
            "tens of thousands",
        ),
        ("More than 60,000 Malians are now refugees in Mauritania.", "60,000"),
    ],
)
def test_refugees_a_place_harbours_or_protects_are_a_stock(text, surface):
    assert _claim(text, surface).get("metric") == "displaced_in_population"


def test_refugees_staying_somewhere_with_no_verb_before_are_a_stock():
    text = "Over 90,000 people have crossed into the country, with 31,000 refugees staying there."
    assert _claim(text, "31,000").get("metric") == "displaced_in_population"


def test_people_a_camp_or_building_shelters_are_a_stock():
    text = "The football stadium camp alone shelters 512 families, comprising 2,811 individuals."
    assert _claim(text, "512").get("metric") == "displaced_in_population"
    assert _claim(text, "2,811").get("metric") == "displaced_in_population"
    text = "The building of temporary shelters for 1,900 households is under way."
    assert _claim(text, "1,900").get("metric") is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Of those registered, 52,000 people are staying with Ingush families.", "52,000"),
        ("Meanwhile, 3,140 chose to stay with families or relatives.", "3,140"),
    ],
)
def test_people_staying_with_families_are_a_stock(text, surface):
    assert _claim(text, surface).get("metric") == "displaced_in_population"


def test_people_seeking_protection_in_counted_bases_are_a_stock():
    text = "A total of 31,250 civilians are seeking protection in 6 bases across the country."
    assert _claim(text, "31,250").get("metric") == "displaced_in_population"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Over 41,000 affected people had been lodged in some 300 relief camps.", "41,000"),
        ("Some 9,000 are being sheltered at the two UN compounds in the state.", "9,000"),
        (
            "About 80 people waited in the square, and several hundred more sheltered in schools.",
            "several hundred",
        ),
    ],
)
def test_people_lodged_or_sheltered_in_camps_are_a_stock(text, surface):
    assert _claim(text, surface).get("metric") == "displaced_in_population"
