"""Who said a figure and on which day, in the ways the h passages (crises and publishers the
set had few of) write it: each rule general, each test failing without it."""

from extracted import claim_at as _claim

from figures.extract.attribution_clauses import read_subject


def test_an_adverb_after_the_auxiliary_leaves_the_subject_whole():
    text = "Doctors Without Borders (MSF) has now said at least 16 people died in the city."
    assert _claim(text, "16")["source"] == "MSF"


def test_a_where_clause_has_its_own_subject():
    head = "16 people died as a result of heavy fighting on Sunday in El Fasher where residents "
    assert read_subject(head, "reported")[0] == "residents"


def test_the_tail_speaker_ends_before_speaking_to_an_outlet():
    text = (
        '"Among them, 894 people had no documents," said Khyber Deputy Commissioner Bilal Shahid'
        " speaking to The Express Tribune."
    )
    assert _claim(text, "894")["source"] == "Bilal Shahid"


def test_the_tail_speaker_ends_before_as_reported_by():
    text = '"In Dikwa, Boko Haram killed 25 fishermen," said Umar as reported by Anadolu Agency.'
    assert _claim(text, "25")["source"] == "Umar"


def test_a_ministry_statement_is_the_ministry_named_before_on_its_day():
    text = (
        "Fifteen soldiers have been killed, the defence ministry announced Sunday.\n\n"
        "The soldiers were ambushed, said a ministry statement.\n\n"
        'The toll is "15 soldiers killed, seven wounded and six missing," it said.'
    )
    claim = _claim(text, "seven", "2021-08-01")
    assert (claim["source"], claim["stated_on"]) == ("defence ministry", "2021-08-01")


def test_the_organizations_are_the_bodies_just_named():
    text = (
        "The drought forced one million people to move, the Norwegian Refugee Council said.\n\n"
        '"More than 755,000 people have been displaced this year," the organizations said.'
    )
    assert _claim(text, "755,000")["source"] == "Norwegian Refugee Council"


def test_the_breakdown_is_the_data_of_whoever_gave_it():
    text = (
        "The International Organization for Migration reported that 74,291 migrants returned."
        " The breakdown shows 24,348 came from Iran."
    )
    assert _claim(text, "24,348")["source"] == "IOM"


def test_an_outlet_relaying_its_source_is_no_voice_of_its_own():
    text = (
        "Another 24 people died in floods, ARY News reported on Monday, quoting the National"
        " Disaster Management Authority (NDMA).\n\n"
        "According to a report issued by the NDMA, most deaths were in Sindh.\n\n"
        "At least 19 people have died in Sindh in the last 24 hours.\n\n"
        "Meanwhile, three people lost their lives in Khyber Pakhtunkhwa.\n\n"
        "The NDMA, in its report, stated that 1,314 people have died since June 14.\n\n"
        "A day earlier, the National Flood Response & Coordination Centre (NFRCC) said that"
        " 3,146 people were evacuated."
    )
    assert _claim(text, "three", "2022-09-05")["source"] == "NDMA"


def test_a_statement_in_a_subordinate_clause_is_not_the_figures():
    text = (
        "Thousands of Rohingya have crossed into Bangladesh since Myanmar announced a military"
        " build-up in Rakhine state, community leaders said."
    )
    assert _claim(text, "Thousands")["source"] == "community leaders"


def test_an_object_after_confirmed_is_no_speaker():
    text = (
        "The official of the Volunteers for the Defense of the Fatherland (VDP), a civilian"
        " auxiliary engaged in the fight alongside defense and security forces, confirmed the"
        ' attack, speaking of a "very heavy toll," at minimum, "20 to 30 deaths."'
    )
    assert _claim(text, "20 to 30").get("source") != "attack"


def test_the_organization_with_nothing_before_it_is_the_one_named_next():
    text = (
        '"Over 23,400 suspected cholera cases have been reported," the organization wrote on'
        " Twitter. The World Health Organization (WHO) estimates that 7.6 million Yemenis are"
        " at risk."
    )
    assert _claim(text, "23,400")["source"] == "WHO"


def test_a_person_for_an_agency_is_the_person_speaking_for_it():
    text = (
        "Melissa Fleming for the High Commissioner for Refugees (UNHCR) said Jordan had seen"
        " over 30,000 arriving in Za'atri camp since the beginning of the year."
    )
    assert _claim(text, "30,000")["source"] == "Melissa Fleming"


def test_an_act_after_the_appositive_is_no_speaker_and_he_is_the_person_named():
    text = (
        "The IOM chief of mission in Libya, Federico Soda, shared a photo on Twitter showing"
        ' body bags lined up on a beach. "Today, 22 bodies were retrieved by the Libyan Red'
        ' Crescent in Zwara," he wrote.'
    )
    assert _claim(text, "22")["source"] == "Federico Soda"


def test_a_role_of_a_unit_then_a_name_is_the_person():
    text = (
        "\u201cOur Red Crescent teams have pulled 62 migrants\u201d from the water since Thursday"
        " evening, the head of the unit Abdelmoneim Abu Sbeih said."
    )
    assert _claim(text, "62")["source"] == "Abdelmoneim Abu Sbeih"


def test_survivors_found_so_far_are_counted_not_speaking():
    text = (
        "Dozens of migrants are believed to have died in a shipwreck off Libya, with only seven"
        " survivors found so far, the United Nations said on Wednesday."
    )
    assert _claim(text, "seven")["source"] == "United Nations"


def test_an_occasion_aside_that_runs_to_the_verb_leaves_the_speaker_before_it():
    head = (
        "DSP Victor Isuku, the spokesperson of the command, in a statement issued on Monday and"
        " made available to newsmen in Maiduguri "
    )
    assert read_subject(head, "said")[0] == "DSP Victor Isuku"
    head = "The ministry, in a statement released on Monday "
    assert read_subject(head, "said")[0] == "The ministry"


def test_a_country_speaking_is_a_state_that_they_points_back_to():
    text = (
        "In updated figures released by the authorities on Thursday, Myanmar said 6,600 homes"
        " had burned. They added some 30 civilians had been killed."
    )
    assert _claim(text, "30", "2017-09-08")["source"] == "Myanmar"


def test_a_participle_goes_on_with_the_speaker_before_it():
    text = (
        'IOM said it was "concerned" about the displacement of civilians in and around Goma'
        " adding that 300 people had been uprooted again."
    )
    assert _claim(text, "300")["source"] == "IOM"


def test_echoed_is_a_statement():
    text = (
        "The UN aid coordination office, OCHA, echoed deep concerns about the violence that has"
        " uprooted some 300,000 people from camps around Goma."
    )
    assert _claim(text, "300,000")["source"] == "UN OCHA"


def test_the_federation_of_red_cross_societies_is_not_the_committee():
    text = (
        "About 10,000 people were reported missing, according to the International Federation"
        " of Red Cross and Red Crescent Societies."
    )
    assert _claim(text, "10,000")["source"] == "IFRC"
