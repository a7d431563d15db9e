"""Source and place on wire and newspaper shapes the fresh passages showed (a body's name ended
by a second verb, a rebel "stronghold of" a town, peoples that are no places): our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates
from figures.extract.place import find_places
from figures.names import source_key


def test_according_to_a_body_ends_where_a_second_verb_of_the_sentence_begins():
    text = (
        "Three weeks of shelling have left 900 people dead according to the Ministry of Health"
        " and caused extensive damage to homes."
    )
    assert _claim(text, "900").get("source") == "Ministry of Health"


def test_according_to_a_body_with_and_in_its_name_keeps_the_whole_name():
    text = "The floods have left 90 people dead according to the Ministry of Health and Population."
    assert _claim(text, "90").get("source") == "Ministry of Health and Population"


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


def test_a_body_named_by_its_acronym_keeps_the_day_its_full_name_was_given():
    text = (
        "More than 200,000 rescuers are working, the National Flood Relief Authority (NFRA)"
        " said on Monday.\n\nAlmost 58,000 people have been evacuated so far, NFRA said."
    )
    claim = _claim(text, "58,000", "2023-02-14")
    assert claim.get("source") == "NFRA"
    assert claim.get("stated_on") == "2023-02-13"


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


def test_a_body_named_by_its_initials_keeps_the_day_its_full_name_spoke():
    text = (
        "The death toll now stands at 378, the National Flood Risk Management Council said"
        " Sunday.\n\nIn its latest report, the NFRMC said that 60 remained missing."
    )
    assert _claim(text, "60", "2021-12-26").get("stated_on") == "2021-12-26"


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


def test_provinces_that_report_their_share_are_places_not_sources():
    text = (
        "In Kolva Province, 53 people have been confirmed dead, the disaster authority said."
        " Tam Ha has reported 29 deaths and 23 missing persons. Over 1,300 homes were damaged."
        "\n\nBhaktapur and Sarlan have each reported five deaths, while Dovan has recorded three."
    )
    assert _claim(text, "29").get("source") == "disaster authority"
    assert _claim(text, "1,300").get("source") == "disaster authority"
    assert _claim(text, "five").get("source") != "Sarlan have each"
    assert _claim(text, "29").get("location") == "Tam Ha"


def test_states_and_estimate_after_an_adjective_are_nouns_not_a_speaker():
    text = (
        "The army sent 10,000 more troops. That raises the number of soldiers in the stricken"
        " states to about 40,000.\n\nThe new estimate, far above the government's previous"
        " figure of nearly 30,000 dead, was not confirmed."
    )
    assert not (_claim(text, "40,000").get("source") or "").startswith("That")
    assert _claim(text, "30,000").get("source") != "new"


def test_a_speaker_keeps_his_words_past_an_aside_before_said():
    text = (
        "Armed forces spokesman Major Karim Uddin, giving updated figures, said 3,256 bodies"
        " had been found."
    )
    assert "Karim Uddin" in (_claim(text, "3,256").get("source") or "")


def test_according_to_a_role_then_a_name_is_the_name():
    text = (
        "As many as 10,000 people could be trapped around the town of Kolva, according to the"
        " town's mayor, Ismail Baran."
    )
    assert _claim(text, "10,000").get("source") == "Ismail Baran"


def test_there_are_reports_names_no_speaker():
    text = (
        '"Some refugees report being bombed. There are also reports of shelling."\n\n'
        "Refugees cross at night. But 1,147 refugees arrived on Monday morning."
    )
    assert _claim(text, "1,147").get("source") != "There"


def test_said_then_a_name_is_the_speaker_after_an_appositive_of_a_place():
    text = (
        "About 17,000 people are seeking protection at a UN base in Kolva, a city that could see"
        " more fighting in coming days, said Tomas Lanz, the UN's humanitarian coordinator."
    )
    assert _claim(text, "17,000").get("source") == "Tomas Lanz"


def test_who_set_the_toll_at_a_number_late_tuesday_stated_it_then():
    text = (
        "The crisis centre set the overall death toll at 2,011 and the number of injured at"
        " 10,764 late Tuesday."
    )
    claim = _claim(text, "2,011", "1999-08-18")
    assert claim.get("source") == "crisis centre"
    assert claim.get("stated_on") == "1999-08-17"
    assert _claim(text, "10,764", "1999-08-18").get("stated_on") == "1999-08-17"


def test_set_fire_is_no_statement():
    text = "Gunmen set fire to 40 houses on Tuesday, residents said."
    assert _claim(text, "40").get("source") == "residents"


def test_a_day_of_a_later_clause_is_not_the_day_the_toll_was_revised():
    text = "Officials revised the death toll up to 90 as rescuers continued their search Sunday."
    assert _claim(text, "90", "2017-09-10").get("stated_on") is None


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


def test_a_press_release_quoted_on_a_day_dates_the_words_it_carries():
    text = (
        '"To this day, 321 people have died," explained agency head Suharyanto, in a press'
        " release, quoted Monday, November 28, 2022.\n\nSuharyanto said 108 people are still"
        " being treated in hospitals."
    )
    assert _claim(text, "321", "2022-11-28").get("stated_on") == "2022-11-28"
    assert _claim(text, "108", "2022-11-28").get("stated_on") == "2022-11-28"


def test_a_rank_written_short_inside_a_speakers_title_keeps_the_name():
    text = (
        '"To this day, 321 people have died," explained Head of the agency Lt. Gen. Rudi Harto,'
        " in a press release on Monday."
    )
    assert "Rudi Harto" in (_claim(text, "321").get("source") or "")


def test_he_spoke_late_tuesday_dates_what_he_said_just_before():
    text = (
        "At least 20 children died when the school collapsed, said President Ramon Ortiz. He"
        " spoke late Tuesday outside the school, surrounded by parents."
    )
    assert _claim(text, "20", "2017-09-20").get("stated_on") == "2017-09-19"


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


def test_the_un_s_migration_agency_is_one_name():
    text = "Gang members killed at least 70 people, according to the U.N.’s migration agency."
    assert source_key(_claim(text, "70").get("source")) == source_key("IOM")


def test_based_on_reports_by_a_body_is_that_bodys_count():
    text = (
        '"Based on reports by the DILG, there were nine dead," provincial officer Ana Posadas said.'
    )
    assert _claim(text, "nine").get("source") == "DILG"


def test_according_to_a_spokesman_for_a_body_then_his_name_is_the_name():
    text = (
        "According to spokesman for the Red Cross, Abu Tarawallie, 179 bodies had been taken to"
        " the central morgue."
    )
    assert _claim(text, "179").get("source") == "Abu Tarawallie"


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("Those killed included at least 16 children and nine women.", ["killed", "killed"]),
        ("The storm took the lives of nearly 900 people in Haiti.", ["killed"]),
    ],
)
def test_who_the_dead_included_and_lives_taken_are_the_dead(text, metrics):
    assert [c["claim"].get("metric") for c in extract_candidates(text)] == metrics


@pytest.mark.parametrize(
    "text",
    [
        "China's official Xinhua News Agency reported 25 dead in Tibet.",
        "China's state broadcaster Xinhua reported 25 dead in Tibet.",
    ],
)
def test_a_countrys_official_news_agency_is_the_source_not_the_country(text):
    assert "Xinhua" in (_claim(text, "25").get("source") or "")


def test_a_spokesman_named_before_his_charity_is_the_speaker():
    text = (
        "Spokesman Pat Nolan of the Roman Catholic charity Caritas said workers found hundreds"
        " of bodies."
    )
    assert _claim(text, "hundreds").get("source") == "Pat Nolan"
