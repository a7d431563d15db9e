"""Which pairs of claims cannot both be true, why, and by how much (DESIGN 3.6).

Decisions the design leaves open; compare(a, b) == compare(b, a) always:
- roles: conflict a = the claim above, b = the one below; part_exceeds_whole a = the part,
  b = the whole; cumulative_decrease a = the earlier, b = the later.
- ratio = higher low / lower high, a lower high of 0 read as 1: finite and >= 1.
- A source's own later figure (orderable periods) is its update, not a conflict; a running total
  that falls is a cumulative_decrease whoever said it.
- part/whole pairs need one metric kind and comparable periods (stock: the window; flow: the
  same period; cumulative: one series, the part not later than the whole, which only grows),
  with no same-source exemption: a figure for one metric does not update another metric's.
- Metrics missing from Relations count as stocks.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from figures.claims import Claim
from figures.intervals import Interval
from figures.metrics import Metric, ancestors
from figures.settings import FLOW_TOLERANCE_DAYS, WINDOW_DAYS
from figures.wording import number_words, ratio_words


@dataclass(frozen=True)
class Discrepancy:
    """Two claims that cannot both be true: kind, roles (see module doc), severity, a sentence."""

    kind: str
    claim_a: int
    claim_b: int
    ratio: float
    explanation: str


@dataclass(frozen=True)
class Relations:
    """What detection must know besides the claims: metric kinds and both part-of chains."""

    metrics: dict[str, Metric]
    place_parents: dict[int, int | None]
    window_days: int = WINDOW_DAYS
    flow_tolerance_days: int = FLOW_TOLERANCE_DAYS

    def kind(self, slug: str) -> str:
        metric = self.metrics.get(slug)
        return metric.kind if metric else "stock"

    @cached_property
    def metric_parents(self) -> dict[str, str | None]:
        return {slug: metric.part_of for slug, metric in self.metrics.items()}

    @cached_property
    def metric_parts(self) -> dict[str, list[str]]:
        return _parts(self.metric_parents)

    @cached_property
    def place_parts(self) -> dict[int, list[int]]:
        return _parts(self.place_parents)


def severity_ratio(higher: Interval, lower: Interval) -> float:
    """How far apart two disjoint intervals are: higher.low / lower.high, at least 1."""
    denominator = lower.high if lower.high else 1.0
    return max(1.0, float(higher.low) / float(denominator))


def _comparable(kind: str, x: Claim, y: Claim, rel: Relations) -> bool:
    """Whether two dated claims of one kind describe the same moment, period or series."""
    if kind == "stock":
        return x.as_of.gap_days(y.as_of) <= rel.window_days
    if x.since != y.since:
        return False
    if kind == "cumulative":
        return True
    tolerance = rel.flow_tolerance_days
    return (
        abs((x.as_of.start - y.as_of.start).days) <= tolerance
        and abs((x.as_of.end - y.as_of.end).days) <= tolerance
    )


def _is_part(part: Claim, whole: Claim, rel: Relations) -> bool:
    same_metric = part.metric == whole.metric
    same_place = part.location == whole.location
    return (
        not (same_metric and same_place)
        and (same_metric or whole.metric in ancestors(part.metric, rel.metric_parents))
        and (same_place or whole.location in ancestors(part.location, rel.place_parents))
    )


def _above(higher: Claim, lower: Claim) -> bool:
    return lower.high is not None and higher.low > lower.high


def compare(a: Claim, b: Claim, rel: Relations) -> Discrepancy | None:
    """The discrepancy between two claims, or None when they can both be true."""
    if a.id == b.id or a.as_of is None or b.as_of is None or "retracted" in (a.status, b.status):
        return None
    a, b = sorted((a, b), key=lambda claim: claim.id)
    if a.metric == b.metric and a.location == b.location:
        return _same_group(a, b, rel)
    for part, whole in ((a, b), (b, a)):
        kind = rel.kind(part.metric)
        if _is_part(part, whole, rel) and kind == rel.kind(whole.metric):
            later_part = kind == "cumulative" and whole.as_of.before(part.as_of)
            if _comparable(kind, part, whole, rel) and not later_part and _above(part, whole):
                return _found("part_exceeds_whole", part, whole)
    return None


def _same_group(a: Claim, b: Claim, rel: Relations) -> Discrepancy | None:
    kind = rel.kind(a.metric)
    if not _comparable(kind, a, b, rel):
        return None
    ordered = a.as_of.before(b.as_of) or b.as_of.before(a.as_of)
    if kind == "cumulative" and ordered:
        earlier, later = (a, b) if a.as_of.before(b.as_of) else (b, a)
        return _found("cumulative_decrease", earlier, later) if _above(earlier, later) else None
    if ordered and a.source == b.source:
        return None  # the source's own update
    for higher, lower in ((a, b), (b, a)):
        if _above(higher, lower):
            return _found("conflict", higher, lower)
    return None


def _found(kind: str, first: Claim, second: Claim) -> Discrepancy:
    """A discrepancy whose first claim's interval lies above the second's."""
    ratio = severity_ratio(first.interval, second.interval)
    return Discrepancy(kind, first.id, second.id, ratio, _explain(kind, first, second, ratio))


def _who(claim: Claim) -> str:
    return claim.source_name or f"source {claim.source}"


def _explain(kind: str, x: Claim, y: Claim, ratio: float) -> str:
    x_when, y_when = x.as_of.label(), y.as_of.label()
    y_who = "its own" if x.source == y.source else f"{_who(y)}'s"
    times = f"{ratio_words(ratio)} times its upper bound."
    x_says, y_says = number_words(x.interval), number_words(y.interval)
    if kind == "conflict":
        return (
            f"{_who(x)}'s estimate for {x_when} ({x_says}) is entirely above "
            f"{y_who} for {y_when} ({y_says}): {times}"
        )
    if kind == "cumulative_decrease":
        since = f" since {x.since.isoformat()}" if x.since else ""
        return (
            f"{_who(y)}'s running total{since} for {y_when} ({y_says}) is entirely below "
            f"{_who(x)}'s earlier total for {x_when} ({x_says}), which can only grow: "
            f"the earlier low is {times}"
        )

    def what(claim: Claim) -> str:
        place = claim.location_name or f"place {claim.location}"
        return f"{claim.metric.replace('_', ' ')} in {place}"

    return (
        f"{_who(x)}'s {what(x)} for {x_when} ({x_says}) exceeds {y_who} "
        f"{what(y)} for {y_when} ({y_says}), the whole it is part of: {times}"
    )


def _family(item, parents: dict, parts: dict | None = None) -> list:
    """The item, its wholes nearest first, then its parts."""
    below = (parts if parts is not None else _parts(parents)).get(item, [])
    return [item, *ancestors(item, parents), *below]


def _parts(parents: dict) -> dict:
    """Everything below each item, in the order of `parents`: one pass, not one per claim."""
    below: dict = {}
    for other in parents:
        for whole in ancestors(other, parents):
            below.setdefault(whole, []).append(other)
    return below


def candidate_filter(claim: Claim, rel: Relations) -> dict:
    """What storage must fetch to find every claim compare() could pair with this one.

    Claims of these metrics at these places whose as_of overlaps [as_of_from, as_of_to]
    (a None bound is open: running totals are ordered across any span of time).
    """
    bounds: tuple[date | None, date | None] = (None, None)
    kind = rel.kind(claim.metric)
    if claim.as_of is not None and kind != "cumulative":
        days = rel.window_days if kind == "stock" else rel.flow_tolerance_days
        bounds = (_shift(claim.as_of.start, -days), _shift(claim.as_of.end, days))
    return {
        "metrics": _family(claim.metric, rel.metric_parents, rel.metric_parts),
        "locations": _family(claim.location, rel.place_parents, rel.place_parts),
        "as_of_from": bounds[0],
        "as_of_to": bounds[1],
    }


def _shift(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def detect(new: Claim, candidates: Iterable[Claim], rel: Relations) -> list[Discrepancy]:
    """The discrepancies a newly written claim opens against its candidates (on write)."""
    return _unique(compare(new, other, rel) for other in candidates)


def detect_all(claims: Iterable[Claim], rel: Relations) -> list[Discrepancy]:
    """Every discrepancy among a set of claims: a batch, a re-check after a merge, a test."""
    claims = list(claims)
    return _unique(compare(a, b, rel) for i, a in enumerate(claims) for b in claims[i + 1 :])


def _unique(found: Iterable[Discrepancy | None]) -> list[Discrepancy]:
    seen: dict[tuple[str, int, int], Discrepancy] = {}
    for d in found:
        if d is not None:
            seen.setdefault((d.kind, d.claim_a, d.claim_b), d)
    return list(seen.values())
