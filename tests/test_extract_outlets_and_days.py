"""Sources and days read where reports name outlets in the plural ("local news outlets
reported on Friday") and where a day stands in an unusual place in the attribution: each test
in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    "outlets", ["local news outlets", "news outlets", "regional newspapers", "broadcasters"]
)
def test_outlets_in_the_plural_are_the_source_and_date_it(outlets):
    text = f"Nearly 3,000 people fled the fighting, officials and {outlets} reported on Friday."
    claim = _claim(text, "3,000", "2024-01-25")
    assert claim["source"] == f"officials and {outlets}"
    assert claim["stated_on"] == "2024-01-19"


@pytest.mark.parametrize(
    ("text", "source", "day"),
    [
        (
            "The update was the first since May 17, when officials said 77,738 had died.",
            "officials",
            "2008-05-17",
        ),
        ("The toll rose on Monday, when the ministry said 120 had died.", "ministry", "2008-05-19"),
    ],
)
def test_a_day_then_when_dates_the_statement_its_clause_makes(text, source, day):
    claim = _claim(text, text.split(" said ")[1].split()[0], "2008-05-20")
    assert source in claim["source"]
    assert claim["stated_on"] == day


def test_a_speaker_told_a_committee_somewhere_on_a_day():
    text = (
        "Nancy Lindborg told a congressional committee in Washington on Wednesday that more "
        "than 29,000 children have died."
    )
    assert _claim(text, "29,000", "2011-08-05")["stated_on"] == "2011-08-03"


def test_a_speaker_s_later_statement_in_the_sentence_has_its_own_day():
    text = (
        "Officials said Friday that 500 migrants had been detained but on Saturday reported that "
        "number had reached 4,000."
    )
    assert _claim(text, "500", "2021-10-03")["stated_on"] == "2021-10-01"
    assert _claim(text, "4,000", "2021-10-03")["stated_on"] == "2021-10-02"


@pytest.mark.parametrize("label", ["Update: ", "UPDATE: ", "Latest: "])
def test_a_label_before_an_opening_date_does_not_hide_it(label):
    text = f"{label}On May 3, 2021, Tajik authorities reported that 15,000 people were evacuated."
    assert _claim(text, "15,000", "2021-05-05")["stated_on"] == "2021-05-03"


def test_the_regional_body_goes_on_for_the_region_s_body_dated_before():
    text = (
        "The administration of the Batken region said on Friday that 13,500 were evacuated. "
        "According to the regional administration, 300 people fled the village."
    )
    assert _claim(text, "300", "2021-05-01")["stated_on"] == "2021-04-30"
