"""What fresh passages (zzzzzh to zzzzzy, read untuned) and older dev misses showed us misreading
about people on the move: refugees taken or streaming back home, and displaced people helped
home, are returns; captives are no toll; each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "More than 800 refugees have been escorted back home this week, the agency said.",
            "800",
        ),
        (
            "In all, 1,200 refugees were escorted back to their country between June 1 and 19.",
            "1,200",
        ),
        ("Over five days more than 400,000 refugees streamed back across the border.", "400,000"),
        ("Some 3,000 refugees were sent back to their country last week.", "3,000"),
    ],
)
def test_refugees_taken_or_streaming_back_are_returning(text, number):
    assert _claim(text, number).get("metric") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Over five days more than 400,000 refugees streamed across the border.", "400,000"),
        ("Some 3,000 refugees poured into the camps last week.", "3,000"),
    ],
)
def test_refugees_streaming_out_still_flee(text, number):
    assert _claim(text, number).get("metric") == "fled"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Today 9,000 people live at the transit camp near the border, the agency said.", "9,000"),
        ("The camp now has 2,468 residents, down from twice that in the spring.", "2,468"),
        ("At its peak the camp had nearly 30,000 residents from a dozen countries.", "30,000"),
    ],
)
def test_people_living_in_a_camp_are_the_displaced_it_hosts(text, number):
    assert _claim(text, number).get("metric") == "displaced_in_population"


def test_people_forced_to_live_in_shelters_were_displaced_into_them():
    text = "The floods forced nearly 200,000 residents to live in temporary shelters."
    assert _claim(text, "200,000").get("metric") == "fled"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "A total of 2,056 internally displaced people from Manipur have entered Mizoram.",
            "2,056",
            "Mizoram",
        ),
        (
            "Some 9,501 tribal people from Manipur have taken refuge in districts of Mizoram.",
            "9,501",
            "Mizoram",
        ),
        (  # several destinations: the place they left (P2)
            "More than 10,700 people from Manipur have taken refuge in Mizoram and parts of Assam.",
            "10,700",
            "Manipur",
        ),
        (  # a list of origins: each count is of those who left its place
            "Among them, 2,097 people from Kharkiv district, 1,377 from Chuguev district.",
            "2,097",
            "Kharkiv",
        ),
    ],
)
def test_people_from_one_place_counted_where_they_went(text, number, place):
    assert _claim(text, number).get("location") == place


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        (  # displaced people helped or gone back home: a return (M3)
            "By Friday over 6,000 IDPs had been assisted to return to their villages.",
            "6,000",
            None,
        ),
        ("In all, 12,000 IDPs went back to their homes in Bor last month.", "12,000", None),
        (  # captives are no toll and no troops present
            "The rebels said 23 soldiers were taken prisoner in the raid on the garrison.",
            "23",
            None,
        ),
        ("Nine of the raiders were killed, and four taken prisoner.", "four", None),
        ("Nine of the raiders were killed, and four taken prisoner.", "Nine", "killed"),
        ("Monsoon floods in the province have claimed lives of 212 people.", "212", "killed"),
        ("Soldiers expelled more than 3,000 villagers from the valley.", "3,000", "fled"),
        (
            "Rights groups warned of the expulsion of 20,000 people from the district.",
            "20,000",
            "fled",
        ),
        ("In 1994 up to 800,000 people were butchered in a hundred days.", "800,000", "killed"),
        (  # still or currently displaced: a stock even after "leaving" (M2)
            "Since then 20,000 have gone home, leaving about 90,000 currently displaced.",
            "90,000",
            "displaced_in_population",
        ),
        (
            "Some 12,000 people were thought to still be displaced as of 3 May.",
            "12,000",
            "displaced_in_population",
        ),
        ("The clashes left 8,000 displaced in two days.", "8,000", "fled"),
        (  # people a camp is with, at a centre now, lodged in a college: a stock (M2)
            "Nduta is now a refugee camp with some 90,000 inhabitants.",
            "90,000",
            "displaced_in_population",
        ),
        (
            "Aid is stretched for the 7,000 people currently at the Bunagana Transit Center.",
            "7,000",
            "displaced_in_population",
        ),
        (
            "About 300 families are lodged in the Government College at Churachandpur.",
            "300",
            "displaced_in_population",
        ),
        (
            "Only 700 elderly civilians were still inside the city centre.",
            "700",
            "civilians_remaining",
        ),
        (  # held back at a border, caught in detention amid fighting: trapped (M4)
            "As many as 900 were held back at the border by the militia.",
            "900",
            "civilians_trapped",
        ),
        (
            "Some 1,200 migrants are still caught in detention centres amid the fighting.",
            "1,200",
            "civilians_trapped",
        ),
    ],
)
def test_what_befell_the_counted(text, number, metric):
    assert _claim(text, number).get("metric") == metric


def test_a_toll_that_claimed_lives_has_no_speaker():
    text = "Monsoon floods in the province have claimed lives of 212 people."
    assert _claim(text, "212").get("source") is None
