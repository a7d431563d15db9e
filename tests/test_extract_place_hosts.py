"""A place that hosts a number of people is where they are, even with a hedge or an aside
between ("Jordan, which already hosts more than 600,000 refugees"): each test in our own
words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "Jordan, which already hosts more than 600,000 refugees, fears a new influx from "
            "Syria.",
            "600,000",
            "Jordan",
        ),
        (
            "Dadaab still hosts some 220,000 of the 480,000 refugees in Kenya.",
            "220,000",
            "Dadaab",
        ),
        (
            "Uganda currently hosts about 1.5 million refugees, many of them from South Sudan.",
            "1.5 million",
            "Uganda",
        ),
    ],
)
def test_a_place_that_hosts_people_is_where_they_are(text, number, place):
    assert _claim(text, number, "2019-03-01")["location"] == place


def test_a_host_that_fears_an_influx_says_nothing_and_the_officials_speak():
    text = "Lebanon, which hosts 1.5 million refugees, fears a new influx, officials said."
    claim = _claim(text, "1.5 million", "2019-03-01")
    assert (claim["source"], claim["location"]) == ("officials", "Lebanon")


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "The ministry said the province of Hama has the highest toll (212), followed by "
            "Homs (97), north of Damascus.",
            "212",
            "Hama",
        ),
        (
            "Sindh suffered the most deaths from the rains, with 41, followed by Balochistan "
            "with 30.",
            "41",
            "Sindh",
        ),
        (
            "Chad already hosts the bulk of the refugees, around 400,000 compared with nearly "
            "90,000 in the Central African Republic.",
            "400,000",
            "Chad",
        ),
    ],
)
def test_a_place_after_the_next_in_a_ranking_is_not_the_first_figures(text, number, place):
    assert _claim(text, number, "2019-03-01")["location"] == place


def test_a_place_after_a_span_of_hours_is_still_a_place():
    text = (
        "Some 40 people were killed over the past 24 hours in Lashkargah, capital of Helmand "
        "province, officials said."
    )
    assert _claim(text, "40", "2019-03-01")["location"] == "Lashkargah"


def test_a_place_after_territory_of_is_the_figures_place():
    text = "An attack killed seven civilians on Saturday in the territory of Djugu, Ituri province."
    assert _claim(text, "seven", "2019-03-01")["location"] == "Djugu"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        ("Of the districts hit, Sindhupalchok saw 1,100 deaths.", "1,100", "Sindhupalchok"),
        ("Last week Chad harboured 11,000 Sudanese refugees.", "11,000", "Chad"),
    ],
)
def test_a_place_that_saw_or_harboured_its_count_is_its_place(text, number, place):
    assert _claim(text, number, "2015-05-01")["location"] == place


def test_reporters_who_saw_bodies_are_no_place():
    text = "In Sampit, reporters saw 12 bodies. Reporters saw three dead men near the market."
    assert _claim(text, "three", "2001-02-25").get("location") != "Reporters"
