"""Big batches are worked out on a private copy, so the write lock is held only to copy in."""

import sqlite3
from contextlib import closing
from datetime import timedelta

from sqlite_utils import Database

from db import metrics as metric_store
from db import places
from db.claims import document_key
from db.connection import write_transaction
from db.detection import relations
from db.ingest import Ingested, store_claims
from figures.claims import derive
from figures.errors import FiguresError
from figures.groups import family
from figures.settings import Settings

# What store_claims reads and writes, in the order its new rows are written back (parents
# first); these are copied whole, being small and read by name (places, sources, metrics).
TABLES = (
    "metrics",
    "settings",
    "locations",
    "location_aliases",
    "sources",
    "source_aliases",
    "documents",
    "claims",
    "citations",
    "discrepancies",
    "discrepancy_claims",
    "history",
)
WHOLE = ("metrics", "settings", "locations", "location_aliases", "sources", "source_aliases")
UPDATABLE = (
    "locations",
    "location_aliases",
    "sources",
    "source_aliases",
    "claims",
    "discrepancies",
)


class Stale(Exception):
    """Another writer committed after the copy was taken: the work must be done again."""


def post(db: Database, items: list[dict], token: str | None, settings: Settings) -> Ingested:
    """store_claims on a copy of every row the batch can read, then its writes copied into the
    database in one short transaction; Stale if another writer committed in between (DESIGN
    3.6: nothing is half-written, and detection saw exactly what the database holds)."""
    version = _data_version(db)
    with closing(sqlite3.connect(":memory:")) as conn:
        shadow = Database(conn)
        base = _copy(shadow, _file_of(db), items, settings)
        conn.execute("BEGIN")
        result = store_claims(shadow, items, token, settings)
        with write_transaction(db):
            if _data_version(db) != version:
                raise Stale()
            _write_back(db, shadow, base)
    return result


def _data_version(db: Database) -> int:
    return db.execute("PRAGMA data_version").fetchone()[0]


def _file_of(db: Database) -> str:
    return next(row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main")


def _copy(shadow: Database, path: str, items: list[dict], settings: Settings) -> dict[str, int]:
    """The tables' shapes and every row the batch can read, in one read of the file; each
    table's highest id, so new rows take the ids the database would give them."""
    conn = shadow.conn
    conn.execute("ATTACH DATABASE ? AS live", [path])
    conn.execute("BEGIN")
    try:
        _shapes(conn)
        for table in WHOLE:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM live.{table}")
        _copy_claims(shadow, items, settings)
        _copy_around_claims(conn, items)
        base = _last_rows(conn)
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("DETACH DATABASE live")
    return base


def _shapes(conn: sqlite3.Connection) -> None:
    """The tables and indexes as the file has them, and a log of the existing rows the batch
    updates."""
    marks = ", ".join("?" for _ in TABLES)
    for kind in ("table", "index"):
        for (sql,) in conn.execute(
            f"SELECT sql FROM live.sqlite_master WHERE type = ? AND tbl_name IN ({marks})"
            " AND sql IS NOT NULL ORDER BY rowid",
            [kind, *TABLES],
        ).fetchall():
            conn.execute(sql)
    conn.execute("CREATE TABLE touched (tbl TEXT NOT NULL, id INTEGER NOT NULL)")
    for table in UPDATABLE:
        conn.execute(
            f"CREATE TRIGGER touched_{table} AFTER UPDATE ON main.{table}"
            f" BEGIN INSERT INTO touched VALUES ('{table}', OLD.id); END"
        )


def _last_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """Each table's highest id, its row copied too, so new rows take the ids the database would
    give them (one more than the highest)."""
    base = {}
    for table in TABLES:
        if table in ("settings", "discrepancy_claims"):
            continue
        base[table] = conn.execute(f"SELECT coalesce(max(id), 0) FROM live.{table}").fetchone()[0]
        conn.execute(
            f"INSERT OR IGNORE INTO main.{table} SELECT * FROM live.{table} WHERE id = ?",
            [base[table]],
        )
    return base


def _copy_claims(shadow: Database, items: list[dict], settings: Settings) -> None:
    """The claims detection and the duplicate checks can read: the batch's metric families at
    its places' families (and their enclosing places' parts), within two windows of its days."""
    metrics, metric_ids = metric_store.vocabulary(shadow)
    rel = relations(shadow, settings, metrics)
    pad = timedelta(days=2 * max(rel.window_days, rel.flow_tolerance_days, rel.statement_days) + 2)
    wanted: dict[int, set[int]] = {}  # metric id -> place ids
    days: dict[int, list] = {}  # metric id -> [first day, last day], absent when unbounded
    for item in items:
        metric = metrics.get(item.get("metric"))
        if metric is None:
            continue  # store_claims refuses it
        found = _places_of(shadow, item.get("location") or {}, rel)
        as_of = _as_of(item, metric, settings)
        for slug in family(metric.slug, rel.metric_parents, rel.metric_parts):
            metric_id = metric_ids[slug]
            wanted.setdefault(metric_id, set()).update(found)
            if rel.kind(slug) == "cumulative" or as_of is None:
                days[metric_id] = None
            elif days.get(metric_id, ()) is not None:
                first, last = days.get(metric_id) or (as_of.start, as_of.end)
                days[metric_id] = (min(first, as_of.start), max(last, as_of.end))
    for metric_id, place_ids in wanted.items():
        marks = ", ".join("?" for _ in place_ids)
        sql = (
            "INSERT INTO main.claims SELECT * FROM live.claims INDEXED BY idx_claims_group"
            f" WHERE metric_id = ? AND location_id IN ({marks})"
        )
        params = [metric_id, *place_ids]
        if days.get(metric_id) is not None:
            first, last = days[metric_id]
            sql += " AND (as_of_start IS NULL OR as_of_start BETWEEN ? AND ?)"
            params += [str(_shift(first, -pad)), str(_shift(last, pad))]
        shadow.execute(sql, params)


def _places_of(shadow: Database, ref: dict, rel) -> set[int]:
    """Every place a claim posted for REF could be compared with, or counted into."""
    found = {
        places.find(shadow, places.LOCATIONS, ref.get("name") or ""),
        places.find_by_pcode(shadow, ref["pcode"]) if ref.get("pcode") else None,
        places.enclosing_by_pcode(shadow, ref["pcode"]) if ref.get("pcode") else None,
    } - {None}
    around: set[int] = set()
    for place in found:
        parent = rel.place_parents.get(place)
        around.update(family(place, rel.place_parents, rel.place_parts))
        if parent is not None:
            around.update(rel.place_parts.get(parent, []))
    return {m for place in around for m in places.merged_family(shadow, places.LOCATIONS, place)}


def _as_of(item: dict, metric, settings: Settings):
    try:
        return derive(item, metric, settings.household_size, settings.rel_tol).as_of
    except FiguresError:
        return None  # store_claims refuses it


def _shift(day, delta: timedelta):
    try:
        return day + delta
    except OverflowError:
        return day.min if delta.days < 0 else day.max


def _copy_around_claims(conn: sqlite3.Connection, items: list[dict]) -> None:
    """What the copied claims carry: their citations and documents, the documents the batch
    cites, and the discrepancies they take part in with all of those discrepancies' claims."""
    conn.execute(
        "INSERT INTO main.citations SELECT * FROM live.citations"
        " WHERE claim_id IN (SELECT id FROM main.claims)"
    )
    keys = sorted({document_key(item["reported_in"]) for item in items if item.get("reported_in")})
    conn.execute("CREATE TEMP TABLE cited_keys (key TEXT PRIMARY KEY)")
    conn.executemany("INSERT OR IGNORE INTO cited_keys VALUES (?)", [(k,) for k in keys])
    conn.execute(
        "INSERT INTO main.documents SELECT * FROM live.documents WHERE id IN"
        " (SELECT document_id FROM main.citations) OR key IN (SELECT key FROM temp.cited_keys)"
    )
    conn.execute(
        "INSERT INTO main.discrepancy_claims SELECT * FROM live.discrepancy_claims"
        " WHERE discrepancy_id IN (SELECT discrepancy_id FROM live.discrepancy_claims"
        " WHERE claim_id IN (SELECT id FROM main.claims))"
    )
    conn.execute(
        "INSERT INTO main.discrepancies SELECT * FROM live.discrepancies"
        " WHERE id IN (SELECT discrepancy_id FROM main.discrepancy_claims)"
    )


def _write_back(db: Database, shadow: Database, base: dict[str, int]) -> None:
    """The batch's new rows, then its updates of existing rows (what changed, column by column:
    the database's guards judge each move), in the transaction the caller holds."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    for table in TABLES:
        if table in ("metrics", "settings"):
            continue
        key = "discrepancy_id" if table == "discrepancy_claims" else "id"
        since = base["discrepancies" if table == "discrepancy_claims" else table]
        cursor = shadow.execute(f"SELECT * FROM {table} WHERE {key} > ? ORDER BY {key}", [since])
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if rows:
            names, marks = ", ".join(columns), ", ".join("?" for _ in columns)
            db.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
    for table, row_id in shadow.execute(
        "SELECT tbl, id FROM touched GROUP BY tbl, id ORDER BY min(rowid)"
    ).fetchall():
        if row_id > base[table]:
            continue  # a new row: written whole above
        after = next(shadow.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
        before = next(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
        changed = {k: v for k, v in after.items() if before[k] != v}
        if changed:
            assignments = ", ".join(f"{column} = ?" for column in changed)
            db.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), row_id]
            )
