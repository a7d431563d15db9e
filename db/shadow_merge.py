"""A batch worked out on a copy goes in, numbered on from the database's ids, unless another
writer meanwhile changed a row the batch read."""

import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from db import claims as claim_store
from db.connection import dict_rows
from db.ingest import claim_identity

# The tables a batch writes, parents first. A new row's id in the copy lies in its table's own
# range, far above any real id, so such an id anywhere (a column, a note, a history detail) says
# which row it is.
WRITTEN = (
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
_SPAN = 1 << 40
NEW_IDS = {t: (k + 1) * _SPAN for k, t in enumerate(WRITTEN) if t != "discrepancy_claims"}
UPDATABLE = (
    *("locations", "location_aliases", "sources", "source_aliases"),
    *("claims", "discrepancies"),
)
_ID_IN_TEXT = re.compile(r"(?<![\d.])\d{13,14}(?![\d.])")
_KEY_IN_TEXT = re.compile(r"\b[0-9a-f]{64}\b")
TEXT_WITH_IDS = {("history", "detail"), ("discrepancies", "note"), ("discrepancies", "claims_key")}


@dataclass
class Copy:
    """What a batch read: the claims of these metrics at these places (between these days,
    unless None), the documents it cites; and the history's last id then."""

    history: int = 0
    places: dict[int, set[int]] = field(default_factory=dict)
    days: dict[int, tuple | None] = field(default_factory=dict)
    document_keys: list[str] = field(default_factory=list)


def read_by(copied: Copy, metric_id: int) -> tuple[str, list]:
    """The condition a claim of METRIC_ID meets when the batch read it."""
    place_ids = sorted(copied.places[metric_id])
    where = f"metric_id = ? AND location_id IN ({', '.join('?' for _ in place_ids)})"
    params: list = [metric_id, *place_ids]
    if copied.days.get(metric_id) is not None:
        where += " AND (as_of_start IS NULL OR as_of_start BETWEEN ? AND ?)"
        params += list(copied.days[metric_id])
    return where, params


class Renumbering:
    """The copy's new ids and dedup keys, and what they are in the database."""

    def __init__(self, ids: dict[int, int]):
        self.ids, self.keys = ids, {}
        self.first_new: dict[str, int] = {}  # each table's first id for the batch's rows

    def id(self, value):
        return self.ids.get(value, value) if isinstance(value, int) else value

    def text(self, value: str) -> str:
        value = _ID_IN_TEXT.sub(lambda m: str(self.ids.get(int(m[0]), m[0])), value)
        return _KEY_IN_TEXT.sub(lambda m: self.keys.get(m[0], m[0]), value)

    def cell(self, table: str, column: str, value):
        if isinstance(value, str) and (table, column) in TEXT_WITH_IDS:
            return self.text(value)
        return self.id(value)


def others_wrote_what_it_read(db: Database, shadow: Database, copied) -> bool:
    """Whether a write by another connection since the copy (its history says which rows) is
    to a row the batch read, or could have: then its work no longer holds."""
    for action, table, row_id in db.execute(
        "SELECT action, table_name, row_id FROM history WHERE id > ? ORDER BY id",
        [copied.history],
    ).fetchall():
        if table == "claims" and action == "create":
            metric = db.execute("SELECT metric_id FROM claims WHERE id = ?", [row_id]).fetchone()
            if metric is None or metric[0] not in copied.places:
                continue
            where, params = read_by(copied, metric[0])
            sql = f"SELECT 1 FROM claims WHERE id = ? AND {where}"
            if db.execute(sql, [row_id, *params]).fetchone():
                return True
        elif table in ("claims", "citations", "discrepancies"):
            if _about_copied_claims(db, shadow, table, row_id):
                return True
        elif table == "documents":
            key = db.execute("SELECT key FROM documents WHERE id = ?", [row_id]).fetchone()
            if key is None or key[0] in copied.document_keys:
                return True
        else:
            return True  # places, sources, metrics: any name or enclosing place may change
    return False


def _about_copied_claims(db: Database, shadow: Database, table: str, row_id: int) -> bool:
    claims = {
        "claims": "SELECT ?",
        "citations": "SELECT claim_id FROM citations WHERE id = ?",
        "discrepancies": "SELECT claim_id FROM discrepancy_claims WHERE discrepancy_id = ?",
    }[table]
    for (claim_id,) in db.execute(claims, [row_id]).fetchall():
        if shadow.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone():
            return True
    return False


def write_back(db: Database, shadow: Database) -> Renumbering:
    """The batch's new rows, numbered on from the database's, then its updates of existing rows
    (what changed, column by column: the database's guards judge each move), in the
    transaction the caller holds."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    renumbering = Renumbering({})
    for table, start in NEW_IDS.items():
        top = db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        renumbering.first_new[table] = top + 1
        new = shadow.execute(f"SELECT id FROM {table} WHERE id > ? ORDER BY id", [start])
        renumbering.ids.update({old: top + 1 + k for k, (old,) in enumerate(new.fetchall())})
    slugs = dict(shadow.execute("SELECT id, slug FROM metrics").fetchall())
    for table in WRITTEN:
        key = "discrepancy_id" if table == "discrepancy_claims" else "id"
        since = NEW_IDS["discrepancies" if table == "discrepancy_claims" else table]
        cursor = shadow.execute(f"SELECT * FROM {table} WHERE {key} > ? ORDER BY {key}", [since])
        columns = [d[0] for d in cursor.description]
        rows = _renumbered_rows(shadow, table, columns, cursor.fetchall(), renumbering)
        if table == "claims":
            for row in rows:
                _rekey(row, columns, slugs, renumbering)
        if rows:
            _insert_at_once(db, table, columns, rows)
    _updates(db, shadow, renumbering)
    return renumbering


def _insert_at_once(db: Database, table: str, columns: list[str], rows: list[list]) -> None:
    """ROWS into TABLE in one statement: staged in a bare temporary table, then one INSERT ...
    SELECT, so its triggers' and indexes' pages are journaled once, not once a row (9,730
    findings went in 2.5 times faster)."""
    names, marks = ", ".join(columns), ", ".join("?" for _ in columns)
    db.execute(f"CREATE TEMP TABLE copy_in AS SELECT {names} FROM main.{table} WHERE 0")
    try:
        db.conn.executemany(f"INSERT INTO temp.copy_in ({names}) VALUES ({marks})", rows)
        db.execute(
            f"INSERT INTO main.{table} ({names}) SELECT {names} FROM temp.copy_in ORDER BY rowid"
        )
    finally:
        db.execute("DROP TABLE temp.copy_in")


def _renumbered_rows(shadow, table: str, columns: list[str], rows, renumbering) -> list[list]:
    """ROWS with the copy's new ids renumbered where ids stand: the row's own id, its foreign
    keys, history's row_id, and the texts that name rows."""
    linked = {fk[3] for fk in shadow.execute(f"PRAGMA foreign_key_list({table})").fetchall()}
    linked |= {"id", "row_id"} if table == "history" else {"id"}
    ids = [i for i, column in enumerate(columns) if column in linked]
    texts = [i for i, column in enumerate(columns) if (table, column) in TEXT_WITH_IDS]
    out = []
    for row in rows:
        row = list(row)
        for i in ids:
            row[i] = renumbering.ids.get(row[i], row[i])
        for i in texts:
            if row[i] is not None:
                row[i] = renumbering.text(row[i])
        out.append(row)
    return out


def _rekey(row: list, columns: list[str], slugs: dict, renumbering: Renumbering) -> None:
    """A claim at a new place or source: its dedup key hashed the copy's id of that place."""
    claim = dict(zip(columns, row, strict=True))
    new = renumbering.first_new
    if claim["location_id"] < new["locations"] and claim["source_id"] < new["sources"]:
        return  # at a place and from a source that were there: its key holds
    key = claim_store.dedup_key(claim_identity(claim, slugs[claim["metric_id"]]))
    renumbering.keys[claim["dedup_key"]] = key
    row[columns.index("dedup_key")] = key


def _updates(db: Database, shadow: Database, renumbering: Renumbering) -> None:
    for table, row_id in shadow.execute(
        "SELECT tbl, id FROM touched GROUP BY tbl, id ORDER BY min(rowid)"
    ).fetchall():
        if row_id > NEW_IDS[table]:
            continue  # a new row: written whole
        (after,) = dict_rows(shadow, f"SELECT * FROM {table} WHERE id = ?", [row_id])
        (before,) = dict_rows(db, f"SELECT * FROM {table} WHERE id = ?", [row_id])
        changed = {k: renumbering.cell(table, k, v) for k, v in after.items() if before[k] != v}
        if changed:
            assignments = ", ".join(f"{column} = ?" for column in changed)
            db.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), row_id]
            )
