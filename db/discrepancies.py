"""Discrepancies in the database: recorded once per set of claims, listed most severe first."""

from sqlite_utils import Database

from db import claims as claim_store
from db.connection import dict_rows
from db.history import now, record, record_each

INSERT = (
    "INSERT OR IGNORE INTO discrepancies (kind, claim_a, claim_b, claims_key, metric_id,"
    " location_id, ratio, explanation, status, detected_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"
)


def store(db: Database, found, token: str | None) -> list[int]:
    """Insert each new discrepancy of FOUND, (finding, its claims' rows by id), with its claims'
    roles (one already recorded is kept); the roles and the history go in one statement each."""
    ids, members, details = [], [], []
    detected_at = now()
    for d, claim_rows in found:
        anchor = claim_rows[d.claims[-1][0]] if d.kind != "parts_exceed_whole" else None
        anchor = anchor or claim_rows[d.claims[0][0]]
        cursor = db.execute(
            INSERT,
            [
                d.kind,
                d.claim_a,
                d.claim_b,
                d.key,
                anchor["metric_id"],
                anchor["location_id"],
                d.ratio,
                d.explanation,
                detected_at,
            ],
        )
        if not cursor.rowcount:
            existing = (
                db.execute(
                    "SELECT id FROM discrepancies WHERE kind = ? AND claims_key = ?",
                    [d.kind, d.key],
                ).fetchone()
                or db.execute(
                    "SELECT id FROM discrepancies WHERE kind = ? AND claim_a = ? AND claim_b = ?",
                    [d.kind, d.claim_a, d.claim_b],
                ).fetchone()
            )
            ids.append(existing[0])
            continue
        discrepancy_id = cursor.lastrowid
        ids.append(discrepancy_id)
        members += [(discrepancy_id, claim, i, role) for i, (claim, role) in enumerate(d.claims)]
        details.append((discrepancy_id, {"kind": d.kind, "claims": [c for c, _ in d.claims]}))
    if members:  # most writes find nothing: no statement for nothing
        db.conn.executemany(
            "INSERT INTO discrepancy_claims (discrepancy_id, claim_id, position, role)"
            " VALUES (?, ?, ?, ?)",
            members,
        )
        record_each(db, "detect", "discrepancies", details, token)
    return ids


def close_for_claim(
    db: Database, claim_id: int, token: str | None, why: str = "was retracted"
) -> list[int]:
    """Resolve the open discrepancies a claim takes part in, saying why (it left detection)."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT d.id FROM discrepancy_claims dc JOIN discrepancies d"
            " ON d.id = dc.discrepancy_id WHERE dc.claim_id = ? AND d.status = 'open'"
            " ORDER BY d.id",
            [claim_id],
        ).fetchall()
    ]
    for discrepancy_id in ids:
        review(db, discrepancy_id, "resolved", f"closed: claim {claim_id} {why}", token)
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
    grades = claim_store.wanted_grades(filters)
    if grades is not None:
        # Every claim of the discrepancy comes from a source of a wanted grade.
        marks = ", ".join("?" for _ in grades) or "NULL"
        where.append(
            f"NOT EXISTS (SELECT 1 FROM discrepancy_claims dc JOIN claims c ON c.id = dc.claim_id"
            f" JOIN sources s ON s.id = c.source_id WHERE dc.discrepancy_id = {alias}.id"
            f" AND (s.grade IS NULL OR s.grade NOT IN ({marks})))"
        )
        params += grades
    if filters.get("claim") is not None:
        where.append(
            f"{alias}.id IN (SELECT discrepancy_id FROM discrepancy_claims WHERE claim_id = ?)"
        )
        params.append(filters["claim"])
    return where, params


def page(db: Database, filters: dict, cursor: tuple[float, int] | None, limit: int) -> list[dict]:
    """One page of discrepancy rows, most severe first (ratio descending, then id)."""
    where, params = filter_clause(filters, "discrepancies")
    if cursor is not None:
        where.append("(ratio < ? OR (ratio = ? AND id > ?))")
        params += [cursor[0], cursor[0], cursor[1]]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return _with_claims(
        db,
        dict_rows(
            db,
            f"SELECT * FROM discrepancies {clause} ORDER BY ratio DESC, id LIMIT ?",
            [*params, limit],
        ),
    )


def for_claims(db: Database, claim_ids: list[int]) -> list[dict]:
    """Every discrepancy any of these claims takes part in, most severe first."""
    if not claim_ids:
        return []
    rows: dict[int, dict] = {}
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in dict_rows(
            db,
            "SELECT * FROM discrepancies WHERE id IN (SELECT discrepancy_id FROM"
            f" discrepancy_claims WHERE claim_id IN ({marks}))",
            chunk,
        ):
            rows[row["id"]] = row
    ordered = sorted(rows.values(), key=lambda r: (-r["ratio"], r["id"]))
    return _with_claims(db, ordered)


def by_ids(db: Database, ids: list[int]) -> list[dict]:
    """Discrepancy rows in the order of ids."""
    if not ids:
        return []
    rows: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows |= {
            r["id"]: r
            for r in dict_rows(db, f"SELECT * FROM discrepancies WHERE id IN ({marks})", chunk)
        }
    return _with_claims(db, [rows[i] for i in ids if i in rows])


def get(db: Database, discrepancy_id: int) -> dict | None:
    rows = by_ids(db, [discrepancy_id])
    return rows[0] if rows else None


def _with_claims(db: Database, rows: list[dict]) -> list[dict]:
    """Each row with `members`: its (claim id, role) in order, and `claim_ids`."""
    if not rows:
        return rows
    members: dict[int, list[tuple[int, str]]] = {}
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for discrepancy_id, claim_id, role in db.execute(
            "SELECT discrepancy_id, claim_id, role FROM discrepancy_claims"
            f" WHERE discrepancy_id IN ({marks}) ORDER BY discrepancy_id, position",
            chunk,
        ):
            members.setdefault(discrepancy_id, []).append((claim_id, role))
    for row in rows:
        row["members"] = members.get(row["id"]) or [
            (row["claim_a"], "a"),
            (row["claim_b"], "b"),
        ]
        row["claim_ids"] = [claim for claim, _ in row["members"]]
    return rows


def served(db: Database, rows: list[dict], citations: bool = True) -> list[dict]:
    """Discrepancies as served (DESIGN 4.2), each with its claims and their roles."""
    if not rows:
        return []
    claim_ids = sorted({claim for r in rows for claim in r["claim_ids"]})
    claims = {c["id"]: c for c in claim_store.served(db, claim_ids, citations)}
    return [
        {
            "id": r["id"],
            "kind": r["kind"],
            "metric": claims[r["claim_ids"][-1]]["metric"],
            "location": _location(r, claims),
            "claims": [claims[claim] | {"role": role} for claim, role in r["members"]],
            "ratio": r["ratio"],
            "explanation": r["explanation"],
            "status": r["status"],
            "note": r["note"],
            "detected_at": r["detected_at"],
            "reviewed_at": r["reviewed_at"],
        }
        for r in rows
    ]


def _location(row: dict, claims: dict[int, dict]) -> dict:
    """The place the discrepancy is about: the whole's for parts, else the last claim's."""
    for claim, role in row["members"]:
        if role == "whole":
            return claims[claim]["location"]
    return claims[row["claim_ids"][-1]]["location"]
