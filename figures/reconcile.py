"""The reconciled picture of one metric at one place: what sources agree on, and how it moved.

Windows are greedy in time order: a claim opens a new window when its as_of starts more than
window_days after the end of the as_of of the window's first claim. A window's best is a figure
a source stated (best_estimate), each source counted once through its latest claim. A window
lists the open discrepancies that involve any of its claims. Retracted claims take no part;
they are listed under "retracted" (and superseded ones under "superseded").
"""

from datetime import date

from figures.claims import Claim
from figures.detect import Discrepancy
from figures.grades import meets
from figures.intervals import Interval
from figures.metrics import Metric
from figures.settings import WINDOW_DAYS
from figures.wording import number_text


def reconcile(
    claims: list[Claim],
    metric: Metric,
    discrepancies: list[Discrepancy | dict],
    window_days: int = WINDOW_DAYS,
    min_grade: str | None = None,
    recommended: list[dict] | None = None,
) -> dict:
    """Timeline, contemporaneous windows with agreed range and best estimate, and changes.

    RECOMMENDED: the analyst's choices, oldest first, each {"claim", ...}: the latest choice of a
    claim in a window is that window's recommended figure.
    """
    live = [c for c in claims if c.status == "active"]
    dated = sorted((c for c in live if c.as_of is not None), key=lambda c: (c.as_of.start, c.id))
    groups: list[list[Claim]] = []
    for claim in dated:
        if groups and (claim.as_of.start - groups[-1][0].as_of.end).days <= window_days:
            groups[-1].append(claim)
        else:
            groups.append([claim])
    open_sets = _open_sets(discrepancies)
    windows = [_window(group, open_sets, min_grade) for group in groups]
    for choice in recommended or []:
        for window, group in zip(windows, groups, strict=True):
            chosen = next((c for c in group if c.id == choice["claim"]), None)
            if chosen is not None:
                window["recommended"] = choice | {"best": float(chosen.best)}
    return {
        "metric": metric.slug,
        "unit": metric.unit,
        "windows": windows,
        "changes": [_change(a, b) for a, b in zip(windows, windows[1:], strict=False)],
        "undated": [c.id for c in live if c.as_of is None],
        "retracted": [c.id for c in claims if c.status == "retracted"],
        "superseded": [c.id for c in claims if c.status == "superseded"],
    }


def _open_sets(discrepancies: list[Discrepancy | dict]) -> list[tuple[int, set[int]]]:
    """(id, claim ids) of open ones; an unstored Discrepancy is open, its id its index."""
    found = []
    for index, d in enumerate(discrepancies):
        if isinstance(d, Discrepancy):
            found.append((index, {claim for claim, _ in d.claims}))
        elif d.get("status", "open") == "open":
            claims = d.get("claim_ids") or [d["claim_a"], d["claim_b"]]
            found.append((d.get("id", index), set(claims)))
    return found


def _window(group: list[Claim], open_sets: list[tuple[int, set[int]]], min_grade) -> dict:
    start = min(c.as_of.start for c in group)
    end = max(c.as_of.end for c in group)
    agreed: Interval | None = group[0].interval
    for claim in group[1:]:
        agreed = None if agreed is None else agreed.intersection(claim.interval)
    highs = [c.high for c in group]
    latest: dict[int, Claim] = {}
    for claim in sorted(group, key=lambda c: (c.as_of.end, c.as_of.start, c.id)):
        latest[claim.source] = claim
    ids = {c.id for c in group}
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "label": window_label(start, end),
        "claims": [c.id for c in group],
        "sources": list(dict.fromkeys(c.source_name or f"source {c.source}" for c in group)),
        "agreed": _range(agreed.low, agreed.high) if agreed else None,
        "envelope": _range(min(c.low for c in group), None if None in highs else max(highs)),
        **best_estimate(list(latest.values()), min_grade),
        "recommended": None,
        "discrepancies": [d for d, claims in open_sets if claims & ids],
    }


def best_estimate(latest: list[Claim], min_grade: str | None = None) -> dict:
    """A figure a source stated (DESIGN 3.7): the lower middle of the distinct sources' latest
    best values, a bare ceiling counted only when nothing else is known, sources below
    MIN_GRADE left out; with the rule that chose it, in words."""
    graded = [c for c in latest if meets(c.grade, min_grade)]
    stated = [c for c in graded if c.quantifier != "at_most"] or graded
    if not stated:
        return {
            "best": None,
            "best_claim": None,
            "best_rule": f"no source graded {min_grade} or better",
        }
    ranked = sorted(stated, key=lambda c: (c.best, c.id))
    chosen = ranked[(len(ranked) - 1) // 2]
    rule = f"the lower middle of {len(ranked)} sources' latest best values"
    if len(ranked) == 1:
        rule = "the only source's latest best value"
    if len(stated) < len(graded):
        rule += "; ceilings (at most) left out"
    if min_grade:
        rule += f"; sources graded {min_grade} or better"
    return {"best": float(chosen.best), "best_claim": chosen.id, "best_rule": rule}


def _range(low: float, high: float | None) -> dict:
    return {"low": float(low), "high": None if high is None else float(high)}


def window_label(start: date, end: date) -> str:
    """ "2017-06-10" for one day, "June 2017" within a month, else "June to July 2017"."""
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%B} {start.year}"
    if start.year == end.year:
        return f"{start:%B} to {end:%B} {end.year}"
    return f"{start:%B} {start.year} to {end:%B} {end.year}"


def _change(first: dict, second: dict) -> dict:
    """The move of the best estimate from one window to the next, in percent and in words."""
    before, after = first["best"], second["best"]
    span = f"from {first['label']} to {second['label']}"
    if before is None or after is None:
        percent, text = None, f"no best estimate to compare {span}"
    elif before == 0:
        percent = None
        text = f"{number_text(before)} to {number_text(after)} {span}"
    else:
        percent = round((after - before) / before * 100, 1)
        text = f"{percent:+.0f} % {span}"
    return {
        "from": first["label"],
        "to": second["label"],
        "from_best": before,
        "to_best": after,
        "percent": percent,
        "text": text,
    }
