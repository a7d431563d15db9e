"""What a toll may yet reach ("the number could potentially increase to 500"), and bodies of one
family continuing a statement: each test in our own words."""

from extracted import claim_at as _claim


def test_a_toll_that_could_still_rise_counts_the_dead_however_far_back_it_was_named():
    text = (
        "The death toll from mudslides in the Varrow district of northern Kelvania has reached"
        " 212, according to the United Nations on Thursday, and the number could potentially"
        " increase to 480."
    )
    assert _claim(text, "212")["metric"] == "killed"
    assert _claim(text, "480")["metric"] == "killed"


def test_a_toll_expected_to_reach_a_number_counts_the_dead():
    text = (
        "Officials in the flooded lowlands of the Darrow basin, where relief convoys have still"
        " not arrived, said the toll was expected to climb to 900."
    )
    assert _claim(text, "900")["metric"] == "killed"


def test_people_reported_missing_on_a_day_were_reported_that_day():
    text = (
        "The toll could still rise as 105 people were reported missing on Sunday, according to"
        " the state civil defence authority."
    )
    assert _claim(text, "105", "2024-05-06")["stated_on"] == "2024-05-05"
    text = "At least 300 people were reported dead on Monday, officials said."
    assert _claim(text, "300", "2024-05-08")["stated_on"] == "2024-05-06"


def test_killed_in_an_outbreak_of_violence_were_killed_but_not_in_one_of_cholera():
    violence = _claim("Five peacekeepers were killed in an outbreak of violence.", "Five")
    cholera = _claim("Five people died in an outbreak of cholera.", "Five")
    assert (violence.get("metric"), cholera.get("metric")) == ("killed", None)


def test_families_taking_shelter_or_living_with_host_communities_are_a_stock():
    text = "Thousands of families are now taking shelter in the damaged schools."
    assert _claim(text, "Thousands").get("metric") == "displaced_in_population"
    text = "Also, 21,000 Rohingyas are living with the local host communities."
    assert _claim(text, "21,000").get("metric") == "displaced_in_population"


def test_people_seeking_refuge_at_a_stadium_or_a_base_are_there_but_not_those_seeking_it_abroad():
    text = (
        "Health workers reported cholera among about 100,000 people seeking refuge at the stadium."
    )
    assert _claim(text, "100,000").get("metric") == "displaced_in_population"
    text = "Some 17,000 people are seeking protection at a UN base in Borro, he said."
    assert _claim(text, "17,000").get("metric") == "displaced_in_population"
    text = "The group said more than 300 villagers are seeking refuge in Ruritania."
    assert _claim(text, "300").get("metric") == "fled"


def test_trees_and_poles_a_cyclone_uprooted_are_not_people_who_fled():
    text = "The cyclone uprooted 30,000 utility poles and more than 100,000 trees, he said."
    assert _claim(text, "30,000").get("metric") is None
    assert _claim(text, "100,000").get("metric") is None


def test_refugees_who_crossed_back_home_returned_and_did_not_flee():
    text = "About 5,000 refugees crossed back into Kelvania voluntarily, officials said."
    assert _claim(text, "5,000").get("metric") is None


def test_people_registered_over_a_period_arrived_but_a_registered_total_is_a_stock():
    text = "Hungary has registered more than 100,000 asylum-seekers so far in 2015, officials said."
    assert _claim(text, "100,000").get("metric") == "fled"
    text = "UNHCR said that on Sunday alone it registered over 3,000 refugees at the border."
    assert _claim(text, "3,000").get("metric") == "fled"
    text = "In Marra authorities have so far registered a total of 18,312 refugees."
    assert _claim(text, "18,312").get("metric") != "fled"
