"""A speaker who goes on for a body the text dated before takes that day (CODING.md D1): its
minister, or its agency written with the body's prefix; each test in our own words."""

from extracted import claim_at as _claim


def test_a_minister_speaks_on_the_day_his_ministry_did():
    text = (
        "Chile's interior ministry said on Tuesday that 700 people had died in the quake."
        ' "We have 712 dead so far," Interior Minister Ana Rojas told a news conference.'
    )
    assert _claim(text, "712", "2010-03-03").get("stated_on") == "2010-03-02"


def test_a_minister_of_another_field_does_not_take_the_ministrys_day():
    text = (
        "Chile's interior ministry said on Tuesday that 700 people had died in the quake."
        ' "We have 712 dead so far," Health Minister Ana Rojas told a news conference.'
    )
    assert _claim(text, "712", "2010-03-03").get("stated_on") is None


def test_a_un_agency_written_with_the_un_prefix_goes_on_with_the_uns_day():
    text = (
        "The toll from the floods has reached 140, according to the United Nations on Friday."
        " The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 9,000 people"
        " were displaced. OCHA reported that 2,000 homes were destroyed."
    )
    assert _claim(text, "9,000", "2024-05-11").get("stated_on") == "2024-05-10"
    assert _claim(text, "2,000", "2024-05-11").get("stated_on") == "2024-05-10"


def test_an_agency_without_the_prefix_does_not_take_the_uns_day():
    text = (
        "The toll from the floods has reached 140, according to the United Nations on Friday."
        " UNICEF said 9,000 children were displaced."
    )
    assert _claim(text, "9,000", "2024-05-11").get("stated_on") is None


def test_a_person_named_right_after_an_unnamed_spokesperson_speaks_on_that_day():
    text = (
        "About 40 people are missing after a boat sank, a spokesperson for the International"
        " Organization for Migration (IOM) said on Friday. Writing on Twitter, Lena Moreau said"
        " that 75 people were rescued."
    )
    assert _claim(text, "75", "2019-07-06").get("stated_on") == "2019-07-05"


def test_a_person_named_long_after_an_unnamed_spokesperson_keeps_no_day():
    text = (
        "About 40 people are missing after a boat sank, a spokesperson for the International"
        " Organization for Migration (IOM) said on Friday. The boat left Libya at night. It"
        " carried families from many countries. Coast guards searched the sea for hours while"
        " the wind rose. Survivors were taken to a port in the south. Fishermen joined the"
        " search later. Many of those aboard had paid smugglers large sums for the crossing."
        " Lena Moreau, a doctor at the port, said that 75 people were treated."
    )
    assert _claim(text, "75", "2019-07-06").get("stated_on") is None


def test_the_un_after_its_agency_said_wednesday_speaks_on_that_day():
    text = (
        "Thirty bodies were found after two boats capsized, the U.N. migration agency said"
        " Wednesday. Eleven survivors were recovered, the U.N. said in a statement."
    )
    assert _claim(text, "Eleven", "2019-01-31").get("stated_on") == "2019-01-30"


def test_told_reporters_here_on_a_day_dates_the_statement():
    text = "About 300 people were killed, a UN spokesman told reporters here Wednesday."
    assert _claim(text, "300", "2016-12-08").get("stated_on") == "2016-12-07"


def test_said_here_on_a_day_dates_the_statement():
    text = "About 300 people were killed, the ministry said here Wednesday."
    assert _claim(text, "300", "2016-12-08").get("stated_on") == "2016-12-07"


def test_two_local_officials_go_on_with_the_local_officials_day():
    text = (
        "Armed men killed around 30 people in a village, local officials said on Tuesday. The"
        " mayor could not give a toll, but two local officials said around 30 people were"
        " killed."
    )
    assert _claim(text, "30", "2024-07-04", nth=1).get("stated_on") == "2024-07-02"


def test_a_statement_dated_after_its_object_dates_the_speaker():
    text = (
        "Nearly 600,000 people have fled the city since the offensive began, Anna Berg, the head"
        " of the agency for refugees, RAFA, has said. Berg decried the repeated displacement of"
        " families in the statement on Saturday."
    )
    claim = _claim(text, "600,000", "2024-05-19")
    assert claim.get("source") == "Anna Berg"
    assert claim.get("stated_on") == "2024-05-18"


def test_a_frames_body_with_its_acronym_then_a_day_is_dated():
    text = (
        "According to the World Health Organization (WHO) on Monday, a total of 432 people have"
        " been killed in the fighting."
    )
    assert _claim(text, "432", "2019-05-07").get("stated_on") == "2019-05-06"


def test_the_spokesperson_named_next_keeps_that_day_by_surname():
    text = (
        "About 50 people are missing after a boat sank off Crete, a spokesperson for the"
        " International Organization for Migration (IOM) said on Friday.\n\nWriting on Twitter,"
        " Flavio Di Marco said that 70 people, who landed in the south-western port of Chania"
        " late on Thursday night, told IOM staff that they were rescued after their boat"
        " capsized in rough seas.\n\nThe boat, according to survivors, had about 130 people on"
        " board, meaning that about 50 went missing, Di Marco said."
    )
    assert _claim(text, "130", "2019-07-06").get("stated_on") == "2019-07-05"


def test_a_quotation_of_concern_by_a_speaker_dated_before_keeps_the_day():
    text = (
        "More than 8,000 people fled the district after the vote, agency spokesperson Lena"
        ' Moreau said in a press briefing on Friday.\n\n"The agency is concerned that the'
        ' violence has forced over 8,000 people to flee into neighbouring countries," Moreau'
        " said."
    )
    claim = _claim(text, "8,000", "2021-01-08", nth=1)
    assert claim.get("source", "").endswith("Moreau")
    assert claim.get("stated_on") == "2021-01-08"


def test_a_last_paragraph_in_the_texts_one_voice_goes_on_that_day():
    text = (
        "More than 8,000 people fled the district after the vote, UNHCR spokesperson Lena"
        " Moreau said in a press briefing on Friday.\n\nInside the country, 20,000 people have"
        " fled into the forest, Moreau said. Some 2,000 have since gone home, the UNHCR said."
        " Aid is scarce.\n\nOver 5,000"
        " crossed into Chad and nearly 3,000"
        " arrived in Cameroon."
    )
    for figure in ("5,000", "3,000"):
        assert _claim(text, figure, "2021-01-08").get("stated_on") == "2021-01-08", figure


def test_also_on_a_day_a_body_released_its_count_dates_what_it_said_next():
    text = (
        "Also Sunday, the monitor released its latest count of the dead. The group said there"
        " have been 2,150 deaths since the fighting began."
    )
    assert _claim(text, "2,150", "2015-03-16").get("stated_on") == "2015-03-15"


def test_a_un_agency_chief_quoted_after_the_un_dated_it_speaks_that_day():
    text = (
        "Up to 9,000 civilians have fled the eastern districts of Marrow, the UN said on Tuesday."
        '\n\n"Shelling has forced thousands of civilians to flee," UN humanitarian chief Ana Ruiz'
        " said in a statement."
    )
    assert _claim(text, "thousands", "2016-11-29").get("stated_on") == "2016-11-29"


def test_a_chief_of_another_body_does_not_take_the_uns_day():
    text = (
        "Up to 9,000 civilians have fled the eastern districts of Marrow, the UN said on Tuesday."
        '\n\n"Shelling has forced thousands of civilians to flee," MSF chief Ana Ruiz said in a'
        " statement."
    )
    assert _claim(text, "thousands", "2016-11-29").get("stated_on") is None


def test_the_spokesperson_named_paragraphs_after_an_unnamed_one_speaks_on_their_day():
    text = (
        "An airstrike on a camp in North Darfur killed at least four people, a spokesperson for"
        " the displaced in the region said on Tuesday.\n\nThe incident targeted the Fata Borno"
        " camp in the Kutum locality, which the army has struck before.\n\nThe army has recently"
        " intensified airstrikes on cities and villages held by the Rapid Support Forces.\n\n"
        '"The camp was bombed and eight people died," Adam Rojal, a spokesperson for the General'
        " Coordination for Displaced Persons, said in a statement."
    )
    assert _claim(text, "eight", "2025-01-07").get("stated_on") == "2025-01-07"


def test_a_spokesperson_for_another_body_does_not_take_a_bodys_day():
    text = (
        "An airstrike on a camp in North Darfur killed at least four people, the army said on"
        ' Tuesday.\n\n"The camp was bombed and eight people died," Adam Rojal, a spokesperson for'
        " the General Coordination for Displaced Persons, said in a statement."
    )
    assert _claim(text, "eight", "2025-01-07").get("stated_on") is None


def test_a_person_set_off_as_the_bodys_officer_speaks_on_its_day():
    text = (
        "Only 900 people have fled the town since Sunday, the United Nations reported on"
        ' Thursday. "Families are desperate," said Mara Lindqvist, the UN\'s humanitarian'
        " coordinator for the region. About 40,000 people remain in the town."
    )
    assert _claim(text, "40,000", "2016-05-26").get("stated_on") == "2016-05-26"


def test_a_person_set_off_as_another_bodys_officer_does_not():
    text = (
        "Only 900 people have fled the town since Sunday, the United Nations reported on"
        ' Thursday. "Families are desperate," said Mara Lindqvist, the NRC\'s country'
        " director. About 40,000 people remain in the town."
    )
    assert _claim(text, "40,000", "2016-05-26").get("stated_on") is None
