"""Place and metric on wire and newspaper shapes the fresh passages showed (a rebel "stronghold
of" a town, peoples, papers and storms that are no places, a dateline's country, animals that
drowned, rescues from a flood): each test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates
from figures.extract.place import find_places


def test_a_stronghold_of_a_town_is_that_town():
    text = (
        "At least 14 civilians were killed in an air strike on the rebel stronghold of Dumbara"
        " in northern Kelvania on Monday, a local elder said."
    )
    assert _claim(text, "14").get("location") == "Dumbara"


def test_peoples_named_as_communities_are_not_where_the_figure_is():
    text = (
        "Clashes broke out at the displacement site in Korovo late on Monday.\n\n"
        "Fighting between youths from the Talani and Mboro communities killed six people and"
        " injured 25 others, the mission said."
    )
    assert _claim(text, "six").get("location") == "Korovo"
    assert _claim(text, "25").get("location") == "Korovo"


def test_a_countrys_disaster_presidency_is_a_body_whose_country_is_the_place():
    text = (
        "At least 4,300 people lost their lives in the quakes that rocked the country's east,"
        " Ruritania's Disaster and Emergency Management Presidency (DEMP) has announced."
    )
    claim = _claim(text, "4,300")
    assert claim.get("location") != "Disaster"
    assert "DEMP" in claim.get("source")


def test_a_countrys_military_campaign_names_who_attacks_not_where():
    text = (
        "At least 85 people died in attacks across the Kelva Strip on Tuesday, said Omar Haddad,"
        " a hospital official. He said the death toll during Ruritania's massive military"
        " campaign stood at 625."
    )
    assert _claim(text, "625").get("location") == "Kelva Strip"


def test_a_part_said_to_be_children_is_a_part_of_the_toll_before_it():
    text = (
        "The district chief gave a toll of 52 dead, adding that 19 were children.\n\n"
        "Rescuers recovered 30 bodies on Friday. Twelve were women, a medic said."
    )
    assert _claim(text, "19").get("metric") == "killed"
    assert _claim(text, "Twelve").get("metric") == "killed"


def test_a_storm_that_lashed_a_country_names_the_place_of_its_toll():
    text = (
        "Cyclone Tamar lashed Ruritania overnight, killing six people, officials said on Sunday."
        " Two boats are missing, said an official in the southern Kolva district."
    )
    assert _claim(text, "six").get("location") == "Ruritania"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The toll was given by an aide to Ruritania's supreme leader Ayatollah Ali Kamran.",
            "Ali",
        ),
        ("The state-run People’s Daily said 22 people were missing in Kolva county.", "Daily"),
        ("President Tomas Varela said 300 died. Varela's health minister said so.", "Varela"),
        ("Azahar Ali was reading from the Koran as the cyclone killed 30 people.", "Koran"),
    ],
)
def test_people_papers_and_books_are_not_places(text, absent):
    assert not any(absent in p.name for p in find_places(text))


def test_the_sentence_after_a_count_across_the_country_stays_in_the_country():
    text = (
        "Floods hit the capital, Dushanbe, said Omar Saiq, a spokesman for Tajikistan's disaster"
        " ministry.\n\nIn April, at least 70 people died from flash flooding in the country."
        " About 2,000 homes were damaged last month. Thousands of people need assistance."
    )
    assert _claim(text, "70").get("location") == "Tajikistan"
    assert _claim(text, "2,000").get("location") == "Tajikistan"
    assert _claim(text, "Thousands").get("location") == "Tajikistan"


def test_a_datelines_country_places_a_lead_figure_before_a_province_named_later():
    text = (
        "KOLVA, Ruritania — The death toll from the typhoon now stands at 378, the disaster"
        " council said Sunday.\n\nThe council said 60 remained missing after the storm passed"
        " over the northern parts of Tarnia province."
    )
    assert _claim(text, "378").get("location") == "Ruritania"


def test_an_overall_death_toll_is_the_countrys():
    text = (
        "ISTANBUL, Turkey — State television reported some 500 dead in Sakarya, a city east of"
        " Istanbul.\n\n"
        "The news agency, quoting the crisis centre, set the overall death toll at 2,011 and the"
        " number of injured at 10,764 late Tuesday.\n\nThe quake struck western Turkey at dawn."
    )
    assert _claim(text, "2,011").get("location") == "Turkey"


def test_a_place_that_reports_its_toll_in_the_present_is_the_place_of_it():
    text = "The overall toll rose to 1,033. Mississippi reports 219 people killed in the storm."
    assert _claim(text, "219").get("location") == "Mississippi"


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters rescued more than 3,000 people from rooftops on Monday as the river rose.",
        "Rescuers plucked thousands of people from trees and rooftops as floodwaters rose.",
        "Helicopter crews plucked at least 1,800 people to safety as rivers burst their banks.",
    ],
)
def test_people_rescued_from_a_flood_were_evacuated(text):
    found = extract_candidates(text)
    assert [c["claim"].get("metric") for c in found] == ["fled"]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams pulled 12 people alive from the rubble of the collapsed hotel.",
        "Soldiers rescued 30 hostages held by the gunmen in the forest.",
    ],
)
def test_people_rescued_from_rubble_or_captors_are_not_a_flight(text):
    assert [c["claim"].get("metric") for c in extract_candidates(text)] == [None]


def test_animals_that_died_are_not_the_dead():
    text = "The floods drowned 1,300 cattle and 793,500 poultry, and 2,500 animals died."
    assert [c["claim"].get("metric") for c in extract_candidates(text)] == [None, None, None]


def test_a_toll_after_a_date_and_to_is_a_figure_not_a_day_range():
    text = (
        "The death toll has climbed from 111,481 on Jan. 23 to 150,000 on Jan. 24, to 212,000"
        " on Saturday and to 230,000 on Tuesday."
    )
    found = {
        text[c["start"] : c["end"]]: c["claim"].get("metric") for c in extract_candidates(text)
    }
    assert found == {
        "111,481": "killed",
        "150,000": "killed",
        "212,000": "killed",
        "230,000": "killed",
    }


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Militants killed 88 villagers for refusing to convert to Islam.", "Islam"),
        ("The woman pleaded in Pashtu as 300 people waited at the crossing.", "Pashtu"),
        ("Some 200,000 fled when militants took the town from the Peshmerga forces.", "Peshmerga"),
        ("The aid budget rose to Rs72 billion as 900 clinics were damaged.", "Rs72"),
        ("Cyclone Tamsin hit the coast. Damage from Tamsin destroyed 200,000 houses.", "Tamsin"),
        ("Vice-President Victor Foh said hundreds are lying dead in the mud.", "Victor Foh"),
    ],
)
def test_creeds_tongues_forces_money_storms_and_officials_are_no_places(text, absent):
    assert not any(absent in p.name for p in find_places(text))


def test_each_count_from_a_place_in_a_list_is_that_places():
    text = (
        "Officials said nine people died: three from Mountain Province, four from Ifugao, one"
        " from Kalinga and one from Abra."
    )
    found = {(c["start"], c["claim"].get("location")) for c in extract_candidates(text)}
    places = [place for _, place in sorted(found)]
    assert places[1:] == ["Mountain Province", "Ifugao", "Kalinga", "Abra"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The storm forced a staggering 618,000 people to evacuate their homes.", "fled"),
        ("The cyclone triggered floods claiming the lives of more than 50 people.", "killed"),
    ],
)
def test_an_intensifier_or_a_participle_keeps_the_verbs_metric(text, metric):
    assert [c["claim"].get("metric") for c in extract_candidates(text)] == [metric]


def test_people_received_at_a_camp_arrived_there():
    text = "More than 22,000 people have been received at the camp since it opened on July 30."
    assert [c["claim"].get("metric") for c in extract_candidates(text)] == ["fled"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("Those killed included at least 16 children and nine women.", ["killed", "killed"]),
        ("The storm took the lives of nearly 900 people in Haiti.", ["killed"]),
    ],
)
def test_who_the_dead_included_and_lives_taken_are_the_dead(text, metrics):
    assert [c["claim"].get("metric") for c in extract_candidates(text)] == metrics


def test_the_death_toll_of_the_disaster_rising_is_the_countrys():
    text = (
        "The quake's epicentre was in Gorkha district of Nepal, where villages were flattened.\n\n"
        "The death toll from the earthquake has risen to 5,057, and 10,915 others were injured,"
        " the home ministry said."
    )
    assert _claim(text, "5,057").get("location") == "Nepal"


def test_a_hospital_the_hurt_were_rushed_to_is_not_where_they_were_hurt():
    text = (
        "Attackers set fire to a church in Kolvani where people had sought refuge. A woman was"
        " among 20 survivors who were rushed to Moi Referral Hospital."
    )
    assert _claim(text, "20").get("location") == "Kolvani"


@pytest.mark.parametrize(
    "text",
    [
        "Survivors on one boat said about 28 people were lost at sea.",
        "The junta has said that unofficial death tolls surpassing 400 are false.",
    ],
)
def test_lost_at_sea_and_death_tolls_count_the_dead(text):
    assert [c["claim"].get("metric") for c in extract_candidates(text)] == ["killed"]


def test_a_zone_of_a_compass_part_of_a_country_is_the_zone_even_when_the_country_recurs():
    text = (
        "The death toll from mudslides in the Varrow zone of southern Ethiopia has reached 212,"
        " the agency said.\n\nRelief trucks have yet to reach the area, aid workers in Ethiopia"
        " said."
    )
    assert _claim(text, "212").get("location") == "Varrow"


def test_dead_while_others_are_missing_in_a_place_named_after_both_counts():
    text = (
        "At least 11 people died while 19 were missing after Typhoon Korra swept through"
        " northern Veluna, the disaster council said Wednesday.\n\nA landslide buried a road"
        " office in Tarsen Province, officials in Tarsen Province said.\n\nThree of the dead"
        " came from Tarsen Province, four from Ildor."
    )
    assert _claim(text, "11").get("location") == "northern Veluna"
    assert _claim(text, "19").get("location") == "northern Veluna"


def test_a_district_that_opens_its_sentence_is_where_its_count_is():
    text = (
        "Heavy rains lashed Kelvan province on Friday.\n\nDorren district was the worst-affected"
        " with 204 lives lost in the past 48 hours, the disaster authority said."
    )
    assert _claim(text, "204").get("location") == "Dorren"


def test_two_districts_that_each_reported_deaths_are_where_their_counts_are():
    text = (
        "Floods struck Ruritania this week, officials in Varna said.\n\nTalsen and Morrow have"
        " each reported five deaths, while Brisk and Olde have recorded three deaths each."
    )
    assert _claim(text, "five").get("location") == "Talsen"  # a pair is read by its first,
    assert _claim(text, "three").get("location") == "Brisk"  # as "in Talsen and Morrow" is


def test_a_neighbourhood_in_the_city_of_a_town_is_the_neighbourhood():
    text = (
        "The strikes, which hit homes in the al-Qasr neighbourhood in the city of Darrin, also"
        " wounded over 20 people, the officials said."
    )
    assert _claim(text, "20").get("location") == "al-Qasr"


def test_an_area_of_a_subdistrict_is_the_area():
    text = (
        "Two children were injured in a stampede on the road in Kelso Pan Bazar area of Urkhia,"
        " the agency added."
    )
    assert _claim(text, "Two").get("location") == "Kelso Pan Bazar"


def test_the_worst_affected_district_is_where_its_count_is():
    text = (
        "Floods hit the west of the island this week.\n\nGarrow is the worst affected, with"
        " 197,144 residents impacted, followed by Puttlen, where 135,922 people are struggling."
    )
    assert _claim(text, "197,144").get("location") == "Garrow"
    assert _claim(text, "135,922").get("location") == "Puttlen"


def test_resistance_to_a_capital_is_not_where_the_displaced_went():
    text = (
        "An offensive aimed at seizing one of the last bastions of resistance to Varna has"
        " displaced more than 388,000 people in Keldor."
    )
    assert _claim(text, "388,000").get("location") == "Keldor"


def test_a_countrys_districts_of_a_list_are_in_the_country():
    text = (
        "A series of attacks in the Mozambique districts of Kelso and Marrow have displaced"
        " over 13,000 people from their homes."
    )
    assert _claim(text, "13,000").get("location") == "Mozambique"


def test_where_a_spokesman_is_posted_after_the_quote_is_not_the_figures_place():
    text = (
        "Storms lashed the coast of Kelvania on Monday.\n\n“We believe 200 are still missing,"
        " feared dead,” the agency's spokesman in Ruritania, Marco Bell, told reporters."
    )
    assert _claim(text, "200").get("location") == "Kelvania"


def test_a_group_and_a_faction_named_after_in_are_not_places():
    assert [p.core for p in find_places("Fighters from an al-Qaeda -linked group in Kelvo.")] == [
        "Kelvo"
    ]
    text = "Clashes with the SPLA-in Opposition in Narrow County killed 12, officials said."
    assert [p.core for p in find_places(text)] == ["Narrow County"]


def test_a_regency_in_a_province_is_the_regency_for_the_next_sentence():
    text = (
        "Aid began to pour into Kelvo regency in West Marra on Tuesday. At least 1,080 people"
        " were injured."
    )
    assert _claim(text, "1,080").get("location") == "Kelvo"


def test_a_town_of_a_county_named_without_the_is_the_town():
    text = "Clashes in Pochal town of Greater Pibor Administrative Area (GPAA) killed 12 people."
    assert _claim(text, "12").get("location") == "Pochal"
    text = "Gunmen killed 25 people in Boboshe village of Dikwa local government area."
    assert _claim(text, "25").get("location") == "Boboshe"
    text = "Gunmen killed 25 people in the North Darfur village of Saluma."
    assert _claim(text, "25").get("location") == "Saluma"


def test_a_storm_named_in_lower_case_is_no_place():
    text = (
        "A state of disaster was declared as cyclone Korra approached the central Marren coast."
        "\n\nKorra's course carried it westwards. The confirmed death toll from Korra stands at"
        " 603."
    )
    assert "Korra" not in [p.core for p in find_places(text)]


def test_datelines_with_a_double_hyphen_or_an_agency_after_a_full_stop():
    from figures.extract.article import country_dateline, dateline_place

    assert country_dateline("BAM, Iran -- Rescuers dug through the rubble.").name == "Iran"
    assert dateline_place("MAKKAH. KAZINFORM: The minister said.").name == "Makkah"
    assert dateline_place("YANGON -- Myanmar raised its toll.").name == "Yangon"


def test_plural_acronyms_disaster_words_and_civil_protection_are_no_places():
    text = (
        "Some 1,200 people were staying in ECs in Kelvo. The BNPB said 105 people died due to the"
        " Magnitude 7 Earthquake. As of late Wednesday, Civil Protection counted 2,189 deaths."
    )
    names = [p.core for p in find_places(text)]
    assert "ECs" not in names and "Earthquake" not in names and "Civil" not in names


def test_a_hospital_in_a_town_counts_in_the_town_even_when_its_head_speaks_from_there():
    text = (
        "The head of Al Karim hospital in Hajra told Reuters that the hospital had received 40"
        " bodies."
    )
    assert _claim(text, "40").get("location") == "Hajra"
