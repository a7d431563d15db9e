"""Reconciliation (DESIGN 3.7): windows, agreed range, envelope, best estimate, change."""

import json
from datetime import date

from figures.claims import Claim
from figures.detect import Relations, detect_all
from figures.intervals import interval_for
from figures.metrics import BUILTIN_METRICS
from figures.periods import parse_period
from figures.reconcile import reconcile, window_label

METRICS = {m.slug: m for m in BUILTIN_METRICS}
REMAINING = METRICS["civilians_remaining"]
SOURCES = {1: "AFP", 2: "UN OCHA", 3: "MSF", 4: "SOHR"}


def claim(
    id: int,
    quantifier: str = "exact",
    value: float | None = None,
    *,
    source: int = 1,
    as_of: str | None = "2017-06-10",
    status: str = "active",
    **numbers,
) -> Claim:
    interval, _ = interval_for(quantifier, value=value, **numbers)
    return Claim(
        id=id,
        metric="civilians_remaining",
        location=1,
        source=source,
        low=interval.low,
        high=interval.high,
        best=interval.best,
        as_of=parse_period(as_of) if as_of else None,
        source_name=SOURCES[source],
        location_name="Raqqa",
        status=status,
    )


def timeline() -> list[Claim]:
    """June 2017 as the seed has it, then September figures from two sources."""
    return [
        claim(1, "approximately", 300_000, source=1),
        claim(2, "approximately", 160_000, source=2, as_of="2017-06-06"),
        claim(3, "range", low=110_000, high=130_000, source=2, as_of="2017-09-12"),
        claim(4, "approximately", 125_000, source=3, as_of="2017-09-20"),
        claim(5, "exact", 90_000, source=4, as_of=None),
    ]


def test_claims_are_windowed_in_time_order_and_undated_listed_apart():
    result = reconcile(list(reversed(timeline())), REMAINING, [])
    assert (result["metric"], result["unit"]) == ("civilians_remaining", "person")
    june, september = result["windows"]
    assert june["claims"] == [2, 1]
    assert (june["start"], june["end"], june["label"]) == ("2017-06-06", "2017-06-10", "June 2017")
    assert june["sources"] == ["UN OCHA", "AFP"]
    assert september["claims"] == [3, 4]
    assert result["undated"] == [5]
    json.dumps(result)  # JSON-ready: ISO dates, floats, None


def test_agreed_range_is_the_intersection_or_none():
    june, september = reconcile(timeline(), REMAINING, [])["windows"]
    assert june["agreed"] is None  # 250,000-350,000 and 144,000-176,000 do not overlap
    assert june["envelope"] == {"low": 144_000.0, "high": 350_000.0}
    assert september["agreed"] == {"low": 112_500.0, "high": 130_000.0}
    assert september["envelope"] == {"low": 110_000.0, "high": 137_500.0}


def test_unbounded_claims_leave_the_envelope_open():
    claims = [claim(1, "at_least", 100_000), claim(2, "approximately", 160_000, source=2)]
    (window,) = reconcile(claims, REMAINING, [])["windows"]
    assert window["envelope"] == {"low": 100_000.0, "high": None}
    assert window["agreed"] == {"low": 144_000.0, "high": 176_000.0}


def test_best_is_the_median_of_distinct_sources_latest_figures():
    claims = [
        claim(1, "exact", 100, source=1, as_of="2017-06-01"),
        claim(2, "exact", 900, source=1, as_of="2017-06-03"),  # AFP's latest: counts once
        claim(3, "exact", 200, source=2, as_of="2017-06-02"),
        claim(4, "exact", 300, source=3, as_of="2017-06-02"),
    ]
    (window,) = reconcile(claims, REMAINING, [])["windows"]
    assert window["best"] == 300.0  # median of 900, 200, 300; not of all four claims
    assert window["sources"] == ["AFP", "UN OCHA", "MSF"]


def test_vague_best_is_the_table_low_end():
    (window,) = reconcile([claim(1, "vague", vague="dozens")], REMAINING, [])["windows"]
    assert window["best"] == 12.0
    assert window["envelope"] == {"low": 12.0, "high": 99.0}


def test_change_between_windows_is_computed_from_the_bests():
    result = reconcile(timeline(), REMAINING, [])
    june, september = result["windows"]
    # Issue 12 (DESIGN 3.7): the best is a stated figure, the lower of two middle values.
    assert june["best"] == 160_000
    assert september["best"] == 120_000
    (change,) = result["changes"]
    percent = (september["best"] - june["best"]) / june["best"] * 100
    assert change["percent"] == round(percent, 1)
    assert change["from_best"] == june["best"] and change["to_best"] == september["best"]
    assert (change["from"], change["to"]) == ("June 2017", "September 2017")
    assert change["text"] == f"{round(percent):+d} % from June 2017 to September 2017"
    assert change["text"] == "-25 % from June 2017 to September 2017"


def test_a_window_closes_window_days_after_its_first_claim():
    claims = [
        claim(1, value=10, as_of="2017-06-01"),
        claim(2, value=10, as_of="2017-07-02"),  # 31 days later: same window
        claim(3, value=10, as_of="2017-07-03"),  # 32 days after the first: a new window
    ]
    windows = reconcile(claims, REMAINING, [])["windows"]
    assert [w["claims"] for w in windows] == [[1, 2], [3]]
    assert [w["claims"] for w in reconcile(claims, REMAINING, [], window_days=60)["windows"]] == [
        [1, 2, 3]
    ]


def test_windows_list_their_open_discrepancies_only():
    stored = [
        {"id": 7, "kind": "conflict", "claim_a": 1, "claim_b": 2, "status": "open"},
        {"id": 8, "kind": "conflict", "claim_a": 3, "claim_b": 4, "status": "dismissed"},
    ]
    june, september = reconcile(timeline(), REMAINING, stored)["windows"]
    assert june["discrepancies"] == [7]
    assert september["discrepancies"] == []


def test_unstored_discrepancies_are_accepted():
    rel = Relations(METRICS, {1: None})
    found = detect_all(timeline(), rel)
    june, _ = reconcile(timeline(), REMAINING, found)["windows"]
    assert june["discrepancies"] == [0]


def test_retracted_claims_take_no_part():
    claims = timeline()[:2] + [claim(9, value=1, as_of="2017-06-08", status="retracted")]
    result = reconcile(claims, REMAINING, [])
    assert result["windows"][0]["claims"] == [2, 1]
    assert result["retracted"] == [9]


def test_window_labels():
    assert window_label(date(2017, 6, 10), date(2017, 6, 10)) == "2017-06-10"
    assert window_label(date(2017, 6, 1), date(2017, 6, 30)) == "June 2017"
    assert window_label(date(2017, 6, 20), date(2017, 7, 5)) == "June to July 2017"
    assert window_label(date(2016, 12, 20), date(2017, 1, 5)) == "December 2016 to January 2017"


def test_nothing_to_reconcile():
    assert reconcile([], REMAINING, []) == {
        "metric": "civilians_remaining",
        "unit": "person",
        "windows": [],
        "changes": [],
        "undated": [],
        "retracted": [],
        "superseded": [],  # issue 11: revised claims are listed apart, as history
    }
