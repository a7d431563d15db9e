"""What fresh passages (zzzzzh to zzzzzs, read untuned) showed us missing about who spoke: the
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


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (  # a span of days before the body is no part of its name
            "Within the last five days the International Committee of the Red Cross (ICRC) has "
            "witnessed fighting around the camps, resulting in thousands fleeing.",
            "thousands",
            "ICRC",
        ),
        (  # where the place after "in" lies is no speaker
            "UNHCR staff in Kukes (northern Albania) reported this morning that the camps, which "
            "had housed 35,000 refugees, are empty.",
            "35,000",
            "UNHCR",
        ),
        (  # "projects" with a participle after it is the noun: the UN speaks at the end
            "About 100,000 people were displaced by the fighting.\n\nThe money would pay for "
            "humanitarian projects implemented by aid agencies, the UN said.",
            "100,000",
            "UN",
        ),
        (  # "We're told": the quote's own speaker, named elsewhere if at all
            "We're told that on the last plane 45 staff came out.",
            "45",
            None,
        ),
    ],
)
def test_no_speaker_is_read_from_words_around_the_one_who_spoke(text, number, source):
    assert _claim(text, number, "1999-09-14").get("source") == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        (  # "out of fear that" is a cause, no one fearing aloud
            "Some 40,000 people have settled along the road. Markets have been closed since "
            "March out of fear that raiders could return.",
            "40,000",
            None,
        ),
        (  # "All told" sums up; no one told
            "All told, the gunmen killed at least 38 villagers in the district.",
            "38",
            None,
        ),
        (  # "an area called X" names the area; the quote's speaker is after it
            "“Armed men raided an area called Tawila and killed 27 people,” Musa Adam told "
            "reporters.",
            "27",
            "Musa Adam",
        ),
        (  # the body's acronym in brackets stays with its name
            "A National Disaster Management Authority (NDMA) official said the toll had risen to "
            "410.",
            "410",
            "National Disaster Management Authority (NDMA)",
        ),
        (  # "puts the figure ... at" ends the body's name
            "A report by the state government puts the number of displaced in the state at "
            "800,000.",
            "800,000",
            "state government",
        ),
        (  # a region that witnessed the flight is where, not who; the team that issued says it
            "Since January, northeastern Nigeria has witnessed the displacement of 9,400 "
            "families, according to a statement issued, on March 3, by the “Borno Relief "
            "Network” team on its page.",
            "9,400",
            "Borno Relief Network",
        ),
        (  # "according to interviews with X": X
            "At least 60 men were executed, according to interviews with witnesses and local "
            "officials.",
            "60",
            "witnesses and local officials",
        ),
    ],
)
def test_no_speaker_is_read_from_a_cause_a_sum_or_a_name_given(text, number, source):
    assert _claim(text, number, "2016-06-10").get("source") == source


def test_a_kind_of_body_before_its_name_is_the_name_as_written():
    text = (
        "More than 1.8 million people face a second winter in tents, said aid agency Oxfam"
        " International."
    )
    assert _claim(text, "1.8 million").get("source") == "Oxfam International"
