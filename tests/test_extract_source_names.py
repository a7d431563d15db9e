"""Sources named the way wire copy names them: an outlet after its kind, a group pointed back to."""

import pytest

from figures.extract import extract_candidates


def _source(text: str) -> str | None:
    (candidate,) = extract_candidates(text, "2024-01-10")
    return candidate["claim"].get("source")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("State broadcaster ZBC reported that 14 people drowned in Chipinge.", "ZBC"),
        (
            "Local broadcaster Radio Ndeke Luka said 9 people were killed in Bria.",
            "Radio Ndeke Luka",
        ),
        ("Private broadcaster Shamshad TV said 11 people died in Herat.", "Shamshad TV"),
        (
            "The aid group Save the Children said 30 children were killed in Gaza.",
            "Save the Children",
        ),
    ],
)
def test_outlet_after_its_kind_is_named(text, source):
    assert _source(text) == source


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Oxfam", "Oxfam"),
        ("Medecins Sans Frontieres (MSF) teams", "MSF"),
        ("The Norwegian Refugee Council", "Norwegian Refugee Council"),
    ],
)
def test_the_group_is_the_body_named_before(body, source):
    """No source was named before "the group said": it is the charity the text named."""
    text = f"{body} runs two clinics in Baidoa. At least 85 people were wounded, the group said."
    assert _source(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iraqi Kurdish officials said 40,000 people fled Sinjar.", "Iraqi Kurdish officials"),
        ("South Sudanese officials said 40 people died in Bor.", "South Sudanese officials"),
    ],
)
def test_officials_named_by_two_demonyms_are_not_a_body(text, source):
    assert _source(text) == source


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "About 120 died in Kassala, Nour said, addressing a news conference on Monday.",
            "2024-01-08",
        ),
        (
            "About 120 died in Kassala, Nour said, speaking to reporters in Nairobi on Monday.",
            "2024-01-08",
        ),
        (
            "About 120 died in Kassala, Nour said, writing on Facebook late on Monday.",
            "2024-01-08",
        ),
    ],
)
def test_the_day_of_a_participle_after_said_is_the_statement_day(text, day):
    (candidate,) = extract_candidates(text, "2024-01-10")
    assert candidate["claim"]["stated_on"] == day


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The toll rose to 88, according to a tally released on Monday by the health ministry.",
            "health ministry",
        ),
        (
            "Some 900 died, according to the health ministry in Khartoum.",
            "health ministry in Khartoum",
        ),
        (
            "Some 900 died, according to the government's Flood Response Unit.",
            "Flood Response Unit",
        ),
    ],
)
def test_a_kind_of_source_keeps_the_names_written_with_it(text, source):
    assert _source(text) == source


def test_places_that_report_are_no_source():
    """'Other districts have also reported arrivals': places, no one named who states them."""
    text = "Other districts have also reported arrivals; 3,000 IDPs reached Kaga Bandoro on Friday."
    assert _source(text) is None


def test_the_uk_based_group_is_the_body_named_before():
    text = (
        "Airwars said 30 civilians died in Hajin. "
        "According to the London-based group, 45 others died in Susah."
    )
    sources = [c["claim"].get("source") for c in extract_candidates(text)]
    assert sources == ["Airwars", "Airwars"]


def test_a_title_before_a_name_of_a_body_is_no_part_of_the_name():
    text = "Spokeswoman Safa Msehli of the International Organization for Migration said 40 died."
    assert _source(text) == "Safa Msehli"
