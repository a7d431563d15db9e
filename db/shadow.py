"""Big batches are worked out on a private copy, so the write lock is held only to copy in."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import timedelta

from sqlite_utils import Database

from db import catalog, places
from db.claims import document_key
from db.connection import write_transaction
from db.ingest import Ingested, store_claims
from db.shadow_merge import (
    NEW_IDS,
    UPDATABLE,
    Copy,
    Renumbering,
    others_wrote_what_it_read,
    read_by,
    write_back,
)
from figures.claims import dated
from figures.errors import FiguresError
from figures.groups import family
from figures.settings import Settings

WHOLE = ("metrics", "locations", "location_aliases", "sources", "source_aliases")
_ROWID = "id INTEGER PRIMARY KEY,"  # made AUTOINCREMENT in the copy, counting from NEW_IDS
COPIED = (*WHOLE, "documents", "claims", "citations", "discrepancies", "discrepancy_claims")


class Stale(Exception):
    """Another writer changed what the batch read, after the copy was taken: work it again."""


def post(db: Database, items: list[dict], token: str | None, settings: Settings) -> Ingested:
    """store_claims on a copy of every row the batch can read, then its rows copied into the
    database in one short transaction, numbered on from what is there by then; Stale when
    another writer meanwhile changed a row the batch read (nothing is written then)."""
    with closing(sqlite3.connect(":memory:")) as conn:
        shadow = Database(conn)
        copied = _copy(shadow, _file_of(db), items, settings)
        conn.execute("BEGIN")
        result = store_claims(shadow, items, token, settings)
        with write_transaction(db):
            if others_wrote_what_it_read(db, shadow, copied):
                raise Stale()
            renumbered = write_back(db, shadow)
    return _renumbered(result, renumbered)


def _renumbered(result: Ingested, renumbered: Renumbering) -> Ingested:
    return replace(
        result,
        claim_ids=[renumbered.id(i) for i in result.claim_ids],
        discrepancy_ids=[renumbered.id(i) for i in result.discrepancy_ids],
        warnings=[renumbered.text(w) for w in result.warnings],
    )


def _file_of(db: Database) -> str:
    return next(row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main")


def _copy(shadow: Database, path: str, items: list[dict], settings: Settings) -> Copy:
    """The tables' shapes and every row the batch can read, in one read of the file."""
    conn = shadow.conn
    conn.execute("ATTACH DATABASE ? AS live", [path])
    conn.execute("BEGIN")
    try:
        _shapes(conn)
        for table in WHOLE:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM live.{table}")
        _create(conn, "index", WHOLE)
        copied = _copy_claims(shadow, items, settings)
        _copy_around_claims(conn, items, copied)
        _create(conn, "index", (*COPIED[len(WHOLE) :], "history"))  # faster built than kept
        copied.history = conn.execute("SELECT coalesce(max(id), 0) FROM live.history").fetchone()[0]
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("DETACH DATABASE live")
    return copied


def _shapes(conn: sqlite3.Connection) -> None:
    """The tables and indexes as the file has them, but each new row numbered from far above
    the file's ids (shadow_merge numbers them on from the file's at the end); and a log of the
    existing rows the batch updates."""
    _create(conn, "table", (*COPIED, "history"))
    conn.executemany("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", NEW_IDS.items())
    conn.execute("CREATE TABLE touched (tbl TEXT NOT NULL, id INTEGER NOT NULL)")
    for table in UPDATABLE:
        conn.execute(
            f"CREATE TRIGGER touched_{table} AFTER UPDATE ON main.{table}"
            f" BEGIN INSERT INTO touched VALUES ('{table}', OLD.id); END"
        )


def _create(conn: sqlite3.Connection, kind: str, tables: tuple[str, ...]) -> None:
    """The file's tables (or their indexes) in the copy."""
    marks = ", ".join("?" for _ in tables)
    for (sql,) in conn.execute(
        f"SELECT sql FROM live.sqlite_master WHERE type = ? AND tbl_name IN ({marks})"
        " AND sql IS NOT NULL ORDER BY rowid",
        [kind, *tables],
    ).fetchall():
        conn.execute(sql.replace(_ROWID, f"{_ROWID[:-1]} AUTOINCREMENT,", 1))


def _copy_claims(shadow: Database, items: list[dict], settings: Settings) -> Copy:
    """The claims detection and the duplicate checks can read: the batch's metric families at
    its places' families (and their enclosing places' parts), within two windows of its days."""
    kept = catalog.current(shadow)
    metrics, metric_ids, rel = kept.metrics, kept.metric_ids, kept.relations(settings)
    pad = timedelta(days=2 * max(rel.window_days, rel.flow_tolerance_days, rel.statement_days) + 2)
    copied, around = Copy(), {}
    for item in items:
        metric = metrics.get(item.get("metric"))
        if metric is None:
            continue  # store_claims refuses it
        ref = item.get("location") or {}
        where = (ref.get("name"), ref.get("pcode"))
        if where not in around:
            around[where] = _places_of(shadow, ref, rel)
        found = around[where]
        as_of = _as_of(item)
        for slug in family(metric.slug, rel.metric_parents, rel.metric_parts):
            metric_id = metric_ids[slug]
            copied.places.setdefault(metric_id, set()).update(found)
            if rel.kind(slug) == "cumulative" or as_of is None:
                copied.days[metric_id] = None
            elif copied.days.get(metric_id, ()) is not None:
                first, last = copied.days.get(metric_id) or (as_of.start, as_of.end)
                copied.days[metric_id] = (min(first, as_of.start), max(last, as_of.end))
    for metric_id in copied.places:
        if copied.days.get(metric_id) is not None:
            first, last = copied.days[metric_id]
            copied.days[metric_id] = (str(_shift(first, -pad)), str(_shift(last, pad)))
        where, params = read_by(copied, metric_id)
        shadow.execute(
            "INSERT INTO main.claims SELECT * FROM live.claims INDEXED BY idx_claims_group"
            f" WHERE {where}",
            params,
        )
    return copied


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


def _as_of(item: dict):
    """The period a claim is about, without the rest of its derivation (its interval, units)."""
    try:
        return dated(item)[0]
    except FiguresError:
        return None  # store_claims refuses it


def _shift(day, delta: timedelta):
    try:
        return day + delta
    except OverflowError:
        return day.min if delta.days < 0 else day.max


def _copy_around_claims(conn: sqlite3.Connection, items: list[dict], copied: Copy) -> None:
    """What the copied claims carry: their citations and documents, the documents the batch
    cites, and the discrepancies they take part in with all of those discrepancies' claims."""
    conn.execute(
        "INSERT INTO main.citations SELECT * FROM live.citations"
        " WHERE claim_id IN (SELECT id FROM main.claims)"
    )
    cited = {document_key(item["reported_in"]) for item in items if item.get("reported_in")}
    copied.document_keys = sorted(cited)
    conn.execute("CREATE TEMP TABLE cited_keys (key TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO cited_keys VALUES (?)", [(k,) for k in copied.document_keys])
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
