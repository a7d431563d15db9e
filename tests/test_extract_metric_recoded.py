"""Metric, read against the re-coded dev passages: flow and stock, evacuations, trapped, deaths
(CODING M1-M8). Sentences in our own words."""

import pytest

from figures.extract import extract_candidates


def _metrics(text: str) -> dict[str, str | None]:
    """Each figure's metric, by its words in the text."""
    return {text[c["start"] : c["end"]]: c["claim"].get("metric") for c in extract_candidates(text)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # a hosted total counted since a start is a running total: a flow (M1)
            "The number of Malian refugees in Niger since March 2012 stands at over 61,000.",
            "61,000",
            "fled",
        ),
        (  # with no period it stays a stock (M2)
            "The number of Malian refugees in Niger now stands at over 61,000.",
            "61,000",
            "displaced_in_population",
        ),
    ],
)
def test_a_running_total_since_a_start_is_a_flow(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # "is now N": the number of refugees somewhere at a time (M2)
            '"The number of refugees in the neighbouring states is now 412,000," she said.',
            "412,000",
            "displaced_in_population",
        ),
        (  # "put the number of refugees at N": a count at a date (M2)
            "The governor put the total number of refugees at 18,310 by the end of Monday.",
            "18,310",
            "displaced_in_population",
        ),
    ],
)
def test_the_number_of_refugees_at_a_time_is_a_stock(text, surface, metric):
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (  # registered as refugees in host countries: people hosted there (M2)
            "Figures showed that 2,901,355 Venezuelans had been registered as refugees across "
            "17 countries.",
            "2,901,355",
            "displaced_in_population",
        ),
        (
            "More than 3 million refugees have registered for temporary protection schemes "
            "in the region.",
            "3 million",
            "displaced_in_population",
        ),
    ],
)
def test_registered_refugees_are_a_stock(text, surface, metric):
    assert _metrics(text)[surface] == metric
