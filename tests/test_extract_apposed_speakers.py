"""A named speaker behind a long appositive ("X, deputy governor of Y, the region where ...,
said"), a speaker who passes on eye-witness accounts, the place a body's name holds, and a day
repeated in brackets: each test in our own words."""

from extracted import claim_at as _claim


def test_a_speaker_keeps_the_figure_past_a_second_appositive_about_a_region():
    text = (
        "Lin Baoshan, executive deputy head of the Autonomous Prefecture of Garze, the area"
        " where the mudslide hit on Sunday, said all 96 hikers had been found alive."
    )
    assert _claim(text, "96").get("source") == "Lin Baoshan"


def test_a_speaker_keeps_the_figure_past_an_aside_on_what_she_did_first():
    text = (
        "Maria Oduya, the commander of the coastguard's northern sector, after offering her"
        " condolences to the families, reported that six bodies were recovered overnight."
    )
    assert _claim(text, "six").get("source") == "Maria Oduya"


def test_a_speaker_who_cites_eyewitness_accounts_is_the_source():
    text = (
        "Dr Samir Haddou, a surgeon who is the secretary of the Union of Free Workers, a trade"
        " union, told reporters that according to eye-witness accounts, more than 140 people had"
        " been killed."
    )
    assert _claim(text, "140").get("source") == "Samir Haddou"


def test_a_role_after_identified_as_is_no_appositive_of_the_place_before():
    text = (
        "A health official in Varra, identified as Dr. Kemal, told reporters that more than 70"
        " bodies had arrived at hospitals."
    )
    assert "Varra" not in (_claim(text, "70").get("source") or "")


def test_the_provincial_government_of_a_province_names_its_figures_place():
    text = "The provincial government of Kelvo today released the names of the 61 missing people."
    assert _claim(text, "61").get("location") == "Kelvo"


def test_a_day_written_again_in_brackets_after_today_keeps_the_speaker_and_the_day():
    text = "The IOM tracking team (DTM) today (09/03) recorded 18,400 people displaced by floods."
    claim = _claim(text, "18,400", "2021-03-09")
    assert (claim.get("source"), claim.get("stated_on")) == ("IOM", "2021-03-09")


def test_a_body_that_condemns_or_is_alarmed_by_deaths_states_them():
    text = "Oxfam is outraged at the deaths of nine people killed as they fled the town of Varra."
    assert _claim(text, "nine").get("source") == "Oxfam"
    text = (
        "The Kelvan government condemns the raids on Darrow, which included the killing of over"
        " 60 people, according to credible reports."
    )
    assert _claim(text, "60").get("source") == "Kelvan government"
    text = "The UN is deeply concerned for hundreds of thousands of civilians in the besieged city."
    assert _claim(text, "hundreds of thousands").get("source") == "UN"


def test_a_ministry_and_an_agency_recording_together_are_kept_as_written():
    text = (
        "The Kelvan Ministry of Health and the World Health Organization recorded that 31 health"
        " workers were killed."
    )
    assert _claim(text, "31").get("source") == (
        "The Kelvan Ministry of Health and the World Health Organization"
    )


def test_a_day_after_a_press_conference_at_an_office_in_a_city_is_the_statement_day():
    text = (
        '"The toll may rise," Rahmat said during a press conference at the agency office,'
        " Kelvo, Tuesday (25/12). Rahmat also said that 640 people were injured."
    )
    assert _claim(text, "640", "2018-12-25").get("stated_on") == "2018-12-25"


def test_a_speaker_who_said_it_by_telephone_is_the_source_and_his_pronoun_follows():
    text = (
        '"Relief is under way," Ravi Menon, the top disaster official, said by telephone from'
        ' the capital.\n\n"We have evacuated 410,000 people so far," he said.'
    )
    assert _claim(text, "410,000").get("source") == "Ravi Menon"


def test_he_followed_by_a_name_is_a_surname_not_a_pronoun():
    text = "Only 900 were found alive in the town of 8,000, according to He Lin, a local official."
    assert _claim(text, "900").get("source") == "He Lin"


def test_the_agency_that_compiled_a_toll_ends_before_the_verb_of_the_toll():
    text = (
        "The Kelvan Police Agency gave new figures. The death toll compiled by the agency stood"
        " at 8,210, with 5,120 deaths in the north."
    )
    assert _claim(text, "8,210").get("source") == "Kelvan Police Agency"


def test_authorities_already_warning_and_an_army_accusing_are_sources():
    text = "But authorities were already warning that the figure could rise to 21,000."
    assert _claim(text, "21,000").get("source") == "authorities"
    text = "The army on Saturday accused the rebels of firing on civilians, killing four."
    assert _claim(text, "four", "2009-03-28").get("source") == "army"


def test_a_situation_report_titled_by_its_body_speaks_for_its_unattributed_figures():
    text = (
        "NDRRMC Update SitRep No. 12 re Effects of Typhoon Kelvo\n\n"
        "• A total of 3,114 families or 12,950 persons were affected in 61 barangays."
    )
    assert _claim(text, "12,950").get("source") == "NDRRMC"


def test_a_monitor_heading_its_bulletin_after_a_province_states_its_figures():
    text = (
        "Kelvo Province, the Syrian Observatory for Human Rights: the number of people killed in"
        " Darrow city rose to 14 today."
    )
    assert _claim(text, "14").get("source") == "Syrian Observatory for Human Rights"


def test_a_role_named_after_it_with_a_particle_is_that_person():
    text = (
        "Only seven women left during the pause, according to the commander of a local brigade,"
        " Wahid al-Zawi, and a Red Crescent spokesman."
    )
    assert _claim(text, "seven").get("source") == "Wahid al-Zawi"
