"""Detection on write: revisions first, then pairs and sums of parts, within the bound."""

from collections import Counter

from sqlite_utils import Database

from db import catalog, claim_groups
from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db.claim_windows import ClaimWindows
from figures.claims import Claim
from figures.detect import Discrepancy, Relations, detect, live
from figures.errors import FiguresError
from figures.groups import candidate_filter, own_statements, parts_exceed_whole
from figures.settings import Settings
from figures.statements import revises

SHARED_WINDOWS_FROM = 20  # a run's claims of one metric and place from which they share windows


class TooManyDiscrepancies(FiguresError):
    """The request would open more discrepancies than the bound: refused whole."""


def check(
    db: Database,
    claim_ids: list[int],
    token: str | None,
    settings: Settings,
    kept: catalog.Catalog | None = None,
) -> list[int]:
    """Supersede what these claims revise, then store what they cannot all be true with (KEPT:
    the catalog as the caller read it in this transaction, when nothing changed it since)."""
    if not claim_ids:
        return []
    kept = kept or catalog.current(db)
    rel, metric_ids = kept.relations(settings), kept.metric_ids
    found: dict[tuple[str, str], tuple[Discrepancy, dict]] = {}
    superseded: set[int] = set()
    rows = claim_groups.group_rows_by_id(db, claim_ids)
    windows = ClaimWindows(db, rows)
    crowded = Counter((row["metric_id"], row["location_id"]) for row in rows)
    for row in rows:
        claim = claim_groups.to_domain(row)
        if claim.id in superseded or not live(claim):
            continue
        shared = crowded[row["metric_id"], row["location_id"]] >= SHARED_WINDOWS_FROM
        group = _group(db, claim, rel, metric_ids, windows if shared else None)
        group = [r for r in group if r["id"] not in superseded]
        candidates = [claim_groups.to_domain(r) for r in group if r["id"] != row["id"]]
        gone = _settle_revisions(db, claim, candidates, token)
        if gone:
            superseded |= gone
            found = {k: v for k, v in found.items() if not gone & set(v[0].claim_ids)}
            if claim.id in gone:
                continue
            candidates = [c for c in candidates if c.id not in gone]
        by_id = {r["id"]: r for r in group} | {row["id"]: row}
        for d in detect(claim, candidates, rel):
            found.setdefault((d.kind, d.key), (d, by_id))
        for whole, whole_rows in _wholes(db, claim, candidates, rel, metric_ids):
            d = parts_exceed_whole(whole, [claim_groups.to_domain(r) for r in whole_rows], rel)
            _close_other_readings(db, whole.id, d.key if d else None, token)
            if d is not None:
                found.setdefault((d.kind, d.key), (d, {r["id"]: r for r in whole_rows}))
        if len(found) > settings.max_discrepancies:
            raise TooManyDiscrepancies(
                "body",
                f"These claims would open more than {settings.max_discrepancies} discrepancies;"
                " nothing was stored. Split the request or review what is open first.",
            )
    return sorted(set(discrepancy_store.store(db, list(found.values()), token)))


def _group(db, claim: Claim, rel: Relations, metric_ids: dict, windows) -> list[dict]:
    """The claims detection could pair with this one, read by index, agreeing ones left out
    (through a batch's shared WINDOWS when its period is bounded)."""
    wanted = candidate_filter(claim, rel)
    near = {
        "source": claim.source,
        "metric": metric_ids[claim.metric],
        "location": claim.location,
        "low": claim.low,
        "high": claim.high,
        "quantifier": claim.quantifier,
        "factor": rel.divergence,
    } | own_statements(claim, rel)
    metrics = [metric_ids[slug] for slug in wanted["metrics"] if slug in metric_ids]
    start, end = wanted["as_of_from"], wanted["as_of_to"]
    if windows is not None and start is not None and end is not None:
        return windows.group(metrics, list(wanted["locations"]), start, end, near)
    return claim_groups.group(db, metrics, list(wanted["locations"]), start, end, near)


def _wholes(db, claim: Claim, candidates: list[Claim], rel: Relations, metric_ids):
    """Each claim whose enclosed places' sum this claim may change, with that whole's group:
    the claim itself when its place encloses others, and the claims at its enclosing place."""
    wholes = [claim] if rel.place_parts.get(claim.location) else []
    parent = rel.place_parents.get(claim.location)
    wholes += [c for c in candidates if c.location == parent and c.metric == claim.metric]
    for whole in wholes:
        children = [p for p, up in rel.place_parents.items() if up == whole.location]
        wanted = candidate_filter(whole, rel)
        yield (
            whole,
            claim_groups.group(
                db,
                [metric_ids[whole.metric]],
                [whole.location, *children],
                wanted["as_of_from"],
                wanted["as_of_to"],
            ),
        )


def _close_other_readings(db: Database, whole_id: int, keep: str | None, token) -> None:
    """A later reading of the parts replaces an earlier one: close the whole's other open
    findings, keeping the one for the current reading (KEEP, its claims' key)."""
    for (discrepancy_id,) in db.execute(
        "SELECT d.id FROM discrepancies d JOIN discrepancy_claims dc ON dc.discrepancy_id = d.id"
        " WHERE dc.claim_id = ? AND dc.role = 'whole' AND d.kind = 'parts_exceed_whole'"
        " AND d.status = 'open' AND d.claims_key IS NOT ?",
        [whole_id, keep],
    ).fetchall():
        note = "closed: a newer reading of the enclosed places' figures replaces this one"
        discrepancy_store.review(db, discrepancy_id, "resolved", note, token)


def _settle_revisions(db: Database, claim: Claim, candidates: list[Claim], token) -> set[int]:
    """A source's later word on the same moment supersedes its earlier one (either order);
    the ids superseded. Its candidates hold every claim it could revise (same moment)."""
    gone: set[int] = set()
    for other in candidates:
        if not live(other) or other.source != claim.source:
            continue
        if revises(claim, other):
            _supersede(db, other.id, claim.id, token)
            gone.add(other.id)
        elif revises(other, claim):
            _supersede(db, claim.id, other.id, token)
            return gone | {claim.id}
    return gone


def _supersede(db: Database, old: int, new: int, token: str | None) -> None:
    if claim_store.supersede(db, old, new, token):
        discrepancy_store.close_for_claim(db, old, token, f"was superseded by claim {new}")


RECHECKED = ("location_id", "source_id")


def recheck(db: Database, column: str, row_id: int, token: str | None, settings: Settings):
    """After a merge or a new enclosing place: re-run detection over the moved claims."""
    if column not in RECHECKED:
        raise ValueError(f"recheck by {column!r}: not one of {RECHECKED}")
    ids = [
        r[0]
        for r in db.execute(
            f"SELECT id FROM claims WHERE {column} = ? AND status = 'active'", [row_id]
        ).fetchall()
    ]
    return check(db, ids, token, settings)
