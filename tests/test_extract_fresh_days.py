"""What fresh passages (zzzzza to zzzzzg, read untuned) and the dev half's old misses showed us
leaving undated: an occasion between the hearer and the day, a body whose count a dated speaker
reports, a spokesman for a unit the kind named before it holds; each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number", "published_on", "source", "day"),
    [
        (  # "on a telephone call" between the outlet told and the day
            "A farmer told Radio Kano on a telephone call on Tuesday that the gunmen killed nine "
            "people in the village.",
            "nine",
            "2024-02-21",
            "farmer",
            "2024-02-20",
        ),
        (  # the body whose count the dated speaker reports speaks on the speaker's day
            "Speaking to reporters on Monday in Geneva, spokesman Ali Musa said the IOM "
            "registered close to 42,000 arrivals since March.",
            "42,000",
            "2015-06-16",
            "IOM",
            "2015-06-15",
        ),
        (  # "police said on Sunday ... a spokesman for the Armed Police Battalion": one body
            "About 3,000 people lost their shelters in a camp fire, police said on Sunday.\n\n"
            "“About 700 shelters burned,” said Rafiq Alam, a spokesman for the Armed Police "
            "Battalion, which guards the camp.",
            "700",
            "2022-01-11",
            "Rafiq Alam",
            "2022-01-09",
        ),
        (  # a fronted occasion of two words, dated by month and day, before a bare acronym
            "In a press release on April 15 WFP said it had delivered food to 1.4 million people "
            "in Ukraine.",
            "1.4 million",
            "2022-04-16",
            "WFP",
            "2022-04-15",
        ),
        (  # an outlet named by its country's adjective: "told Portuguese television on Monday"
            "Nine aid workers were shot dead in the east, Bishop Carlos Belo told Portuguese "
            "television on Monday.",
            "Nine",
            "1999-09-28",
            "Carlos Belo",
            "1999-09-27",
        ),
        (  # a statement issued on a dated day and signed by someone: the signer, that day
            "A police statement issued on Monday, March 4, 2024, signed by the command's "
            "spokesman Musa Bello, says 17 people were killed in the raid.",
            "17",
            "2024-03-05",
            "Musa Bello",
            "2024-03-04",
        ),
        (  # the dated statement pointed back to, its issuer named: the statement's day still
            "At least 40 people died in the clashes, the state government said in a statement "
            "on Tuesday.\n\nSome 9,000 people are in relief camps, said the statement, issued "
            "by the Home Department. In all, 610 houses were burnt, it said.",
            "610",
            "2023-07-12",
            "Home Department",
            "2023-07-11",
        ),
        (  # the same occasion with no day: the body after it still speaks
            "In a press release the ministry said 300 people were killed in the city.",
            "300",
            "2022-04-16",
            "the ministry",
            None,
        ),
    ],
)
def test_the_day_reaches_a_statement_it_belongs_to(text, number, published_on, source, day):
    claim = _claim(text, number, published_on)
    assert (claim.get("source"), claim.get("stated_on")) == (source, day)


@pytest.mark.parametrize(
    ("text", "number", "day"),
    [
        (  # no publication day given: the year the text writes in full dates the day said
            "The refugee agency said on January 19 that the site now holds 70,000 people, up "
            "from 52,000 on January 8, 2023.",
            "70,000",
            "2023-01-19",
        ),
        (  # a day before the written one, in the same year
            "On 17 September, UNHCR said over 97,000 refugees had arrived since April 2023, "
            "by its count of 15 September 2024.",
            "97,000",
            "2024-09-17",
        ),
        (  # a weekday still needs the publication day: no day is guessed
            "UNHCR said on Tuesday that 4,000 people fled, after 2,000 had fled by 3 May 2021.",
            "4,000",
            None,
        ),
        (  # no full date anywhere: a year-less day stays unread
            "UNHCR said on January 19 that 4,000 people fled.",
            "4,000",
            None,
        ),
    ],
)
def test_an_undated_text_takes_its_year_from_the_dates_it_writes(text, number, day):
    claim = _claim(text, number, None)
    assert claim.get("stated_on") == day
    assert len(claim.get("as_of") or "0000-00-00") == 10  # the year read is no publication day


@pytest.mark.parametrize(
    ("text", "number", "day"),
    [
        (  # the toll moved on a day, its source after: stated that day
            "The death toll rose to 3,085 on Thursday, the government said.",
            "3,085",
            "2025-04-03",
        ),
        (  # the day between the verb and the figure
            "The death toll from the quake rose Thursday to 3,085 as more bodies were found, "
            "the government said.",
            "3,085",
            "2025-04-03",
        ),
        (  # a number of casualties reached on a day, a second count before it
            "The number of casualties in the city reached 2,329 deaths and 9,042 injuries on "
            "Sunday, said the health ministry.",
            "2,329",
            "2025-03-30",
        ),
        (  # a toll that neared a figure on a day
            "The death toll from the cyclone neared 200 on Tuesday as survivors clung to hope.",
            "200",
            "2025-04-01",
        ),
        (  # the toll raised from one figure to another on a day
            "The governor raised the official death toll from 64 to 2,975 on Tuesday.",
            "2,975",
            "2025-04-01",
        ),
        (  # a toll revised on a date, its parts after a colon
            "The government revised the official death toll to 50 on 2 April: 42 people died"
            " in Abaco and eight in Grand Bahama.",
            "42",
            "2025-04-02",
        ),
        (  # the day of the event after the figure is not the toll's day
            "The death toll rose to 40 after a bomb exploded in the market on Sunday.",
            "40",
            None,
        ),
        (  # people killed on a day: the event's day, not a statement's
            "Gunmen killed 12 people on Tuesday, the police said.",
            "12",
            None,
        ),
    ],
)
def test_a_toll_that_moved_on_a_day_was_stated_that_day(text, number, day):
    assert _claim(text, number, "2025-04-04").get("stated_on") == day


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (  # the day after the speaker named by "was stated by"
            "About 200 civilians remained in the city. This was stated by the regional head"
            " Oleg Sinegubov on Tuesday.",
            "Oleg Sinegubov",
        ),
        (  # the occasion between the speaker and the day
            "About 200 civilians remained in the city. This was stated by Oleg Sinegubov during"
            " a telethon on Tuesday, the agency reports.",
            "Oleg Sinegubov",
        ),
    ],
)
def test_a_passive_statement_dated_after_its_speaker(text, source):
    claim = _claim(text, "200", "2024-05-15")
    assert (claim.get("source"), claim.get("stated_on")) == (source, "2024-05-14")


def test_a_speaker_named_again_by_his_first_name_keeps_his_day():
    text = (
        "Eighteen people were killed in the attack, county commissioner Gatluak Lew Thiep said"
        ' on Monday. "Five people were rushed to the hospital," Gatluak said.'
    )
    claim = _claim(text, "Five", "2023-11-21")
    assert (claim.get("source"), claim.get("stated_on")) == ("Gatluak", "2023-11-20")
    text = (  # another man of the same first name, named in full, is not him
        "Eighteen people were killed, commissioner Gatluak Lew Thiep said on Monday. Five more"
        " died in hospital, said Gatluak Deng, a nurse."
    )
    assert _claim(text, "Five", "2023-11-21").get("stated_on") is None


def test_a_speaker_named_again_by_a_two_letter_family_name_keeps_his_day():
    text = (
        "About 50 people are still missing, Wu Guoding, the provincial deputy governor, told a"
        " news conference Monday.\n\nOf the total deaths, 292 were from Zhengzhou, Wu said."
    )
    claim = _claim(text, "292", "2021-08-03")
    assert (claim.get("source"), claim.get("stated_on")) == ("Wu", "2021-08-02")


def test_a_body_dated_by_its_occasion_in_a_later_sentence_stated_then():
    text = (
        "At least 10 people have lost their lives in the cyclone, according to the Ministry of"
        " Disaster Management and Relief.\n\nThe ministry listed the casualties in a press"
        " conference at the Secretariat on Monday."
    )
    assert _claim(text, "10", "2024-05-27").get("stated_on") == "2024-05-27"
    text = (  # another body's occasion does not date it
        "At least 10 people have lost their lives, according to the Ministry of Disaster"
        " Management.\n\nThe army listed its losses in a press conference on Monday."
    )
    assert _claim(text, "10", "2024-05-27").get("stated_on") is None


def test_speaking_by_phone_on_a_day_with_an_outlet_dates_the_speaker():
    text = (
        "Speaking by phone Monday with The Associated Press, Mayor Vadym Boychenko said more"
        " than 10,000 civilians have died in the siege."
    )
    claim = _claim(text, "10,000", "2022-04-12")
    assert (claim.get("source"), claim.get("stated_on")) == ("Vadym Boychenko", "2022-04-11")


def test_a_speaker_who_made_a_disclosure_at_a_dated_occasion_stated_that_day():
    text = (
        "Police Chief Daniel Carbon, who made the disclosure during a press conference Monday,"
        " said 18 people have also been confirmed missing."
    )
    assert _claim(text, "18", "2017-09-26").get("stated_on") == "2017-09-25"
    text = (  # a day that is not the statement's occasion is not its day
        "Police Chief Daniel Carbon, who arrived on the island Monday, said 18 people are missing."
    )
    assert _claim(text, "18", "2017-09-26").get("stated_on") is None


def test_a_statement_made_the_previous_night_was_made_the_day_before():
    text = (
        "Officials could not be reached on Sunday, but state television said the previous night"
        " that the rebels had killed 2,300 soldiers."
    )
    assert _claim(text, "2,300", "1999-06-13").get("stated_on") == "1999-06-12"


def test_a_speaker_who_told_reporters_earlier_on_a_day_stated_that_day():
    text = (
        "The agency's director told reporters earlier yesterday that radio operators said the"
        " storm had claimed six lives."
    )
    assert _claim(text, "six", "2017-09-21").get("stated_on") == "2017-09-20"
