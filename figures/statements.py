"""One statement carried by many outlets, and a source's later word on the same moment.

Outlets rarely give the day a source spoke: without stated_on, documents published within a few
days of each other carry the same statement (DESIGN 3.1). A later statement about the same moment
revises the earlier one (DESIGN 3.6): the earlier claim is superseded, not in conflict.
"""

from datetime import date

from figures.claims import Claim
from figures.readings import same_moment
from figures.settings import STATEMENT_DAYS


def _one_subject(x: Claim, y: Claim) -> bool:
    return x.source == y.source and x.metric == y.metric and x.location == y.location


def said_on(claim: Claim) -> date | None:
    """The day the source spoke: stated, else the earliest publication that carried it."""
    return claim.stated_on or claim.published_on


def same_reported_moment(x: Claim, y: Claim, days: int = STATEMENT_DAYS) -> bool:
    """Both describe one moment: the same as_of, or both dated only by close publications."""
    if x.as_of is None or y.as_of is None:
        return False
    if x.dated_by == y.dated_by == "published_on":
        return abs((x.as_of.start - y.as_of.start).days) <= days
    return same_moment(x.as_of, y.as_of)


def same_statement(x: Claim, y: Claim, days: int = STATEMENT_DAYS) -> bool:
    """The same source's words about one moment, said on one day (or published days apart)."""
    if not (_one_subject(x, y) and same_reported_moment(x, y, days)):
        return False
    if x.stated_on and y.stated_on:
        return x.stated_on == y.stated_on
    first, second = said_on(x), said_on(y)
    return first is None or second is None or abs((first - second).days) <= days


def revises(later: Claim, earlier: Claim, days: int = STATEMENT_DAYS) -> bool:
    """LATER is the source's later statement about EARLIER's moment, with another figure."""
    if not (_one_subject(later, earlier) and same_reported_moment(later, earlier, days)):
        return False
    if same_statement(later, earlier, days) or later.stated == earlier.stated:
        return False
    first, second = said_on(earlier), said_on(later)
    return first is not None and second is not None and second > first


def misquoted(x: Claim, y: Claim, days: int = STATEMENT_DAYS) -> bool:
    """One statement carried with different numbers by different documents."""
    return (
        same_statement(x, y, days)
        and _numbers(x) != _numbers(y)
        and bool(x.documents)
        and bool(y.documents)
        and x.documents != y.documents
    )


def _numbers(claim: Claim) -> tuple:
    """The numbers as stated (value, low, high, vague), not the hedge or the unit."""
    return tuple(claim.stated[:4])
