"""Capitalised words after "on", "in" or "the" that are no places: a speaker's surname, a
scale, a report's title, a people's plural; each test in our own words."""

from extracted import claim_at as _claim

from figures.extract.place import find_places


def test_a_speakers_surname_after_a_day_is_no_place():
    text = (
        "Minister Celia Moyo said on Friday the toll in southern Africa had risen to 180."
        " Earlier on Thursday Moyo had said the number of dead had risen to 140."
    )
    assert _claim(text, "140").get("location") != "Moyo"


def test_the_richter_scale_is_no_place():
    text = (
        "A quake measuring 7.6 on the Richter Scale struck on Saturday, and at least 9,000"
        " people have died."
    )
    assert _claim(text, "9,000").get("location") != "Scale"


def test_a_reports_title_is_no_place():
    text = (
        "The latest Kivu Humanitarian Profile estimates that more than 1 million people are"
        " affected, compared to 600,000 reported in the March Profile."
    )
    assert _claim(text, "600,000").get("location") != "Profile"


def test_a_peoples_plural_is_no_place():
    text = (
        "Aid is not reaching the Tajiks. The violence left hundreds dead and forced more than"
        " 80,000 from their homes."
    )
    assert _claim(text, "80,000").get("location") != "Tajiks"


def test_a_country_ending_in_s_is_still_a_place():
    text = "The death toll from the typhoon in the Philippines has risen to 1,020."
    assert "Philippines" in (_claim(text, "1,020").get("location") or "")


def test_a_national_state_of_disaster_is_no_place():
    text = (
        "Floods hit Lesotho, prompting the country to declare a National State of Disaster."
        " More than 40,000 people have been affected."
    )
    assert _claim(text, "40,000").get("location") != "Disaster"


def test_turkiye_is_a_country_its_agencys_figures_are_in():
    text = (
        "At least 4,100 people died in the quakes that ripped through Türkiye’s 10 southern"
        " provinces, officials said."
    )
    assert _claim(text, "4,100").get("location") == "Türkiye"


def test_a_government_of_national_accord_is_no_place():
    text = (
        "The crisis committee of the Government of National Accord in Tripoli said that some"
        " 41,000 people had been displaced."
    )
    assert _claim(text, "41,000").get("location") != "National Accord"


def test_unity_state_is_still_a_place_after_a_government_of_national_unity():
    text = "The Government of National Unity said 300 people were killed in Unity State."
    assert _claim(text, "300").get("location") == "Unity State"


def test_an_armed_groups_name_with_the_is_no_place():
    text = "Fighters of the Islamic State in the Greater Sahara killed at least 47 civilians."
    assert _claim(text, "47").get("location") != "Greater Sahara"


def test_a_ministry_in_a_place_names_the_place_of_its_own_figures():
    text = (
        "Troops pushed into Rafah on Monday. The Ministry of Health in Gaza said that 83"
        " Palestinians had been killed over the previous day."
    )
    assert _claim(text, "83").get("location") == "Gaza"


def test_a_un_agencys_office_in_a_country_is_its_post_not_the_figures_place():
    text = (
        "A fire swept through Balukhali camp on Sunday. The UN Refugee Agency (UNHCR) in"
        " Bangladesh said 9,000 refugees lost their shelters."
    )
    assert _claim(text, "9,000").get("location") == "Balukhali"


def test_the_internet_is_no_place():
    text = (
        "No food has reached Madaya since October. Photographs posted on the Internet show frail"
        " people amid reports of several deaths from malnutrition."
    )
    assert _claim(text, "several").get("location") != "Internet"


def test_a_countrys_numbered_attacks_name_it_their_author_not_the_place():
    text = (
        "The Ministry of Health in the Gaza Strip reported that 71 people died in Israel’s 7"
        " attacks carried out in the past 24 hours."
    )
    assert _claim(text, "71").get("location") != "Israel"


def test_christmas_eve_is_a_day_not_a_place():
    text = "Gunmen rode into the town of Dori on Christmas Eve, killing at least 21 people."
    assert _claim(text, "21").get("location") == "Dori"


def test_a_vehicle_make_is_not_a_place():
    text = (
        "The attackers reached Kaura at dawn. Residents said they came in Toyota Hilux pickups."
        ' "We have nine bodies so far," a local leader said.'
    )
    assert _claim(text, "nine").get("location") == "Kaura"


def test_a_city_administration_names_its_whole_city():
    text = (
        "The displaced stay in 12 camps across Addis Ababa, according to the Addis Ababa City"
        " Administration. The remaining 1,200 others stay in three camps."
    )
    assert _claim(text, "1,200").get("location").startswith("Addis Ababa")


def test_a_direction_joined_to_a_named_place_is_not_part_of_its_name():
    text = "Some 30,000 people from the southern and Bekaa regions have fled to Beirut's shelters."
    places = [p.name for p in find_places(text)]
    assert "Bekaa regions" in places and not any(p.startswith("southern") for p in places)


def test_north_and_south_kivu_stay_one_name():
    text = "Fighting in North and South Kivu has displaced 40,000 people."
    assert "North and South Kivu" in [p.name for p in find_places(text)]


def test_a_peoples_name_is_not_a_place():
    text = (
        "Aid reached the town of Amerli, home to thousands of Shia Turkmen. Gunmen raided the"
        " Dogon village of Ogossagou, and Isis fighters shelled Sinjar. Unrest in Anglophone"
        " regions drove 2,000 people into Nigeria."
    )
    names = [p.name for p in find_places(text)]
    assert not [n for n in names if n.split()[0] in ("Turkmen", "Dogon", "Isis", "Anglophone")]
    assert "Amerli" in names and "Ogossagou" in names


def test_a_people_an_aid_body_and_a_scale_are_no_places():
    text = (
        "Thousands of Murle civilians have moved to Juba. Ten workers from Relief International "
        "were killed in Uror, where a quake measured 6.3 on the Richter-scale."
    )
    names = [p.name for p in find_places(text)]
    assert not [n for n in names if n.split()[0] in ("Murle", "Relief", "Richter-scale")]
    assert "Juba" in names and "Uror" in names


def test_where_a_speaker_briefs_reporters_is_no_place_of_the_figures():
    text = (
        "Aid convoys reached eastern Aleppo on Thursday, said the ICRC director in his Geneva "
        "office. Egeland told reporters in Geneva. He said 30,000 people were left in the enclave."
    )
    assert _claim(text, "30,000").get("location") == "eastern Aleppo"


def test_a_newspaper_told_a_toll_is_no_place():
    text = (
        "Clashes in Kurram went on. The superintendent confirmed the toll to Dawn.com, saying "
        "that 42 people had been injured."
    )
    assert _claim(text, "42").get("location") == "Kurram"


def test_the_near_east_of_an_agencys_name_is_no_place():
    text = (
        "Heavy shelling hit Gaza City overnight. The UN Relief and Works Agency for Palestine"
        " Refugees in the Near East said another five of its staff were killed."
    )
    assert _claim(text, "five").get("location") == "Gaza City"


def test_a_nationality_after_the_is_no_place():
    text = (
        "Of the 501,297 migrants who crossed the Darien jungle this year, Venezuelans lead with"
        " 320,465, followed by the Ecuadorian with 54,757 migrants, the authorities said."
    )
    assert _claim(text, "54,757").get("location") == "Darien"


def test_one_of_several_places_the_rest_unnamed_is_not_the_figures_place():
    text = (
        "The fighting in Sudan has driven 300,000 civilians across its borders and more than"
        " 1.2 million out of Khartoum and other cities."
    )
    assert _claim(text, "1.2 million").get("location") == "Sudan"
    text = "More than 100,000 people have fled El Fasher and surrounding areas, the UN said."
    assert _claim(text, "100,000").get("location") == "El Fasher"


def test_an_ethnic_community_is_a_people_not_a_place():
    text = (
        "Clashes in Manipur have killed dozens, most of them from the Naga tribal community."
        " More than 250 people were wounded."
    )
    assert _claim(text, "250").get("location") == "Manipur"


def test_a_compass_description_before_of_is_the_place_after_it():
    text = (
        "Fighting in the North-Eastern state of Assam, India, has displaced families."
        " More than 12,000 people have fled to relief camps."
    )
    assert _claim(text, "12,000").get("location") == "Assam"


def test_an_operations_owner_is_not_where_it_counts():
    text = (
        "At least 2,100 people were killed in Gaza as a result of Israel’s “Operation Cast "
        "Lead.” According to a rights group, a total of 2,150 were killed."
    )
    assert _claim(text, "2,150").get("location") == "Gaza"


def test_each_camp_hosting_its_count_is_its_place():
    text = (
        "Nyarugusu is larger than the two other camps, Nduta hosting 17,300 and Mtendeli home to "
        "19,000, combined."
    )
    assert _claim(text, "17,300").get("location") == "Nduta"
    assert _claim(text, "19,000").get("location") == "Mtendeli"


def test_a_kind_of_city_with_its_population_is_no_place():
    text = (
        "The flood tore through the centre of the Mediterranean city of 90,000 people, officials "
        "said.\n\nHundreds are dead and 400 more missing."
    )
    assert _claim(text, "400").get("location") != "Mediterranean"


def test_each_province_in_a_list_of_tolls_is_its_tolls_place():
    text = (
        "Anbar was the worst hit. Ninewa 120 killed and 40 injured, Diyala 35 killed and 12 "
        "injured, Babil, 20 killed and 9 injured, the statement said."
    )
    assert _claim(text, "120").get("location") == "Ninewa"
    assert _claim(text, "12 ").get("location") == "Diyala"
    assert _claim(text, "20", nth=1).get("location") == "Babil"


def test_a_movements_army_owns_no_place():
    text = (
        "A report said the Lord's Resistance Army killed at least 321 civilians in northeastern"
        " Congo.\n\nThe rebels also abducted 250 villagers, including at least 80 children."
    )
    assert _claim(text, "250").get("location") == "northeastern Congo"


def test_a_national_holiday_is_a_day_not_a_place():
    text = (
        "Hundreds of thousands in Assam state languish in camps. But the government says the"
        " violence, in which 75 people have been killed, is over and has set a deadline for"
        " villagers to return home - India's Independence Day on August 15."
    )
    assert _claim(text, "75").get("location") == "Assam"


def test_an_ethnic_group_owned_by_its_leader_is_a_people():
    text = (
        "Violence erupted in the Rift Valley. Attacks targeted members of Kibaki's Kikuyu"
        " ethnic group. Up to 500,000 people have been displaced."
    )
    assert _claim(text, "500,000").get("location") == "Rift Valley"


def test_the_name_after_a_role_in_a_country_is_its_holder_not_a_place():
    text = (
        "Eleven people were wounded in Pagak camp, said the aid group's programme manager in"
        " Uganda, Caroline Ort.\n\nOrt said 29 civilians died."
    )
    assert "Caroline Ort" not in [place.name for place in find_places(text)]


def test_two_compass_parts_of_a_country_are_one_place():
    text = (
        "Floods hit several areas of Northwest and Northeastern Kenya. Nearly 36,000 people"
        " have been displaced."
    )
    assert _claim(text, "36,000").get("location") in ("Northwest and Northeastern Kenya", "Kenya")


def test_an_aid_groups_name_is_no_place():
    text = "In Myaung Mya, World Vision have reported about 500 survivors camped near the town."
    assert _claim(text, "500").get("location") == "Myaung Mya"


def test_a_number_word_before_camps_is_no_place():
    text = (
        "Earthquake survivors in Pakistan have left relief camps for home. Thirty camps have"
        " closed, leaving 86,750 people in the remaining camps."
    )
    assert _claim(text, "86,750").get("location") == "Pakistan"


def test_an_operation_is_no_place():
    text = (
        "In Davao Oriental, rains prevented a team of 25 doctors from Operation Blessing from"
        " reaching the town."
    )
    assert "Operation Blessing" not in [place.name for place in find_places(text)]


def test_each_name_before_its_bracketed_tolls_is_their_place():
    text = (
        "In Srinagar three persons were killed, Tangdhar (52 dead, 200 injured), Kupwara (1"
        " dead), Baramulla (7 killed and 300 injured)."
    )
    assert _claim(text, "52").get("location") == "Tangdhar"
    assert _claim(text, "300").get("location") == "Baramulla"


def test_each_line_of_a_toll_list_names_its_tolls_place():
    text = (
        "According to the Disaster Management Center;\n\nRatnapura District – 79 dead\n\n"
        "Kalutara District – 56 dead\n\nIn total, 183 lives have been claimed."
    )
    assert _claim(text, "79").get("location") == "Ratnapura District"
    assert _claim(text, "56").get("location") == "Kalutara District"


def test_each_name_of_an_elliptical_tally_is_its_counts_place():
    text = (
        "The ministry detailed the fatalities: Cumilla recorded 14 deaths, Feni 17, and"
        " Chattogram six."
    )
    assert _claim(text, "17").get("location") == "Feni"
    assert _claim(text, "six").get("location") == "Chattogram"
