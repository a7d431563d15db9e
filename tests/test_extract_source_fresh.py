"""Who said a figure and on which day, read from report shapes the fresh passages showed (a
sitrep's "Source:" line, a report's producer, wires that relay): each test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates
from figures.extract.attribution_clauses import read_subject
from figures.names import source_key


def test_a_source_line_under_a_section_names_who_counted_its_figures():
    text = (
        "A. DISPLACED POPULATION\n\nA total of 5,210 families were displaced in Region IV and"
        " 1,300 families remain in evacuation centres.\n\nSource: Provincial Relief Office"
        " Report No. 7\n\nB. DEATHS\n\nA total of 41 people died in Region IV.\n\nSource:"
        " Regional Health Unit"
    )
    assert _claim(text, "5,210").get("source") == "Provincial Relief Office"
    assert _claim(text, "1,300").get("source") == "Provincial Relief Office"
    assert _claim(text, "41").get("source") == "Regional Health Unit"


def test_a_report_that_names_its_producer_speaks_as_it_where_a_document_is_the_subject():
    text = (
        "This update is produced by the Relief Cluster Somalia with partners.\n\n"
        "Preliminary rapid assessments (PRA) show that 12,500 houses were destroyed in the storm."
    )
    assert _claim(text, "12,500").get("source") == "the Relief Cluster Somalia"


def test_a_charity_named_by_its_full_name_and_its_acronym_is_one_voice():
    text = (
        "Floods swept through the valley this week.\n\n"
        "About 9,000 villagers have left their homes near the river.\n\n"
        "The Norwegian Refugee Council has sent teams to the valley. NRC teams report muddy roads."
    )
    assert _claim(text, "9,000").get("source") == "Norwegian Refugee Council"


def test_a_text_that_says_we_said_today_dates_the_figures_of_its_statement():
    text = (
        "Oxfam is alarmed by the fighting. \u201cThe crisis is deepening,\u201d we said in a"
        " statement released today.\n\nSince May, some 60,000 people have fled the province."
        " Oxfam teams are on the ground."
    )
    claim = _claim(text, "60,000", "2024-06-03")
    assert claim.get("source") == "Oxfam"
    assert claim.get("stated_on") == "2024-06-03"


def test_a_news_agency_that_relays_is_not_the_source():
    text = (
        "At least 40 people have died in the landslide, the regional emergency service said on"
        " Friday, Kyodo reported citing TASS."
    )
    assert _claim(text, "40").get("source") == "regional emergency service"


def test_an_online_daily_quoting_a_ministry_as_saying_passes_the_ministry_on():
    text = (
        '"Some 30 people were killed in the north, while 112 were displaced in the south," the'
        " Capital online daily reported quoting the health ministry as saying."
    )
    assert _claim(text, "112").get("source") == "health ministry"


def test_a_role_qualified_by_a_demonym_is_the_person_named_next():
    text = (
        "A Malian health official says an attack on a market has killed at least 14 people.\n"
        "Moussa Keita says the attack also wounded 30 others."
    )
    assert _claim(text, "14").get("source") == "Moussa Keita"


def test_figures_from_a_town_come_from_there_not_from_it():
    text = (
        "The first figures from Kalemie, the worst hit, were 35 dead, the state news agency"
        " reported."
    )
    assert _claim(text, "35").get("source") == "state news agency"


def test_a_hospital_or_a_broadcaster_in_lower_case_can_speak():
    text = "The four injured women were flown to the city, the hospital said in a statement."
    assert _claim(text, "four").get("source") == "hospital"
    text = "At least 17 people drowned when the ferry sank, state television reported."
    assert _claim(text, "17").get("source") == "state television"


def test_a_spokesman_is_not_the_adviser_named_next():
    text = (
        "Shelling hit the convoy and wounded five people, a civil defence spokesman said.\n"
        '"Hundreds are waiting to leave," said Maria Lind, the UN humanitarian adviser.'
    )
    assert _claim(text, "five").get("source") == "civil defence spokesman"


def test_a_report_that_writes_its_own_today_dates_its_figures():
    text = (
        "The Civil Protection Directorate reports heavy rain in the south. Rescue teams recovered"
        " 12 bodies in the hills. As of today, 4th May, 2024, 3,100 households have been"
        " displaced."
    )
    assert _claim(text, "3,100").get("stated_on") == "2024-05-04"
    assert _claim(text, "12").get("stated_on") == "2024-05-04"


def test_figures_released_by_a_body_as_of_a_day_were_stated_that_day():
    text = (
        "According to figures released by the Ministry of Interior as of noon 12 June 2022, the"
        " floods have killed 73 people."
    )
    assert _claim(text, "73").get("stated_on") == "2022-06-12"


def test_a_speaker_who_says_according_to_reports_is_the_source():
    text = "Ana Ruiz said that according to media reports, at least 45 people died in the raid."
    assert _claim(text, "45").get("source") == "Ana Ruiz"


def test_if_reports_opens_a_condition_not_a_statement():
    text = (
        '"If reports that as many as 50 villagers were killed are true, this is a massacre,"'
        " Sam Otieno added."
    )
    assert _claim(text, "50").get("source") == "Sam Otieno"


def test_an_agency_acronym_owning_a_surname_is_that_person():
    text = "According to SEMA's Okafor, the agency registered 2,400 displaced people in the town."
    assert _claim(text, "2,400").get("source") == "Okafor"


def test_a_while_speaking_aside_between_speaker_and_verb_is_set_aside():
    text = (
        "District Commissioner Amina Bello, while talking to reporters, said that 80,000 people"
        " had been displaced."
    )
    assert _claim(text, "80,000").get("source") == "Amina Bello"


def test_a_time_adjunct_before_the_speaker_is_not_part_of_it():
    text = (
        "UNHCR counted new arrivals at the border. The flow had eased, but in recent weeks"
        " local officials say there have been 6,000 new arrivals."
    )
    assert _claim(text, "6,000").get("source") == "local officials"


def test_an_after_visiting_clause_ends_an_inverted_speaker():
    text = (
        '"We counted 7,000 families in the camps," said WFP Country Director Lena Dahl after'
        " visiting the North and East regions."
    )
    assert _claim(text, "7,000").get("source") == "Lena Dahl"


def test_a_monitor_that_tracked_events_counts_them():
    text = (
        "Airstrikes hit the valley all month. Across the region, ACLED tracked 140 attacks on"
        " civilians in May, a rise on April."
    )
    assert _claim(text, "140").get("source") == "ACLED"


def test_a_body_that_managed_to_document_a_toll_states_it():
    text = (
        "The toll rose to 64, the number of civilian deaths which the Sudan Doctors Network"
        " managed to document during the week of shelling."
    )
    assert _claim(text, "64").get("source") == "Sudan Doctors Network"


def test_a_villager_with_a_who_clause_is_the_speaker_a_pronoun_continues():
    text = (
        '"They burned everything," a farmer, who fled with his family to the hills, told'
        " reporters on Monday.\n\nFive civilians were killed in the raid, he added."
    )
    claim = _claim(text, "Five", "2023-05-10")
    assert claim.get("source") == "farmer"
    assert claim.get("stated_on") == "2023-05-08"


def test_who_after_a_named_speaker_is_that_person():
    text = (
        "About 2,000 people reached the camp on Monday, officials said.\n\n"
        '"We walked all night," said Musa Bello, a village elder, who told reporters he led'
        " 150 others on the march."
    )
    assert _claim(text, "150").get("source") == "Musa Bello"


def test_unnamed_witnesses_inside_a_named_speakers_words_are_his_to_state():
    text = (
        "Navy Captain Omar Haddad said the search went on all night and that witnesses"
        " reported as many as 90 people on the boat."
    )
    assert _claim(text, "90").get("source") == "Omar Haddad"


def test_a_number_that_opens_its_own_source_is_not_counted_by_it():
    text = (
        "The Italian Coast Guard reported the sinking on Friday. The boat carried 300 people,"
        " according to 41 survivors later brought to Lampedusa."
    )
    assert _claim(text, "41").get("source") == "Italian Coast Guard"


def test_a_situation_report_names_its_producer_with_capitals():
    text = (
        "This Situation Report is produced by OCHA Somalia in collaboration with partners.\n\n"
        "Some 14,000 households have moved to the outskirts of Baidoa since January."
    )
    assert _claim(text, "14,000").get("source") == "OCHA Somalia"


def test_a_report_bullet_does_not_go_on_from_the_bullet_before_it():
    text = (
        "This report is produced by OCHA Somalia in collaboration with partners.\n\n"
        "\u2022 At least 52 people have died in the floods, according to the regional authorities."
        "\n\n\u2022 Nine camps in Baidoa now shelter 23,400 people displaced by the floods."
    )
    assert _claim(text, "52").get("source") == "regional authorities"
    assert _claim(text, "23,400").get("source") == "OCHA Somalia"


def test_a_relative_clause_names_the_speaker_of_its_own_figure_only():
    text = "Gunmen seized around 250 people, 129 of whom the army says are still held in the hills."
    assert _claim(text, "129").get("source") == "army"
    assert _claim(text, "250").get("source") is None
    text = "A total of 500 people were rescued, 40 of whom officials said were children."
    assert _claim(text, "40").get("source") == "officials"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The government should investigate these alleged killings, of which at least 71 were"
            " linked to the army.",
            "71",
        ),
        ("Cumulative confirmed deaths have jumped to 17 in the district.", "17"),
    ],
)
def test_a_participle_before_a_noun_is_no_statement(text, surface):
    """ "these alleged killings", "confirmed deaths": adjectives, with no speaker before them."""
    assert _claim(text, surface).get("source") is None


def test_what_rescuers_found_is_said_by_the_speaker_who_closes_the_sentence():
    text = (
        "Rescuers found 13 bodies on Friday and another 20 on Saturday, said Amina Yusuf, the"
        " state's disaster chief."
    )
    assert _claim(text, "13").get("source") == "Amina Yusuf"
    assert _claim("Rescuers found 13 bodies on Friday.", "13").get("source") == "Rescuers"


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("The toll -- compiled by the health ministry -- rose to 40.", "40", "health ministry"),
        (
            "Footage -- shot by Associated Press photographers -- showed two bodies in the rubble.",
            "two",
            "Associated Press photographers",
        ),
    ],
)
def test_a_dash_ends_the_name_of_who_counted(text, surface, source):
    assert _claim(text, surface).get("source") == source


def test_the_paragraph_after_the_lead_goes_on_in_the_leads_voice_not_the_next_quotes():
    text = (
        "Militias have killed at least 60 villagers in the north since May, Amnesty"
        " International said on Monday. The victims include farmers and teachers.\n\n"
        "The authorities should investigate these killings, of which at least 25 were blamed"
        " on the army.\n\n"
        "\u201cThe attacks must stop,\u201d said Leila Haddad, a researcher at the group."
    )
    assert _claim(text, "25").get("source") == "Amnesty International"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The influx began on Friday and shows no sign of easing; 500 arrived in Adre.", None),
        (
            "The country's human rights commission condemned the raid and spoke of 15 dead.",
            "country's human rights commission",
        ),
    ],
)
def test_a_verb_joined_to_another_by_and_has_the_first_verbs_subject(text, source):
    found = next(c for c in extract_candidates(text) if c["claim"]["value"] in (500, 15))
    assert found["claim"].get("source") == source


@pytest.mark.parametrize("adjective", ["registered", "documented", "verified"])
def test_a_reporting_participle_after_of_describes_the_people_counted(adjective):
    text = f"The Ministry of Social Policy puts the number of {adjective} IDPs at 980,000."
    assert _claim(text, "980,000").get("source") == "Ministry of Social Policy"


def test_paragraphs_that_go_on_from_a_dated_statement_keep_its_day_when_counted_in_words():
    text = (
        "Another 30 people died in floods over the past day, the disaster agency said on"
        " Monday.\n\n"
        "According to a report issued by the disaster agency, most deaths were in the south.\n\n"
        "At least 12 people died in the delta in the last day.\n\n"
        "Meanwhile, three people died in the hills, including two children.\n\n"
        "In the capital, one death was reported while 40 people were injured."
    )
    for surface in ("three", "40"):
        claim = extract_candidates(text, "2022-09-05")
        found = next(c for c in claim if text[c["start"] : c["end"]] == surface)["claim"]
        assert (found.get("source"), found.get("stated_on")) == (
            "the disaster agency",
            "2022-09-05",
        )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nearly 900 deaths had been reported early Thursday after the quake.", "2023-02-09"),
        ("More than 60 deaths were confirmed on Monday in the two provinces.", "2023-02-06"),
        ("The floods killed 60 people on Monday.", None),
    ],
)
def test_a_figure_reported_on_a_day_was_stated_that_day_an_event_day_is_not(text, day):
    claim = extract_candidates(text, "2023-02-10")[0]["claim"]
    assert claim.get("stated_on") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Monday 12 March, the IOM said 500 migrants were missing.", "2018-03-12"),
        ("The IOM said on Tuesday, March 13, that 500 migrants were missing.", "2018-03-13"),
        ("The IOM said on Monday night that 500 migrants were missing.", "2018-05-07"),
    ],
)
def test_a_weekday_written_with_its_date_is_that_date(text, day):
    assert extract_candidates(text, "2018-05-10")[0]["claim"].get("stated_on") == day


@pytest.mark.parametrize(
    ("head", "org"),
    [
        ("The spokesperson, military spokesman Col. Ali Traore, ", None),
        ("The Pentagon spokesman, Col. Ali Traore, ", "Pentagon"),
    ],
)
def test_an_article_is_no_organisation_a_spokesman_speaks_for(head, org):
    assert read_subject(head, "said")[2] == org


def test_the_source_said_is_the_unnamed_source_just_before_and_keeps_its_day():
    text = (
        "A police source told Reuters on Saturday that the toll had reached 9.\n\n"
        '"Divers pulled out 7 bodies on Friday and 2 more today," the source said.'
    )
    claim = _claim(text, "7", "2023-09-11")
    assert (claim.get("source"), claim.get("stated_on")) == ("a police source", "2023-09-09")


def test_a_day_after_the_hour_of_a_release_is_its_day():
    text = (
        "The quake left 2,012 people dead, according to a toll issued by the Interior Ministry"
        " at 7:00 pm on Saturday."
    )
    assert extract_candidates(text, "2023-09-11")[0]["claim"].get("stated_on") == "2023-09-09"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "So far reports vary, but 9,000 people may have crossed, said Amina Diallo.",
            "Amina Diallo",
        ),
        ("It's estimated that 4,000 people are sheltering in schools.", None),
        (
            '"About 4,000 people are in schools," Ali Hassan was quoted by Kompas as saying.',
            "Ali Hassan",
        ),
        (
            "Ali Hassan was quoted by Kompas as saying that 4,000 people are in schools.",
            "Ali Hassan",
        ),
    ],
)
def test_openers_and_outlets_that_quote_are_not_who_said_it(text, source):
    assert extract_candidates(text)[0]["claim"].get("source") == source


def test_the_countrys_disaster_agency_is_the_disaster_body_named_next_and_keeps_its_day():
    text = (
        "At least 4,100 people were killed by the quake, the country's disaster agency said on"
        " Monday.\n\n"
        "More than 9,000 rescuers are working in the field, the National Disaster Management"
        " Authority (NDMA) said in a statement."
    )
    first, second = (c["claim"] for c in extract_candidates(text, "2023-02-15"))
    assert first.get("source") == second.get("source")
    assert "NDMA" in second.get("source")
    assert second.get("stated_on") == "2023-02-13"


def test_a_semi_official_outlet_is_no_official_named_later():
    text = (
        "The semi-official Tasnim agency said 2,000 people have fled since Friday. The UN said on"
        " Sunday that 1,500 had arrived. Crossings have slowed, the UN refugee agency said.\n\n"
        "Fewer gates are open, said Lena Ortiz, a spokeswoman for the agency."
    )
    assert "tasnim" in _claim(text, "2,000").get("source").lower()


def test_a_briefing_summary_speaks_as_its_spokesperson_on_the_day_it_names():
    text = (
        "This is a summary of what was said by UNHCR spokesperson Ana Ruiz to whom quoted text"
        " may be attributed at the press briefing, on 9 March 2013, at the Palais des Nations in"
        " Geneva.\n\nThere has been a further sharp rise in the number of Syrians fleeing.\n\n"
        "In Jordan, refugee numbers are climbing. Last night some 2,100 people arrived at the"
        " border."
    )
    claim = _claim(text, "2,100")
    assert (claim.get("source"), claim.get("stated_on")) == ("Ana Ruiz", "2013-03-09")


def test_a_briefing_summary_by_an_unnamed_spokesperson_speaks_as_the_agency():
    text = (
        "This is a summary of what was said by the UNHCR spokesperson at today's Palais des"
        " Nations press briefing in Geneva. More is on the UNHCR website.\n\nA first group of"
        " 40 refugees was moved from the border on Monday.\n\nYesterday two buses went to"
        " collect an expected 300 refugees from the market town. Only 40 came, and were taken to"
        " the camp, which already hosts nearly 6,000 refugees; about 900 more wait in the"
        " town.\n\nA team with the Red Cross visited the camp."
    )
    for figure in ("300", "6,000", "900"):
        assert _claim(text, figure).get("source") == "UNHCR", figure


def test_a_briefing_summary_said_at_todays_briefing_states_its_figures_that_day():
    text = (
        "This is a summary of what was said by the UNHCR spokesperson at today's Palais des"
        " Nations press briefing in Geneva.\n\n1 – Cold adding to hardships for more than 40,000"
        " refugees\n\nCold weather has made things harder this week. Many refugees face cold and"
        " damp conditions. At the same time, people keep fleeing into neighbouring countries."
        " Around the region there were, as of figures we received yesterday (Thursday), 41,250"
        " people either registered as refugees or being assisted as such."
    )
    for figure in ("41,250",):
        assert _claim(text, figure, "2013-01-11").get("stated_on") == "2013-01-11", figure


def test_a_briefing_summary_names_its_spokesperson_without_a_date():
    text = (
        "This is a summary of what was said by UNHCR spokesperson Maria Lind to whom quoted"
        " text may be attributed at today's press briefing at the Palais des Nations in"
        " Geneva.\n\nRefugees are still crossing the river. The total number of refugees in both"
        " countries is now 21,400, up from 19,900 on Friday."
    )
    for figure in ("21,400", "19,900"):
        assert _claim(text, figure).get("source") == "Maria Lind", figure


def test_an_agency_helping_people_counts_them():
    text = "Many are poor, and the UN World Food Programme is helping three million people."
    assert _claim(text, "three million").get("source") == "WFP"


def test_the_governments_disaster_relief_agency_is_the_disaster_body_named_next():
    text = (
        "Floods have killed 455 people, according to figures from the government's disaster"
        " relief agency. The National Disaster Management Authority (NDMA) said 2,000 homes fell."
    )
    assert "NDMA" in _claim(text, "455").get("source")


def test_the_day_data_was_reported_before_by_names_who_reported_it():
    text = (
        "According to data reported Sunday by the United Nations Office of the High Commissioner"
        " for Human Rights, some 902 civilians have been killed."
    )
    claim = _claim(text, "902", "2022-03-22")
    assert claim.get("stated_on") == "2022-03-20"
    assert source_key(claim.get("source")) == source_key("OHCHR")


def test_a_bullet_that_ends_with_a_bodys_acronym_is_that_bodys_count():
    text = (
        "This report is produced by OCHA Sudan with partners.\n\n"
        "• 1,400 people killed and 3,100 injured since April (FMoH).\n\n"
        "• 90,000 people internally displaced (IOM).\n\n"
        "• The Federal Ministry of Health (FMoH) said 12 hospitals were hit."
    )
    assert _claim(text, "3,100").get("source") == "FMoH"
    assert _claim(text, "90,000").get("source") == "IOM"


def test_a_name_set_off_by_a_role_under_a_place_possessive_is_the_speaker():
    text = (
        "Gegham Stepanian, Karabakh’s human rights ombudsman, said 105 other people went missing."
    )
    assert _claim(text, "105")["source"] == "Gegham Stepanian"
    text = "In Kyiv, Ukraine's interior minister said 40 people were killed in the strike."
    assert _claim(text, "40")["source"].endswith("interior minister")  # not "In Kyiv"


def test_who_after_a_person_from_a_body_is_the_person():
    text = '"They came," said John Smith from the Red Cross, who put the death toll at 22.'
    assert _claim(text, "22")["source"] == "John Smith"
    text = (
        '"They shot everything," said Hamadou Dicko from Fulani association Tabital Pulaaku,'
        " who put the death toll at 22 minimum."
    )
    assert _claim(text, "22")["source"] == "Hamadou Dicko"
    text = "Aid reached the Red Cross, which put the number of wounded at 300."
    assert _claim(text, "300")["source"] == "Red Cross"


def test_a_reporter_reporting_from_a_place_on_a_day_said_it_that_day():
    text = (
        "Thousands are on the road right now, trying to reach Goma, Al Jazeera's Alain Uaykani"
        " said, reporting from Bulengo on Wednesday."
    )
    claim = _claim(text, "Thousands", published_on="2024-02-07")
    assert claim["stated_on"] == "2024-02-07"


def test_early_in_the_day_and_the_evening_of_a_date_are_days_said():
    text = "The Ministry of Health said early in the day that 83 Palestinians had been killed."
    assert _claim(text, "83", published_on="2024-05-18")["stated_on"] == "2024-05-18"
    text = "On the evening of 11 October, the Civil Defense reported that strikes killed 30 people."
    assert _claim(text, "30", published_on="2024-10-12")["stated_on"] == "2024-10-11"


def test_someone_set_off_by_who_declined_to_be_named_is_the_speaker():
    text = "A cousin of one of the victims, who declined to be named, said 12 people were killed."
    assert _claim(text, "12")["source"] == "cousin of one of the victims"


def test_a_confirmed_death_is_no_statement():
    text = "Five of the wounded were children. The youngest confirmed death was a boy of four."
    assert _claim(text, "Five").get("source") is None


def test_the_regional_head_is_the_head_named_before():
    text = (
        "Some 530 people remain in the settlement, said Vadym Filashkin, head of the Donetsk"
        " Regional Military Administration.\n\nFilashkin assured that all children were evacuated."
        '\n\n"Some 530 people stay in the city," the regional head noted.'
    )
    assert _claim(text, "530", nth=1)["source"] == "Vadym Filashkin"


def test_the_monitor_is_the_body_a_person_named_before_heads():
    text = (
        '"At least 17 civilians were killed," said Rami Abdel Rahman, head of the Britain-based'
        " Syrian Observatory for Human Rights monitor.\n\nThe monitor said there were at least 25"
        " strikes."
    )
    assert _claim(text, "25")["source"] == "Syrian Observatory for Human Rights"


def test_a_statement_that_ends_with_its_agency_condemning_is_that_agencys():
    text = (
        "Malian refugees flee after attack on site in western Niger\n\nMore than a thousand people"
        " are on the run following an attack which killed three people.\n\nUNHCR, the UN Refugee"
        " Agency, condemns the killings and calls on all sides to respect civilian lives."
    )
    assert _claim(text, "three")["source"] == "UNHCR"


def test_a_situation_report_titled_by_its_agency_and_country_is_that_agencys():
    text = (
        "UNICEF Myanmar Humanitarian Situation Report No. 8\n\n23,211 people have been displaced"
        " in northern Shan by 31 October 2023."
    )
    assert _claim(text, "23,211")["source"].startswith("UNICEF")


def test_a_centre_named_with_the_ministry_and_government_over_it_is_the_centre():
    text = (
        "The death toll in Tripoli has risen to 27, the Emergency Medicine and Support Center of"
        " the Health Ministry of the Libyan Government of National Unity said Tuesday."
    )
    claim = _claim(text, "27", published_on="2023-08-16")
    assert claim["source"] == "Emergency Medicine and Support Center"
    assert claim["stated_on"] == "2023-08-15"


def test_an_ambulance_service_speaks_and_a_news_agency_told_on_a_day_dates_it():
    text = (
        'The fighting "killed 13 people," the ambulance service told Libya al-Ahrar news channel.'
    )
    assert _claim(text, "13")["source"] == "ambulance service"
    text = '"Al-Shabab killed eight officers," Major Hussein told Reuters news agency on Saturday.'
    assert _claim(text, "eight", published_on="2015-06-20")["stated_on"] == "2015-06-20"


def test_a_count_of_sources_speaks_as_those_sources():
    text = "Two security sources said on Sunday that nine soldiers were killed in the attack."
    assert _claim(text, "nine")["source"] == "two security sources"


def test_a_body_set_off_after_a_toll_is_its_speaker():
    text = (
        "The number of farmers killed at Koshobe village has hit 110, the United Nations Office in"
        " Nigeria, said Sunday."
    )
    assert _claim(text, "110")["source"].startswith("United Nations")


def test_a_titled_name_set_off_after_a_place_is_the_speaker_not_the_place():
    text = (
        "A spokesman for U.S. forces in Afghanistan, Col. Martin O'Donnell, told NBC News that the"
        " Americans had conducted 24 airstrikes in the city since Friday."
    )
    claim = _claim(text, "24")
    assert claim["source"] == "Martin O'Donnell"
    assert claim["location"] == "Afghanistan"  # "Col." is a rank, no place


def test_one_of_the_sources_is_the_sources_named_before_on_their_day():
    text = (
        "Security sources told journalists on Saturday that the convoy came under attack near"
        " Gudumbali.\n\nOne of the sources said 13 people were also injured in the attack."
    )
    claim = _claim(text, "13", published_on="2021-03-13")
    assert claim["source"] == "security sources"
    assert claim["stated_on"] == "2021-03-13"


def test_a_committee_formed_by_a_prime_minister_speaks_for_itself():
    text = (
        "The Emergency Response and Coordination Committee formed by Prime Minister Hassan Khaire"
        " said on Monday the number of those missing stands at 12."
    )
    assert _claim(text, "12")["source"] == "Emergency Response and Coordination Committee"


def test_a_minister_of_a_long_named_area_is_the_man_named_last():
    text = (
        "Youths attacked Ajwara village, Information Minister of Greater Pibor Administrative Area"
        ' Abraham Kelang said.\n\n"Twelve people were killed," he told Reuters.\n\nThe attackers'
        " abducted children, Owety Olung, the acting commissioner of Pochalla County, said."
    )
    assert _claim(text, "Twelve")["source"] == "Abraham Kelang"


def test_people_accused_of_something_make_no_statement():
    text = (
        "The U.N. Office of the High Commissioner for Human Rights said at least 134 men, most of"
        " them elderly residents accused of witchcraft, were killed in raids by some 300 members"
        " of the gang."
    )
    assert _claim(text, "300")["source"] == "OHCHR"
