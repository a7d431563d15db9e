"""The day a statement was made, read where the attribution puts it after other words: an
outlet that relayed it that day, a post "yesterday", a speaker's town and country before the
day, a day set off between the speaker and the verb ("X, on Sunday, said"), or the next
sentence ("The president made the statement on Monday", "The warning on Saturday came"): each
test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (
            "The army said 43 soldiers were killed in the last 24 hours, the Varra Press Agency "
            "(VPA) reported on Tuesday.",
            "43",
            "army",
        ),
        (
            "The minister expects that 200,000 civilians will be displaced from the west of the "
            "city, Anadolu reported on Tuesday.",
            "200,000",
            "minister",
        ),
    ],
)
def test_an_outlet_relaying_a_statement_dates_it(text, number, source):
    claim = _claim(text, number, "2023-09-28")
    assert source in (claim.get("source") or "")
    assert claim.get("stated_on") == "2023-09-26"


def test_a_speakers_own_day_is_kept_over_the_outlets():
    text = "The army said on Monday that 43 soldiers were killed, the VPA reported on Tuesday."
    assert _claim(text, "43", "2023-09-28").get("stated_on") == "2023-09-25"


@pytest.mark.parametrize(
    "text",
    [
        "The bureau's spokesman wrote on facebook page yesterday that 31 people were killed.",
        "More than 31 people have been identified as safe, said police in Varra, Kelvonia, on "
        "Tuesday.",
    ],
)
def test_a_day_after_a_post_or_a_speakers_town_dates_the_statement(text):
    published = "2023-09-27" if "yesterday" in text else "2023-09-28"
    assert _claim(text, "31", published).get("stated_on") == "2023-09-26"


@pytest.mark.parametrize(
    ("text", "number", "day"),
    [
        (
            "Deaths could rise to around 1,000, according to President Kelvo Varra. The president "
            "made the statement on state broadcaster Radio Varra on Monday. Varra said that the "
            "number confirmed dead stood at 84.",
            "84",
            "2019-03-18",
        ),
        (
            "The rights office expressed concern, saying 99 people have been killed in the "
            "fighting.\n\nThe warning on Saturday came hours after the vote.",
            "99",
            "2019-03-16",
        ),
    ],
)
def test_the_next_sentence_can_say_when_the_statement_was_made(text, number, day):
    assert _claim(text, number, "2019-03-19").get("stated_on") == day


def test_a_wire_that_opens_with_a_colon_passes_on_the_speaker_it_quotes():
    text = (
        "Varra News reports: militants killed up to 500 civilians as they took the town, "
        "an official said Monday, while fighting went on."
    )
    claim = _claim(text, "500", "2017-06-21")
    assert "official" in (claim.get("source") or "")
    assert claim.get("stated_on") == "2017-06-19"


@pytest.mark.parametrize(
    "text",
    [
        "Kelvo Varra, on Sunday, said 22 people were killed.",
        "Kelvo Varra, also last night, reported in a post that 22 people were killed.",
        "The police spokesman, Kelvo Varra, on Sunday, said the gunmen in attacks on Friday and "
        "Saturday killed 22 people.",
    ],
)
def test_a_day_set_off_between_the_speaker_and_the_verb_dates_it(text):
    claim = _claim(text, "22", "2020-07-13")
    assert (claim.get("source"), claim.get("stated_on")) == ("Kelvo Varra", "2020-07-12")
