"""The append-only history: every write says what, when and under which token name."""

import json
from datetime import UTC, datetime

from sqlite_utils import Database

INSERT = (
    "INSERT INTO history (at, token_name, action, table_name, row_id, detail)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def record(
    db: Database,
    action: str,
    table: str,
    row_id: int | None,
    detail: dict | None = None,
    token_name: str | None = None,
) -> None:
    db.execute(
        INSERT, [now(), token_name, action, table, row_id, json.dumps(detail or {}, default=str)]
    )


def record_each(
    db: Database,
    action: str,
    table: str,
    details: list[tuple[int, dict]],
    token_name: str | None = None,
) -> None:
    """record() for each (row id, detail) of one write, in one statement run many times."""
    at = now()
    rows = [
        (at, token_name, action, table, row_id, json.dumps(d, default=str)) for row_id, d in details
    ]
    db.conn.executemany(INSERT, rows)
