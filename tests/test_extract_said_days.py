"""The day of a statement read where reports put it (CODING.md D1): in an interview's opening
words, and after a "they" whose body the text names only later; each test in our own words."""

from extracted import claim_at as _claim


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
