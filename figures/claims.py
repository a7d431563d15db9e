"""A claim as the domain sees it, and the derivation of its interval from what was posted."""

import math
from dataclasses import dataclass
from datetime import date

from figures.errors import InvalidInterval, InvalidPeriod
from figures.intervals import Interval, interval_for
from figures.metrics import Metric
from figures.periods import Period, parse_date, parse_period
from figures.settings import REL_TOL
from figures.units import to_canonical


@dataclass(frozen=True)
class Claim:
    """One number one source stated about one metric at one place for one period."""

    id: int
    metric: str
    location: int
    source: int
    low: float
    high: float | None
    best: float
    as_of: Period | None
    since: date | None = None
    source_name: str = ""
    location_name: str = ""
    status: str = "active"
    stated_on: date | None = None  # the day the source spoke, when known
    published_on: date | None = None  # the earliest publication that carried it
    documents: frozenset[int] = frozenset()  # the documents that carried it
    stated: tuple = ()  # the numbers as stated: value, low, high, vague, unit
    quantifier: str = "exact"
    dated_by: str | None = None  # as_of, stated_on or published_on: where as_of came from
    grade: str | None = None  # the source's Admiralty grade, when an analyst gave one

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, self.best)


@dataclass(frozen=True)
class Derived:
    """What the store keeps beside the posted fields: canonical interval, period, rule."""

    interval: Interval
    unit: str
    as_of: Period | None
    since: date | None
    rule: str
    dated_by: str | None = None


def derive(
    posted: dict,
    metric: Metric,
    household_size: float | tuple[float, float] | None = None,
    rel_tol: float = REL_TOL,
) -> Derived:
    """Interval in the metric's unit and the period the number describes."""
    interval, rule = interval_for(
        posted.get("quantifier", "exact"),
        value=posted.get("value"),
        low=posted.get("low"),
        high=posted.get("high"),
        vague=posted.get("vague"),
        rel_tol=rel_tol,
    )
    unit = posted.get("unit") or metric.unit
    interval, conversion = to_canonical(interval, unit, metric.unit, household_size)
    if not all(math.isfinite(x) for x in (interval.low, interval.best, interval.high or 0.0)):
        field = "high" if posted.get("quantifier") == "range" else "value"
        raise InvalidInterval(field, f"too large: not a finite number of {metric.unit}")
    as_of, dated_by = dated(posted)
    since = parse_date(posted["since"], "since") if posted.get("since") else None
    if since is not None and as_of is not None and as_of.end < since:
        raise InvalidPeriod("since", "since must not be after the end of as_of")
    return Derived(interval, metric.unit, as_of, since, rule + conversion, dated_by)


def dated(posted: dict) -> tuple[Period | None, str | None]:
    """as_of, else stated_on, else the document's publication date, else undated; and which."""
    if posted.get("as_of"):
        return parse_period(posted["as_of"], "as_of"), "as_of"
    stated_on = posted.get("stated_on")
    if stated_on:
        day = parse_date(stated_on, "stated_on")
        return parse_period(day.isoformat(), "stated_on"), "stated_on"
    published_on = (posted.get("reported_in") or {}).get("published_on")
    if published_on:
        day = parse_date(published_on, "reported_in.published_on")
        return parse_period(day.isoformat(), "reported_in.published_on"), "published_on"
    return None, None
