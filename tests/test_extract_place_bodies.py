"""A body's name, a disease or a kind of person is no place: "Togo's Human Rights League",
"Coast Guard District Seven", "an Australian Navy ship", "suspected Ebola", "the Internal
Displacement Monitoring Centre", "Women (67 deaths)": each test in our own words."""

import pytest
from extracted import claim_at as _claim


@pytest.mark.parametrize(
    ("text", "number", "not_place"),
    [
        ("Benin's Human Rights League put the toll at around 300 in the north.", "300", "League"),
        ("Seven patients with suspected Ebola were moved on Monday.", "Seven", "Ebola"),
        (
            "Coast Guard District Seven said its crews stopped 412 migrants.",
            "412",
            "Guard District",
        ),
        ("More than 80 evacuees are safe on an Australian Navy ship.", "80", "Australian Navy"),
        (
            "The Internal Displacement Monitoring Centre counted 71,000 new displacements.",
            "71,000",
            "Internal Displacement",
        ),
        ("Women (31 deaths) and children (12) made up a fifth of the toll.", "31", "Women"),
    ],
)
def test_a_body_a_disease_or_a_kind_of_person_is_no_place(text, number, not_place):
    assert _claim(text, number, "2020-01-01").get("location") != not_place
