"""Metric of a figure the words of a toll reach: a part in a dash aside, a killing verb's
second object, the remaining victims, the figure or number named again, people who refused
to leave; each test in our own words."""

import pytest
from extracted import claim_at as _claim


def test_a_part_in_a_dash_aside_counts_what_the_toll_before_it_counts():
    text = (
        "A strike on the camp killed at least 13 people — including a child and two women —"
        " and wounded dozens of others, medics said."
    )
    assert _claim(text, "two").get("metric") == "killed"
    text = "Some 107,294 people — including 24,000 children — were displaced by the floods."
    assert _claim(text, "24,000").get("metric") == "fled"


def test_a_number_the_killing_verb_takes_past_a_first_victim_was_killed():
    text = "The bomber blew herself up in the camp, killing herself and five other people."
    assert _claim(text, "five").get("metric") == "killed"
    text = "They killed my sister-in-law and two other people, she said."
    assert _claim(text, "two").get("metric") == "killed"
    text = "The strike killed the mayor and 20 others were wounded."
    assert _claim(text, "20").get("metric") is None


def test_the_remaining_victims_were_killed_not_left_behind():
    text = (
        "Of the remaining 47 victims, six were businessmen and eight were members of the"
        " party, the group said."
    )
    assert [_claim(text, n).get("metric") for n in ("47", "six", "eight")] == ["killed"] * 3


def test_people_who_refused_to_leave_remain():
    text = "About 3,000 residents have refused to leave the town despite the shelling."
    assert _claim(text, "3,000").get("metric") == "civilians_remaining"


@pytest.mark.parametrize(
    "second",
    [
        "The figure climbed from more than 8,500 given earlier by local officials.",
        "An initial UN report put the number at least 8,500 people.",
    ],
)
def test_the_figure_or_the_number_again_counts_what_the_toll_before_it_counted(second):
    text = f"The death toll from the earthquake has climbed to 9,219. {second}"
    assert _claim(text, "8,500").get("metric") == "killed"


def test_estimates_that_put_it_at_a_number_count_the_last_toll():
    text = (
        "The flood killed 300 people last year. This year 1,182 houses were destroyed and the"
        " authorities have yet to give a death toll. Early estimates put it at about 100 people."
    )
    assert _claim(text, "100").get("metric") == "killed"


def test_the_remaining_victims_after_their_number_were_killed_too():
    text = "Four victims were in the monastery. The three remaining victims were in other houses."
    assert _claim(text, "three").get("metric") == "killed"


def test_the_items_of_a_breakdown_count_what_its_total_counted():
    text = (
        "Some 352,000 people are displaced in the province. The distribution is as follows:"
        " Utara 137,182 persons, Barat 118,818 persons."
    )
    assert _claim(text, "137,182").get("metric") == _claim(text, "352,000").get("metric")
    assert _claim(text, "118,818").get("metric") == "displaced_in_population"
