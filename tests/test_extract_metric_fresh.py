"""Metric, read on fresh passages: frames and verbs the older sets did not show (CODING M1-M8).
Sentences in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


def _metrics(text: str) -> dict[str, str | None]:
    """Each figure's metric, by its words in the text."""
    return {text[c["start"] : c["end"]]: c["claim"].get("metric") for c in extract_candidates(text)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # a part "of whom" were displaced, after a count of the affected (M1)
            "The storm hit some 900,000 affected people, 310,000 of whom have been displaced.",
            "310,000",
            "fled",
        ),
        (  # "to evacuate N": the verb's bare form (M3)
            "Rescuers were able to evacuate 240 residents from the flooded district on Monday.",
            "240",
            "fled",
        ),
        (  # a medical evacuation counts the wounded (M3)
            "Doctors said they must evacuate 300 wounded people from the enclave.",
            "300",
            None,
        ),
        ("Gunmen slaughtered 45 villagers in the raid, a witness said.", "45", "killed"),
        ("The flash flood swept through the valley, drowning 18 farmers.", "18", "killed"),
        (  # the loss of N lives (M5)
            "A ferry that capsized with the loss of up to 90 lives had left the port at dawn.",
            "90",
            "killed",
        ),
        (  # a hedge "a minimum of" between the verb and the number
            "The shelling killed a minimum of 37 civilians in the market.",
            "37",
            "killed",
        ),
        (  # those on board a craft: neither fled nor killed
            "A boat carrying 60 migrants overturned near the coast, officials said.",
            "60",
            None,
        ),
        (  # an exodus from a place "of N" (M1)
            "They joined an exodus from the city of more than 80,000 people over the summer.",
            "80,000",
            "fled",
        ),
        (  # people moved out of danger (M3)
            "Officials managed to get about 300,000 people to safety before the cyclone hit.",
            "300,000",
            "fled",
        ),
        (
            "The district began moving some 40,000 people to cyclone shelters on Friday.",
            "40,000",
            "fled",
        ),
        (  # "by the thousands": the verb before it
            "Families are streaming into the neighbouring province by the thousands.",
            "thousands",
            "fled",
        ),
        ("Drone footage showed hundreds of people filing out of the town.", "hundreds", "fled"),
        (  # "This includes N": a part of the figure before (M6)
            "Some 52,000 people were displaced by the clashes. This includes nearly 30,000 "
            "people from the old town.",
            "30,000",
            "fled",
        ),
    ],
)
def test_fresh_frames(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # two kinds at once have no metric
            "About 2 million people have been left homeless or stranded by the floods.",
            "2 million",
            None,
        ),
        (  # still there, waiting to leave (M8)
            "Hundreds of residents are in need of evacuation, the mayor said.",
            "Hundreds",
            "civilians_remaining",
        ),
        (
            "The town is shelled every day. There are currently 900 people in the town.",
            "900",
            "civilians_remaining",
        ),
        (  # hosted in a settlement (M2)
            "More than 9,000 Congolese are staying in the Kyangwali settlement.",
            "9,000",
            "displaced_in_population",
        ),
        (  # a count at a date (M2)
            "As of 3 May, 42,000 households have been displaced.",
            "42,000",
            "displaced_in_population",
        ),
        (  # the start of a year is a point in time, not a period
            "At the start of this year the country had 800,000 internally displaced people.",
            "800,000",
            "displaced_in_population",
        ),
        (
            "More than 4,000 people displaced from the valley in 2019 have been living in these "
            "camps.",
            "4,000",
            "displaced_in_population",
        ),
        (  # sought shelter: a flow (M1)
            "An estimated 700 people sought shelter in the district town when the IDP camp was "
            "attacked.",
            "700",
            "fled",
        ),
        (
            "Officials estimated the number of refugees currently in the border camps to be at "
            "least 3,000.",
            "3,000",
            "displaced_in_population",
        ),
        (  # the verb past a number the noun governs
            "A total of 640 residents from 150 households have been evacuated.",
            "640",
            "fled",
        ),
        ("A group of gunmen, numbering about 40, stormed the village.", "40", "fighters"),
        (  # "others" stands for the strikes before it
            "Jets carried out five airstrikes on the town, while three others hit nearby farms.",
            "three",
            "airstrikes",
        ),
        (  # a part of a stock is a stock
            "The number of people displaced stood at 2.2 million, of which 900,000 were "
            "internally displaced.",
            "900,000",
            "displaced_in_population",
        ),
        (  # one count in two units
            "Of these, 1,200 families / 5,000 persons are staying in evacuation centres.",
            "1,200",
            "displaced_in_population",
        ),
        (  # a kidnapping is not a killing
            "The militants killed 40 people in the raid and the kidnapping of 120 pupils drew "
            "condemnation.",
            "120",
            None,
        ),
    ],
)
def test_fresh_stock_flow_and_kinds(text, surface, metric):
    assert _metrics(text)[surface] == metric


def _claims(text: str) -> dict[str, dict]:
    """Each figure's claim, by its words in the text."""
    return {text[c["start"] : c["end"]]: c["claim"] for c in extract_candidates(text)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # a figure on its own line, its label on the next (an infographic card)
            "3 210\nHouses destroyed\n*as per the survey\n\n85\nDead\n*as per the ministry",
            "85",
            "killed",
        ),
        ("The quake killed 900 people and injured 12 000. Rescuers dug on.", "12 000", None),
        (  # an outlet told, then the count: not a label "Reuters 13"
            "The hospital director told Reuters 13 people were killed.",
            "13",
            "killed",
        ),
        (  # "in a week" is a duration, not a rate ("a week")
            "81 civilians at least were killed in a week of air raids.",
            "81",
            "killed",
        ),
        (  # "N of those": a part of the figure before
            "About 50,000 people fled the town. Roughly 20,000 of those are from its eastern side.",
            "20,000",
            "fled",
        ),
        (  # the subject names a flow (M1)
            "Arrivals in the province have surpassed 9,000 in the past week, the agency said.",
            "9,000",
            "fled",
        ),
    ],
)
def test_fresh_detection(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_a_scaled_decimal_is_a_whole_number():
    claim = _claims("The number of displaced people stood at 4.14 million in June.")["4.14 million"]
    assert claim["value"] == 4140000


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The camp is capable of hosting 20,000 refugees, officials said.", "20,000"),
        ("The transit centre, which is intended to accommodate 800 people, is full.", "800"),
        ("The site has capacity for another 4,000 people.", "4,000"),
        ("The agency said it has provided 3,000 tarpaulin bags to the district.", "3,000"),
        ("The wreck lies some 60 nautical miles off the coast.", "60"),
        ("The city has had 210.5 millimeters of rain since Sunday.", "210.5"),
        (
            "Measuring 6.4 and 5.9 on the Richter scale, the earthquakes affected 12 districts.",
            "6.4",
        ),
        ("“We ran,” said Amina Bello, 34, who fled with her sons.", "34"),
        ("Raids hit the worst affected 12 townships of the region.", "12"),
        ("Gunmen from 14 townships attacked the convoy.", "14"),
        ("Forty children aged below 18 are among those killed.", "18"),
        ("Ten boys aged over 15 were taken.", "15"),
    ],
)
def test_fresh_non_figures(text, surface):
    assert surface not in _metrics(text)


def test_a_half_million_is_half_of_one():
    claim = _claims("They joined an exodus of a half million people from the region.")[
        "a half million"
    ]
    assert claim["value"] == 500000


def test_a_number_word_opening_a_sentence_after_a_month_is_a_figure():
    text = "Nine staff have been killed since 7 October. Two have been wounded, the agency said."
    assert "Two" in _metrics(text)


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # fighters moved out with their families are people evacuated (M3)
            "The deal allowed the evacuation of 3,000 rebels and their families from the town.",
            "3,000",
            "fled",
        ),
        (  # soldiers among the dead are counted killed (M7)
            "Troops recovered the bodies of five hostages, including two soldiers.",
            "two",
            "killed",
        ),
        (  # refugees coordinated with a stock of displaced people are a stock too (M2)
            "At the start of this year the country had 900,000 internally displaced people and "
            "over 150,000 refugees.",
            "150,000",
            "displaced_in_population",
        ),
    ],
)
def test_fresh_shared_metrics(text, surface, metric):
    assert _metrics(text)[surface] == metric


def test_people_reached_by_aid_did_not_arrive():
    text = "The plan will see as many as 80,000 people reached, funding permitting."
    assert _metrics(text)["80,000"] is None


def test_a_relative_clause_about_a_thing_lends_no_event_to_the_figure_before_it():
    text = (
        "At least 80,000 people spent the night in shelters, some of which had been built after"
        " a storm killed 10,000 in the same area."
    )
    assert _metrics(text) == {"80,000": "displaced_in_population", "10,000": "killed"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "At least eight villagers including a boy and three women were killed on Sunday.",
            "eight",
        ),
        ("The militants abducted nine farmers and later executed them.", "nine"),
        ("Raiders seized 14 traders and slaughtered them near the market.", "14"),
        (
            "The cyclone killed 30 people in Myanmar \u20149 in one village \u2014 and 7 in"
            " Thailand.",
            "9",
        ),
        (
            "The cyclone killed 30 people in Myanmar \u20149 in one village \u2014 and 7 in"
            " Thailand.",
            "7",
        ),
    ],
)
def test_the_killed_are_read_past_a_list_a_capture_and_a_tight_dash(text, surface):
    assert _metrics(text)[surface] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Some 6,000 people were reported displaced in Kalemie on Monday.",
        "Fighting flared in Hpakant, with about 3,000 people having been briefly displaced.",
        "Thousands of people are pouring into camps near the border to escape the shelling.",
    ],
)
def test_people_reported_displaced_or_arriving_in_camps_are_a_flow(text):
    assert set(_metrics(text).values()) == {"fled"}


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Some 900,000 Afghan refugees have been living in Iran since the 1980s.",
            "displaced_in_population",
        ),
        ("Nearly 80,000 Malian refugees are now spread across Niger.", "displaced_in_population"),
        ('"We buried 23 people this morning," said a village elder.', "killed"),
        ("The boat had about 250 migrants on board when it sank.", None),
    ],
)
def test_refugees_who_live_or_are_spread_somewhere_the_buried_and_those_on_board(text, metric):
    assert list(_metrics(text).values())[0] == metric


@pytest.mark.parametrize(
    "text",
    [
        "Troops are near a safe zone where the government says there are 40 000 people.",
        "The ICRC says there are 90 000 civilians there.",
        "The UN says there are now 20,000 people in the no-fire zone.",
    ],
)
def test_people_there_are_in_a_zone_under_fire_remain(text):
    assert list(_metrics(text).values()) == ["civilians_remaining"]


def test_the_number_of_casualties_a_toll_reached_counts_the_dead():
    text = "The number of casualties in the flooded city has risen to 4,200, the Red Crescent said."
    assert _metrics(text)["4,200"] == "killed"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "A shell hit a school where about 900 people had taken refuge.",
            "displaced_in_population",
        ),
        ("Hundreds had taken shelter in the church before the strike.", "displaced_in_population"),
        ("About 5,000 people sought refuge in the church on Monday.", "fled"),
    ],
)
def test_people_who_had_taken_refuge_somewhere_were_there(text, metric):
    assert list(_metrics(text).values()) == [metric]


def test_armed_men_who_attack_are_counted_as_fighters():
    text = "A week ago, 500 armed men attacked the district, killing over 60 people."
    assert _claim(text, "500")["metric"] == "fighters"
    assert _claim(text, "60")["metric"] == "killed"
    text = "Survivors said the 250-300 armed Arab men divided into three groups."
    assert _claim(text, "250-300")["metric"] == "fighters"
    text = "The 300 unarmed men were evacuated with their families."  # not fighters
    assert _claim(text, "300").get("metric") != "fighters"


def test_a_quoted_toll_with_its_appositive_is_read_whole_before_its_speaker():
    text = 'The strike killed "20 people, including 19 Syrians", the ministry said.'
    assert _claim(text, "20")["metric"] == "killed"
    assert _claim(text, "19")["metric"] == "killed"


def test_dead_registered_by_a_hospital_are_killed():
    text = "A source at the hospital said it had registered 22 dead and 70 wounded."
    assert _claim(text, "22")["metric"] == "killed"


def test_coordinated_counts_share_the_verb_after_them():
    text = "It was the scene of an ambush in which four US troops and five Nigerien soldiers died."
    assert _claim(text, "four")["metric"] == "killed"
    text = "Between May 3 and May 9, 300,774 Syrians and 102,283 Lebanese crossed into Syria."
    assert _claim(text, "300,774")["metric"] == "fled"
    text = "Some 858 civilians were killed, including 259 children, and 6,879 others were wounded."
    assert _claim(text, "259")["metric"] == "killed"


def test_victims_of_a_killing_told_before_are_its_dead():
    text = "Gunmen killed 34 people at the market. All 34 victims were male, the team said."
    assert _claim(text, "34", nth=1)["metric"] == "killed"
    text = "The gunmen killed 12 people. The three remaining victims were in other houses."
    assert _claim(text, "three")["metric"] == "killed"
    text = "A separate air strike killed a family of four in their house on Sunday night."
    assert _claim(text, "four")["metric"] == "killed"
    text = "Insurgents killed five people. Four of the victims were fishermen, living nearby."
    assert _claim(text, "Four")["metric"] == "killed"


def test_one_standing_for_a_noun_already_named_is_no_figure():
    text = (
        "Later, a gang (possibly the same one) attacked the town, where they killed three people."
    )
    assert set(_metrics(text)) == {"three"}
    text = "Two camps were shelled; this one was hit twice and 40 people were wounded."
    assert "one" not in _metrics(text)


def test_people_attacking_a_village_inside_a_quote_are_fighters_not_the_toll_after_it():
    text = (
        'The raid took place at night with "around 20 individuals attacking the village," said a'
        " security source who put the death toll at 14."
    )
    assert _claim(text, "20")["metric"] == "fighters"
    assert _claim(text, "14")["metric"] == "killed"


def test_people_left_in_their_town_remain_there_not_displaced():
    text = "There are 660 people left in Chasiv Yar and 346 in Krasnohorivka, the governor said."
    assert _claim(text, "660")["metric"] == "civilians_remaining"
    text = "Some 530 people remain in the settlement, said the head of the region."
    assert _claim(text, "530")["metric"] == "civilians_remaining"
    text = "More than 6,000 South Sudanese are staying in the Pagiarinya settlement."
    assert _claim(text, "6,000")["metric"] == "displaced_in_population"


def test_wounded_people_who_passed_away_are_dead():
    text = "Later on another three severely wounded people passed away in the hospital."
    assert _claim(text, "three")["metric"] == "killed"


def test_people_sheltering_in_a_monastery_or_sanatorium_are_displaced_there():
    text = "Another 40 people are reportedly sheltering at the Yadanar Siri monastery."
    assert _claim(text, "40")["metric"] == "displaced_in_population"
    text = "Some 31 children from the city were staying in a 40-bed sanatorium."
    assert _claim(text, "31")["metric"] == "displaced_in_population"


def test_there_are_people_in_a_town_who_remain_there():
    text = "More than 200 civilians were killed; now there are approximately 120,000 citizens in"
    text += " Chernihiv."
    assert _claim(text, "120,000")["metric"] == "civilians_remaining"


def test_people_seeking_refuge_in_a_compound_are_displaced_there():
    text = "Hundreds of civilians have been seeking refuge in the UN compound near the airport."
    assert _claim(text, "Hundreds")["metric"] == "displaced_in_population"
    text = "The NGO said more than 300 villagers are seeking refuge in Thailand."
    assert _claim(text, "300")["metric"] == "fled"
    text = "No fewer than 700 people are believed to remain inside the hospital compound."
    assert _claim(text, "700")["metric"] == "civilians_remaining"


def test_troops_counted_alongside_the_dead_are_dead_too():
    text = "55 herdsmen were killed, along with 17 attackers and three Chadian troops."
    assert _claim(text, "17")["metric"] == "killed"
    assert _claim(text, "three")["metric"] == "killed"
    text = "The group said it had killed five African Union soldiers and 11 government troops."
    assert _claim(text, "11")["metric"] == "killed"
    text = "The army deployed 300 soldiers and 200 police officers."
    assert _claim(text, "200")["metric"] == "military_personnel"


def test_the_slaughtered_and_those_who_succumbed_are_dead():
    assert _claim("At least 108 people were slaughtered.", "108")["metric"] == "killed"
    assert _claim("Two more persons succumbed to their injuries.", "Two")["metric"] == "killed"


def test_wounded_who_arrive_at_a_hospital_are_hurt_not_displaced():
    text = "MSF said 47 wounded have arrived at the hospital in the last hours."
    assert _claim(text, "47").get("metric") is None
    text = "Since Monday, 6,500 people have arrived at the camp, the agency said."
    assert _claim(text, "6,500")["metric"] == "fled"


def test_refugees_sheltering_somewhere_now_are_a_stock_there():
    text = "About 40,000 Myanmar refugees from Chin State are currently sheltering in Mizoram."
    assert _claim(text, "40,000")["metric"] == "displaced_in_population"
    text = "A girl is seen in a school where hundreds of families are seeking refuge after fleeing."
    assert _claim(text, "hundreds")["metric"] == "displaced_in_population"
    text = "Some 3,000 refugees fled across the border into Mizoram last week, officials said."
    assert _claim(text, "3,000")["metric"] == "fled"
    text = "Aid is blocked to Tigray, where several hundred thousand people are living in famine."
    assert _claim(text, "several hundred thousand").get("metric") is None


def test_a_part_of_the_dead_who_were_fleeing_died():
    text = "Strikes killed 120 people, including at least 40 who were trying to flee the city."
    assert _claim(text, "40")["metric"] == "killed"


def test_people_who_are_in_a_named_town_remain_there():
    text = "An estimated 78,000 people are in Hawija, although the exact number is unknown."
    assert _claim(text, "78,000")["metric"] == "civilians_remaining"
    text = "Some 40 people are in critical condition in the hospital."
    assert _claim(text, "40").get("metric") is None


def test_people_homeless_now_or_sheltering_now_are_a_stock():
    text = "The storm damaged power lines. At least 30,000 people are homeless."
    assert _claim(text, "30,000")["metric"] == "displaced_in_population"
    text = "The storm left at least 30,000 people homeless."
    assert _claim(text, "30,000")["metric"] == "fled"
    text = "Thousands of families now shelter in damaged and destroyed facilities, UNRWA said."
    assert _claim(text, "Thousands")["metric"] == "displaced_in_population"


def test_people_rescued_from_a_flood_fled_but_not_those_pulled_from_the_sea():
    text = "Around 38,000 flood affected people have also been rescued by the army in Kerala."
    assert _claim(text, "38,000")["metric"] == "fled"
    text = "About 145 migrants were rescued by the Libyan coastguard after the boat sank."
    assert _claim(text, "145").get("metric") is None


def test_people_a_hospital_receives_for_treatment_are_hurt_and_bombers_are_fighters():
    text = "Digfer Hospital said it had three bodies and received 58 people for treatment."
    assert _claim(text, "58").get("metric") is None
    text = "The camp received 3,000 people who fled the fighting."
    assert _claim(text, "3,000")["metric"] == "fled"
    text = "At least 32 people were killed when two suicide bombers targeted a busy market."
    assert _claim(text, "two")["metric"] == "fighters"


def test_refugees_who_were_received_somewhere_arrived_there():
    text = "Yesterday an estimated 2,442 refugees were received in Uganda from South Sudan."
    assert _claim(text, "2,442")["metric"] == "fled"
    text = "About 30 wounded were received at the hospital."
    assert _claim(text, "30").get("metric") is None


def test_peacekeepers_deployed_are_military_personnel_and_killed_are_dead():
    text = "A contingent of about 2,000 Russian peacekeepers was sent to the region."
    assert _claim(text, "2,000")["metric"] == "military_personnel"
    text = "Two peacekeepers were killed in the attack on the base."
    assert _claim(text, "Two")["metric"] == "killed"


def test_a_number_displaced_that_has_spiked_to_n_is_a_flow():
    text = "The number of people internally displaced by the violence has spiked to over 1 million."
    assert _claim(text, "1 million")["metric"] == "fled"


def test_the_end_of_a_span_of_years_is_no_figure():
    text = "A civil war from 2013-18 caused hundreds of thousands of deaths."
    assert set(_metrics(text)) == {"hundreds of thousands"}
    text = "The 2014–15 conflict killed 13,000 people."
    assert set(_metrics(text)) == {"13,000"}


def test_a_mother_of_four_is_no_count():
    text = "Bertha, a 38-year-old pregnant mother of four, fled the violence with 200 neighbours."
    assert set(_metrics(text)) == {"200"}


def test_several_tens_of_thousands_is_one_vague_amount():
    text = "Bombs fell on the town, where several tens of thousands of people had found refuge."
    assert set(_metrics(text)) == {"several tens of thousands"}


def test_the_dead_then_a_list_of_burnt_homes_are_killed():
    text = "Raids over the weekend left at least 14 dead, shops and homes burned, and many hurt."
    assert _claim(text, "14").get("metric") == "killed"


def test_a_tracking_tools_displacement_movements_are_a_flow():
    text = "New attacks near the river triggered 940 individual displacement movements to Pemba."
    assert _claim(text, "940").get("metric") == "fled"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("About 300 gunmen attacked the village and killed 20 people.", "300", "fighters"),
        ("About 300 gunmen attacked the village and killed 20 people.", "20", "killed"),
        ("Around 150 militants stormed the base and killed dozens of troops.", "150", "fighters"),
        ("Some 50 fighters were killed in the clashes near the dam.", "50", "killed"),
    ],
)
def test_armed_men_who_attack_are_the_attackers_not_the_dead(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


def test_people_being_displaced_are_a_flow():
    text = "Thousands of people are being displaced by the shelling, the agency said."
    assert _claim(text, "Thousands").get("metric") == "fled"


def test_refugees_registered_some_n_in_a_country_are_a_stock():
    text = "The commission has registered some 8,400 refugees in Niger, most of them women."
    assert _claim(text, "8,400").get("metric") == "displaced_in_population"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Some 4,000 people will leave, emptying out the two towns.", "4,000", "fled"),
        (
            "About 12,000 people have come out of the area since the assault began.",
            "12,000",
            "fled",
        ),
        ("The corridor let some 3,000 civilians evacuate the city on Tuesday.", "3,000", "fled"),
        ("Buses ferried dozens of weary evacuees to the governor's office.", "dozens", "fled"),
        ("Around 90 people were heading for Zaporizhzhia, officials said.", "90", "fled"),
        ("Hundreds of civilians have been heading to a gathering point.", "Hundreds", "fled"),
        (
            "The mayor urged the 40,000 remaining residents to evacuate.",
            "40,000",
            "civilians_remaining",
        ),
    ],
)
def test_a_sieges_ways_out_are_flight_and_those_urged_to_leave_remain(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Some were evacuated on Sunday but hundreds still remained.",
            "hundreds",
            "civilians_remaining",
        ),
        ("In return, hundreds of residents left two towns near the border.", "hundreds", "fled"),
    ],
)
def test_those_who_still_remain_and_an_idiom_that_is_no_return(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Forty people have been transferred to safety over the past week.", "Forty", "fled"),
        (
            "At least 30,000 people are believed to be in the city, the mayor said.",
            "30,000",
            "civilians_remaining",
        ),
        ("The army rescued almost 200 civilians caught in the crossfire.", "200", "fled"),
        ("Divers rescued 40 survivors from the capsized boat.", "40", None),
    ],
)
def test_people_taken_out_of_a_fight_fled_and_those_believed_inside_remain(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Overnight, 40 buses left the enclave carrying 2,500 people.", "2,500", "fled"),
        ("A convoy of trucks carrying hundreds of families left the town.", "hundreds", "fled"),
        ("A dinghy carrying 90 migrants capsized off the coast.", "90", None),
    ],
)
def test_those_on_board_a_convoy_that_left_fled(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Already 300,000 refugees resided in Bangladesh before the exodus.",
            "300,000",
            "displaced_in_population",
        ),
        (
            "The camp can host 2,000 more beyond the 6,100 refugees already in Goz Beida.",
            "6,100",
            "displaced_in_population",
        ),
    ],
)
def test_refugees_who_resided_or_are_already_somewhere_are_a_stock(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


def test_a_chadian_town_is_not_read_as_the_bahamas():
    text = "We handed out food in Bahai, where 300 refugees have settled."
    assert _claim(text, "300").get("location") == "Bahai"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Buses arrived, expecting to transport nearly 6,000 residents from the two towns.",
            "6,000",
            "fled",
        ),
        (
            "Fighters would go to Idlib, while thousands of people would leave the towns.",
            "thousands",
            "fled",
        ),
    ],
)
def test_people_a_convoy_will_transport_or_who_would_leave_fled(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "Staff had transferred almost 3,000 refugees from the border zone to the camp.",
            "3,000",
            "fled",
        ),
        (
            "In April, thousands of people in the two villages were shuttled out.",
            "thousands",
            "fled",
        ),
        ("An estimated 2,000 people are moving toward the border.", "2,000", "fled"),
        (
            "While repulsing the raid, 10 soldiers embraced martyrdom, the statement said.",
            "10",
            "killed",
        ),
        (
            "The toll rose to 91, with two more people succumbing to their injuries.",
            "two",
            "killed",
        ),
    ],
)
def test_transfers_and_a_sieges_departures_fled_and_martyrdom_is_death(text, figure, metric):
    assert _claim(text, figure).get("metric") == metric


def test_a_place_that_already_received_refugees_since_a_date_counts_arrivals():
    text = "The town, which already received 2,300 Malian refugees since March, is overwhelmed."
    assert _claim(text, "2,300").get("metric") == "fled"


def test_people_remaining_in_a_town_who_are_at_risk_remain():
    text = "Almost 30,000 people remaining in the town are at risk of starvation."
    assert _claim(text, "30,000").get("metric") == "civilians_remaining"
