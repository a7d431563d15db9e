"""The sentence each discrepancy carries: who said what, for when, and by how much."""

from figures.claims import Claim
from figures.readings import moment_words
from figures.wording import number_text, number_words, ratio_words


def who(claim: Claim) -> str:
    return claim.source_name or f"source {claim.source}"


def _what(claim: Claim) -> str:
    place = claim.location_name or f"place {claim.location}"
    since = f" since {claim.since.isoformat()}" if claim.since else ""
    return f"{claim.metric.replace('_', ' ')}{since} in {place}"


def _when(claim: Claim) -> str:
    return moment_words(claim.as_of)


def explain(kind: str, first: Claim, second: Claim, ratio: float) -> str:
    """A sentence for a pair; FIRST is the higher, the part, the earlier, the ceiling."""
    times = f"{ratio_words(ratio)} times"
    x, y = number_words(first.interval), number_words(second.interval)
    theirs = "its own" if first.source == second.source else f"{who(second)}'s"
    if kind == "conflict":
        return (
            f"{who(first)}'s estimate for {_when(first)} ({x}) is entirely above {theirs} for "
            f"{_when(second)} ({y}): {times} its upper bound."
        )
    if kind == "cumulative_decrease":
        since = f" since {first.since.isoformat()}" if first.since else ""
        return (
            f"{who(second)}'s running total{since} for {_when(second)} ({y}) is entirely below "
            f"{who(first)}'s earlier total for {_when(first)} ({x}), which can only grow: "
            f"the earlier low is {times} its upper bound."
        )
    if kind == "misquote":
        return (
            f"One statement by {who(first)} for {_when(first)} is carried as {x} and as {y} by "
            f"different documents: at least one misquotes it ({times})."
        )
    if kind == "divergence":
        return (
            f"{who(first)}'s ceiling for {_when(first)} ({x}) is {times} {theirs} high for "
            f"{_when(second)} ({y}): both can hold only because one is an open ceiling."
        )
    return (
        f"{who(first)}'s {_what(first)} for {_when(first)} ({x}) exceeds {theirs} "
        f"{_what(second)} for {_when(second)} ({y}), the whole it is part of: {times} its "
        "upper bound."
    )


def explain_parts(whole: Claim, parts: list[Claim], ratio: float) -> str:
    """A sentence for a whole and its enclosed places' figures that add up past it."""
    listed = ", ".join(
        f"{p.location_name or f'place {p.location}'} {number_words(p.interval)} ({who(p)})"
        for p in parts
    )
    total = number_text(sum(p.low for p in parts))
    return (
        f"The places within {whole.location_name or f'place {whole.location}'} add up to at "
        f"least {total} ({listed}), more than {who(whole)}'s {number_words(whole.interval)} "
        f"for the whole for {_when(whole)}: {ratio_words(ratio)} times its upper bound."
    )
