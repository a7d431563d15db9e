"""Claims in the database: insert, cite, retract and supersede, and read them back as served."""

import hashlib
import json

from sqlite_utils import Database

from db.history import now, record
from figures.grades import at_least

SERVED_SELECT = """
SELECT c.*, m.slug AS metric, l.name AS location_name, l.pcode AS location_pcode,
       s.name AS source_name, s.grade AS source_grade
FROM claims c
JOIN metrics m ON m.id = c.metric_id
JOIN locations l ON l.id = c.location_id
JOIN sources s ON s.id = c.source_id
"""


def dedup_key(fields: dict) -> str:
    """Two posts of the same claim (DESIGN 3.1) share this key (300000 and 300000.0 alike)."""
    numbers_as_floats = {
        k: float(v) if isinstance(v, int) and not isinstance(v, bool) else v
        for k, v in fields.items()
    }
    text = json.dumps(numbers_as_floats, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def find_by_keys(db: Database, keys: list[str]) -> int | None:
    """The claim stored under any of these dedup keys (the first, by id)."""
    marks = ", ".join("?" for _ in keys)
    row = db.execute(
        f"SELECT id FROM claims WHERE dedup_key IN ({marks}) ORDER BY id LIMIT 1", keys
    ).fetchone()
    return row[0] if row else None


def insert(db: Database, row: dict, token: str | None) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO claims ({columns}) VALUES ({marks})", list(row.values()))
    record(db, "create", "claims", cursor.lastrowid, {"dedup_key": row["dedup_key"]}, token)
    return cursor.lastrowid


def document_key(document: dict) -> str:
    """Two citations of the same document share this key."""
    return dedup_key({k: document.get(k) for k in ("url", "title", "publisher", "published_on")})


def cite(db: Database, claim_id: int, document: dict | None, token: str | None) -> bool:
    """Record that a document carried the claim; False when it was already cited there."""
    if not document:
        return False
    key = document_key(document)
    row = db.execute("SELECT id FROM documents WHERE key = ?", [key]).fetchone()
    if row:
        document_id = row[0]
    else:
        document_id = db.execute(
            "INSERT INTO documents (url, title, publisher, published_on, key, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [document.get(k) for k in ("url", "title", "publisher", "published_on")] + [key, now()],
        ).lastrowid
        record(db, "create", "documents", document_id, document, token)
    cursor = db.execute(
        "INSERT OR IGNORE INTO citations (claim_id, document_id, created_at) VALUES (?, ?, ?)",
        [claim_id, document_id, now()],
    )
    if cursor.rowcount:
        record(db, "cite", "citations", cursor.lastrowid, {"claim": claim_id}, token)
    return bool(cursor.rowcount)


# ClaimOut's flat fields and their columns; then what _shape nests (place, source, period).
_FLAT = {
    "id": "c.id", "metric": "m.slug", "grade": "s.grade", "quantifier": "c.quantifier",
    "value": "c.value", "stated_low": "c.value_low", "stated_high": "c.value_high",
    "vague": "c.vague", "stated_unit": "c.unit_stated", "household_size": "c.household_size",
    "stated_on": "c.stated_on", "since": "c.since", "quote": "c.quote", "low": "c.low",
    "high": "c.high", "best": "c.best", "unit": "c.unit", "interval_rule": "c.interval_rule",
    "status": "c.status", "superseded_by": "c.superseded_by", "created_at": "c.created_at",
    "retracted_reason": "c.retracted_reason", "retracted_at": "c.retracted_at",
}  # fmt: skip
_NESTED = "c.location_id, l.name, l.pcode, c.source_id, s.name, c.as_of, c.as_of_start, c.as_of_end"
_SHAPED = f"SELECT {', '.join(_FLAT.values())}, {_NESTED} FROM{SERVED_SELECT.split('FROM', 1)[1]}"
_CITED = (
    "SELECT ci.claim_id, d.id, d.title, d.url, d.publisher, d.published_on, ci.created_at"
    " FROM citations ci JOIN documents d ON d.id = ci.document_id WHERE ci.claim_id IN"
)
_CITATION = ("id", "title", "url", "publisher", "published_on", "created_at")


def served(db: Database, ids: list[int], citations: bool = True) -> list[dict]:
    """Claims as served (DESIGN 4.2) in the order of ids; without `citations` when False."""
    marks = f"({', '.join('?' for _ in ids)})"
    rows = {r[0]: r for r in db.conn.execute(f"{_SHAPED} WHERE c.id IN {marks}", ids)}
    cited: dict[int, list[dict]] = {}
    if citations:
        for claim_id, *document in db.conn.execute(f"{_CITED} {marks} ORDER BY ci.id", ids):
            cited.setdefault(claim_id, []).append(dict(zip(_CITATION, document, strict=True)))
    return [_shape(rows[i], cited.get(i, []) if citations else None) for i in ids if i in rows]


def _shape(row: tuple, citations: list[dict] | None) -> dict:
    """A row of _SHAPED as ClaimOut documents it (no `citations` key when None)."""
    *flat, location_id, location_name, pcode, source_id, source_name, as_of, start, end = row
    shaped = dict(zip(_FLAT, flat, strict=True))
    shaped["location"] = {"id": location_id, "name": location_name, "pcode": pcode}
    shaped["source"] = {"id": source_id, "name": source_name}
    shaped["as_of"] = {"start": start, "end": end, "text": as_of} if as_of else None
    if citations is not None:
        shaped["citations"] = citations
    return shaped


def filter_clause(filters: dict, alias: str = "c") -> tuple[list[str], list]:
    """SQL conditions for the GET /claims filters (ids already resolved), all indexed."""
    where, params = [], []
    for column in ("metric_id", "location_id", "source_id", "status"):
        if filters.get(column) is not None:
            where.append(f"{alias}.{column} = ?")
            params.append(filters[column])
    if filters.get("from"):
        where.append(f"{alias}.as_of_end >= ?")
        params.append(filters["from"])
    if filters.get("to"):
        where.append(f"{alias}.as_of_start <= ?")
        params.append(filters["to"])
    grades = wanted_grades(filters)
    if grades is not None:
        marks = ", ".join("?" for _ in grades) or "NULL"
        where.append(f"{alias}.source_id IN (SELECT id FROM sources WHERE grade IN ({marks}))")
        params += grades
    return where, params


def wanted_grades(filters: dict) -> list[str] | None:
    """The source grades the `grade` and `min_grade` filters let through, or None for all."""
    grades = None
    if filters.get("min_grade"):
        grades = list(at_least(filters["min_grade"]))
    if filters.get("grade"):
        grades = [g for g in (grades or [filters["grade"]]) if g == filters["grade"]]
    return grades


def page(db: Database, filters: dict, after: int, limit: int) -> list[int]:
    """Ids of one page of claims matching the GET /claims filters, in id order."""
    where, params = filter_clause(filters)
    clause = " AND ".join(["c.id > ?", *where])
    sql = f"SELECT c.id FROM claims c WHERE {clause} ORDER BY c.id LIMIT ?"
    return [r[0] for r in db.execute(sql, [after, *params, limit]).fetchall()]


def exists(db: Database, claim_id: int) -> bool:
    return db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone() is not None


def retract(db: Database, claim_id: int, reason: str, token: str | None) -> bool:
    """Mark the claim retracted (it stays); False when it already was."""
    cursor = db.execute(
        "UPDATE claims SET status = 'retracted', retracted_reason = ?, retracted_at = ?"
        " WHERE id = ? AND status = 'active'",
        [reason, now(), claim_id],
    )
    if cursor.rowcount:
        record(db, "retract", "claims", claim_id, {"reason": reason}, token)
    return bool(cursor.rowcount)


def supersede(db: Database, claim_id: int, by: int, token: str | None) -> bool:
    """Mark an active claim superseded by its source's later statement (it stays, linked)."""
    cursor = db.execute(
        "UPDATE claims SET status = 'superseded', superseded_by = ?, superseded_at = ?"
        " WHERE id = ? AND status = 'active'",
        [by, now(), claim_id],
    )
    if cursor.rowcount:
        record(db, "supersede", "claims", claim_id, {"superseded_by": by}, token)
    return bool(cursor.rowcount)
