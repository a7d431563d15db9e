"""A list of counts after one verb shares it: a chance sum or a missing word must not split it."""

from figures.extract import extract_candidates


def _metrics(text: str) -> dict[float, list]:
    found: dict[float, list] = {}
    for candidate in extract_candidates(text):
        claim = candidate["claim"]
        found.setdefault(claim.get("value"), []).append(claim.get("metric"))
    return found


def test_chance_sum_of_a_figure_with_no_metric_leaves_the_list_alone():
    # 23 + 29 = 52 by chance: the injured (no metric) must not take the dead from the list
    text = (
        "The rains left 52 people injured across the province. "
        "In Sindh, the floods killed 23 men, 23 women and 29 children, officials said."
    )
    metrics = _metrics(text)
    assert metrics[23] == ["killed", "killed"]
    assert metrics[29] == ["killed"]


def test_which_include_passes_the_metric_to_the_parts():
    text = (
        "The floods have claimed the lives of 47 people, which include 18 men, 17 women and "
        "12 children."
    )
    metrics = _metrics(text)
    assert [metrics[v] for v in (47, 18, 17, 12)] == [["killed"]] * 4


def test_arrivals_given_by_a_copula_are_a_flow():
    for text in (
        "The number of new arrivals was 10,000 last week, the agency said.",
        "The figure of new arrivals from Myanmar was 10,000 in the past week.",
    ):
        (candidate,) = extract_candidates(text)
        assert candidate["claim"]["metric"] == "fled", text


def test_a_figure_with_its_own_predicate_is_no_aside_of_the_clause_before():
    # ", around 50,000" reads like an aside ("..., an estimated 2,000"); its own verb says not
    text = (
        "A week after the storm left the country, around 50,000 individuals were still staying "
        "in evacuation centers."
    )
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["metric"] == "displaced_in_population"


def test_a_count_restated_between_dashes_shares_the_predicate():
    text = (
        "Officials said 18,277 families -- around 80,275 people -- were staying in 209 "
        "evacuation centers."
    )
    metrics = _metrics(text)
    assert metrics[18_277] == metrics[80_275] == ["displaced_in_population"]


def test_killed_or_maimed_counts_two_kinds_at_once():
    text = "At least 26,025 children have been killed or maimed in Afghanistan, the charity said."
    (candidate,) = extract_candidates(text)
    assert candidate["claim"].get("metric") is None


def test_people_who_cannot_go_home_are_still_displaced():
    for text in (
        "OCHA reports that 1.1 million people are still unable to return home.",
        "Some 40,000 people have not returned to their homes in Marawi.",
        "About 25,000 residents are yet to return to Mosul's old city.",
    ):
        (candidate,) = extract_candidates(text)
        assert candidate["claim"].get("metric") == "displaced_in_population", text


def test_leaving_their_homes_is_flight():
    text = "Camps are under pressure, with more than 300,000 people leaving their homes this year."
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["metric"] == "fled"


def test_died_or_gone_missing_counts_two_kinds_at_once():
    for text in (
        "The IOM estimated that 2,169 people have died or gone missing since January.",
        "At least 590 migrants have died or gone missing along the Libyan coast.",
    ):
        (candidate,) = extract_candidates(text)
        assert candidate["claim"].get("metric") is None, text


def test_not_returning_to_school_or_from_sea_is_no_displacement():
    fishermen = extract_candidates("Forty fishermen have not returned from sea since the storm.")
    assert [c["claim"].get("value") for c in fishermen] == [40]  # still read as a figure
    assert fishermen[0]["claim"].get("metric") is None
    (students,) = extract_candidates("Some 300 students have not returned to school.")
    assert students["claim"].get("metric") is None
