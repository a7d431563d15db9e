"""Who said a figure and on which day, read from report shapes the fresh passages showed (a
sitrep's "Source:" line, a report's producer, wires that relay): each test in our own words."""

from figures.extract import extract_candidates


def _claim(text: str, surface: str, published_on: str | None = None, nth: int = 0) -> dict:
    """The claim read at the NTH occurrence of SURFACE in TEXT."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    found = extract_candidates(text, published_on)
    return next(c["claim"] for c in found if c["start"] <= at < c["end"])


def test_a_source_line_under_a_section_names_who_counted_its_figures():
    text = (
        "A. DISPLACED POPULATION\n\nA total of 5,210 families were displaced in Region IV and"
        " 1,300 families remain in evacuation centres.\n\nSource: Provincial Relief Office"
        " Report No. 7\n\nB. DEATHS\n\nA total of 41 people died in Region IV.\n\nSource:"
        " Regional Health Unit"
    )
    assert _claim(text, "5,210")["source"] == "Provincial Relief Office"
    assert _claim(text, "1,300")["source"] == "Provincial Relief Office"
    assert _claim(text, "41")["source"] == "Regional Health Unit"
