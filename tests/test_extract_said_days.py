"""The day of a statement read where reports put it (CODING.md D1): in an interview's opening
words, after a "they" whose body the text names only later, at the end of a count or of a
speaker's role; each test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


def test_an_interview_on_a_channel_late_on_a_day_dates_what_is_said_in_it():
    text = (
        "In an interview on Radio Nord late Friday night, however, Defence Minister Amadou Keita"
        " said that four soldiers had been wounded."
    )
    assert _claim(text, "four", "2019-03-10").get("stated_on") == "2019-03-08"


def test_they_said_on_a_day_keeps_that_day_when_the_body_is_named_only_later():
    text = (
        "Government troops battling rebels in Kalemi moved 30 families out of the old market,"
        " they said on Tuesday.\n\n"
        '"Our units brought 30 families to safety," the army said in a statement.'
    )
    first = _claim(text, "30", "2021-05-13")
    assert first.get("source") == "army"
    assert first.get("stated_on") == "2021-05-11"


def test_the_sentence_after_a_statement_that_dates_it_gives_its_day():
    text = (
        "At least 40,000 people have fled Korma state since Friday, the IOM said.\n\n"
        "IOM's announcement came on Monday after witnesses reported fighting near the capital."
    )
    assert _claim(text, "40,000", "2023-12-19").get("stated_on") == "2023-12-18"


def test_an_estimate_given_on_a_day_dates_the_statement_before_it():
    text = (
        "The UN refugee agency said the number of refugees has risen to about 80,000.\n\n"
        "That new estimate given Tuesday in a statement by UNHCR is higher than before."
    )
    assert _claim(text, "80,000", "2017-09-14").get("stated_on") == "2017-09-12"


def test_the_committee_in_a_town_speaks_on_the_day_the_committee_did():
    text = (
        "At least 12 civilians were killed in a raid on a village, a resistance committee"
        ' announced on Saturday.\n\n"The militia attacked the village, killing 12 citizens," the'
        " committee in Ad Damazin said in a statement."
    )
    claims = [c["claim"] for c in extract_candidates(text, "2024-05-13")]
    assert [c.get("stated_on") for c in claims] == ["2024-05-11", "2024-05-11"]


def test_an_estimate_made_as_of_a_date_is_dated_so():
    text = (
        "Many have left the schools, but as of 14 March, aid agencies estimated that more than"
        " 9,000 people remained displaced."
    )
    assert _claim(text, "9,000", "2016-03-16").get("stated_on") == "2016-03-14"
    text = "As of 14 March, OCHA estimated that more than 9,000 people remained displaced."
    assert _claim(text, "9,000", "2016-03-16").get("stated_on") == "2016-03-14"


def test_the_evening_of_a_date_still_opens_a_dated_report():
    text = "On the evening of 11 October, the civil defence reported that strikes had killed 30."
    assert _claim(text, "30", "2024-10-12").get("stated_on") == "2024-10-11"


def test_according_to_the_agency_named_before_by_its_acronym_takes_its_day():
    text = (
        "About 4,000 Somalis have fled into Kenya, the Kenya Red Cross Society (KRCS) said on"
        " Tuesday.\n\nThe KRCS said the number entering Mandera continues to increase.\n\n"
        "According to the humanitarian agency, about 4,000 Somalis had arrived in Mandera."
    )
    claims = [c["claim"] for c in extract_candidates(text, "2018-03-14")]
    assert [c.get("stated_on") for c in claims] == ["2018-03-13", "2018-03-13"]


def test_an_unnamed_guard_or_a_group_described_by_whom_it_represents_speaks_on_its_day():
    text = "At least 26 people were killed in attacks on two villages, a local guard said Monday."
    assert _claim(text, "26", "2015-09-02").get("stated_on") == "2015-08-31"
    text = (
        "Seven people were killed last week when gunmen attacked a village, a group representing"
        " people displaced by the conflict said on Tuesday."
    )
    assert _claim(text, "Seven", "2021-08-10").get("stated_on") == "2021-08-10"


def test_a_body_that_voiced_alarm_or_sounded_the_alarm_states_the_figure_that_day():
    for verb in ("voiced alarm", "sounded the alarm"):
        text = f"The UN on Tuesday {verb} over fighting in Daraa which has displaced 52,000 people."
        claim = _claim(text, "52,000", "2018-06-27")
        assert (claim.get("source"), claim.get("stated_on")) == ("UN", "2018-06-26")


def test_weekdays_count_back_from_a_dateline_filed_a_day_after_the_feeds_date():
    text = "Lima, March 9 (EFE) The toll from the floods has risen to 57, officials said Sunday."
    assert _claim(text, "57", "2025-03-08").get("stated_on") == "2025-03-09"
    text = "Lima, March 2 (EFE) The toll from the floods has risen to 57, officials said Sunday."
    assert _claim(text, "57", "2025-03-08").get("stated_on") == "2025-03-02"


def test_a_speaker_named_by_role_alone_speaks_on_the_day_the_same_role_did():
    text = (
        "Shelling has kept families indoors for weeks, a village headman said on Saturday. "
        "Up to 30 houses have been destroyed, according to the headman."
    )
    claim = _claim(text, "30", "2025-01-20")
    assert (claim.get("source"), claim.get("stated_on")) == ("headman", "2025-01-18")


def test_a_name_with_a_village_chieftains_title_is_the_speaker():
    text = (
        '"Twelve people in our area have been killed," Omar Haddad, chieftain of Tel Kaif '
        "village told reporters on Saturday."
    )
    assert _claim(text, "Twelve", "2025-01-20").get("source") == "Omar Haddad"


def test_a_speakers_bare_role_after_the_verb_ending_on_a_day_dates_the_statement():
    text = (
        '"Thousands of families are stranded in the combat zone," said Pierre Lamont, director '
        "of operations for the ICRC on Tuesday."
    )
    assert _claim(text, "Thousands", "2009-04-23").get("stated_on") == "2009-04-21"


def test_a_count_that_ends_its_clause_on_a_day_was_reported_that_day():
    text = "Activists in Basra reported two additional deaths yesterday."
    assert _claim(text, "two", "2020-01-24").get("stated_on") == "2020-01-23"


def test_a_while_clause_with_its_own_speaker_keeps_its_figure_and_its_day():
    text = (
        "At least 10 people were killed in Baghdad, according to the commission, while "
        "activists in Basra reported two additional deaths yesterday."
    )
    ten, two = _claim(text, "10", "2020-01-24"), _claim(text, "two", "2020-01-24")
    assert (ten.get("source"), ten.get("stated_on")) == ("the commission", None)
    assert (two.get("source"), two.get("stated_on")) == ("activists", "2020-01-23")


def test_an_event_that_saw_people_killed_is_no_speaker():
    text = "The crackdown on the protests saw at least 10 people killed in Baghdad."
    assert _claim(text, "10").get("source") is None


@pytest.mark.parametrize(
    "closing",
    ["the statement issued on March 2 says.", "the statement released on Monday said."],
)
def test_the_statement_issued_on_a_day_is_the_body_named_before_speaking_that_day(closing):
    text = (
        "According to a statement from the Lincang City government, food is provided. Myanmar "
        f"residents have made more than 60,000 trips since the conflict broke out, {closing}"
    )
    claim = _claim(text, "60,000", "2015-03-04")
    assert (claim.get("source"), claim.get("stated_on")) == (
        "Lincang City government",
        "2015-03-02",
    )


def test_a_letter_seen_by_an_outlet_and_sent_to_someone_on_a_day_dates_what_it_says():
    text = (
        "In a letter seen by The Associated Press to the United Nations resident coordinator on "
        "Sunday, the acting director of the disaster centre, Luseta Mana, said the landslide "
        "had killed more than 2,000 people."
    )
    assert _claim(text, "2,000", "2024-05-27").get("stated_on") == "2024-05-26"


def test_a_speaker_closing_the_sentence_on_a_date_still_speaks_for_the_figure_before():
    text = (
        "Several civilians have been hacked to death, including women, children, and babies, "
        "witnesses told the UNHCR-led multi-agency mission on September 27."
    )
    claim = _claim(text, "Several", "2016-09-30")
    assert (claim.get("source"), claim.get("stated_on")) == ("witnesses", "2016-09-27")


def test_told_a_hyphenated_body_on_a_day_dates_the_statement():
    text = "At least 40 people were killed, witnesses told the multi-agency mission on Tuesday."
    assert _claim(text, "40", "2016-09-30").get("stated_on") == "2016-09-27"


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        (
            "Today marks exactly four weeks since the protests started on Tuesday 18th June, 2024.",
            "2024-07-16",
        ),
        ("Today marks one year since the earthquake struck on 6 February 2023.", "2024-02-06"),
        ("Today marks 100 days since the war began on October 7, 2023.", "2024-01-15"),
    ],
)
def test_a_today_counted_from_a_dated_event_dates_the_report(opening, day):
    text = (
        f"{opening} The National Commission said it had monitored the events.\n\n"
        "So far a total of 50 people have died."
    )
    assert _claim(text, "50").get("stated_on") == day


@pytest.mark.parametrize("day, stated", [("today", "2012-07-20"), ("yesterday", "2012-07-19")])
def test_today_between_an_apposed_name_and_its_verb_dates_the_statement(day, stated):
    text = f"The UN refugee chief, Ana Ruiz, {day} said 300 people had fled the town."
    claim = _claim(text, "300", "2012-07-20")
    assert (claim.get("source"), claim.get("stated_on")) == ("Ana Ruiz", stated)
    text = (
        f"The UN refugee chief, Ana Ruiz, {day} voiced alarm at the fighting. She said 300"
        " people had fled the town."
    )
    assert _claim(text, "300", "2012-07-20").get("stated_on") == stated


def test_a_report_released_today_dates_what_it_reveals_but_a_quakes_day_does_not():
    text = (
        "The rights commission released a troubling report today on the conflict. The report"
        " reveals that over 200 people were killed."
    )
    assert _claim(text, "200", "2023-10-30").get("stated_on") == "2023-10-30"
    text = (
        "The emergency office on Monday raised the death toll from the Saturday earthquake to"
        " 723, saying most of the dead were in Maule."
    )
    assert _claim(text, "723", "2010-03-02").get("stated_on") == "2010-03-01"


def test_the_press_release_said_is_its_body_on_its_day():
    text = (
        "The UNHCR said in a press release yesterday that new arrivals are in poor condition."
        ' "More than 30,000 refugees have sought shelter in the camps," the press release said.'
    )
    claim = _claim(text, "30,000", "2017-09-06")
    assert (claim.get("source"), claim.get("stated_on")) == ("UNHCR", "2017-09-05")


def test_authorities_who_demanded_action_for_a_count_state_it_on_their_day():
    text = (
        "The authorities yesterday demanded action to find and rescue the estimated 10,000"
        " people still unaccounted for."
    )
    claim = _claim(text, "10,000", "1995-07-19")
    assert (claim.get("source"), claim.get("stated_on")) == ("authorities", "1995-07-18")


def test_the_report_a_body_issued_is_the_body_on_the_day_it_issued_it():
    text = "UNICEF issued a report on Tuesday. The report said 500 children were killed."
    claim = _claim(text, "500", "2017-09-06")
    assert (claim.get("source"), claim.get("stated_on")) == ("UNICEF", "2017-09-05")


def test_a_two_word_acronym_in_brackets_before_the_day_keeps_the_day():
    text = (
        "According to numbers released by the National Human Rights Commission (Komnas HAM) on"
        " 28 July 2023, a total of 5,296 refugees still live in camps."
    )
    assert _claim(text, "5,296", "2023-08-01").get("stated_on") == "2023-07-28"


def test_this_was_announced_on_a_day_dates_the_statement_before_it():
    text = (
        "UNHCR says there has been a rise in arrivals, with approximately 20,000 refugees"
        " reaching eastern Chad in one week. This was announced at a UN briefing in Geneva on"
        " May 6, 2025."
    )
    assert _claim(text, "20,000", "2025-05-08").get("stated_on") == "2025-05-06"


def test_today_in_a_statement_is_kept_though_the_speaker_states_another_day_later():
    text = (
        '"This is what he admitted today: 133,190 people have left," said Governor Alexei'
        " Smirnov.\n\nSmirnov admitted on Wednesday that 20,000 people were still in the area."
    )
    assert _claim(text, "133,190", "2024-08-23").get("stated_on") == "2024-08-23"


def test_a_bulleted_line_is_read_as_a_sentence_of_its_own():
    text = (
        "Officials cited many figures. For example:\n\n"
        "  • On August 8 the governor said that 300 people had been killed;\n"
        "  • On August 9 the mayor said that 500 people had died."
    )
    first, second = _claim(text, "300", "2009-01-23"), _claim(text, "500", "2009-01-23")
    assert (first.get("source"), first.get("stated_on")) == ("governor", "2008-08-08")
    assert (second.get("source"), second.get("stated_on")) == ("mayor", "2008-08-09")
