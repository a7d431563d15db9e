"""Number forms of real reports beyond digits and plain words: South Asian scales, fractions."""

import pytest
from extracted import claim_at as _claim

from figures.extract import extract_candidates
from figures.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("1.5 lakh", 150_000),
        ("two lakh", 200_000),
        ("3 lakhs", 300_000),
        ("1.2 crore", 12_000_000),
        ("a quarter of a million", 250_000),
        ("three quarters of a million", 750_000),
        ("a quarter million", 250_000),
    ],
)
def test_value(surface, value):
    assert parse_number(surface) == value


def test_found_whole_in_a_sentence():
    text = "Officials said 4.5 lakh people fled, and a quarter of a million were trapped."
    found = {text[n.start : n.end]: n.value for n in find_numbers(text)}
    assert found == {"4.5 lakh": 450_000, "a quarter of a million": 250_000}


def test_a_quarter_of_something_else_is_no_number():
    assert find_numbers("A quarter of the population fled.") == []


def test_a_duration_given_as_two_numbers_is_no_figure():
    from figures.extract import extract_candidates

    text = "Some 40,000 people had not received aid for three or four days, officials said."
    assert [c["claim"].get("value") for c in extract_candidates(text)] == [40_000]
    text = "They had not received aid for 3 or 4 weeks in Goma."
    assert extract_candidates(text) == []


def test_a_count_given_for_a_time_of_day_is_still_a_figure():
    from figures.extract import extract_candidates

    # "40 in the evening" is an elliptical count; so a time of day after a number is not refused
    text = "Twelve people were killed in the morning and 40 in the evening, officials said."
    assert [c["claim"].get("value") for c in extract_candidates(text)] == [12, 40]


def test_more_ways_to_say_about():
    from figures.extract import extract_candidates

    for text in (
        "4,000-odd people fled the town.",
        "In the region of 4,000 people fled the town.",
        "The toll neared 4,000 on Sunday.",
    ):
        (candidate,) = extract_candidates(text)
        assert candidate["claim"]["quantifier"] == "approximately", text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 1 200 000 people fled the region.", 1_200_000),
        ("Some 1.200.000 people fled the region.", 1_200_000),
        ("Some 1.2 mn people fled the region.", 1_200_000),
    ],
)
def test_grouped_millions_are_no_phone_numbers(text, value):
    from figures.extract import extract_candidates

    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["value"] == value


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Four of them died in the city of Vugledar, and one in the town nearby.", "Four"),
        ("Police said at least six of the victims were children.", "six"),
        ("The cyclone made landfall on 11 March. 17 people were killed in the storm.", "17"),
    ],
)
def test_a_count_opening_a_part_or_a_sentence_after_a_date_is_a_figure(text, surface):
    from figures.extract import extract_candidates

    found = [text[c["start"] : c["end"]] for c in extract_candidates(text)]
    assert surface in found


def test_a_date_with_an_abbreviated_month_is_still_no_figure():
    from figures.extract import extract_candidates

    text = "The strike hit the market on Sept. 17 and killed 40 people."
    assert [text[c["start"] : c["end"]] for c in extract_candidates(text)] == ["40"]


@pytest.mark.parametrize(
    ("text", "quantifier"),
    [
        ("Officials revised the death toll from the earthquake up to 90 on Sunday.", "exact"),
        ("The floods raised the number of displaced, with up to 5,000 people trapped.", "at_most"),
        ("The storm raised fears that up to 5,000 people were trapped.", "at_most"),
    ],
)
def test_up_to_after_a_toll_that_was_revised_is_where_it_now_stands(text, quantifier):
    from figures.extract import extract_candidates

    (found,) = extract_candidates(text)
    assert found["claim"]["quantifier"] == quantifier


def test_kilolitres_are_a_measure_not_a_count_tonnes_of_aid_still_are():
    found = extract_candidates(
        "The ministry sent 9,300 kilolitres of kerosene. WFP delivered 2,500 tonnes of food."
    )
    assert [c["claim"].get("value") for c in found] == [2500]


def test_a_count_before_in_and_a_smaller_number_is_no_ratio():
    text = "He said that civilians included 25,000 in two Juba bases and 15,000 in Bor."
    found = [text[c["start"] : c["end"]] for c in extract_candidates(text)]
    assert "25,000" in found
    text = "One in five children is malnourished."
    assert [text[c["start"] : c["end"]] for c in extract_candidates(text)] == []


def test_a_space_after_the_thousands_comma_is_one_number():
    text = "At least 15, 000 civilians were displaced, and some 120, 000 to 130, 000 live in camps."
    assert _claim(text, "15, 000").get("value") == 15000
    claim = _claim(text, "120, 000 to 130, 000")
    assert (claim.get("low"), claim.get("high")) == (120000, 130000)


def test_a_list_after_a_comma_stays_two_numbers():
    text = "The toll was 1,200, 300 more were wounded."
    assert _claim(text, "1,200").get("value") == 1200
