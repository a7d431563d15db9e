"""Which claims cannot all be true, why, and by how much (DESIGN 3.6).

Decisions the design leaves open; compare(a, b) == compare(b, a) always:
- roles: conflict higher, lower; part_exceeds_whole part, whole; cumulative_decrease earlier,
  later; misquote larger, smaller; divergence ceiling, other; parts_exceed_whole whole, parts.
- ratio = higher low / lower high, a lower high of 0 read as 1: finite and >= 1.
- A source's own figure for a later moment is its update; its later word on the same moment is
  a revision (figures.statements), handled by superseding, never flagged.
- part/whole pairs need one metric kind and hold in every reading of their dates.
- Metrics missing from Relations count as stocks.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from figures.claims import Claim
from figures.explain import explain
from figures.intervals import Interval
from figures.metrics import Metric, ancestors
from figures.readings import AFTER, BEFORE, SAME, flows_comparable, orderings, stocks_comparable
from figures.settings import DIVERGENCE, FLOW_TOLERANCE_DAYS, STATEMENT_DAYS, WINDOW_DAYS
from figures.statements import misquoted, revises, same_statement

ROLES = {
    "conflict": ("higher", "lower"),
    "part_exceeds_whole": ("part", "whole"),
    "cumulative_decrease": ("earlier", "later"),
    "misquote": ("larger", "smaller"),
    "divergence": ("ceiling", "other"),
}


@dataclass(frozen=True)
class Discrepancy:
    """Claims that cannot all be true: kind, each claim with its role, severity, a sentence."""

    kind: str
    claims: tuple[tuple[int, str], ...]
    ratio: float
    explanation: str

    @property
    def claim_a(self) -> int:
        return self.claims[0][0]

    @property
    def claim_b(self) -> int:
        return self.claims[1][0]

    @property
    def claim_ids(self) -> tuple[int, ...]:
        return tuple(claim for claim, _ in self.claims)

    @property
    def key(self) -> str:
        """What makes two findings one: the kind's claims in order."""
        return ",".join(str(claim) for claim, _ in self.claims)


@dataclass(frozen=True)
class Relations:
    """What detection must know besides the claims: metric kinds, part-of chains, settings."""

    metrics: dict[str, Metric]
    place_parents: dict[int, int | None]
    window_days: int = WINDOW_DAYS
    flow_tolerance_days: int = FLOW_TOLERANCE_DAYS
    divergence: float = DIVERGENCE
    statement_days: int = STATEMENT_DAYS

    def kind(self, slug: str) -> str:
        metric = self.metrics.get(slug)
        return metric.kind if metric else "stock"

    @cached_property
    def metric_parents(self) -> dict[str, str | None]:
        return {slug: metric.part_of for slug, metric in self.metrics.items()}

    @cached_property
    def metric_parts(self) -> dict[str, list[str]]:
        return parts_below(self.metric_parents)

    @cached_property
    def place_parts(self) -> dict[int, list[int]]:
        return parts_below(self.place_parents)


def parts_below(parents: dict) -> dict:
    """Everything below each item, in the order of `parents`: one pass, not one per claim."""
    below: dict = {}
    for other in parents:
        for whole in ancestors(other, parents):
            below.setdefault(whole, []).append(other)
    return below


def severity_ratio(higher: Interval, lower: Interval) -> float:
    """How far apart two disjoint intervals are: higher.low / lower.high, at least 1."""
    denominator = lower.high if lower.high else 1.0
    return max(1.0, float(higher.low) / float(denominator))


def _above(higher: Claim, lower: Claim) -> bool:
    return lower.high is not None and higher.low > lower.high


def live(claim: Claim) -> bool:
    return claim.as_of is not None and claim.status == "active"


def compare(a: Claim, b: Claim, rel: Relations) -> Discrepancy | None:
    """The discrepancy between two claims, or None when they can both be true."""
    if a.id == b.id or not (live(a) and live(b)):
        return None
    a, b = sorted((a, b), key=lambda claim: claim.id)
    if a.metric == b.metric and a.location == b.location:
        return _same_quantity(a, b, rel)
    for part, whole in ((a, b), (b, a)):
        if _is_part(part, whole, rel) and _part_above_whole(part, whole, rel):
            return found("part_exceeds_whole", part, whole)
    return None


def _same_quantity(a: Claim, b: Claim, rel: Relations) -> Discrepancy | None:
    days = rel.statement_days
    if a.source == b.source:
        if misquoted(a, b, days):
            larger, smaller = (a, b) if a.best >= b.best else (b, a)
            ratio = larger.best / smaller.best if smaller.best else 1.0
            return _make("misquote", larger, smaller, max(1.0, ratio))
        if revises(a, b, days) or revises(b, a, days):
            return None
    kind = rel.kind(a.metric)
    if kind == "cumulative":
        return _running_totals(a, b, rel)
    if kind == "flow":
        comparable = flows_comparable(a.as_of, b.as_of, a.since, b.since, rel.flow_tolerance_days)
    else:
        comparable = stocks_comparable(a.as_of, b.as_of, rel.window_days)
    if not comparable:
        return None
    if a.source == b.source and not same_statement(a, b, days) and a.as_of != b.as_of:
        return None  # the source's own update
    return _disjoint_or_divergent(a, b, rel)


def _disjoint_or_divergent(a: Claim, b: Claim, rel: Relations) -> Discrepancy | None:
    for higher, lower in ((a, b), (b, a)):
        if _above(higher, lower):
            return found("conflict", higher, lower)
    if a.source == b.source:
        return None
    for ceiling, other in ((a, b), (b, a)):
        if ceiling.quantifier == "at_most" and other.high is not None and other.high > 0:
            ratio = ceiling.high / other.high
            if ratio > rel.divergence:
                return _make("divergence", ceiling, other, ratio)
    return None


def _running_totals(a: Claim, b: Claim, rel: Relations) -> Discrepancy | None:
    """One series (same start): never falls. Different starts: the later start is a part."""
    if a.since != b.since:
        later, earlier = (a, b) if _start(a) > _start(b) else (b, a)
        if _part_above_whole(later, earlier, rel):
            return found("part_exceeds_whole", later, earlier)
        return None
    ways = orderings(a.as_of, b.as_of)
    if ways == {SAME}:
        return _disjoint_or_divergent(a, b, rel)
    if ways == {BEFORE} and _above(a, b):
        return found("cumulative_decrease", a, b)
    if ways == {AFTER} and _above(b, a):
        return found("cumulative_decrease", b, a)
    return None


def _start(claim: Claim) -> tuple[bool, date]:
    """When a running total starts counting; no `since` means since records began."""
    return (claim.since is not None, claim.since or date.min)


def _is_part(part: Claim, whole: Claim, rel: Relations) -> bool:
    same_metric = part.metric == whole.metric
    same_place = part.location == whole.location
    return (
        not (same_metric and same_place)
        and rel.kind(part.metric) == rel.kind(whole.metric)
        and (same_metric or whole.metric in ancestors(part.metric, rel.metric_parents))
        and (same_place or whole.location in ancestors(part.location, rel.place_parents))
    )


def _part_above_whole(part: Claim, whole: Claim, rel: Relations) -> bool:
    """The part's low is above the whole's high in every reading of their dates."""
    kind = rel.kind(whole.metric)
    if kind == "stock":
        comparable = stocks_comparable(part.as_of, whole.as_of, rel.window_days)
    elif kind == "flow":
        comparable = flows_comparable(
            part.as_of, whole.as_of, part.since, whole.since, rel.flow_tolerance_days
        )
    else:  # a running total: the whole, counted from no later a start, at no earlier a day
        starts_later = whole.since is None or (part.since is not None and part.since >= whole.since)
        comparable = starts_later and AFTER not in orderings(part.as_of, whole.as_of)
    return comparable and _above(part, whole)


def found(kind: str, first: Claim, second: Claim) -> Discrepancy:
    """A discrepancy whose first claim's interval lies above the second's."""
    return _make(kind, first, second, severity_ratio(first.interval, second.interval))


def _make(kind: str, first: Claim, second: Claim, ratio: float) -> Discrepancy:
    roles = ROLES[kind]
    claims = ((first.id, roles[0]), (second.id, roles[1]))
    return Discrepancy(kind, claims, ratio, explain(kind, first, second, ratio))


def detect(new: Claim, candidates: Iterable[Claim], rel: Relations) -> list[Discrepancy]:
    """The pairwise discrepancies a newly written claim opens against its candidates."""
    return unique(compare(new, other, rel) for other in candidates)


def detect_all(claims: Iterable[Claim], rel: Relations) -> list[Discrepancy]:
    """Every pairwise discrepancy among a set of claims (small sets: tests, re-checks)."""
    claims = list(claims)
    return unique(compare(a, b, rel) for i, a in enumerate(claims) for b in claims[i + 1 :])


def unique(found_: Iterable[Discrepancy | None]) -> list[Discrepancy]:
    seen: dict[tuple[str, str], Discrepancy] = {}
    for d in found_:
        if d is not None:
            seen.setdefault((d.kind, d.key), d)
    return list(seen.values())
