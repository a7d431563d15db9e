"""Common words for trapped or dead the metric vocabulary lacked: unseen reports use them."""

import pytest

from figures.extract import extract_candidates


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "About 300 civilians are holed up in the hospital in Mariupol, the mayor said.",
            "civilians_trapped",
        ),
        ("Some 2,000 villagers were hemmed in by the fighting near Tawergha.", "civilians_trapped"),
        ("Nearly 900 people remain sealed off in the old quarter of Sanaa.", "civilians_trapped"),
        (
            "An estimated 5,000 residents were unable to escape the shelling of Bakhmut.",
            "civilians_trapped",
        ),
        ("Rescuers pulled 40 corpses from the rubble in Antakya, the ministry said.", "killed"),
        ("Officials said 25 deceased had been identified in Derna so far.", "killed"),
        ("Another 30 miners are presumed dead after the collapse in Hpakant.", "killed"),
    ],
)
def test_word_gives_metric(text, metric):
    (candidate,) = extract_candidates(text)
    assert candidate["claim"]["metric"] == metric
