"""Sources, days and places that fresh passages (zzzm to zzzt, read untuned) showed misread: an
association read as a place, a body's short name after ", or", a body described after the
figure, "the ministry" the text introduced, an event that raised a toll, headings, participles,
late issuers and reasons cited, "this Tuesday", a part of a city left unnamed, a war between
two sides, a headline's disaster, a province opening its clause, portfolios and patronymics,
South Sudanese; each test in our own words."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    "text",
    [
        "Data from the Iraqi Medical Association showed 6,400 civilians were killed.",
        "From Human Rights Education Associates, Jan. 16: nearly 6,400 civilians were killed.",
    ],
)
def test_an_association_is_no_place(text):
    assert _claim(text, "6,400").get("location") in (None, "Iraq")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Armed Conflict Location & Event Data Project, or ACLED, said on Thursday that "
            "more than 12,000 civilians were killed.",
            "ACLED",
        ),
        ("Doctors Without Borders, or MSF, said on Thursday that 40 people were killed.", "MSF"),
    ],
)
def test_a_body_and_its_short_name_said_it_that_day(text, source):
    claim = _claim(text, "0 ", "2019-10-31")
    assert (claim.get("source"), claim.get("stated_on")) == (source, "2019-10-31")


@pytest.mark.parametrize(
    ("speaker", "source"),
    [
        ("a database project", "database project"),
        ("a group that tracks violence", "group"),
        ("a monitor which counts the dead", "monitor"),
    ],
)
def test_a_body_described_after_the_figure_said_it_that_day(speaker, source):
    text = f"The war has killed more than 100,000 people since 2015, {speaker} said Thursday."
    claim = _claim(text, "100,000", "2019-10-31")
    assert (claim.get("source"), claim.get("stated_on")) == (source, "2019-10-31")


def test_figures_called_in_are_no_statement_and_it_is_the_ministry_before():
    text = (
        "The Ministry of Social Affairs blamed staff mishearing figures called in by officials."
        "\n\nMore than 15,000 people are still missing in Aceh, the ministry said."
        "\n\nIt said 2,086 people were in hospital."
    )
    assert _claim(text, "2,086").get("source") == "Ministry of Social Affairs"


def test_an_attack_that_raised_a_toll_is_not_who_counted_it():
    text = "The attack raised the death toll in the city to at least 542, officials said."
    assert _claim(text, "542").get("source") == "officials"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "In Aleppo, displaced people in the government-held Western part of the city rose to "
            "more than 400,000.",
            "400,000",
            "Aleppo",
        ),
        (
            "In Gaza, the WHO urged a pause in the Israel-Hamas war to help thousands injured.",
            "thousands",
            "Gaza",
        ),
    ],
)
def test_a_part_unnamed_and_a_war_between_two_are_not_places(text, number, place):
    assert _claim(text, number).get("location") == place


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds missing after Ecuador earthquake\n\nThe toll of about 570 was expected to rise.",
        "Morocco earthquake toll rises\n\nThe toll of about 570 was expected to rise.",
    ],
)
def test_a_headlines_disaster_names_its_place(text):
    assert _claim(text, "570").get("location") in ("Ecuador", "Morocco")


def test_a_province_opening_its_clause_is_its_figures_place():
    text = "In Onagawa Town, 500 remain missing. Iwate Prefecture has 1,296 confirmed deaths."
    assert _claim(text, "1,296").get("location") == "Iwate Prefecture"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Key figures - UKRAINE\n\n65,500 people reached with food and other aid.", "65,500", None),
        (
            "The number of people reported displaced in South Sudan has risen to 121,600, "
            "according to the UN Office for the Coordination of Humanitarian Affairs.",
            "121,600",
            "UN OCHA",
        ),
        (
            "More than 20,000 people fled, according to figures communicated on November 17, by "
            "the International Organization for Migration (IOM).",
            "20,000",
            "IOM",
        ),
        (
            "Thousands have fled, according to the U.N. More than 76,000 people are sheltering.",
            "76,000",
            "U.N.",
        ),
        (
            "Thousands of refugees, citing insufficient aid, continue to arrive at the border.",
            "Thousands",
            None,
        ),
    ],
)
def test_headings_participles_late_issuers_and_reasons_are_read_for_what_they_are(
    text, number, source
):
    assert _claim(text, number, "2008-11-20").get("source") == source


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso's Communication ministry reports a toll of 15 dead.",
        "A group founded with money from Osama bin Laden killed 6 people.",
        "Some 100,000 people were displaced around New Year.",
    ],
)
def test_portfolios_people_and_holidays_are_not_places(text):
    places = [c["claim"].get("location") for c in extract_candidates(text)]
    assert places and not {"Communication", "Osama", "New"} & set(places)


def test_this_tuesday_is_the_tuesday_of_the_week_published():
    text = "UNHCR announced this Tuesday that 11,000 people had fled the attack."
    assert _claim(text, "11,000", "2021-04-07").get("stated_on") == "2021-04-06"


def test_the_region_a_series_of_attacks_is_in_is_not_the_attacks_place():
    text = (
        "An attack in central Mali killed more than 20 civilians on Monday, officials said, in "
        "the latest killings in the troubled Sahel region."
    )
    assert _claim(text, "20").get("location") == "central Mali"


def test_south_sudanese_refugees_are_from_south_sudan():
    text = "In September, the number of South Sudanese refugees surpassed 1 million."
    assert _claim(text, "1 million").get("location") == "South Sudan"


def test_a_chief_executive_named_is_the_source_not_the_hospital():
    text = "Eider Hospital chief executive Kybrom Gebre said the hospital had four dead."
    assert _claim(text, "four").get("source") == "Kybrom Gebre"


def test_an_act_that_adds_people_is_not_a_statement():
    text = '"Each bombing adds dozens more people to our ranks," said Shamil Basayev.'
    assert _claim(text, "dozens").get("source") == "Shamil Basayev"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (
            "Local authorities report 24,770 new IDPs as of 26 February.",
            "24,770",
            "local authorities",
        ),
        (
            "The humanitarian community estimates that approximately 234,500 people are in need.",
            "234,500",
            "humanitarian community",
        ),
    ],
)
def test_bodies_that_report_or_estimate_a_count_are_its_source(text, number, source):
    assert (_claim(text, number).get("source") or "").lower() == source.lower()
