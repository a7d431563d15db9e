"""Dates as possibilities (DESIGN 3.6): which days a claim may speak of, and when two compare.

A stock or cumulative claim states its quantity on some day of its period; two claims that state
the identical period are one moment. A finding must hold in every reading of the days.
"""

from datetime import date

from figures.periods import Period

BEFORE, SAME, AFTER = "before", "same", "after"


def same_moment(x: Period, y: Period) -> bool:
    return x.start == y.start and x.end == y.end


def span_days(x: Period, y: Period) -> int:
    """Days from the first day of either period to the last day of either."""
    return (max(x.end, y.end) - min(x.start, y.start)).days


def stocks_comparable(x: Period, y: Period, window_days: int) -> bool:
    """Every pair of days is close enough for a count not to have changed."""
    return same_moment(x, y) or span_days(x, y) <= window_days


def flows_comparable(
    x: Period, y: Period, since_x: date | None, since_y: date | None, tolerance_days: int
) -> bool:
    """Counts over the same period: starts (or `since`) and ends within the tolerance."""
    start_x, start_y = since_x or x.start, since_y or y.start
    return (
        abs((start_x - start_y).days) <= tolerance_days
        and abs((x.end - y.end).days) <= tolerance_days
    )


def orderings(x: Period, y: Period) -> set[str]:
    """How a day of x may stand to a day of y: before, the same day, after."""
    if same_moment(x, y):
        return {SAME}
    found = set()
    if x.start < y.end:
        found.add(BEFORE)
    if x.start <= y.end and y.start <= x.end:
        found.add(SAME)
    if x.end > y.start:
        found.add(AFTER)
    return found


def never_after(x: Period, y: Period) -> bool:
    """In every reading, x's day is on or before y's day."""
    return AFTER not in orderings(x, y)


def moment_words(period: Period) -> str:
    """A period as the moment it may be: "2017-06-06", "some day in June 2017"."""
    if period.start == period.end:
        return period.start.isoformat()
    if period.precision == "month":
        return f"some day in {period.start:%B} {period.start.year}"
    if period.precision == "year":
        return f"some day in {period.start.year}"
    return f"some day between {period.start.isoformat()} and {period.end.isoformat()}"
