"""Place, names and asides: French and Spanish particles inside a town's name, and a place in
brackets that says where the one before it lies; sentences written for these rules."""

from figures.extract import extract_candidates
from figures.extract.place import find_places


def _places(text: str) -> dict[str, str | None]:
    """Each figure's place, by the figure's words in the text."""
    found = extract_candidates(text)
    return {text[c["start"] : c["end"]]: c["claim"].get("location") for c in found}


def test_a_particle_inside_a_towns_name_keeps_the_whole_name():
    text = "Camps rose in Croix des Bouquets, near Port au Prince, and in Santa Maria del Oro."
    names = [place.name for place in find_places(text)]
    assert "Croix des Bouquets" in names
    assert "Port au Prince" in names
    assert "Santa Maria del Oro" in names


def test_a_place_in_brackets_after_a_place_says_where_it_lies():
    text = (
        "Clashes broke out in the municipality of Cité Soleil (a poor neighbourhood of "
        "Port au Prince) on Monday.\n\nThe clashes left 209 dead and 3,800 people displaced."
    )
    places = _places(text)
    assert places["209"] == "Cité Soleil"
    assert places["3,800"] == "Cité Soleil"
