"""Who said a figure and when, in the constructions of wires, briefings and monitors' reports
(a body's wing, an inverted kind of speaker, a role named then its holder, a bracketed date):
each test in our own words."""

from extracted import claim_at as _claim


def test_a_body_s_wing_unit_centre_or_guard_is_a_speaker():
    text = (
        "Ten soldiers were killed in Kech, the army's media wing said on Thursday. The coast "
        "guard said on Friday that 40 migrants had drowned, and the civil defence said 12 "
        "people were pulled from the rubble."
    )
    assert _claim(text, "Ten", "2022-01-29").get("source") == "army's media wing"
    assert _claim(text, "Ten", "2022-01-29").get("stated_on") == "2022-01-27"
    assert _claim(text, "40", "2022-01-29").get("source") == "coast guard"
    assert _claim(text, "12", "2022-01-29").get("source") == "civil defence"


def test_a_group_named_by_its_kind_after_an_inverted_verb_speaks_and_dates_its_later_figures():
    text = (
        "Soldiers killed 133 people during 2019, reported human rights group B’Tselem today.\n\n"
        "According to B’Tselem, soldiers killed 104 people in the Gaza Strip. At least 40 people "
        "died, said medical charity MSF."
    )
    first, later = _claim(text, "133", "2020-01-06"), _claim(text, "104", "2020-01-06")
    assert (first.get("source"), first.get("stated_on")) == ("B’Tselem", "2020-01-06")
    assert (later.get("source"), later.get("stated_on")) == ("B’Tselem", "2020-01-06")
    assert _claim(text, "40").get("source") == "MSF"


def test_an_outlet_spoken_to_is_no_place_and_a_wire_tag_leaves_the_opening_day():
    text = (
        "Fighting hit Barmal. Speaking to Agence France-Presse (AFP) on Wednesday, Mujahid said "
        "46 people were killed.\n\n(MENAFN) On Saturday, the agency reported that 150,000 "
        "people have left Rafah."
    )
    said = _claim(text, "46", "2024-12-25")
    assert (said.get("stated_on"), said.get("location")) == ("2024-12-25", "Barmal")
    assert _claim(text, "150,000", "2024-12-25").get("stated_on") == "2024-12-21"


def test_a_speaker_who_joined_a_briefing_on_a_day_states_that_day():
    text = (
        "“It is massive,” said the UNHCR’s Johannes van der Klaauw, who joined a Geneva briefing "
        "virtually from Dhaka on Tuesday. “We still have 400 people unaccounted for,” he said."
    )
    said = _claim(text, "400", "2021-03-23")
    assert (said.get("source"), said.get("stated_on")) == ("Johannes van der Klaauw", "2021-03-23")


def test_activists_or_witnesses_who_report_a_count_are_its_source_not_a_place():
    text = "Activists reported 12 deaths. Witnesses reported 30 injuries. Sindh reported 57 deaths."
    assert _claim(text, "12").get("source") == "Activists"
    assert _claim(text, "12").get("location") != "Activists"
    assert _claim(text, "30").get("source") == "Witnesses"
    assert _claim(text, "57").get("location") == "Sindh"


def test_a_speaker_who_told_an_outlet_from_a_place_on_a_day_states_that_day():
    text = "“One person was killed,” Chief Ngor told Eye Radio from Kordufan on Thursday."
    assert _claim(text, "One", "2020-05-28").get("stated_on") == "2020-05-28"


def test_a_day_on_state_television_or_beside_a_bracketed_date_is_the_statement_s():
    text = (
        "In a sobering announcement on state television Sunday, President Alija Izetbegovic "
        "said about 10,500 civilians have died. The minister on Saturday (Feb 26) said 100,000 "
        "people have crossed. On state television, the governor said 12 died."
    )
    said = _claim(text, "10,500", "1995-07-03")
    assert said.get("stated_on") == "1995-07-02"
    crossed = _claim(text, "100,000", "1995-07-03")
    assert (crossed.get("source"), crossed.get("stated_on")) == ("minister", "1995-07-01")
    assert _claim(text, "12").get("location") is None  # "On state" is no place


def test_a_role_then_its_name_after_the_verb_and_words_that_only_look_like_speakers():
    text = (
        "At least 44 people were killed, said a U.N. spokesman in Sarajevo, Kris Janowski. That "
        "raised the toll to 389.\n\nPolice said 20 died. The last death toll reported on Monday "
        "was 59.\n\n“Sala da Paz”, a coalition of observers, puts the death toll at 15."
    )
    assert _claim(text, "44").get("source") == "Kris Janowski"
    assert _claim(text, "389").get("source") != "That"
    assert _claim(text, "59").get("source") == "police"
    assert _claim(text, "15").get("source") != "death toll"


def test_figures_reported_by_a_body_that_were_a_count_name_the_body_alone():
    text = (
        "The minister said the figures reported by the Nineveh Health Directorate were 93 deaths."
    )
    assert _claim(text, "93").get("source") == "Nineveh Health Directorate"


def test_the_statement_by_a_body_goes_on_with_the_press_release_dated_before():
    text = (
        "Some 246 protesters have been killed, the doctors’ body said in a press release on "
        "Friday. The statement by the Central Committee of Sudanese Doctors said more than 1,300 "
        "protesters were injured."
    )
    said = _claim(text, "1,300", "2019-07-22")
    assert said.get("source") == "Central Committee of Sudanese Doctors"
    assert said.get("stated_on") == "2019-07-19"


def test_we_in_a_person_s_quotation_is_that_person_not_a_body_named_long_before():
    text = (
        "Gunmen killed 12 civilians, two officials said on Friday.\n\nThe attack took place in "
        "a village, said the mayor of the nearby town, Moulaye Guindo.\n\n“This morning we "
        "counted 19 dead,” he added."
    )
    assert _claim(text, "19").get("source") in ("Moulaye Guindo", "Guindo")


def test_a_definite_role_read_as_its_body_is_still_the_person_who_holds_it():
    text = (
        "The spokesperson for the Secretary-General, Stéphane Dujarric, said 30,000 people were "
        "displaced.\n\nDujarric stated that the fighting was intense.\n\nThe UN spokesperson "
        "clarified that the conflict has also displaced tens of thousands of people."
    )
    assert _claim(text, "tens of thousands").get("source") == "Stéphane Dujarric"


def test_a_body_that_is_reporting_or_warning_speaks_and_an_apposition_ending_on_a_day_dates_it():
    text = (
        "OHCHR is reporting that there have been 4,521 civilian casualties. MSF is warning that "
        "thousands could die.\n\nAt least 280 people have been killed, said Tahr al-Issawi, the "
        "director of Falluja's hospital on Thursday."
    )
    assert _claim(text, "4,521").get("source") == "OHCHR"
    assert _claim(text, "thousands").get("source") == "MSF"
    assert _claim(text, "280", "2004-04-08").get("stated_on") == "2004-04-08"


def test_a_statement_headed_by_its_speaker_and_dated_on_its_own_line_speaks_that_day():
    text = (
        "STATEMENT BY BINTOU KEITA, SPECIAL REPRESENTATIVE OF THE SECRETARY-GENERAL\n\n"
        "SECURITY COUNCIL BRIEFING\n\nNew York\n\n20 FEBRUARY 2023\n\nI am grateful for this "
        "opportunity. Three children were killed near Sake, and more than 400,000 displaced "
        "people have now sought refuge in Goma."
    )
    said = _claim(text, "400,000", "2023-02-21")
    assert (said.get("source"), said.get("stated_on")) == ("BINTOU KEITA", "2023-02-20")


def test_a_figure_given_on_its_own_day_keeps_that_day_whoever_relays_it():
    text = (
        "The toll rose, up from the previous figure of 41,000 given on January 16 by an aide, "
        "the ministry said on Wednesday."
    )
    assert _claim(text, "41,000", "2004-02-04").get("stated_on") == "2004-01-16"


def test_an_opening_on_late_wednesday_dates_the_statement():
    text = "On late Wednesday, the rights commission said in a statement that 100 people had died."
    assert _claim(text, "100", "2020-12-25").get("stated_on") == "2020-12-23"


def test_forces_that_say_a_count_are_its_source():
    text = "“Our forces secured the departure of 14 civilians,” the pro-government forces said."
    assert _claim(text, "14").get("source") == "pro-government forces"


def test_announced_the_same_day_takes_the_day_named_before_it():
    text = (
        "The toll in the province grew to 126 Saturday, the regional government announced the "
        "same day."
    )
    assert _claim(text, "126", "2024-01-08").get("stated_on") == "2024-01-06"


def test_the_same_day_with_no_day_before_it_dates_nothing():
    text = "The toll in the province grew to 126, the regional government announced the same day."
    assert _claim(text, "126", "2024-01-08").get("stated_on") is None


def test_a_body_with_an_apposition_after_an_opening_day_is_the_speaker():
    text = (
        "On Saturday, the Kordan Doctors Network, an independent medical group, said 31 people "
        "were killed. On Saturday, the UN refugee agency, UNHCR, said 400 people had fled."
    )
    assert _claim(text, "31", "2025-08-21").get("source") == "Kordan Doctors Network"
    assert _claim(text, "31", "2025-08-21").get("stated_on") == "2025-08-16"
    assert _claim(text, "400", "2025-08-21").get("source") == "UNHCR"


def test_a_statement_made_the_same_day_takes_the_day_before_it():
    text = (
        "On Tuesday, the UN said it was shocked by reports of an attack on the camp. The same "
        "day, the International Organization for Migration reported that 500 people fled it."
    )
    assert _claim(text, "500", "2025-08-21").get("stated_on") == "2025-08-19"


def test_according_to_a_bodys_timed_update_is_that_body():
    text = (
        "Some 906,794 families are affected, the National Disaster Council (NDC) said Monday. "
        "They hold 3,402,391 persons, according to the disaster response body's 6 a.m. situation "
        "update."
    )
    source = _claim(text, "3,402,391", "2025-09-29").get("source")
    assert source and not source.endswith("'s")
    assert "National Disaster Council" in source or source == "NDC"


def test_a_statement_headed_by_a_role_then_a_name_is_that_persons():
    text = (
        "Statement by the Humanitarian Coordinator for Kordan, Lena Brandt, on the evacuations\n\n"
        '"I am relieved to confirm that more than 170 people are now safe. It has been possible '
        'thanks to the teams of the International Committee of the Red Cross."'
    )
    assert _claim(text, "170").get("source") == "Lena Brandt"


def test_an_abbreviated_title_ends_no_sentence_and_no_name():
    text = (
        "The toll left out 40 casualties reported by Rizal Gov. Casimiro Ynares III in a radio "
        "interview. He said the death toll in the province has reached 82."
    )
    assert _claim(text, "40").get("source") == "Casimiro Ynares III"
    assert _claim(text, "82").get("source") == "Casimiro Ynares III"


def test_according_to_a_body_on_a_weekday_evening_is_the_body_that_day():
    text = "The toll has reached more than 100, according to the army Sunday evening."
    claim = _claim(text, "100", "2009-09-27")
    assert (claim.get("source"), claim.get("stated_on")) == ("army", "2009-09-27")


def test_a_place_set_off_before_the_verb_is_where_the_speaker_is_not_who():
    text = (
        "Another resident from Ayimba in Dembiya district, Central Gondar Zone, told reporters "
        "that at least three civilians have been killed."
    )
    assert _claim(text, "three").get("source") == "Another resident"
    text = (
        "Thousands of children have been forced from their homes in Idlib City, Syria, warns "
        "Save the Children."
    )
    assert _claim(text, "Thousands").get("source") == "Save the Children"


def test_a_name_before_its_lowercase_role_is_the_speaker():
    text = (
        "About 47,000 IDPs have arrived over the past month, Getu Dejen interim administrator of "
        "the Endabaguna Woreda told reporters."
    )
    assert _claim(text, "47,000").get("source") == "Getu Dejen"
    text = "Fano spokesperson Abebe Fantahun told Reuters that fewer than 30 fighters had died."
    assert _claim(text, "30").get("source") == "Abebe Fantahun"


def test_a_speaker_joined_by_and_who_speaks_of_himself_states_no_earlier_toll():
    text = (
        "The earthquake that has killed at least 260 people sent new fears through the camps, "
        "and the Pope said Wednesday that he would visit the area as soon as possible."
    )
    assert _claim(text, "260", "2009-04-08").get("source") is None


def test_a_premier_is_a_role_and_the_premier_is_its_named_holder():
    text = (
        "Premier Silvio Berlusconi said 260 people have died. The premier, speaking in the town, "
        "said nine bodies remained to be identified."
    )
    assert _claim(text, "260").get("source") == "Silvio Berlusconi"
    assert _claim(text, "nine").get("source") == "Silvio Berlusconi"


def test_an_owned_definite_role_is_its_named_holder():
    text = (
        "Prime Minister Roosevelt Skerrit says the island needs help.\nAt least 15 people have "
        "died on Dominica, the island's Prime Minister has said."
    )
    assert _claim(text, "15").get("source") == "Roosevelt Skerrit"


def test_she_with_no_person_named_is_the_body_that_spoke_last():
    text = (
        "The Sudanese police announced, on Wednesday, an attack on a police station. She added, "
        "“A group of about 150 people stormed the station and fired shots.”"
    )
    assert _claim(text, "150", "2021-09-16").get("source") == "Sudanese police"
    text = (
        "Security sources said rebels raided the town on Sunday. Police recovered 11 bodies, he "
        "said, police chief Colonel Safari Kazingufu told AFP."
    )
    assert _claim(text, "11").get("source") == "Safari Kazingufu"


def test_a_titled_name_speaking_at_his_briefing_is_the_person():
    text = (
        "Director General ISPR Maj Gen Ahmed Sharif Chaudhry in his maiden press briefing last "
        "month said that at least 293 people were martyred."
    )
    assert _claim(text, "293").get("source") == "Ahmed Sharif Chaudhry"


def test_a_name_then_a_capitalised_role_of_a_place_is_the_name():
    text = (
        "Puok Nyang Tutjiek, Commissioner Akobo County said in an email that the attack left "
        "three killed."
    )
    assert _claim(text, "three").get("source") == "Puok Nyang Tutjiek"


def test_said_a_role_then_a_name_after_its_comma_is_the_name():
    text = (
        "About 5000 displaced families have gone back to their houses, said Sirte municipal "
        "member, Fawzi Abu Zaid."
    )
    assert _claim(text, "5000").get("source") == "Fawzi Abu Zaid"


def test_an_interview_later_on_a_weekday_dates_the_statement():
    text = (
        "The toll left out 40 casualties reported by Governor Casimiro Ynares in a radio "
        "interview later Sunday evening. He said the death toll in the province has reached 82."
    )
    assert _claim(text, "40", "2009-09-27").get("stated_on") == "2009-09-27"
    assert _claim(text, "82", "2009-09-27").get("stated_on") == "2009-09-27"


def test_a_co_ordinator_spelled_with_a_hyphen_is_a_role_and_names_the_official_before():
    text = (
        "An official says gunmen have killed six traders in the county of Lamu.\n\n"
        "Coastal regional co-ordinator Amina Juma said Friday the attackers fled."
    )
    six = _claim(text, "six", "2019-03-09")
    assert (six.get("source"), six.get("stated_on")) == ("Amina Juma", "2019-03-08")


def test_figures_as_stated_by_a_body_are_that_bodys():
    text = "Some 6,860 people have been hospitalized, as stated by the Ministry of Health."
    assert _claim(text, "6,860").get("source") == "Ministry of Health"
    text = "The toll is 108 and not 114 as stated by the government earlier."
    assert _claim(text, "108").get("source") == "government"
