"""Discrepancies in the database: recorded once per pair, listed most severe first, reviewed."""

from sqlite_utils import Database

from db import claims as claim_store
from db.history import now, record
from figures.review import REVIEW_STATUSES  # noqa: F401  (re-exported)


def store(db: Database, found, claim_rows: dict[int, dict], token: str | None) -> list[int]:
    """Insert each new discrepancy (a pair already recorded is left as it is); their ids."""
    ids = []
    for d in found:
        row = claim_rows[d.claim_b]
        cursor = db.execute(
            "INSERT OR IGNORE INTO discrepancies (kind, claim_a, claim_b, metric_id, location_id,"
            " ratio, explanation, status, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)",
            [
                d.kind,
                d.claim_a,
                d.claim_b,
                row["metric_id"],
                row["location_id"],
                d.ratio,
                d.explanation,
                now(),
            ],
        )
        if cursor.rowcount:
            ids.append(cursor.lastrowid)
            record(
                db,
                "detect",
                "discrepancies",
                cursor.lastrowid,
                {"kind": d.kind, "claims": [d.claim_a, d.claim_b]},
                token,
            )
        else:
            existing = db.execute(
                "SELECT id FROM discrepancies WHERE kind = ? AND claim_a = ? AND claim_b = ?",
                [d.kind, d.claim_a, d.claim_b],
            ).fetchone()
            ids.append(existing[0])
    return ids


def close_for_claim(db: Database, claim_id: int, token: str | None) -> list[int]:
    """Resolve the open discrepancies of a retracted claim, saying why."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM discrepancies WHERE status = 'open' AND (claim_a = ? OR claim_b = ?)",
            [claim_id, claim_id],
        ).fetchall()
    ]
    for discrepancy_id in ids:
        review(db, discrepancy_id, "resolved", f"closed: claim {claim_id} was retracted", token)
    return ids


def review(
    db: Database, discrepancy_id: int, status: str, note: str | None, token: str | None
) -> None:
    db.execute(
        "UPDATE discrepancies SET status = ?, note = ?, reviewed_at = ? WHERE id = ?",
        [status, note, now(), discrepancy_id],
    )
    record(db, "review", "discrepancies", discrepancy_id, {"status": status, "note": note}, token)


def filter_clause(filters: dict, alias: str = "d") -> tuple[list[str], list]:
    """SQL conditions for the GET /discrepancies filters (ids already resolved)."""
    where, params = [], []
    for column in ("metric_id", "location_id", "kind", "status"):
        if filters.get(column) is not None:
            where.append(f"{alias}.{column} = ?")
            params.append(filters[column])
    if filters.get("min_ratio") is not None:
        where.append(f"{alias}.ratio >= ?")
        params.append(filters["min_ratio"])
    return where, params


def page(db: Database, filters: dict, cursor: tuple[float, int] | None, limit: int) -> list[dict]:
    """One page of discrepancy rows, most severe first (ratio descending, then id)."""
    where, params = filter_clause(filters, "discrepancies")
    if cursor is not None:
        where.append("(ratio < ? OR (ratio = ? AND id > ?))")
        params += [cursor[0], cursor[0], cursor[1]]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return list(
        db.query(
            f"SELECT * FROM discrepancies {clause} ORDER BY ratio DESC, id LIMIT ?",
            [*params, limit],
        )
    )


def for_claims(db: Database, claim_ids: list[int]) -> list[dict]:
    if not claim_ids:
        return []
    marks = ", ".join("?" for _ in claim_ids)
    return list(
        db.query(
            f"SELECT * FROM discrepancies WHERE claim_a IN ({marks}) OR claim_b IN ({marks})"
            " ORDER BY ratio DESC, id",
            [*claim_ids, *claim_ids],
        )
    )


def by_ids(db: Database, ids: list[int]) -> list[dict]:
    """Discrepancy rows in the order of ids, one query."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = {r["id"]: r for r in db.query(f"SELECT * FROM discrepancies WHERE id IN ({marks})", ids)}
    return [rows[i] for i in ids if i in rows]


def get(db: Database, discrepancy_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM discrepancies WHERE id = ?", [discrepancy_id]))
    return rows[0] if rows else None


def served(db: Database, rows: list[dict]) -> list[dict]:
    """Discrepancies as served (DESIGN 4.2), each with its two claims in full."""
    claim_ids = sorted({r["claim_a"] for r in rows} | {r["claim_b"] for r in rows})
    claims = {c["id"]: c for c in claim_store.served(db, claim_ids)}
    return [
        {
            "id": r["id"],
            "kind": r["kind"],
            "metric": claims[r["claim_b"]]["metric"],
            "location": claims[r["claim_b"]]["location"],
            "claims": [claims[r["claim_a"]], claims[r["claim_b"]]],
            "ratio": r["ratio"],
            "explanation": r["explanation"],
            "status": r["status"],
            "note": r["note"],
            "detected_at": r["detected_at"],
            "reviewed_at": r["reviewed_at"],
        }
        for r in rows
    ]
