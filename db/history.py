"""The append-only history: every write says what, when and under which token name."""

import json
from datetime import UTC, datetime

from sqlite_utils import Database


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
        "INSERT INTO history (at, token_name, action, table_name, row_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [now(), token_name, action, table, row_id, json.dumps(detail or {}, default=str)],
    )
