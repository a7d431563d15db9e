"""Who said a figure when a briefing's transcript or a video's shot list labels its speaker
before the quotation ("Name, role: “...”"): each test in our own words."""

import pytest
from extracted import claim_at as _claim


def test_a_shot_list_soundbite_label_names_the_speaker_of_its_quotation():
    text = (
        "1. Wide shot, press room\n"
        "2. SOUNDBITE (English) Rana Haddad, OCHA spokesperson “Across the region, 4 million "
        "people need aid and 900,000 have fled their homes since March.”\n"
        "3. Cutaway, journalists\n"
        "4. SOUNDBITE (English) Dr Omar Salih, WHO Representative in Kordan (speaking from "
        "Port Lira): “Close to 2,000 people have died.”"
    )
    assert _claim(text, "900,000").get("source") == "Rana Haddad"
    assert _claim(text, "2,000").get("source") == "Omar Salih"


def test_a_label_on_its_own_line_names_the_quotation_below_it():
    text = (
        "3. SOUNDBITE (English) Lena Brandt, head of office, United Nations Office for the "
        "Coordination of Humanitarian Affairs (OCHA) in Kordan:\n"
        "“Half of the population - 12 million people - need help. Almost 800,000 have fled to "
        "neighbouring countries.”"
    )
    assert _claim(text, "800,000").get("source") == "Lena Brandt"


def test_a_place_before_a_quotation_is_no_speaker_label():
    text = (
        "Fighting spread across Kordan this week, the UN said.\n"
        "South Kordan, where the agency works: “Some 3,000 people have fled,” it said."
    )
    assert _claim(text, "3,000").get("source") != "South Kordan"


def test_figures_from_a_month_are_the_figures_not_the_month():
    text = (
        "A quarter of the two million displaced people in Kordan come from the north, according"
        " to official figures from March 2023, which have not been updated since."
    )
    assert _claim(text, "two million").get("source") == "official figures"


def test_information_received_from_a_body_is_the_body_s():
    text = "According to information received from the health ministry, 40 people died."
    assert _claim(text, "40").get("source") == "health ministry"


def test_people_who_found_refuge_are_not_a_finding_s_speaker():
    text = (
        "Thousands have reached Kelso, the agency said.\n\nWhile some have found refuge with "
        "relatives, in schools or hotels, it said, between 6,000 and 7,000 were in the open."
    )
    assert _claim(text, "6,000").get("source") == "the agency"


def test_an_outlet_able_to_confirm_deaths_is_their_source():
    text = (
        "By the end of the day, the Kelso Times was able to confirm the deaths of at least 30 "
        "soldiers. News agencies reported as many as 81 dead."
    )
    assert _claim(text, "30").get("source") == "Kelso Times"


def test_a_body_that_could_not_confirm_a_count_is_not_its_source():
    text = "Reuters could not confirm the deaths of 12 people, the army said."
    assert _claim(text, "12").get("source") == "army"


def test_latest_counts_name_no_one_so_the_paragraph_s_speaker_keeps_its_figures():
    text = (
        "Aid workers explained that thousands of people still lack food. According to latest "
        "counts, 1,985 residents from Mbuwa fled to Lanny Jaya."
    )
    assert _claim(text, "1,985").get("source").lower() == "aid workers"


def test_a_time_after_a_dash_is_no_tagged_source():
    text = (
        "Hostilities killed at least 1,028 civilians.\nThat is, on average, nearly six "
        "civilians killed and 20 injured – every single day.\nCluster munitions also caused "
        "dozens of civilian casualties."
    )
    assert _claim(text, "dozens").get("source") is None


@pytest.mark.parametrize(
    "text",
    [
        "The shelling killed at least 13 people — including a child — and wounded dozens.",
        "The raid killed at least 13 people — including a child and two women — wounded dozens"
        " of others.",
    ],
)
def test_a_clause_after_a_dash_aside_is_no_tagged_source(text):
    """The second dash of a pair closes an aside: the clause goes on after it, untagged."""
    assert _claim(text, "13").get("source") is None
    assert _claim(text, "dozens").get("source") is None


def test_garbled_subjects_come_out_clean():
    text = (
        "More than 1,600 people were killed last month, according to government figures "
        "released on Friday.\n\nThe defence ministry meanwhile said 76 people were killed."
    )
    assert _claim(text, "1,600").get("source") == "government figures"
    assert _claim(text, "76").get("source") == "defence ministry"
    text = "A team of journalists has scrutinised reports relating to 116 drone strikes."
    assert _claim(text, "116").get("source") is None


def test_a_body_that_estimates_states_its_estimate():
    text = (
        "Agency spokeswoman Lena Brandt said the streets were emptier. The agency estimates "
        "that the exodus has reached 150,000 people. The government estimates some 70,000 "
        "people remain inside."
    )
    assert _claim(text, "150,000").get("source") != "Lena Brandt"
    assert _claim(text, "70,000").get("source").lower() == "government"


def test_the_agency_official_is_its_spokesman_named_before():
    text = (
        "Jens Larsen of OCHA said 900,000 had fled. About 330,000 have fled to northern "
        "Aleppo, the OCHA official added."
    )
    assert _claim(text, "330,000").get("source") == "Jens Larsen"


def test_an_adjective_or_a_cause_is_no_statement():
    text = (
        "While verified information is scarce, many people have fled their homes.\n\nThe "
        "refugees fled to the village for fear of new attacks. Two refugees were wounded."
    )
    assert _claim(text, "Two").get("source") is None


def test_a_briefing_note_s_agency_states_its_figures_on_the_briefing_s_day():
    text = (
        "This is a summary of what was said by UNHCR spokesperson Lena Brandt - to whom quoted "
        "text may be attributed - at the press briefing, on 19 February 2016, at the Palais des "
        "Nations in Geneva.\n\nUNHCR fears that up to 26,000 people may have been displaced by "
        "fighting that broke out on Wednesday in Malakal."
    )
    assert _claim(text, "26,000", "2016-02-19").get("stated_on") == "2016-02-19"


def test_a_body_that_received_reports_is_the_one_that_reports():
    text = "UNHCR has received reports that 500 people fled across the border on Monday."
    assert _claim(text, "500").get("source") == "UNHCR"


def test_we_who_received_reports_in_a_briefing_are_its_voice_that_day():
    text = (
        "This is a summary of what was said by UNHCR spokesperson Lena Brandt at the press "
        "briefing, on 19 February 2016, in Geneva.\n\nWe have received reports that some 26,000 "
        "people have fled into the base."
    )
    claim = _claim(text, "26,000", "2016-02-19")
    assert claim.get("source") != "We have received"
    assert claim.get("stated_on") == "2016-02-19"


def test_the_army_goes_on_for_the_military_dated_before():
    text = (
        "Kordan's military on Friday accused rebels of murdering civilians in the south.\n\nThe "
        "army said nine villagers died in separate attacks in the south."
    )
    assert _claim(text, "nine", "2008-01-18").get("stated_on") == "2008-01-18"


def test_a_speaker_s_age_after_the_name_leaves_the_speaker_whole():
    text = (
        "Forces drove about 10,000 people into the valley next to Lorca, survivor Gani Rama, 54, "
        "said Tuesday."
    )
    assert _claim(text, "10,000", "1999-06-16").get("source") == "Gani Rama"


def test_a_named_witness_civilians_who_fear_and_we_ve_in_a_quote():
    text = "A doctor who gave his name as Ramadan told Reuters that 160 people had been killed."
    assert _claim(text, "160").get("source") == "Ramadan"
    text = (
        "The UN said 400,000 were trapped. Many civilians fear fleeing because of snipers, but "
        "some 157,000 have reached a transit centre."
    )
    assert _claim(text, "157,000").get("source") != "Many civilians"
    text = "“They came at night,” the chief said. “We’ve already found 12 dead.”"
    assert _claim(text, "12").get("source") != "We’ve"


def test_a_frame_opening_a_later_sentence_speaks_only_for_that_sentence():
    text = (
        "This is a summary of what was said by UNHCR spokesperson Lena Brandt at today's press "
        "briefing in Geneva.\n\nMore than 42,000 people have been forced to flee their homes. "
        "According to the World Health Organization, 345 people have died."
    )
    assert _claim(text, "42,000", "2019-04-16").get("source") == "Lena Brandt"
    assert _claim(text, "345", "2019-04-16").get("source") == "WHO"


def test_a_participle_after_all_or_every_describes_a_noun_and_names_no_speaker():
    text = (
        "So far 50 people have died in the protests. The Commission shall also pursue command "
        "responsibility for all documented instances of police brutality."
    )
    assert _claim(text, "50").get("source") is None


def test_a_report_on_the_status_of_something_names_no_place():
    text = (
        "This is the fifth report we issue on the Status of Human Rights in the protests. So "
        "far 50 people have died."
    )
    assert _claim(text, "50").get("location") is None


def test_little_warning_is_a_noun_and_names_no_speaker():
    text = "The volcano erupted with little warning or advisory. At least 15 people died."
    assert _claim(text, "15").get("source") is None


def test_reports_from_a_place_and_an_adverb_name_no_speaker():
    text = "Reports coming out of Kordan have confirmed that 11 fighters were killed."
    assert _claim(text, "11").get("source") is None
    text = "Newly released data reveals that nearly 4,000 refugee children are malnourished."
    assert _claim(text, "4,000").get("source") is None


def test_a_cited_reason_is_no_source_and_a_web_outlet_keeps_its_domain():
    text = (
        "Authorities ordered the evacuation of 26 villages on Tuesday, citing escalating Russian "
        "attacks, as reported by News.ro."
    )
    assert _claim(text, "26").get("source") == "News.ro"


def test_a_participle_after_a_count_is_an_adjective_and_showing_takes_an_object():
    text = (
        "Mr Rafael also presented to the public four alleged insurgents captured in the district."
    )
    assert _claim(text, "four").get("source") is None
    text = "Thirty-eight were women and children, showing the high toll of attacks on civilians."
    assert _claim(text, "Thirty-eight").get("source") is None
    text = "Israeli forces killed 133 Palestinians during 2019, reported rights group B’Tselem."
    assert _claim(text, "133").get("source") == "B’Tselem"


def test_an_event_that_saw_people_leave_is_no_witness():
    text = (
        "The departure concludes a Russian-backed evacuation agreement that saw more than 15,000 "
        "rebels and their families leave the district."
    )
    assert _claim(text, "15,000").get("source") is None


def test_points_out_is_a_reporting_verb():
    text = "Since the end of July, the White House points out, about 101,300 people were flown out."
    assert _claim(text, "101,300").get("source") == "White House"


def test_present_tense_reporting_verbs_report_as_their_past_forms_do():
    for verb in ("asserts", "insists", "acknowledges", "reiterates"):
        text = f"About 300 people died in the floods, the ministry {verb}."
        assert _claim(text, "300").get("source") == "the ministry", verb
