"""Words before a verb that are no speaker: what was counted, a cause, a clause cut at "and"
(each test in our own words, shapes from the zm and zn passages)."""

from extracted import claim_at as _claim


def test_the_people_counted_are_not_who_counted_them():
    text = "New arrivals recorded within this update map 2,140 individuals moving into camps."
    assert _claim(text, "2,140").get("source") is None


def test_a_cause_ending_in_an_adjective_before_confirmed_is_no_speaker():
    text = (
        "Fear of raids and subsequent confirmed raids by armed groups drove the flight of 6,410"
        " people from three villages."
    )
    assert _claim(text, "6,410").get("source") is None


def test_a_date_span_cut_at_and_is_no_speaker():
    text = (
        "The survey ran between March and May of this year and counts 58,000 displacements,"
        " of which 41,000 followed attacks."
    )
    for figure in ("58,000", "41,000"):
        assert _claim(text, figure).get("source") is None, figure
