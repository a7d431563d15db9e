"""A figure's metric read from its own clause, not from a cue of the next one or a later aside:
each test in our own words."""

from extracted import claim_at as _claim


def test_drowned_stays_the_drowned_count_when_others_were_missing_in_the_next_clause():
    text = "At least 19 people drowned and scores more were missing on Friday."
    assert _claim(text, "19")["metric"] == "killed"


def test_a_toll_that_rose_keeps_its_dead_past_a_comma_and_a_later_affected_area():
    text = (
        "The death toll from storms across Kelvania and Darrow rose to more than 420 on"
        " Tuesday, even as rivers began to fall in some of the worst-affected districts."
    )
    assert _claim(text, "420")["metric"] == "killed"


def test_people_who_lost_their_life_were_killed():
    assert _claim("So far, 88 people have lost their life in the floods.", "88")["metric"] == (
        "killed"
    )


def test_people_sheltering_in_agency_installations_are_a_displaced_stock():
    text = "Around 310,000 people are sheltering in 64 UNRWA installations across the south."
    assert _claim(text, "310,000")["metric"] == "displaced_in_population"


def test_an_estimated_additional_number_displaced_were_displaced():
    text = "Fresh clashes in the east displaced an estimated additional 12,000 people."
    assert _claim(text, "12,000")["metric"] == "fled"


def test_people_inside_and_outside_evacuation_centres_are_a_displaced_stock():
    text = "Inside ECs: 310 families / 1,204 persons\nOutside ECs: 95 families / 402 persons"
    assert _claim(text, "1,204")["metric"] == "displaced_in_population"
    assert _claim(text, "402")["metric"] == "displaced_in_population"
    text = "Of these, 2,210 persons are still served outside ECs in the province."
    assert _claim(text, "2,210")["metric"] == "displaced_in_population"


def test_people_made_homeless_fled_even_when_deaths_are_named_after_them():
    text = (
        "At least 40 people have died and more than 61,000 have been made homeless by floods in"
        " the valley, a year after floods there killed more than 500."
    )
    assert _claim(text, "61,000")["metric"] == "fled"


def test_people_moved_to_relief_camps_were_evacuated():
    text = "Some 91,000 villagers were moved into emergency camps on Sunday."
    assert _claim(text, "91,000")["metric"] == "fled"


def test_attacks_that_have_internally_displaced_people_moved_them():
    text = "Months of bombardment have internally displaced close to 86,000 villagers in Sarkan."
    assert _claim(text, "86,000")["metric"] == "fled"


def test_displaced_people_who_fled_to_a_camp_are_counted_as_they_came():
    text = "At least 12,500 fresh internally displaced people who fled the clashes reached Dobo."
    assert _claim(text, "12,500")["metric"] == "fled"


def test_those_who_remain_in_a_city_are_still_there():
    text = "Shelling killed 30 residents, and the estimated 90,000 who remain face food shortages."
    assert _claim(text, "90,000")["metric"] == "civilians_remaining"


def test_those_who_remain_trapped_are_trapped_not_merely_remaining():
    text = "The 3,000 people who remain trapped in the old quarter have no water."
    assert _claim(text, "3,000")["metric"] == "civilians_trapped"


def test_people_there_still_are_in_and_around_a_valley_remain():
    text = "Helicopters flew out 900 pilgrims. There are still around 250 people in and around Sela"
    text += " valley, officials said."
    assert _claim(text, "250")["metric"] == "civilians_remaining"


def test_people_who_had_found_refuge_somewhere_are_a_stock_there():
    text = "Aid workers reached a camp at Tawila, where around 6,000 IDPs had found refuge."
    assert _claim(text, "6,000")["metric"] == "displaced_in_population"


def test_people_who_have_sought_refuge_lately_still_fled():
    text = "Since Monday, some 6,000 people have sought refuge in Chad."
    assert _claim(text, "6,000")["metric"] == "fled"


def test_people_who_took_refuge_somewhere_came_there():
    text = "Some 1,900 villagers took refuge in Karen state after the air strikes."
    assert _claim(text, "1,900")["metric"] == "fled"


def test_new_arrivals_and_new_idps_came_even_where_they_are_counted():
    text = "On 4 May, there were 212 new arrivals at the transit centre in Renk."
    assert _claim(text, "212")["metric"] == "fled"
    text = "More than 2,900 new IDPs have been registered by IOM in Kalehe."
    assert _claim(text, "2,900")["metric"] == "fled"
    text = "Thousands of displaced people continue to arrive in camps around Bunia."
    assert _claim(text, "Thousands")["metric"] == "fled"
    text = 'In July, "430 new asylum seekers were registered" at the transit centre in Kousseri.'
    assert _claim(text, "430")["metric"] == "fled"


def test_new_arrivals_taking_shelter_somewhere_are_there():
    text = "Thousands of new arrivals are taking shelter in makeshift settlements near Ukhia."
    assert _claim(text, "Thousands")["metric"] == "displaced_in_population"


def test_another_body_s_estimate_of_the_same_dead_is_a_count_of_the_dead():
    text = (
        "The rights group said at least 3,100 villagers were killed in the offensive. The figure"
        " excludes some 900 who died of hunger.\n\nThe army's estimate is 250, and it says most"
        " were fighters."
    )
    assert _claim(text, "250")["metric"] == "killed"


def test_a_disease_named_in_a_later_clause_does_not_unmake_the_killed():
    text = (
        "Nearly 90 civilians have been killed in the past two weeks in the city of Marib, where"
        " an outbreak of cholera is compounding the crisis."
    )
    assert _claim(text, "90")["metric"] == "killed"


def test_the_dead_and_wounded_before_a_colon_leave_the_killed_count_its_own():
    text = "The number of dead and wounded has spiralled: over 250 people have been killed in Tyre."
    assert _claim(text, "250")["metric"] == "killed"


def test_a_comma_aside_with_a_number_leaves_the_figure_its_verb_past_it():
    text = "Nine villagers, members of three families, died on Sunday when a shell hit their homes."
    assert _claim(text, "Nine")["metric"] == "killed"
    text = "Some 800 Ugandans and at least 120 Kenyans, about 30 of them police, were killed."
    assert _claim(text, "120")["metric"] == "killed"


def test_displaced_people_counted_vaguely_who_arrive_fled_there():
    text = (
        "Hundreds of displaced people from Mocimboa continue to arrive daily in Pemba. Officials "
        "said thousands of displaced individuals arrived in Kebkabiya on Monday."
    )
    assert _claim(text, "Hundreds").get("metric") == "fled"
    assert _claim(text, "thousands").get("metric") == "fled"


def test_a_count_whose_own_verb_says_wounded_is_no_death_after_a_toll_word():
    text = "The latest tally also shows that a total of 2,104 people were wounded."
    assert _claim(text, "2,104").get("metric") is None
