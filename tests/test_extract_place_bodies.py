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


def test_a_country_whose_name_has_an_elided_particle_is_read_whole():
    text = "Four Ivorians were killed in an attack in Côte d’Ivoire’s west, near the border."
    assert _claim(text, "Four", "2003-07-01")["location"] == "Côte d’Ivoire"


def test_where_a_body_held_its_press_conference_is_not_where_its_figures_are():
    text = (
        "More than 90,000 Haitians were expelled from the Dominican Republic this year.\n\n"
        "The figures were presented during a press conference held at GARR’s headquarters in "
        "Christ-Roi.\n\nThe report also records 12,000 children among those expelled."
    )
    assert _claim(text, "12,000", "2025-12-18").get("location") != "Christ-Roi"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "Gunmen stormed Tudun Wada in Gusau Local Government Area of Zamfara State, killing "
            "14 residents.",
            "14",
            "Tudun Wada",
        ),
        ("Herders attacked Mangu LGA of Plateau State, where 31 people died.", "31", "Mangu"),
        (
            "A fire in the Kutupalong camp in Cox’s Bazar District, Bangladesh, left 900 "
            "families homeless.",
            "900",
            "Kutupalong",
        ),
    ],
)
def test_a_local_government_area_or_an_owned_name_narrows_its_chain(text, number, place):
    assert _claim(text, number, "2021-01-01")["location"] == place


def test_a_days_possessive_does_not_hide_the_place_its_event_happened_at():
    text = "Sunday’s blast at Nuseirat, a crowded refugee camp, killed 30 people, medics said."
    assert _claim(text, "30", "2023-11-06")["location"] == "Nuseirat"
