"""Hedged numbers become honest closed intervals, each remembering the rule that made it."""

import math
from dataclasses import dataclass
from decimal import Decimal

from figures.errors import InvalidInterval
from figures.settings import REL_TOL

QUANTIFIERS = ("exact", "approximately", "at_least", "at_most", "range", "vague")

# ACLED-style conservative coding: the low end is the best value.
VAGUE_TABLE = {
    "several": (3, 9),
    "tens": (10, 99),
    "dozens": (12, 99),
    "scores": (40, 99),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "millions": (1_000_000, 9_999_999),
}


@dataclass(frozen=True)
class Interval:
    """A closed interval [low, high]; high None means unbounded above."""

    low: float
    high: float | None
    best: float

    def overlaps(self, other: "Interval") -> bool:
        """True when some value lies in both intervals."""
        return self.low <= _upper(other) and other.low <= _upper(self)

    def intersection(self, other: "Interval") -> "Interval | None":
        """The values in both, or None when they are disjoint."""
        if not self.overlaps(other):
            return None
        low = max(self.low, other.low)
        highs = [h for h in (self.high, other.high) if h is not None]
        high = min(highs) if highs else None
        return Interval(low, high, min(max(self.best, low), _upper_of(high)))

    def contains(self, value: float) -> bool:
        return self.low <= value <= _upper(self)

    def scaled(self, low_factor: float, high_factor: float) -> "Interval":
        """Multiply the bounds by different factors (a range of household sizes)."""
        high = None if self.high is None else self.high * high_factor
        best = self.best * (low_factor + high_factor) / 2
        return Interval(self.low * low_factor, high, best)


def _upper(interval: Interval) -> float:
    return _upper_of(interval.high)


def _upper_of(high: float | None) -> float:
    return math.inf if high is None else high


def rounding_half_step(value: float) -> float:
    """Half the place of the last significant digit: 300,000 -> 50,000; 160,000 -> 5,000."""
    if value == 0:
        return 0.0
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 0.5 * 10.0**exponent


def _check_number(field: str, number: float | None) -> float:
    if number is None:
        raise InvalidInterval(field, f"{field} is required for this quantifier")
    if not math.isfinite(number):
        raise InvalidInterval(field, f"{field} must be a finite number")
    if number < 0:
        raise InvalidInterval(field, f"{field} must be >= 0")
    return float(number)


def interval_for(
    quantifier: str,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    vague: str | None = None,
    rel_tol: float = REL_TOL,
) -> tuple[Interval, str]:
    """The interval a hedged statement allows, and a sentence saying which rule made it."""
    if quantifier == "exact":
        v = _check_number("value", value)
        return Interval(v, v, v), "exact: [v, v]"
    if quantifier == "approximately":
        v = _check_number("value", value)
        step = rounding_half_step(v)
        d = max(rel_tol * v, step)
        why = f"rounding step +/-{step:g}" if step > rel_tol * v else f"rel_tol {rel_tol:g}"
        return Interval(max(0.0, v - d), v + d, v), f"approximately: v +/- {d:g} ({why})"
    if quantifier == "at_least":
        v = _check_number("value", value)
        return Interval(v, None, v), "at_least: [v, +inf)"
    if quantifier == "at_most":
        v = _check_number("value", value)
        return Interval(0.0, v, v), "at_most: [0, v]"
    if quantifier == "range":
        lo, hi = _check_number("low", low), _check_number("high", high)
        if lo > hi:
            raise InvalidInterval("low", f"low ({lo:g}) must be <= high ({hi:g})")
        return Interval(lo, hi, (lo + hi) / 2), "range: [a, b], best the midpoint"
    if quantifier == "vague":
        if vague not in VAGUE_TABLE:
            known = ", ".join(VAGUE_TABLE)
            raise InvalidInterval("vague", f"unknown vague amount {vague!r}; known: {known}")
        lo, hi = VAGUE_TABLE[vague]
        return Interval(lo, hi, lo), f"vague '{vague}': [{lo:g}, {hi:g}], best the low end (ACLED)"
    raise InvalidInterval(
        "quantifier", f"unknown quantifier {quantifier!r}; known: {', '.join(QUANTIFIERS)}"
    )
