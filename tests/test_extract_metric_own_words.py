"""What a number counts when its own words say so after it, whatever came before in the
sentence: a toll's source after a comma ("211 people, hospitals said"), people trapped after a
death toll, deaths told as electrocutions or beheadings: each test in our own words."""

import pytest
from extracted import claim_at as _claim


def test_a_source_after_the_people_is_not_what_they_count():
    text = "The quake struck at dawn, killing at least 211 people, hospitals and officials said."
    assert _claim(text, "211", "2006-05-27")["metric"] == "killed"


def test_a_compound_noun_still_counts_its_head():
    text = "The quake struck at dawn, damaging at least 211 refugee shelters in the district."
    assert _claim(text, "211", "2006-05-27").get("metric") is None


def test_people_trapped_after_a_death_toll_are_trapped():
    text = (
        "The death toll is likely to rise further as there are hundreds of people reportedly "
        "trapped under the rubble of collapsed buildings."
    )
    assert _claim(text, "hundreds", "2009-10-01")["metric"] == "civilians_trapped"


def test_people_a_blast_killed_while_trapped_were_killed():
    text = "The blast killed 20 people trapped in the building."
    assert _claim(text, "20", "2009-10-01")["metric"] == "killed"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two people were electrocuted by falling power cables.", "Two"),
        ("Reporters saw the bodies of two men with their heads cut off.", "two"),
    ],
)
def test_electrocutions_and_beheadings_are_deaths(text, number):
    assert _claim(text, number, "2001-02-20")["metric"] == "killed"


def test_a_decimal_in_the_toll_s_subject_does_not_cut_it():
    text = (
        "The death toll in a powerful 7.4 magnitude earthquake and subsequent tsunami in the "
        "provincial capital of Palu reached 384 on Saturday."
    )
    claim = _claim(text, "384", "2018-09-29")
    assert claim["metric"] == "killed"
    assert claim["stated_on"] == "2018-09-29"


def test_lives_claimed_are_deaths_and_closer_to_is_a_hedge():
    claim = _claim(
        "A charity suggested on Wednesday that closer to 400,000 lives were claimed.",
        "400,000",
        "2010-01-20",
    )
    assert (claim["metric"], claim["quantifier"]) == ("killed", "approximately")


def test_a_verb_then_closer_to_takes_its_number():
    text = "An investigation found the attack may have killed closer to 600 people inside."
    assert _claim(text, "600", "2022-05-04")["metric"] == "killed"


def test_among_the_displaced_are_part_of_the_stock():
    text = '"Among the displaced are 126 children and 33 pregnant women," the agency said.'
    assert _claim(text, "126", "2023-11-20")["metric"] == "displaced_in_population"
