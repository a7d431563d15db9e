"""Places pointed to ("the enclave") or named as what was taken or struck ("seized Walikale")."""

import pytest

from figures.extract import extract_candidates
from figures.extract.place import find_places


def test_the_enclave_is_the_nearest_place_before():
    text = (
        "Egypt's foreign minister met aid workers in Gaza on Monday. "
        "Officials said 900 people had been killed in the enclave."
    )
    places = {c["claim"]["value"]: c["claim"]["location"] for c in extract_candidates(text)}
    assert places[900] == "Gaza"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels seized Walikale on Sunday.", "Walikale"),
        ("The army recaptured Kidal after a week of fighting.", "Kidal"),
        ("Floodwaters swept Maiduguri overnight.", "Maiduguri"),
        ("Militants stormed Djibo before dawn.", "Djibo"),
    ],
)
def test_a_place_taken_or_struck_is_a_place(text, place):
    assert [p.name for p in find_places(text)] == [place]
