"""What a written claim is compared with: its family of metrics and places, and sums of parts."""

from datetime import date, timedelta

from figures.claims import Claim
from figures.detect import Discrepancy, Relations, live
from figures.explain import explain_parts
from figures.metrics import ancestors
from figures.readings import SAME, flows_comparable, orderings, span_days, stocks_comparable


def family(item, parents: dict, parts: dict) -> list:
    """The item, its wholes nearest first, then its parts."""
    return [item, *ancestors(item, parents), *parts.get(item, [])]


def candidate_filter(claim: Claim, rel: Relations) -> dict:
    """What storage must fetch to find every claim detection could pair with this one.

    Claims of these metrics at these places whose as_of overlaps [as_of_from, as_of_to]
    (a None bound is open: running totals are ordered across any span of time).
    """
    bounds: tuple[date | None, date | None] = (None, None)
    kind = rel.kind(claim.metric)
    if claim.as_of is not None and kind != "cumulative":
        days = rel.window_days if kind == "stock" else rel.flow_tolerance_days
        bounds = (_shift(claim.as_of.start, -days), _shift(claim.as_of.end, days))
    return {
        "metrics": family(claim.metric, rel.metric_parents, rel.metric_parts),
        "locations": family(claim.location, rel.place_parents, rel.place_parts),
        "as_of_from": bounds[0],
        "as_of_to": bounds[1],
    }


def own_statements(claim: Claim, rel: Relations) -> dict:
    """Which of its source's own claims of the same metric and place detection could pair with
    CLAIM (figures.statements, detect._same_quantity): any of a running total's series, else
    only those about the same moment (a revision or a misquote), or, when both are dated by
    publication, published within the statement days. Every other is the source's own update.
    """
    any_day = claim.as_of is None or rel.kind(claim.metric) == "cumulative"
    start = claim.as_of.start if claim.as_of else date.min
    end = claim.as_of.end if claim.as_of else date.max
    days = rel.statement_days
    return {
        "series": any_day,
        "start": str(start),
        "end": str(end),
        "published": claim.dated_by == "published_on",
        "published_from": str(_shift(start, -days)),
        "published_to": str(_shift(start, days)),
    }


def _shift(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _comparable(part: Claim, whole: Claim, rel: Relations) -> bool:
    kind = rel.kind(whole.metric)
    if kind == "stock":
        return stocks_comparable(part.as_of, whole.as_of, rel.window_days)
    if kind == "flow":
        return flows_comparable(
            part.as_of, whole.as_of, part.since, whole.since, rel.flow_tolerance_days
        )
    return part.since == whole.since and orderings(part.as_of, whole.as_of) == {SAME}


def parts_exceed_whole(whole: Claim, others: list[Claim], rel: Relations) -> Discrepancy | None:
    """Whole vs the lowest comparable figure of each place directly within it (DESIGN 3.6).

    Only when two or more places take part and none alone exceeds the whole (that is a
    part_exceeds_whole pair); for stocks, every figure's days fit in one window together.
    """
    if not live(whole) or whole.high is None:
        return None
    lowest: dict[int, Claim] = {}
    for other in others:
        if (
            live(other)
            and other.metric == whole.metric
            and rel.place_parents.get(other.location) == whole.location
            and _comparable(other, whole, rel)
        ):
            kept = lowest.get(other.location)
            if kept is None or (other.low, other.id) < (kept.low, kept.id):
                lowest[other.location] = other
    parts = sorted(lowest.values(), key=lambda c: c.id)
    if len(parts) < 2 or any(part.low > whole.high for part in parts):
        return None
    if rel.kind(whole.metric) == "stock" and not all(
        span_days(p.as_of, q.as_of) <= rel.window_days or p.as_of == q.as_of
        for p in (*parts, whole)
        for q in (*parts, whole)
    ):
        return None
    total = sum(part.low for part in parts)
    if total <= whole.high:
        return None
    ratio = max(1.0, total / whole.high) if whole.high else total or 1.0
    claims = ((whole.id, "whole"), *((part.id, "part") for part in parts))
    return Discrepancy("parts_exceed_whole", claims, ratio, explain_parts(whole, parts, ratio))


def wholes_of(claim: Claim, candidates: list[Claim], rel: Relations) -> list[Claim]:
    """The claims a part's arrival may push over: same metric, at the enclosing place."""
    parent = rel.place_parents.get(claim.location)
    return [c for c in candidates if c.metric == claim.metric and c.location == parent and live(c)]
