"""Metric of the counts a list of the dead names ("The dead also included 71 soldiers"): each
test in our own words."""

from extracted import claim_at as _claim


def test_soldiers_the_dead_included_were_killed():
    text = "The dead also included 71 soldiers and policemen, and 27 civilians, officials said."
    assert _claim(text, "71").get("metric") == "killed"
    assert _claim(text, "27").get("metric") == "killed"
