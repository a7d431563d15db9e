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
    assert _claim(text, "5,210").get("source") == "Provincial Relief Office"
    assert _claim(text, "1,300").get("source") == "Provincial Relief Office"
    assert _claim(text, "41").get("source") == "Regional Health Unit"


def test_a_report_that_names_its_producer_speaks_as_it_where_a_document_is_the_subject():
    text = (
        "This update is produced by the Relief Cluster Somalia with partners.\n\n"
        "Preliminary rapid assessments (PRA) show that 12,500 houses were destroyed in the storm."
    )
    assert _claim(text, "12,500").get("source") == "the Relief Cluster Somalia"


def test_a_charity_named_by_its_full_name_and_its_acronym_is_one_voice():
    text = (
        "Floods swept through the valley this week.\n\n"
        "About 9,000 villagers have left their homes near the river.\n\n"
        "The Norwegian Refugee Council has sent teams to the valley. NRC teams report muddy roads."
    )
    assert _claim(text, "9,000").get("source") == "Norwegian Refugee Council"


def test_a_text_that_says_we_said_today_dates_the_figures_of_its_statement():
    text = (
        "Oxfam is alarmed by the fighting. \u201cThe crisis is deepening,\u201d we said in a"
        " statement released today.\n\nSince May, some 60,000 people have fled the province."
        " Oxfam teams are on the ground."
    )
    claim = _claim(text, "60,000", "2024-06-03")
    assert claim.get("source") == "Oxfam"
    assert claim.get("stated_on") == "2024-06-03"
