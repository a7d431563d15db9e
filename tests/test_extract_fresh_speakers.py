"""What fresh passages (zzzzzh to zzzzzm, read untuned) showed us missing about who spoke: the
clergy's offices are roles like a spokesman's, and a bishop of a place is a person, not the
place; each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (  # a name before an office with no comma closing it
            "On Monday, Abba Tesfaye, patriarch of the Orthodox Church said 40 churches burned.",
            "40",
            "Abba Tesfaye",
        ),
        (  # the office of a see is the person who holds it
            "The Bishop of Dili said the 12 people were killed near the river.",
            "12",
            "Bishop of Dili",
        ),
        (  # a role read as any other role
            "A local imam said 30 people were killed in the village.",
            "30",
            "a local imam",
        ),
    ],
)
def test_the_clergy_speak_as_people_holding_an_office(text, number, source):
    assert _claim(text, number, "2018-08-07").get("source") == source
