"""Places named in ways with no preposition the reader knows: "a village called X", "the
province's X County", and a coordinated count that keeps its own state: each test in our own
words."""

from extracted import claim_at as _claim

from figures.extract import extract_candidates
from figures.extract.place import find_places


def test_a_village_called_by_its_name_is_a_place():
    text = "Farmers from a village called Umbaro said an air strike killed nine people."
    assert "Umbaro" in [p.core for p in find_places(text)]
    assert _claim(text, "nine").get("location") == "Umbaro"


def test_a_man_named_by_his_name_is_no_place():
    text = "A man named Hassan said an air strike killed nine people."
    assert "Hassan" not in [p.core for p in find_places(text)]


def test_a_county_of_the_province_named_before_is_the_figures_place():
    text = (
        "Storms struck Varra province on Monday.\n\nIn the province's Kelvo County, some 140"
        " people were still missing, an official said."
    )
    assert _claim(text, "140").get("location") == "Kelvo County"


def test_a_region_of_the_country_is_where_arrivals_went():
    text = (
        "Thousands are fleeing into Marrenia.\n\nOfficials estimate at least 7,000 people have"
        " arrived in the country’s Upper Plains Region, with more coming."
    )
    assert _claim(text, "7,000").get("location") == "Upper Plains Region"


def test_a_count_left_homeless_does_not_share_the_dead_of_the_next_count():
    text = "The flood left 61 missing, with 2,900 reported homeless and 14 confirmed dead."
    assert _claim(text, "14")["metric"] == "killed"
    assert _claim(text, "2,900").get("metric") != "killed"


def test_a_country_opening_a_clause_is_the_place_of_the_clause_after_it():
    text = (
        "Fighting flared in Varra town last week.\n\nIn the past decade, Malawi has seen"
        " unrest in many regions, and as a result at least 3 million people have been displaced."
    )
    assert _claim(text, "3 million").get("location") == "Malawi"


def test_a_country_reporting_its_nationals_dead_abroad_is_not_their_place():
    text = (
        "A crush killed hundreds of pilgrims in Kelvo on Thursday. Zambia has also reported"
        " that 41 of its nationals died."
    )
    assert _claim(text, "41").get("location") == "Kelvo"


def test_the_foe_a_war_is_fought_with_is_no_place():
    text = (
        "The ministry in the Darrow Strip said 9,300 people had died there since the start of the"
        " war with Eritrea. Eritrea has closed the crossings."
    )
    assert text.index("Eritrea") not in [p.start for p in find_places(text)]
    assert _claim(text, "9,300").get("location") == "Darrow Strip"


def test_a_war_since_a_month_that_has_killed_counts_the_whole_country():
    text = (
        "Shelling hit Varra on Monday, in western Chad. The army and the militia have been"
        " fighting a war since May 2021 that has killed more than 18,000 people."
    )
    assert _claim(text, "18,000").get("location") == "Chad"


def test_a_relief_sector_after_towards_is_no_place():
    text = (
        "The funds will go towards Shelter and Non-Food Items. The storm has so far left 140"
        " people dead."
    )
    assert "Shelter" not in [p.core for p in find_places(text)]


def test_a_dateline_in_title_case_is_read_as_one_in_capitals_is():
    text = (
        "Kassala, Sudan: At least 12,000 people have sought shelter at schools after the floods,"
        " officials said on Monday."
    )
    assert _claim(text, "12,000").get("location") == "Sudan"
    assert "Kassala" not in [p.core for p in find_places(text)]


def test_a_person_named_after_a_day_is_no_place_but_a_place_so_named_still_is():
    text = "On Thursday Jonas Hale, the UN's relief chief, estimated that 90,000 were trapped."
    assert "Jonas Hale" not in [p.core for p in find_places(text)]
    assert (
        _claim("On Monday Gaza was shelled and 40 people were killed.", "40").get("location")
        == "Gaza"
    )


def test_where_a_speaker_telephoned_from_is_not_the_figures_place():
    text = (
        'Floods hit Bihar.\n\n"Relief is under way," Ravi Menon said by telephone from state'
        ' capital, Patna.\n\n"We have evacuated 310,000 people," he said.'
    )
    assert _claim(text, "310,000").get("location") == "Bihar"


def test_a_place_accounting_for_deaths_is_named_without_a_preposition():
    text = "The toll stood at 2,800 on Sunday, with Kathmandu accounting for nearly 1,000 deaths."
    assert "Kathmandu" in [p.core for p in find_places(text)]


def test_an_old_agency_dateline_closed_by_an_underscore_names_the_country():
    from figures.extract.article import country_dateline

    assert country_dateline("GIKONGORO, Rwanda (AP) _ Thousands fled.").name == "Rwanda"


def test_regions_named_by_numeral_or_code_are_one_place():
    text = (
        "A total of 2,210 families / 9,804 persons were evacuated in Regions IV-A, VI, X, CARAGA,"
        " and BARMM."
    )
    assert _claim(text, "9,804").get("location") == "Regions IV-A, VI, X, CARAGA, and BARMM"


def test_a_breakdown_of_deaths_by_district_gives_each_count_its_district():
    text = (
        "The breakdown: Kelvo Utara 212 fatalities, Kelvo Barat 41 fatalities, Varra 9 fatalities."
    )
    assert _claim(text, "41").get("location") == "Kelvo Barat"
    assert _claim(text, "9").get("location") == "Varra"


def test_a_report_title_names_the_place_of_figures_its_body_leaves_unplaced():
    titled = "Syria Crisis: Situation Report No. 5\n\nThe death toll climbed to 1,999."
    assert extract_candidates(titled)[0]["claim"]["location"] == "Syria"
    sitrep = "Sri Lanka: Floods - Information bulletin\n\nSome 2,300 families were displaced."
    assert extract_candidates(sitrep)[0]["claim"]["location"] == "Sri Lanka"
    agency = "UNHCR Flash Update\n\nThe death toll climbed to 1,999."  # whose, not where
    assert extract_candidates(agency)[0]["claim"].get("location") is None


def test_an_attackers_offensive_is_not_a_place_even_where_the_country_is_named_elsewhere():
    text = (
        "At least 45 Palestinians were killed in an attack on a camp in Rafah, the Gaza health"
        " ministry said. The ministry raised its toll of dead from Israel's military offensive"
        " to at least 36,050. Egypt called on Israel to halt operations in Rafah."
    )
    assert _claim(text, "36,050")["location"] != "Israel"


def test_a_person_named_with_her_home_or_family_is_not_a_place():
    text = (
        "Gunfire echoed through the walls of Aya's home as fighting escalated in Derna. By June,"
        " both sides were clashing outside Aya's doorstep.\n\n"
        '"We pleaded for a safe exit from Derna," texted Aya, an alias.\n\nOn June 9, Aya and'
        " her family escaped to a small town. By then, at least 2,183 families had been uprooted."
    )
    assert _claim(text, "2,183")["location"] == "Derna"
    sister = "Families fled Ombada, in Khartoum’s sister city. Some 19 civilians were killed."
    assert _claim(sister, "19")["location"] in ("Khartoum", "Ombada")


def test_a_regional_state_inside_a_bodys_name_is_read_whole():
    text = (
        "The Amhara Regional State Disaster Prevention Program reported that the number of"
        " displaced people in the state exceeded 2 million."
    )
    assert _claim(text, "2 million")["location"] == "Amhara Regional State"


def test_a_group_named_after_lands_and_a_titled_person_are_not_places():
    text = (
        "Fighting in Mosul followed its takeover by the Islamic State of Iraq and the Levant"
        " (ISIL), and displaced approximately 500,000 people."
    )
    assert _claim(text, "500,000")["location"] == "Mosul"
    text = (
        'Fighting reached the state capital Wad Madani.\n\n"Civilians are at risk," the envoy'
        " said.\n\nRegional bloc IGAD's executive secretary Workneh Gebeyehu said he was alarmed."
        "\n\nWad Madani alone houses more than 86,000 displaced people, aid agencies say."
    )
    assert _claim(text, "86,000")["location"] == "Wad Madani"
    assert "Workneh Gebeyehu" not in [place.name for place in find_places(text)]


def test_names_the_words_around_make_no_place():
    text = (
        "Fighting resumed in Bangassou. Two thousand Muslims have taken refuge in the Cathedral of"
        " Bangassou, guarded by UN peacekeepers from Morocco. Three UN peacekeepers from Morocco"
        " have been killed."
    )
    assert _claim(text, "Two thousand")["location"] == "Bangassou"
    assert _claim(text, "Three")["location"] == "Bangassou"
    text = (
        "Gunmen attacked Bole overnight. Daniel's brother Ekoda, who was outside the house, said"
        " he saw seven dead bodies."
    )
    assert _claim(text, "seven")["location"] == "Bole"
    text = "Attackers struck Ogossagou, a village of Fulani herders, killing at least 20 people."
    assert "Fulani" not in [place.name for place in find_places(text)]
    text = "He gave details to Turkish Weekly. Some 62,000 refugees live in the Mberra camp."
    assert "Turkish Weekly" not in [place.name for place in find_places(text)]


def test_a_capital_for_its_army_a_shore_and_a_kind_of_country_are_not_where_figures_are():
    text = (
        "Shelling hit Kherson again. Moscow's troops fired from the eastern bank, officials said."
        " The strikes killed one resident."
    )
    assert _claim(text, "one")["location"] == "Kherson"
    text = (
        "Rockets hit Mariupol, the port city on Ukraine's Black Sea shoreline.\n\nOfficials had"
        " listed the names of 30 people killed."
    )
    assert _claim(text, "30")["location"] == "Mariupol"
    text = "Fighting spread in Georgia. The death toll in the Caucasus country is 213."
    assert _claim(text, "213")["location"] == "Georgia"
    text = "Troops entered the town. At least 400 people were killed, Myanmar's army said."
    assert "Myanmar" in [place.name for place in find_places(text)]


def test_a_titled_persons_name_after_their_town_is_not_part_of_it():
    text = "Mayor of Kharkiv Ihor Terekhov said 12 people were killed."
    assert _claim(text, "12")["location"] == "Kharkiv"
    text = "The governor of North Kivu province said 12 people were killed."
    assert _claim(text, "12")["location"] == "North Kivu"


def test_where_a_monitor_is_based_or_a_speaker_was_reached_is_not_where_figures_are():
    text = (
        "Clashes engulfed the province of Sweida, according to the Syrian Observatory for Human"
        " Rights (SOHR), based in the UK.\nAccording to SOHR, 336 of the victims were fighters."
    )
    assert _claim(text, "336")["location"] == "Sweida"
    text = (
        "Troops shelled Khaldiyeh on Wednesday, an activist told AFP, reached by telephone from"
        " Beirut.\n\nThe monitor said at least five civilians were killed."
    )
    assert _claim(text, "five")["location"] == "Khaldiyeh"


def test_the_homeland_of_foreigners_is_not_where_they_went_missing():
    text = "Most missing are Mozambicans but some are foreigners from South Africa. Nearly 800"
    text += " people are missing."
    assert _claim(text, "800").get("location") != "South Africa"


def test_a_country_that_rains_or_violence_pound_is_the_place():
    text = "Officials said on Sunday that heavy rains pounding Malawi have killed 118 people."
    assert _claim(text, "118").get("location") == "Malawi"
    text = "The unrest gripping Haiti has left at least 240 people dead this month."
    assert _claim(text, "240").get("location") == "Haiti"


def test_places_listed_each_with_its_count_are_places():
    text = (
        "The provinces hosting the most displaced families are Baghlan with 9,210 IDPs,"
        " followed by neighbouring Samangan with 2,480 IDPs."
    )
    assert _claim(text, "9,210").get("location") == "Baghlan"
    assert _claim(text, "2,480").get("location") == "Samangan"
    text = (
        "Floods killed 61 people: Sindh reported the most, with 27 deaths, followed by Punjab"
        " with 19, Balochistan with 8 and Gilgit-Baltistan with 4."
    )
    assert _claim(text, "8").get("location") == "Balochistan"
    assert _claim(text, "4").get("location") == "Gilgit-Baltistan"


def test_a_region_named_by_its_number_is_a_place():
    text = "Officials confirmed five deaths in Region 8, three in Region 10 and two in Caraga."
    assert _claim(text, "three").get("location") == "Region 10"
    assert _claim(text, "five").get("location") == "Region 8"
    text = "Troops shelled the villages of Kharkiv region 12 times; 40 people were evacuated."
    assert _claim(text, "40").get("location") != "region 12"


def test_a_border_crossing_named_with_the_country_entered_is_the_place():
    text = "More than 2,700 refugees arrived in Chad through the Adre crossing on Sunday."
    assert _claim(text, "2,700").get("location") == "Adre"
    text = "Over 1,800 people were waiting at the Torkham crossing into Pakistan on Friday."
    assert _claim(text, "1,800").get("location") == "Torkham"


def test_a_country_owning_its_floods_is_the_place_though_a_month_follows():
    text = "According to UNICEF, Malawi’s floods in March 2023 have killed at least 244 children."
    assert _claim(text, "244").get("location") == "Malawi"


def test_a_country_written_with_a_letter_outside_ascii_owns_its_state_body():
    text = "At least 9,160 died, Türkiye’s Disaster and Emergency Management Presidency said."
    assert _claim(text, "9,160").get("location") == "Türkiye"


def test_a_city_owning_its_streets_or_residents_is_the_place():
    text = "Grozny’s streets were deserted on Sunday as shells fell, killing at least 17 people."
    assert _claim(text, "17").get("location") == "Grozny"
    text = "Thousands of Monrovia’s residents had taken refuge in the compound."
    assert _claim(text, "Thousands").get("location") == "Monrovia"


def test_a_place_right_before_a_count_is_a_place_and_a_label_is_not():
    text = "Arrivals in Togo rose again. In Niger 9,420 refugees have been registered since May."
    assert _claim(text, "9,420").get("location") == "Niger"
    text = "Arrivals in Togo rose again. In Mali 420 refugees have been registered since May."
    assert _claim(text, "420").get("location") == "Mali"
    text = "Refugees moved to Kakuma 4 camp, which holds 300 families."
    assert "Kakuma" not in [p.core for p in find_places(text)]
