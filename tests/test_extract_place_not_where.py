"""Names in a figure's sentence that say whose, not where: a country written as the side that
fought ("the US offensive on Fallujah", "three US Marines"): each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    "side",
    ["last month's US offensive on Fallujah", "the US air strikes on Fallujah", "US troops"],
)
def test_a_country_named_as_the_side_that_fought_is_not_the_place(side):
    text = (
        f"Families who fled {side} began to return to Fallujah on Sunday. Clashes killed three "
        "US Marines near the city."
    )
    assert _claim(text, "three", "2004-12-24")["location"] == "Fallujah"


def test_a_country_after_a_preposition_is_still_the_place():
    text = "More than 2,000 people have fled to the US since the offensive began."
    assert _claim(text, "2,000", "2004-12-24")["location"] == "US"


@pytest.mark.parametrize(
    "heading",
    [
        "The President declared a National State of Emergency in the country.",
        "Updates from Impacted CDEMA Participating State",
    ],
)
def test_a_state_of_emergency_or_a_participating_state_is_no_place(heading):
    text = f"{heading}\n\nThe agency reported 2,189 deceased persons."
    assert _claim(text, "2,189", "2021-08-22").get("location") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "In the months after the fall of the Sheikh Hasina government, rights groups "
            "documented 128 deaths from mob beatings.",
            "128",
        ),
        ("A navy statement said 104 Myanmar nationals were found aboard a trawler.", "104"),
        (
            "Elshinta news radio gave a breakdown of casualties totalling 1,555, the agency said.",
            "1,555",
        ),
    ],
)
def test_a_leader_s_government_nationals_or_a_radio_are_no_place(text, number):
    assert _claim(text, number, "2025-01-10").get("location") is None


def test_a_district_administration_still_names_its_district():
    text = "According to the Wayanad district administration, the dead include 27 children."
    assert _claim(text, "27", "2024-08-01")["location"] == "Wayanad"
