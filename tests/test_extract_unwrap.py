"""Text wrapped at a fixed width (wire copy, a PDF's text) is read sentence by sentence as if the
lines were joined; text that is not wrapped is read as written."""

from figures.extract import extract_candidates
from figures.extract.unwrap import unwrap

WRAPPED = (
    "GENEVA (Wire) - Clashes in the hills around the town of Kiwanja have forced\n"
    "some 12,000 people from their homes since Friday, according to the\n"
    "United Nations refugee agency, which said shelters were already full.\n"
    "Aid workers said roads into the area were cut and that food stocks were\n"
    "running low in the camps south of the town.\n"
)


def test_a_wrapped_line_is_joined_with_a_space_and_offsets_stay():
    joined = unwrap(WRAPPED)
    assert len(joined) == len(WRAPPED)
    assert "according to the United Nations refugee agency" in joined
    assert "forced some 12,000" in joined


def test_a_line_that_ends_a_sentence_keeps_its_break():
    joined = unwrap(WRAPPED)
    assert "shelters were already full.\nAid workers" in joined


def test_a_figure_keeps_the_attribution_on_its_next_line():
    """Read with the breaks as cuts, the source was "the" and the quote stopped at the break."""
    (claim,) = [c["claim"] for c in extract_candidates(WRAPPED, "2024-03-05")]
    assert (claim["value"], claim["source"], claim["location"]) == (12000, "UNHCR", "Kiwanja")
    assert claim["quote"].endswith(
        "according to the United Nations refugee agency, which said shelters were already full."
    )


def test_text_written_a_paragraph_a_line_is_left_as_it_is():
    text = (
        "The fighting has displaced 40,000 people in the province since January, officials "
        "said on Monday in a statement that also listed the villages hit.\n"
        "Another 3,000 crossed the border, the agency said."
    )
    assert unwrap(text) == text


def test_a_list_and_a_heading_keep_their_breaks():
    text = (
        "KEY FIGURES FROM THE NORTHERN PROVINCES THIS WEEK\n"
        "- 12,000 people displaced from villages along the main road north\n"
        "- 3,400 households received shelter kits in the camps near the town\n"
        "- 85 schools closed because of the fighting in the hills and valleys\n"
    )
    assert unwrap(text) == text


def test_a_table_of_short_lines_is_not_taken_for_wrapped_text():
    text = "64 997\nHouses destroyed\n12 400\nPeople in shelters\n310\nSchools damaged\n"
    assert unwrap(text) == text
