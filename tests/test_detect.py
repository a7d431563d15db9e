"""Conflict detection (DESIGN 3.6): the seed's figures, every kind rule, and its invariants."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.claims import Claim
from figures.detect import (
    Discrepancy,
    Relations,
    compare,
    detect,
    detect_all,
    severity_ratio,
)
from figures.groups import candidate_filter
from figures.intervals import Interval, interval_for
from figures.metrics import BUILTIN_METRICS
from figures.periods import Period, parse_period

RAQQA, MASHLAB, TABQA = 1, 2, 3
PLACES = {RAQQA: "Raqqa", MASHLAB: "Mashlab", TABQA: "Tabqa"}
SOURCES = {1: "AFP", 2: "UN OCHA", 3: "Pentagon", 4: "SOHR"}
REL = Relations(
    metrics={m.slug: m for m in BUILTIN_METRICS},
    place_parents={RAQQA: None, MASHLAB: RAQQA, TABQA: None},
)


def claim(
    id: int,
    metric: str = "civilians_remaining",
    quantifier: str = "exact",
    value: float | None = None,
    *,
    source: int = 1,
    location: int = RAQQA,
    as_of: str | None = "2017-06-10",
    since: str | None = None,
    status: str = "active",
    **numbers,
) -> Claim:
    """A claim as the store would hand it to detection, its interval derived by the real rule."""
    interval, _ = interval_for(quantifier, value=value, **numbers)
    return Claim(
        id=id,
        metric=metric,
        location=location,
        source=source,
        low=interval.low,
        high=interval.high,
        best=interval.best,
        as_of=parse_period(as_of) if as_of else None,
        since=date.fromisoformat(since) if since else None,
        source_name=SOURCES[source],
        location_name=PLACES[location],
        status=status,
    )


def seed() -> list[Claim]:
    """The figures of seed/raqqa-2017-06-10.txt as the demo posts them."""
    return [
        claim(1, "civilians_remaining", "approximately", 300_000, source=1),
        claim(2, "civilians_remaining", "approximately", 160_000, source=2, as_of="2017-06-06"),
        claim(3, "civilians_trapped", "at_most", 100_000, source=2),
        claim(4, "children_trapped", "approximately", 40_000, source=2),
        claim(5, "displaced_in_population", "exact", 80_000, source=1),
        claim(6, "fighters", "at_most", 2_500, source=3),
        claim(7, "military_personnel", "vague", vague="hundreds", source=3),
        claim(8, "airstrikes", "at_least", 25, source=4, as_of="2017-06-08"),
        claim(9, "killed", "vague", vague="dozens", source=4, location=MASHLAB),
    ]


def kinds(found: list[Discrepancy]) -> set[tuple[str, int, int]]:
    return {(d.kind, d.claim_a, d.claim_b) for d in found}


def test_seed_has_exactly_the_afp_ocha_conflict():
    found = detect_all(seed(), REL)
    assert kinds(found) == {("conflict", 1, 2)}
    (conflict,) = found
    assert conflict.ratio == pytest.approx(250_000 / 176_000)
    assert round(conflict.ratio, 2) == 1.42
    assert conflict.explanation == (
        "AFP's estimate for 2017-06-10 (250,000 to 350,000) is entirely above UN OCHA's for "
        "2017-06-06 (144,000 to 176,000): 1.42 times its upper bound."
    )


def test_seed_conflict_does_not_depend_on_argument_order():
    afp, ocha = seed()[:2]
    assert compare(afp, ocha, REL) == compare(ocha, afp, REL)
    assert detect(ocha, [afp], REL) == detect(afp, [ocha], REL)


def test_trapped_at_most_posted_as_remaining_would_conflict():
    ocha_remaining = seed()[1]
    same_tuesday = claim(
        10, "civilians_remaining", "at_most", 100_000, source=2, as_of="2017-06-06"
    )
    found = compare(same_tuesday, ocha_remaining, REL)
    assert (found.kind, found.claim_a, found.claim_b) == ("conflict", 2, 10)
    assert found.ratio == pytest.approx(144_000 / 100_000)
    assert "above its own for 2017-06-06 (up to 100,000)" in found.explanation
    quoted_by_afp = claim(11, "civilians_remaining", "at_most", 100_000, source=1)
    assert compare(quoted_by_afp, ocha_remaining, REL).kind == "conflict"
    # Dated four days later, UN OCHA's own figure would read as its update instead.
    later = claim(12, "civilians_remaining", "at_most", 100_000, source=2)
    assert compare(later, ocha_remaining, REL) is None


def test_stock_three_months_later_is_change_not_conflict():
    june = claim(1, "civilians_remaining", "approximately", 300_000, source=1)
    september = claim(2, "civilians_remaining", "exact", 20_000, source=2, as_of="2017-09-10")
    assert compare(june, september, REL) is None


def test_stock_window_is_inclusive_and_configurable():
    june = claim(1, value=300_000, source=1, as_of="2017-06-01")
    edge = claim(2, value=100_000, source=2, as_of="2017-07-02")
    beyond = claim(3, value=100_000, source=2, as_of="2017-07-03")
    assert compare(june, edge, REL).kind == "conflict"
    assert compare(june, beyond, REL) is None
    narrow = Relations(REL.metrics, REL.place_parents, window_days=7)
    assert compare(june, edge, narrow) is None


def test_a_sources_own_later_stock_figure_is_an_update():
    before = claim(1, value=160_000, source=2, as_of="2017-06-06")
    after = claim(2, value=100_000, source=2, as_of="2017-06-20")
    assert compare(before, after, REL) is None
    other_source = claim(3, value=100_000, source=1, as_of="2017-06-20")
    assert compare(before, other_source, REL).kind == "conflict"


def test_a_source_contradicting_itself_the_same_day_conflicts():
    one = claim(1, value=160_000, source=2)
    two = claim(2, value=100_000, source=2)
    found = compare(one, two, REL)
    assert (found.kind, found.claim_a, found.claim_b) == ("conflict", 1, 2)
    assert "above its own for" in found.explanation


def test_cumulative_growth_is_not_flagged():
    first = claim(1, "killed", "exact", 40_000, as_of="2017-06-01", source=1)
    later = claim(2, "killed", "exact", 90_000, as_of="2017-06-15", source=2)
    assert compare(first, later, REL) is None


def test_cumulative_same_day_different_totals_conflict():
    one = claim(1, "killed", "exact", 40_000, source=1)
    two = claim(2, "killed", "exact", 90_000, source=2)
    assert kinds([compare(one, two, REL)]) == {("conflict", 2, 1)}


@pytest.mark.parametrize("same_source", [False, True])
def test_cumulative_that_falls_is_a_decrease_earlier_first(same_source):
    earlier = claim(5, "killed", "exact", 90_000, as_of="2017-06-01", source=1)
    later = claim(3, "killed", "exact", 40_000, as_of="2017-09-01", source=1 if same_source else 2)
    found = compare(later, earlier, REL)
    assert (found.kind, found.claim_a, found.claim_b) == ("cumulative_decrease", 5, 3)
    assert found.ratio == pytest.approx(90_000 / 40_000)
    assert "running total" in found.explanation


def test_cumulative_decrease_needs_the_later_entirely_below():
    earlier = claim(1, "killed", "approximately", 90_000, as_of="2017-06-01", source=1)
    later = claim(2, "killed", "at_least", 50_000, as_of="2017-09-01", source=2)
    assert compare(earlier, later, REL) is None


def test_a_running_total_from_a_later_start_is_part_of_one_from_an_earlier_start():
    """Issue 11 reverses the old rule that series with different starts are never compared."""
    one = claim(1, "killed", "exact", 40_000, since="2016-11-06", source=1)
    two = claim(2, "killed", "exact", 90_000, since="2017-06-06", source=2)
    found = compare(one, two, REL)
    assert (found.kind, found.claims) == ("part_exceeds_whole", ((2, "part"), (1, "whole")))
    fits = claim(4, "killed", "exact", 30_000, since="2017-06-06", source=2)
    assert compare(one, fits, REL) is None
    same = claim(3, "killed", "exact", 90_000, since="2016-11-06", source=2)
    assert compare(one, same, REL).kind == "conflict"


def test_flow_same_period_compared_other_weeks_not():
    week = "2017-06-05/2017-06-11"
    one = claim(1, "fled", "exact", 500, as_of=week, source=1)
    two = claim(2, "fled", "exact", 5_000, as_of=week, source=2)
    near = claim(3, "fled", "exact", 5_000, as_of="2017-06-07/2017-06-13", source=2)
    next_week = claim(4, "fled", "exact", 5_000, as_of="2017-06-12/2017-06-18", source=2)
    other_since = claim(5, "fled", "exact", 5_000, as_of=week, since="2017-06-01", source=2)
    assert compare(one, two, REL).kind == "conflict"
    assert compare(one, near, REL).kind == "conflict"
    assert compare(one, next_week, REL) is None
    assert compare(one, other_since, REL) is None


def test_part_metric_exceeding_its_whole():
    children = claim(1, "children_trapped", "exact", 150_000, source=1)
    trapped = claim(2, "civilians_trapped", "at_most", 100_000, source=2)
    found = compare(trapped, children, REL)
    assert (found.kind, found.claim_a, found.claim_b) == ("part_exceeds_whole", 1, 2)
    assert found == compare(children, trapped, REL)
    assert found.ratio == pytest.approx(1.5)
    assert "children trapped in Raqqa" in found.explanation
    assert "UN OCHA's civilians trapped" in found.explanation


def test_part_whole_follows_the_chain_and_the_place_chain():
    grandchild = claim(1, "children_trapped", "exact", 200_000, source=1, location=MASHLAB)
    remaining = claim(2, "civilians_remaining", "approximately", 160_000, source=2)
    assert compare(grandchild, remaining, REL).kind == "part_exceeds_whole"
    sibling = claim(3, "displaced_in_population", "exact", 200_000, source=1)
    trapped = claim(4, "civilians_trapped", "exact", 100_000, source=2)
    assert compare(sibling, trapped, REL) is None
    elsewhere = claim(5, "children_trapped", "exact", 200_000, source=1, location=TABQA)
    assert compare(elsewhere, remaining, REL) is None
    whole_at_part_place = claim(6, "civilians_remaining", "exact", 1, source=2, location=MASHLAB)
    assert (
        compare(claim(7, "children_trapped", value=5, location=RAQQA), whole_at_part_place, REL)
        is None
    )


def test_same_metric_at_an_enclosed_place():
    district = claim(1, "killed", "exact", 1_200, source=1, location=MASHLAB)
    city = claim(2, "killed", "exact", 800, source=2, location=RAQQA)
    found = compare(city, district, REL)
    assert (found.kind, found.claim_a, found.claim_b) == ("part_exceeds_whole", 1, 2)
    assert "killed in Mashlab" in found.explanation


def test_cumulative_part_cannot_exceed_a_later_whole_but_may_grow_past_an_earlier_one():
    district_june = claim(1, "killed", "exact", 1_200, location=MASHLAB, as_of="2017-06-01")
    city_july = claim(2, "killed", "exact", 800, source=2, as_of="2017-07-01")
    city_may = claim(3, "killed", "exact", 800, source=2, as_of="2017-05-01")
    assert compare(district_june, city_july, REL).kind == "part_exceeds_whole"
    assert compare(district_june, city_may, REL) is None


def test_stock_part_whole_outside_the_window_is_change():
    children = claim(1, "children_trapped", "exact", 150_000, as_of="2017-03-01")
    trapped = claim(2, "civilians_trapped", "at_most", 100_000, source=2)
    assert compare(children, trapped, REL) is None


def test_seed_trapped_subsets_are_consistent():
    ocha = seed()[1:5]
    assert detect_all(ocha, REL) == []


def test_undated_retracted_and_self_are_never_compared():
    dated = claim(1, value=300_000)
    assert compare(dated, claim(2, value=10, as_of=None), REL) is None
    assert compare(dated, claim(3, value=10, status="retracted"), REL) is None
    assert compare(dated, claim(1, value=10), REL) is None


def test_severity_ratio_is_finite_and_at_least_one():
    assert severity_ratio(Interval(250, 250, 250), Interval(0, 0, 0)) == 250
    assert severity_ratio(Interval(0.5, 0.5, 0.5), Interval(0, 0, 0)) == 1
    assert severity_ratio(Interval(300, 400, 350), Interval(100, 150, 120)) == 2


def test_candidate_filter_for_a_district_stock():
    found = candidate_filter(claim(1, "civilians_trapped", value=5, location=MASHLAB), REL)
    assert found["metrics"] == ["civilians_trapped", "civilians_remaining", "children_trapped"]
    assert found["locations"] == [MASHLAB, RAQQA]
    assert found["as_of_from"] == date(2017, 5, 10)
    assert found["as_of_to"] == date(2017, 7, 11)


def test_candidate_filter_cumulative_is_unbounded_and_flow_is_tight():
    cumulative = candidate_filter(claim(1, "killed", value=5), REL)
    assert (cumulative["as_of_from"], cumulative["as_of_to"]) == (None, None)
    assert cumulative["locations"] == [RAQQA, MASHLAB]
    flow = candidate_filter(claim(2, "fled", value=5, as_of="2017-06-05/2017-06-11"), REL)
    assert (flow["as_of_from"], flow["as_of_to"]) == (date(2017, 6, 2), date(2017, 6, 14))


# Properties over random claims ------------------------------------------------------------

DAY0 = date(2017, 6, 1)
METRICS = ["civilians_remaining", "civilians_trapped", "children_trapped", "killed", "fled"]


@st.composite
def periods(draw) -> Period | None:
    if draw(st.integers(0, 9)) == 0:
        return None
    start = DAY0 + timedelta(days=draw(st.integers(0, 120)))
    end = start + timedelta(days=draw(st.sampled_from([0, 0, 0, 2, 6, 30])))
    return Period(start, end, "day" if start == end else "range")


@st.composite
def claim_sets(draw, max_size: int = 8) -> list[Claim]:
    size = draw(st.integers(0, max_size))
    claims = []
    for id in range(1, size + 1):
        low = draw(st.integers(0, 40)) * 5
        width = draw(st.sampled_from([0, 0, 5, 20, 100, None]))
        high = None if width is None else low + width
        claims.append(
            Claim(
                id=id,
                metric=draw(st.sampled_from(METRICS)),
                location=draw(st.sampled_from(list(PLACES))),
                source=draw(st.sampled_from([1, 2, 3])),
                low=float(low),
                high=None if high is None else float(high),
                best=float(low),
                as_of=draw(periods()),
                since=draw(st.sampled_from([None, None, date(2017, 1, 1)])),
                source_name=SOURCES[1],
            )
        )
    return claims


def on_write(claims: list[Claim]) -> set[tuple]:
    """What storage records when the claims arrive one by one in this order."""
    found = set()
    for i, new in enumerate(claims):
        found |= {(d.kind, d.claim_a, d.claim_b, d.ratio) for d in detect(new, claims[:i], REL)}
    return found


@settings(max_examples=300)
@given(claim_sets(), st.randoms(use_true_random=False))
def test_detection_does_not_depend_on_arrival_order(claims, random):
    shuffled = list(claims)
    random.shuffle(shuffled)
    expected = {(d.kind, d.claim_a, d.claim_b, d.ratio) for d in detect_all(claims, REL)}
    assert on_write(claims) == on_write(shuffled) == expected


@settings(max_examples=300)
@given(claim_sets())
def test_discrepancies_join_two_disjoint_claims_with_ratio_at_least_one(claims):
    by_id = {c.id: c for c in claims}
    for d in detect_all(claims, REL):
        a, b = by_id[d.claim_a], by_id[d.claim_b]
        assert a.id != b.id
        assert not a.interval.overlaps(b.interval)
        assert d.ratio >= 1
        assert compare(b, a, REL) == compare(a, b, REL) == d


@settings(max_examples=300)
@given(claim_sets(), st.data())
def test_retracting_removes_exactly_its_discrepancies(claims, data):
    if not claims:
        return
    gone = data.draw(st.sampled_from(claims))
    rest = [Claim(**{**vars(c), "status": "retracted"}) if c.id == gone.id else c for c in claims]
    before = set(detect_all(claims, REL))
    assert set(detect_all(rest, REL)) == {
        d for d in before if gone.id not in (d.claim_a, d.claim_b)
    }


@settings(max_examples=300)
@given(claim_sets())
def test_candidate_filter_finds_every_partner(claims):
    for new in claims:
        where = candidate_filter(new, REL)
        for other in claims:
            if compare(new, other, REL) is None:
                continue
            assert other.metric in where["metrics"]
            assert other.location in where["locations"]
            assert where["as_of_from"] is None or other.as_of.end >= where["as_of_from"]
            assert where["as_of_to"] is None or other.as_of.start <= where["as_of_to"]
