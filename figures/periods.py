"""ISO dates and periods with their precision: `2017`, `2017-06`, `2017-06-06`, `start/end`."""

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from figures.errors import InvalidPeriod

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Period:
    """A closed span of days; a single date is a period of one day."""

    start: date
    end: date
    precision: str  # year, month, day or range

    def gap_days(self, other: "Period") -> int:
        """Days between the two periods; 0 when they overlap or touch."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def before(self, other: "Period") -> bool:
        """True when this period ends before the other begins (they can be ordered)."""
        return self.end < other.start

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start:%B} {self.start.year}"
        if self.precision == "year":
            return f"{self.start.year:04d}"
        return f"{self.start.isoformat()} to {self.end.isoformat()}"

    def text(self) -> str:
        """The ISO form it would be written in."""
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "day":
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def parse_date(text: str, field: str = "date") -> date:
    """A calendar date from `YYYY-MM-DD`, refusing impossible ones (2017-02-30)."""
    if not isinstance(text, str):
        raise InvalidPeriod(field, f"{field} must be an ISO date YYYY-MM-DD, got {text!r}")
    return _parse_date(text, field)


@lru_cache(maxsize=65536)  # stored claims repeat a few thousand days: parse each once
def _parse_date(text: str, field: str) -> date:
    match = _DAY.match(text.strip())
    if not match:
        raise InvalidPeriod(field, f"{field} must be an ISO date YYYY-MM-DD, got {text!r}")
    try:
        return date(*map(int, match.groups()))
    except ValueError as error:
        raise InvalidPeriod(field, f"{field} is not a real date: {text!r} ({error})") from None


def parse_period(text: str, field: str = "as_of") -> Period:
    """A period from any of the four ISO forms, refusing ones that end before they start."""
    if not isinstance(text, str):
        raise InvalidPeriod(field, f"{field} must be a string")
    return _parse_period(text, field)


@lru_cache(maxsize=65536)  # a place's timeline reads the same periods again and again
def _parse_period(text: str, field: str) -> Period:
    text = text.strip()
    if "/" in text:
        start_text, _, end_text = text.partition("/")
        start, end = parse_period(start_text, field), parse_period(end_text, field)
        if end.end < start.start:
            raise InvalidPeriod(field, f"{field} ends ({end_text}) before it starts ({start_text})")
        return Period(start.start, end.end, "range")
    if match := _YEAR.match(text):
        year = int(match.group(1))
        _check_year(year, field, text)
        return Period(date(year, 1, 1), date(year, 12, 31), "year")
    if match := _MONTH.match(text):
        year, month = map(int, match.groups())
        _check_year(year, field, text)
        if not 1 <= month <= 12:
            raise InvalidPeriod(field, f"{field} has no month {month}: {text!r}")
        last = calendar.monthrange(year, month)[1]
        return Period(date(year, month, 1), date(year, month, last), "month")
    if _DAY.match(text):
        day = parse_date(text, field)
        return Period(day, day, "day")
    raise InvalidPeriod(
        field, f"{field} must be YYYY, YYYY-MM, YYYY-MM-DD or start/end, got {text!r}"
    )


def _check_year(year: int, field: str, text: str) -> None:
    if year < 1:
        raise InvalidPeriod(field, f"{field} has no year 0: {text!r}")
