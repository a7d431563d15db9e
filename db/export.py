"""CSV and HXL files of the claims and discrepancies, streamed a batch at a time."""

import csv
from collections.abc import Iterator
from typing import IO

from sqlite_utils import Database

from db import claims as claim_store
from db import discrepancies as discrepancy_store
from db.columns import CLAIM_COLUMNS, DISCREPANCY_COLUMNS, FORMULA_START, Column

BATCH = 1000
FORMATS = ("csv", "hxl")

# The HXL hashtag of a metric's own numbers, for an export of that metric alone.


def _cell(value) -> str:
    """A stored value as a cell: integral floats without '.0', text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return str(value)


class _Buffer:
    """A write target for csv.writer whose text is taken (and cleared) after each batch."""

    def __init__(self):
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def take(self) -> str:
        text, self.parts = "".join(self.parts), []
        return text


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def _csv_chunks(
    columns: tuple[Column, ...], rows: Iterator[dict], fmt: str, hashtags: dict | None = None
) -> Iterator[str]:
    """The file's text: the column names, for HXL a row of hashtags, then one chunk per batch
    of rows (fmt is checked by the callers, before the generator starts)."""
    buffer = _Buffer()
    writer = csv.writer(buffer)
    writer.writerow([c.name for c in columns])
    if fmt == "hxl":
        writer.writerow([(hashtags or {}).get(c.name, c.hashtag) for c in columns])
    count = 0
    for row in rows:
        writer.writerow([_cell(row.get(c.name)) for c in columns])
        count += 1
        if count % BATCH == 0:
            yield buffer.take()
    yield buffer.take()


_CLAIM_EXPORT_SELECT = """
SELECT c.id, m.slug AS metric, l.name AS location, l.pcode AS location_pcode,
       s.name AS source, c.quantifier, c.value, c.value_low AS stated_low,
       c.value_high AS stated_high, c.vague, c.unit_stated AS unit, c.household_size,
       c.stated_on, c.as_of, c.as_of_start, c.as_of_end, c.since, c.quote, c.low, c.high,
       c.best, c.unit AS canonical_unit, c.interval_rule, c.status, c.retracted_reason,
       d.title AS document_title, d.url AS document_url, d.publisher AS document_publisher,
       d.published_on AS document_published_on, c.created_at
FROM claims c
JOIN metrics m ON m.id = c.metric_id
JOIN locations l ON l.id = c.location_id
JOIN sources s ON s.id = c.source_id
LEFT JOIN documents d ON d.id = (
    SELECT ci.document_id FROM citations ci WHERE ci.claim_id = c.id ORDER BY ci.id LIMIT 1)
"""


def claim_rows(db: Database, filters: dict | None = None, batch: int = BATCH) -> Iterator[dict]:
    """Claims as export rows, in id order, a batch at a time.

    filters are those of GET /claims as claim_store.page takes them: metric_id, location_id,
    source_id, status, from, to."""
    where, params = claim_store.filter_clause(filters or {})
    where.insert(0, "c.id > ?")
    sql = _CLAIM_EXPORT_SELECT + f" WHERE {' AND '.join(where)} ORDER BY c.id LIMIT ?"
    yield from _batched(db, sql, params, batch)


def _batched(db: Database, sql: str, params: list, batch: int) -> Iterator[dict]:
    """Run sql (its first placeholder is the last id seen, its last the limit) page by page:
    `WHERE id > ? LIMIT`, so a table never sits in memory."""
    after = 0
    while True:
        rows = list(db.query(sql, [after, *params, batch]))
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1]["id"]


def _side(side: str) -> str:
    claim = f"d.claim_{side}"
    return f"""(SELECT s.name FROM claims c JOIN sources s ON s.id = c.source_id
                WHERE c.id = {claim}) AS source_{side},
            (SELECT c.low FROM claims c WHERE c.id = {claim}) AS low_{side},
            (SELECT c.high FROM claims c WHERE c.id = {claim}) AS high_{side},
            (SELECT c.as_of FROM claims c WHERE c.id = {claim}) AS as_of_{side}"""


_DISCREPANCY_EXPORT_SELECT = f"""
SELECT d.id, d.kind, d.status, d.ratio, m.slug AS metric, l.name AS location,
       (SELECT c.unit FROM claims c WHERE c.id = d.claim_a) AS unit,
       (SELECT group_concat(member, '; ') FROM (SELECT dc.claim_id || ' ' || dc.role AS member
          FROM discrepancy_claims dc WHERE dc.discrepancy_id = d.id ORDER BY dc.position))
          AS claims,
       d.claim_a, {_side("a")}, d.claim_b, {_side("b")},
       d.explanation, d.detected_at, d.reviewed_at, d.note
FROM discrepancies d
JOIN metrics m ON m.id = d.metric_id
JOIN locations l ON l.id = d.location_id
"""


def discrepancy_rows(
    db: Database, filters: dict | None = None, batch: int = BATCH
) -> Iterator[dict]:
    """Discrepancies as export rows, in id order; filters: metric_id, location_id, kind,
    status, min_ratio (those of GET /discrepancies)."""
    where, params = discrepancy_store.filter_clause(filters or {})
    where.insert(0, "d.id > ?")
    sql = _DISCREPANCY_EXPORT_SELECT + f" WHERE {' AND '.join(where)} ORDER BY d.id LIMIT ?"
    yield from _batched(db, sql, params, batch)


def _snapshot(db: Database, chunks: Iterator[str]) -> Iterator[str]:
    """Every batch read in one read transaction (one snapshot of the file), unless the caller
    already holds a transaction."""
    own = not db.conn.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        yield from chunks
    finally:
        if own and db.conn.in_transaction:
            db.execute("COMMIT")


def claims_text(db: Database, fmt: str = "csv", filters: dict | None = None) -> Iterator[str]:
    """The claims file as chunks of text (for a streamed HTTP response), in id order.

    Its hashtags are the same whatever the filters, so two exports stack."""
    _check_format(fmt)
    return _snapshot(db, _csv_chunks(CLAIM_COLUMNS, claim_rows(db, filters), fmt, {}))


def discrepancies_text(
    db: Database, fmt: str = "csv", filters: dict | None = None
) -> Iterator[str]:
    """The discrepancies file as chunks of text."""
    _check_format(fmt)
    return _snapshot(db, _csv_chunks(DISCREPANCY_COLUMNS, discrepancy_rows(db, filters), fmt))


def export_claims(
    db: Database, out: IO[str], fmt: str = "csv", filters: dict | None = None
) -> None:
    """Write the claims to a text file (open it with newline='')."""
    for chunk in claims_text(db, fmt, filters):
        out.write(chunk)


def export_discrepancies(
    db: Database, out: IO[str], fmt: str = "csv", filters: dict | None = None
) -> None:
    """Write the discrepancies to a text file (open it with newline='')."""
    for chunk in discrepancies_text(db, fmt, filters):
        out.write(chunk)
