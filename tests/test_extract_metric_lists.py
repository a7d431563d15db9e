"""Metric of the counts a list of the dead names ("The dead also included 71 soldiers"): each
test in our own words."""

from extracted import claim_at as _claim


def test_soldiers_the_dead_included_were_killed():
    text = "The dead also included 71 soldiers and policemen, and 27 civilians, officials said."
    assert _claim(text, "71").get("metric") == "killed"
    assert _claim(text, "27").get("metric") == "killed"


def test_hostages_held_inside_a_building_are_trapped_where_taken_ones_are_not():
    text = (
        "The minister said there were 300 hostages inside the mosque. Gunmen took 20 people "
        "hostage in the village, and the group holds 12 Western hostages, officials believe."
    )
    assert _claim(text, "300").get("metric") == "civilians_trapped"
    assert _claim(text, "20").get("metric") is None
    assert _claim(text, "12").get("metric") is None


def test_people_left_or_yet_to_leave_or_waiting_to_go_are_still_there():
    text = (
        "Only 2,300 people are left in the town. Another 1,000 civilians have yet to leave the "
        "city, and 200 people were waiting to evacuate. About 5,000 were left homeless."
    )
    assert _claim(text, "2,300").get("metric") == "civilians_remaining"
    assert _claim(text, "1,000").get("metric") == "civilians_remaining"
    assert _claim(text, "200").get("metric") == "civilians_remaining"
    assert _claim(text, "5,000").get("metric") == "fled"


def test_fighting_that_trapped_people_or_people_caught_between_are_trapped():
    text = (
        "Fighting has trapped thousands of civilians in the town. Up to 200,000 civilians are "
        "caught between the militants and the army. The fleeing of 3,000 people began Monday."
    )
    assert _claim(text, "thousands").get("metric") == "civilians_trapped"
    assert _claim(text, "200,000").get("metric") == "civilians_trapped"
    assert _claim(text, "3,000").get("metric") == "fled"


def test_people_forced_to_abandon_their_homes_fled():
    text = "Some 50,000 Chadians have already been forced to abandon their homes, the agency said."
    assert _claim(text, "50,000").get("metric") == "fled"


def test_fighters_who_moved_are_still_counted_as_fighters():
    text = (
        "A convoy of 275 militants evacuated the city overnight. Some 150 armed men on horseback "
        "reached the village, and 400 rebels and their families were evacuated."
    )
    assert _claim(text, "275").get("metric") == "fighters"
    assert _claim(text, "150").get("metric") == "fighters"
    assert _claim(text, "400").get("metric") == "fled"


def test_the_dead_named_around_a_count_make_it_a_toll_and_those_left_remain():
    text = (
        "Among the dead there were three children. In less than a week, at least 700 lives had "
        "been lost. Some 100,000 Serbs have left, leaving only about 40,000. Among the victims "
        "were 20 people injured in the blast."
    )
    assert _claim(text, "three").get("metric") == "killed"
    assert _claim(text, "700").get("metric") == "killed"
    assert _claim(text, "40,000").get("metric") == "civilians_remaining"
    assert _claim(text, "20").get("metric") is None


def test_people_extricated_rescued_or_moved_to_a_safe_area_fled():
    text = (
        "Forces have extricated about 3,800 civilians from the city. The army let some 7,000 "
        "persons move to a safe area. Evacuation convoys brought about 2,000 civilians out."
    )
    assert _claim(text, "3,800").get("metric") == "fled"
    assert _claim(text, "7,000").get("metric") == "fled"
    assert _claim(text, "2,000").get("metric") == "fled"


def test_a_list_that_adds_up_to_a_count_without_a_metric_keeps_its_own():
    text = (
        "Nine people were injured on Sunday. Police said four people died in Aden, three in Taiz "
        "and two in Ibb."
    )
    assert [_claim(text, n).get("metric") for n in ("four", "three", "two")] == ["killed"] * 3
    assert _claim(text, "Nine").get("metric") is None


def test_people_shot_dead_gunned_down_or_whose_lives_were_ended_were_killed():
    text = (
        "Gunmen shot dead 16 residents. The security forces killed all six terrorists, and "
        "troops killed 40 rebels who attacked their positions. The strike ended the lives of "
        "two women. Later 300 gunmen attacked the village and gunned down 20."
    )
    for surface in ("16", "six", "40", "two", "20"):
        assert _claim(text, surface).get("metric") == "killed", surface
    assert _claim(text, "300").get("metric") == "fighters"


def test_parts_of_a_toll_named_after_of_these_or_in_a_list_of_the_dead_were_killed():
    text = (
        "The number of people killed has risen to 126. Of these, 69 were in Wajima, 38 in Suzu "
        "and one in Hakui.\n\nThose killed since March comprised 9,862 civilians, 3,470 soldiers "
        "and 783 army deserters, the group said. The attack killed 5 civilians, 300 soldiers "
        "were deployed."
    )
    for surface in ("69", "38", "one", "9,862", "3,470", "783"):
        assert _claim(text, surface).get("metric") == "killed", surface
    assert _claim(text, "300").get("metric") == "military_personnel"


def test_a_count_alongside_or_as_well_as_the_one_before_counts_the_same():
    text = (
        "On 3 May, 101 civilians were evacuated from the plant alongside 59 more from a "
        "neighbouring area. The toll included the deaths of two soldiers as well as five civilians."
    )
    assert _claim(text, "59").get("metric") == "fled"
    assert _claim(text, "five").get("metric") == "killed"


def test_a_count_of_displaced_people_that_has_risen_to_n_is_a_flow_one_that_reached_n_a_stock():
    text = (
        "The number displaced from El Fasher has risen to 500,000. In the townships the number "
        "of displaced people has climbed to 166,000. The number of displaced people across the "
        "country has reached 2.9 million."
    )
    assert _claim(text, "500,000").get("metric") == "fled"
    assert _claim(text, "166,000").get("metric") == "fled"
    assert _claim(text, "2.9 million").get("metric") == "displaced_in_population"


def test_overall_displacement_brought_to_n_is_a_stock_and_people_pushed_into_it_a_flow():
    text = (
        "Some 70,000 people have fled the city since March, bringing overall displacement to "
        "nearly 800,000. Insecurity had pushed over 130,000 people into displacement."
    )
    assert _claim(text, "800,000").get("metric") == "displaced_in_population"
    assert _claim(text, "130,000").get("metric") == "fled"


def test_people_who_are_newly_displaced_moved_where_those_still_displaced_stay():
    text = (
        "Of three million IDPs, 1.8 million are newly displaced, and 900,000 are still displaced."
    )
    assert _claim(text, "1.8 million").get("metric") == "fled"
    assert _claim(text, "900,000").get("metric") == "displaced_in_population"


def test_people_who_lost_lives_were_killed():
    text = "In all, 80 people lost lives in 206 incidents in the province last year."
    assert _claim(text, "80").get("metric") == "killed"


def test_a_toll_that_includes_children_counts_them_dead():
    text = "Quake death toll rises to 287, includes 20 children"
    assert _claim(text, "20").get("metric") == "killed"


def test_the_number_of_homeless_is_a_displaced_population():
    text = "The minister said the total number of homeless was approximately 28,000 on Friday."
    assert _claim(text, "28,000").get("metric") == "displaced_in_population"


def test_attacks_that_cost_the_lives_of_soldiers_killed_them():
    text = "Military sources said the attacks recently cost the lives of two soldiers."
    assert _claim(text, "two").get("metric") == "killed"


def test_the_killed_were_soldiers_and_fighters_counts_both_dead():
    text = "He said the killed were three soldiers and two tribal fighters."
    assert _claim(text, "three").get("metric") == "killed"
    assert _claim(text, "two").get("metric") == "killed"


def test_the_remaining_part_takes_the_fate_its_clause_gives_it():
    text = (
        "Six people were killed outside while the remaining seven were killed inside the village."
    )
    assert _claim(text, "seven").get("metric") == "killed"
    text = "The remaining 5,000 residents live in fear of the next assault."
    assert _claim(text, "5,000").get("metric") == "civilians_remaining"


def test_a_part_given_with_of_which_counts_what_its_whole_counts():
    text = "About 13,400 people have been evacuated, of which 5,100 on military flights."
    assert _claim(text, "5,100").get("metric") == "fled"
    text = "The civilian death toll in the city is 1,854, of which 1,058 were caused by airstrikes."
    assert _claim(text, "1,058").get("metric") == "killed"


def test_a_title_case_including_still_counts_a_part_of_the_figure_before():
    text = (
        "SNHR Documented the Deaths of 92 Civilians in June 2022, Including 19 children, "
        "16 Women, and Six Victims Who Died Due to Torture"
    )
    assert _claim(text, "16").get("metric") == "killed"


def test_a_bracketed_count_after_a_list_takes_its_tolls_metric_not_a_later_verbs():
    text = (
        "The ministry said the province of Al Haouz has the highest death toll (1,293),"
        ' followed by Taroudant(452), south of Marrakech, emphasizing "the authorities are'
        " continuing their efforts to speed up rescue operations, evacuate and care for the"
        ' injured."'
    )
    assert _claim(text, "452").get("metric") == "killed"  # set as published: no space before
    # the bracket (with one, the first count reads past the list to "evacuate": noted, not fixed)
