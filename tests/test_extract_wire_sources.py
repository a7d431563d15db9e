"""Who said a figure and on which day, on wire and newspaper shapes the fresh passages showed
(a second verb ending a body's name, a rank written short, a province that reports its share, "He
spoke late Tuesday"): each test in our own words."""

import pytest
from extracted import claim_at as _claim

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


def test_a_body_named_by_its_acronym_keeps_the_day_its_full_name_was_given():
    text = (
        "More than 200,000 rescuers are working, the National Flood Relief Authority (NFRA)"
        " said on Monday.\n\nAlmost 58,000 people have been evacuated so far, NFRA said."
    )
    claim = _claim(text, "58,000", "2023-02-14")
    assert claim.get("source") == "NFRA"
    assert claim.get("stated_on") == "2023-02-13"


def test_a_body_named_by_its_initials_keeps_the_day_its_full_name_spoke():
    text = (
        "The death toll now stands at 378, the National Flood Risk Management Council said"
        " Sunday.\n\nIn its latest report, the NFRMC said that 60 remained missing."
    )
    assert _claim(text, "60", "2021-12-26").get("stated_on") == "2021-12-26"


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


def test_on_the_same_occasion_is_the_day_of_the_statement_before():
    text = (
        '"To this day, 321 people have died," explained agency head Rudi Harto in a press release'
        " on Monday.\n\nOn the same occasion, the agency noted that 27,434 houses were damaged."
    )
    assert _claim(text, "27,434", "2022-11-29").get("stated_on") == "2022-11-28"


def test_addressing_a_press_conference_somewhere_on_monday_dates_the_statement():
    text = (
        "Addressing a press conference in the capital on Monday, the chief minister said 60"
        " people were killed."
    )
    assert _claim(text, "60", "2023-05-09").get("stated_on") == "2023-05-08"


def test_early_estimates_is_no_speaker():
    text = "Officials gave no death toll. Early estimates put it at about 100 people."
    assert _claim(text, "100").get("source") != "Early"


def test_its_death_toll_estimates_is_a_noun_not_a_speaker():
    text = (
        "The agency based its death toll estimates on what village officials said, and some 1,250"
        " people have been displaced, the agency said."
    )
    assert "based" not in (_claim(text, "1,250").get("source") or "")


def test_a_quotation_opened_with_a_closing_mark_is_still_the_speakers_after_it():
    text = (
        "Ruritania raised its toll to 583.\n\n”So far, we have 19 136 people who lost their"
        " lives. Casualties are increasing by the hour,” Interior Minister Aftab Norr told a news"
        " conference."
    )
    assert _claim(text, "19 136")["source"] == "Aftab Norr"


def test_the_council_is_the_council_named_before_and_speaks_on_its_day():
    text = (
        "The death toll has risen to 362, the National Disaster Risk Reduction and Management"
        " Council said Monday morning.\n\nThe council said 50 were declared dead."
    )
    claim = _claim(text, "50", "2019-12-30")
    assert (claim["source"], claim["stated_on"]) == (
        "National Disaster Risk Reduction and Management Council",
        "2019-12-30",
    )


def test_according_to_a_bodys_acronym_continues_its_dated_statement():
    text = (
        "The death toll has risen to 362, the National Disaster Risk Reduction and Management"
        " Council said Monday morning.\n\nAccording to the NDRRMC, 50 were declared dead."
    )
    assert _claim(text, "50", "2019-12-30")["stated_on"] == "2019-12-30"


def test_a_press_release_speaks_as_its_body_not_as_the_head_it_quotes():
    text = (
        "Investigators have heard of an incident in which as many as 500 migrants drowned off"
        " the coast.\n\n“The numbers dying are shocking,” said the IOM’s Director General Jon"
        " Marr. “These are women, children and men,” the IOM’s Director General Jon Marr added."
    )
    assert _claim(text, "500").get("source") == "IOM"


def test_a_speaker_named_at_the_end_of_the_sentence_keeps_no_full_stop():
    text = "At least 300 people died, said the official, Communications Minister Marie Larre."
    assert _claim(text, "300").get("source") == "Marie Larre"


def test_the_official_named_right_after_at_the_end_of_the_sentence_is_that_person():
    text = "At least 300 people died, said the official, Marie Larre."
    assert _claim(text, "300").get("source") == "Marie Larre"


def test_an_apposed_name_keeps_its_statement_across_also_or_has():
    for verb in ("also said", "has said", "later said"):
        text = f"Another resident, Mudas Garba, {verb} 70 people were abducted."
        assert _claim(text, "70").get("source") == "Mudas Garba", verb


def test_two_bodies_or_police_and_officials_speaking_together_are_coded_as_written():
    text = "At least 307 people were killed, UNHCR and the Norwegian Refugee Council said."
    assert _claim(text, "307").get("source") == "UNHCR and the Norwegian Refugee Council"
    text = "At least 307 people were killed, police and hospital officials said."
    assert _claim(text, "307").get("source") == "police and hospital officials"


def test_a_clause_after_while_that_ends_with_its_own_speaker_is_that_speakers():
    text = (
        "In Kelvania at least 90 people were killed, according to the United Nations, while 65"
        " people were dead in Marrow, officials said."
    )
    assert _claim(text, "90").get("source") == "United Nations"
    assert _claim(text, "65").get("source") == "officials"


def test_a_speaker_after_the_quote_with_a_long_role_and_new_reporting_verbs():
    text = (
        'The Red Cross said rains continued.\n\n"The bodies of two victims who drowned in a river'
        ' have been retrieved," said county disaster management officer Stan Mutai'
    )
    assert _claim(text, "two").get("source") == "Stan Mutai"
    text = "Last week, the Kelvan Refugee Council outlined in a report that 900 people had fled."
    assert _claim(text, "900").get("source") == "Kelvan Refugee Council"
    text = "Meanwhile, BasNews has learned that militants have killed 88 villagers."
    assert _claim(text, "88").get("source") == "BasNews"


def test_officials_in_a_place_a_relative_clause_describes_are_the_officials():
    text = (
        "Military officials in Kelvo, where 100,000 people took refuge this month, said about"
        " 5,000 refugees crossed back into Marrow."
    )
    assert _claim(text, "5,000").get("source") == "military officials"
    text = "Officials in Kelvo, which hosts the camps, said about 5,000 refugees had arrived."
    assert _claim(text, "5,000").get("source") == "officials"


def test_a_quotation_in_single_marks_is_the_speakers_after_it():
    text = (
        "The gunmen fled before troops arrived.\n\n'Three elderly women were burnt alive and 12"
        " boys were shot dead,' eyewitness Umar Gorni told reporters at the village yesterday."
    )
    assert _claim(text, "12").get("source") == "eyewitness Umar Gorni"


def test_as_indicated_adding_to_and_fresh_reports_name_no_speaker():
    text = "Cumulatively, 16,427 households were affected. As indicated earlier on, roads were cut."
    assert _claim(text, "16,427").get("source") != "As"
    text = "1 - Winter conditions adding to hardships for more than 600,000 Syrian refugees"
    assert _claim(text, "600,000").get("source") is None
    text = "The department has also received fresh reports on floods. It reached 10,427 households."
    assert "received" not in (_claim(text, "10,427").get("source") or "")


def test_a_body_that_received_reports_that_is_their_source():
    text = "UNHCR received reports that 18,000 people crossed over."
    assert _claim(text, "18,000").get("source") == "UNHCR"


def test_officials_in_the_towns_of_two_places_are_the_officials():
    text = (
        "Local officials in the worst-affected towns of Terros and Nova Fribo said the number"
        " of missing was at least 300."
    )
    assert _claim(text, "300").get("source") == "local officials"


def test_a_monitor_that_could_document_deaths_is_their_source():
    text = "SOHR could document the death of 353 Syrian citizens in the airstrikes."
    assert _claim(text, "353").get("source") == "Syrian Observatory for Human Rights"
    text = "The Observatory was able to document the death of 353 civilians."
    assert _claim(text, "353").get("source") == "The Observatory"


def test_observers_and_survivors_are_speakers_too():
    text = "Yesterday, observers at the border said that more than 10,000 people crossed over."
    assert "observers" in (_claim(text, "10,000", "1999-03-29").get("source") or "")


def test_an_agency_dateline_closed_by_a_full_stop_and_dash_opens_the_sentence():
    text = "Miami, Jan 27 (EFE).- The US Coast Guard reported Thursday the finding of four bodies."
    claim = _claim(text, "four", "2022-01-27")
    assert (claim.get("source"), claim.get("stated_on")) == ("US Coast Guard", "2022-01-27")
