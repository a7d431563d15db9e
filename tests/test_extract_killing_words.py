"""Killing in other words and counts that mix the dead with the hurt (CODING.md M5): beheaded,
"martyrs and injured", "the injury of N others"; each test in our own words."""

from extracted import claim_at as _claim


def test_people_beheaded_were_killed():
    text = "Insurgents beheaded seven people on Tuesday in the coastal village."
    assert _claim(text, "seven").get("metric") == "killed"


def test_people_who_were_beheaded_were_killed():
    text = "The monitor reported that at least nine people were beheaded in the attack."
    assert _claim(text, "nine").get("metric") == "killed"


def test_martyrs_and_injured_together_count_two_kinds():
    text = "The toll rose to more than 900 martyrs and injured within two days."
    assert _claim(text, "900").get("metric") is None


def test_the_injury_of_others_after_a_death_toll_is_no_death():
    text = "The raid led to the death of 12 citizens and the injury of more than 140 others."
    assert _claim(text, "12").get("metric") == "killed"
    assert _claim(text, "140").get("metric") is None


def test_the_number_of_people_who_lost_their_lives_is_a_death_toll():
    text = (
        "The number of people who lost their lives in the attacks increased to 31,200 and the"
        " number of injured increased to 72,000."
    )
    assert _claim(text, "31,200").get("metric") == "killed"
    assert _claim(text, "72,000").get("metric") is None


def test_people_leaving_camps_for_their_homes_return():
    text = (
        "The ministry announced the departure of over 300 families from displacement camps in"
        " Duhok to their homes in the town of Sinjar."
    )
    assert _claim(text, "300").get("metric") is None


def test_people_who_left_a_city_for_camps_fled():
    text = "The minister said 15,000 people left western Mosul to refugee camps in the south."
    assert _claim(text, "15,000").get("metric") == "fled"


def test_a_number_ending_its_object_counts_what_was_killed_not_the_next_verbs_object():
    text = "Flash floods in western Afghanistan killed dozens, destroyed homes and swept tents."
    assert _claim(text, "dozens").get("metric") == "killed"


def test_deaths_with_a_cause_before_them_are_the_dead():
    text = "Honduras and Mexico between them registered more than 50 flood-related deaths."
    assert _claim(text, "50").get("metric") == "killed"


def test_lives_reported_lost_are_the_dead():
    text = "Last year, 246 lives were reported lost in sea crossings to Yemen."
    assert _claim(text, "246").get("metric") == "killed"


def test_assassinations_and_lynchings_are_killings():
    text = "The department recorded 84 assassinations, and the group counted 146 mob lynchings."
    assert _claim(text, "84").get("metric") == "killed"
    assert _claim(text, "146").get("metric") == "killed"
